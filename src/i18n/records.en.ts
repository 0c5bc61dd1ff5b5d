/** @module English for the service's issue codes: accounts, records, requests. */
import { MAX_AGE_YEARS, type DomainIssue } from '../domain/shared/index.js';
import {
  type DatabaseFailure,
  type PasswordWeakness,
  type RecordsIssueCode,
} from '../domain/records/index.js';

function v(issue: DomainIssue, key: string): string {
  return String(issue.params?.[key] ?? '?');
}

const PASSWORD_WEAKNESS_TEXT: Readonly<Record<string, string>> = {
  common: 'a very common password',
  personal: 'it contains your name, your email or the name of this service',
  pattern: 'a repeated or sequential pattern, or digits only',
} satisfies Record<PasswordWeakness, string>;

const DATABASE_FAILURE_TEXT: Readonly<Record<string, string>> = {
  no_database: 'there is no such database on the server; create it, or correct DATABASE_URL',
  no_server: 'no database server answers there; start it, or correct the host and port',
  unknown_host: 'the host name is not known; correct DATABASE_URL',
  login_refused: 'the server refused the user name or password in DATABASE_URL',
  not_permitted: 'permission denied; check the data folder or the database user’s rights',
  other: 'the database could not be opened',
} satisfies Record<DatabaseFailure, string>;

export const RECORDS_ISSUE_TEXT: Record<RecordsIssueCode, (issue: DomainIssue) => string> = {
  'auth.unauthenticated': () => 'sign in first: this needs a session cookie or a bearer token',
  'auth.invalid_credentials': () => 'the email or the password is wrong',
  'auth.forbidden': () => 'your role may not do this',
  'auth.origin_rejected': (i) =>
    `a state-changing request with a session cookie must come from this site (Origin: ${v(i, 'origin')})`,
  'auth.email_taken': () => 'an account with this email already exists',
  'auth.invite_invalid': () => 'the invitation is unknown, used or expired',
  'auth.password_guessable': (i) =>
    `password: too easy to guess (${PASSWORD_WEAKNESS_TEXT[v(i, 'reason')] ?? v(i, 'reason')}); a few unrelated words make a strong one`,
  'auth.current_password_wrong': () => 'this is not the current password of this account',
  'auth.reset_invalid': () =>
    'the password-reset link is unknown, used, replaced or expired; ask an administrator for a new one',
  'user.self_disable': () => 'an administrator cannot disable their own account',
  'user.last_admin': () =>
    'the last enabled administrator cannot be disabled: enable or invite another administrator first',
  'user.disabled': () => 'this account is disabled; enable it first',
  'auth.rate_limited': (i) => `too many attempts; try again in ${v(i, 'retryAfterSeconds')} s`,
  'record.not_found': (i) => `no ${v(i, 'resource')} with this id`,
  'record.in_future': (i) => `${v(i, 'field')}: must not be later than now (${v(i, 'now')})`,
  'record.birth_date_out_of_range': (i) =>
    `birthDate: ${v(i, 'value')} must be between ${v(i, 'earliest')} (${MAX_AGE_YEARS} years ago) and ${v(i, 'latest')} (today)`,
  'request.idempotency_key_reused': () =>
    'Idempotency-Key: this key was already used with a different request',
  'request.invalid_header': (i) => `${v(i, 'header')}: ${v(i, 'rule')}`,
  'request.too_large': (i) => `the body is larger than the limit of ${v(i, 'limitBytes')} bytes`,
  'request.unsupported_media_type': (i) =>
    `Content-Type ${v(i, 'contentType')} is not accepted here (use ${v(i, 'expected')})`,
  'request.route_not_found': (i) => `no route ${v(i, 'method')} ${v(i, 'url')}`,
  'request.invalid': (i) => v(i, 'detail'),
  'order.override_required': (i) =>
    `overrideReason: the order check found a hard stop (${v(i, 'rules')}); it is saved only with an override reason`,
  'emg.empty_upload': () => 'the uploaded EMG file is empty',
  'operator.unsupported': (i) => v(i, 'detail'),
  'operator.database_unavailable': (i) =>
    `cannot open the database ${v(i, 'database')}: ${DATABASE_FAILURE_TEXT[v(i, 'failure')] ?? 'it failed'} (${v(i, 'detail')})`,
  'service.database_unavailable': (i) =>
    `the service cannot reach its database just now; try again in ${v(i, 'retryAfterSeconds')} seconds`,
};

/** @module Issue codes of records, accounts and the service around them; surfaces turn them into words and statuses. */

export const RECORDS_ISSUE_CODES = [
  'auth.unauthenticated',
  'auth.invalid_credentials',
  'auth.forbidden',
  'auth.origin_rejected',
  'auth.email_taken',
  'auth.invite_invalid',
  'auth.password_guessable',
  'auth.current_password_wrong',
  'auth.reset_invalid',
  'user.self_disable',
  'user.last_admin',
  'user.disabled',
  'auth.rate_limited',
  'record.not_found',
  'record.in_future',
  'record.birth_date_out_of_range',
  'request.idempotency_key_reused',
  'request.invalid_header',
  'request.too_large',
  'request.unsupported_media_type',
  'request.route_not_found',
  'request.invalid',
  'order.override_required',
  'emg.empty_upload',
  'operator.unsupported',
  /** The database could not be opened or reached: a missing database, a server that does not answer, a refused login. */
  'operator.database_unavailable',
  /** A request met a database that cannot be reached just now (a restart, a lost connection): try again. */
  'service.database_unavailable',
] as const;

export type RecordsIssueCode = (typeof RECORDS_ISSUE_CODES)[number];

/** What failed when `operator.database_unavailable` is reported. */
export const DATABASE_FAILURES = [
  'no_database',
  'no_server',
  'unknown_host',
  'login_refused',
  'not_permitted',
  'other',
] as const;
export type DatabaseFailure = (typeof DATABASE_FAILURES)[number];

const CODES: ReadonlySet<string> = new Set(RECORDS_ISSUE_CODES);

export function isRecordsIssueCode(code: string): code is RecordsIssueCode {
  return CODES.has(code);
}

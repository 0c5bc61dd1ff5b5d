/**
 * @module The shape of what a patient is told when the server refuses a request or the network fails, in the
 * patient's locale: the server's problem+json names each field and the rule's code, and these catalogs word
 * them (the server's own `detail` is English). Every code a patient's request can bring back has a wording.
 */
import type { IssueCode } from '../domain/shared/index.js';

/**
 * Problem codes a patient's requests (sign-up, sign-in, interview, diary, self-care) can bring back, and an
 * invitee's acceptance of an invitation, the change of one's own password and the use of a password-reset link
 * (pages every role reaches, in the same locales).
 */
export const PATIENT_PROBLEM_CODES = [
  'auth.unauthenticated',
  'auth.invalid_credentials',
  'auth.forbidden',
  'auth.origin_rejected',
  'auth.email_taken',
  'auth.password_guessable',
  'auth.invite_invalid',
  'auth.current_password_wrong',
  'auth.reset_invalid',
  'auth.rate_limited',
  'record.not_found',
  'record.in_future',
  'record.birth_date_out_of_range',
  'request.idempotency_key_reused',
  'request.invalid_header',
  'request.too_large',
  'request.invalid',
  'input.invalid_json',
  'input.required',
  'input.invalid_type',
  'input.out_of_range',
  'input.not_integer',
  'input.invalid_value',
  'input.too_long',
  'input.too_large',
  'input.unknown_key',
  /** The interview: a trigger said yes, and also "nothing sets them off". */
  'input.none_with_others',
  'interview.not_an_object',
  'interview.unknown_ref',
  'interview.not_asked',
  'interview.missing_answer',
  'interview.invalid_value',
  'interview.not_finished',
] as const satisfies readonly IssueCode[];
export type PatientProblemCode = (typeof PATIENT_PROBLEM_CODES)[number];

/** The fields of a patient's forms and records, as the server names them (the first part of the path). */
export const PATIENT_FIELDS = [
  'email',
  'password',
  'name',
  'birthDate',
  'sex',
  'startedAt',
  'durationMinutes',
  'psfsSeverity',
  'painNrs',
  'trigger',
  'helped',
  'note',
  'measure',
  'minutes',
  'answers',
  'locale',
  'token',
  'currentPassword',
  'newPassword',
] as const;
export type PatientField = (typeof PATIENT_FIELDS)[number];

export interface WebProblemMessages {
  /** Above the list of problems. */
  readonly heading: string;
  /** No answer from the server: the network. */
  readonly network: string;
  /** The server failed (5xx): not the patient's doing. */
  readonly server: string;
  /** A code this catalog does not know, with the field when there is one. */
  readonly other: (field: string | null) => string;
  readonly code: Readonly<Record<PatientProblemCode, (field: string | null) => string>>;
  readonly fields: Readonly<Record<PatientField, string>>;
  /** An entry kept on this device that the server refused for good. */
  readonly refused: string;
}

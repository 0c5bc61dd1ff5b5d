/** @module What a patient is told, in English, when a request is refused or the network fails. */
import { MAX_AGE_YEARS } from '../domain/shared/index.js';
import type { WebProblemMessages } from './web-problems.js';

const f = (field: string | null): string => (field === null ? '' : `${field}: `);

export const WEB_PROBLEMS_EN: WebProblemMessages = {
  heading: 'That did not work:',
  network: 'There is no connection to the server. Check the network and try again.',
  server: 'The server had a problem. Please try again in a few minutes.',
  other: (field) => `${f(field)}this could not be accepted.`,
  code: {
    'auth.unauthenticated': () => 'Please sign in again.',
    'auth.invalid_credentials': () => 'The email or the password is not right.',
    'auth.forbidden': () => 'This account cannot do that.',
    'auth.origin_rejected': () => 'Please reload the page and try again.',
    'auth.email_taken': (field) => `${f(field)}an account with this email already exists.`,
    'auth.password_guessable': (field) =>
      `${f(field)}this is too easy to guess. Avoid your name or email, common passwords and patterns like 1234 or qwerty; a few unrelated words work well.`,
    'auth.invite_invalid': () =>
      'This invitation is unknown, already used or expired. Ask your administrator for a new one.',
    'auth.current_password_wrong': (field) => `${f(field)}this is not your current password.`,
    'auth.reset_invalid': () =>
      'This password-reset link is unknown, already used, replaced by a newer one or expired. Ask your administrator for a new one.',
    'auth.rate_limited': () => 'Too many tries. Wait a minute and try again.',
    'record.not_found': () => 'That could not be found.',
    'record.in_future': (field) => `${f(field)}the time cannot be in the future.`,
    'record.birth_date_out_of_range': (field) =>
      `${f(field)}give a date that is not in the future and not more than ${String(MAX_AGE_YEARS)} years ago.`,
    'request.idempotency_key_reused': () => 'This was already sent with other content.',
    'request.invalid_header': () => 'Please reload the page and try again.',
    'request.too_large': () => 'This is too large to send.',
    'request.invalid': () => 'The request could not be read. Please try again.',
    'input.invalid_json': () => 'The request could not be read. Please try again.',
    'input.required': (field) => `${f(field)}this is needed.`,
    'input.invalid_type': (field) => `${f(field)}this is not the right kind of answer.`,
    'input.out_of_range': (field) => `${f(field)}this is outside the allowed range.`,
    'input.not_integer': (field) => `${f(field)}give a whole number.`,
    'input.invalid_value': (field) => `${f(field)}this is not valid.`,
    'input.too_long': (field) => `${f(field)}there are too many entries.`,
    'input.too_large': (field) => `${f(field)}this is too long.`,
    'input.unknown_key': (field) => `${f(field)}this is not expected here.`,
    'input.none_with_others': () =>
      'You said something sets the spasms off, and also that nothing does. Go back and change one of the two answers.',
    'interview.not_an_object': () => 'The answers could not be read. Please start again.',
    'interview.unknown_ref': () =>
      'An answer does not belong to these questions. Please start again.',
    'interview.not_asked': () => 'An answer was given to a question not asked. Please start again.',
    'interview.missing_answer': () => 'A question has no answer yet.',
    'interview.invalid_value': () => 'An answer is not valid. Go back and change it.',
    'interview.not_finished': () => 'The questions are not finished yet.',
  },
  fields: {
    email: 'Email',
    password: 'Password',
    name: 'Name',
    birthDate: 'Date of birth',
    sex: 'Sex',
    startedAt: 'When it started',
    durationMinutes: 'How long it lasted',
    psfsSeverity: 'How bad it was',
    painNrs: 'Pain',
    trigger: 'What set it off',
    helped: 'What helped',
    note: 'Note',
    measure: 'Self-care measure',
    minutes: 'Minutes',
    answers: 'Answers',
    locale: 'Language',
    token: 'Invitation link',
    currentPassword: 'Current password',
    newPassword: 'New password',
  },
  refused: 'Not accepted by the server',
};

/** @module The rule every new password of an account passes, whoever sets it and however. */
import { passwordWeakness } from '../../domain/records/index.js';
import type { DomainIssue } from '../../domain/shared/index.js';

/**
 * The refusal of a new password that would be guessed early (NIST SP 800-63B: common, expected or the
 * person's own words), or `null`, naming the field `field`. Asked before the password is hashed.
 */
export function guessable(
  password: string,
  email: string,
  name: string,
  field = 'password',
): DomainIssue | null {
  const why = passwordWeakness(password, { email, name });
  return why === null
    ? null
    : { code: 'auth.password_guessable', path: [field], params: { reason: why } };
}

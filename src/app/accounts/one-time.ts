/**
 * @module One-time tokens: an invitation and a password-reset link are both a token shown once (only its
 * hash is kept, until it expires), later taken in a transaction by whoever holds it to set a password under
 * the rules of registration. What each does with its holder then (a new account, a new password) is its own.
 */
import type { DomainIssue, Result } from '../../domain/shared/index.js';
import { fail } from '../../domain/shared/index.js';
import type { CoreDeps, Repos } from '../shared/index.js';
import { guessable } from './password-rules.js';

/** A new one-time token: the token to show once, the hash to keep, when it was made and when it stops working. */
export interface OneTimeToken {
  readonly token: string;
  readonly tokenHash: string;
  readonly issuedAt: string;
  readonly expiresAt: string;
}

/**
 * Makes a one-time token that works for `ttlMs` from now.
 * @param deps - The secrets (token and digest) and the clock.
 * @param ttlMs - How long the token works.
 */
export function newOneTimeToken(deps: CoreDeps, ttlMs: number): OneTimeToken {
  const token = deps.secrets.newToken();
  const issuedAt = deps.clock.now();
  const expiresAt = new Date(Date.parse(issuedAt) + ttlMs).toISOString();
  return { token, tokenHash: deps.secrets.digest(token), issuedAt, expiresAt };
}

/** Whose a taken token is: the password they set must not be their own words. */
interface Holder {
  readonly email: string;
  readonly name: string;
}

export interface TakeOneTime<H extends Holder, T> {
  readonly token: string;
  readonly password: string;
  /** The input field the password came in, named by a refusal of it. */
  readonly passwordField: string;
  /** The refusal of a token that is unknown, used, revoked, replaced or expired. */
  readonly invalid: DomainIssue;
  /** Takes the token by its hash (it cannot be taken twice); `undefined` when it cannot be taken. */
  readonly take: (tx: Repos, tokenHash: string, now: string) => Promise<H | undefined>;
  /** What the token was for, done in the same transaction with the new password's hash. */
  readonly use: (tx: Repos, holder: H, passwordHash: string, now: string) => Promise<Result<T>>;
}

/**
 * Takes a one-time token and sets a password with it, in one transaction: the password is hashed first (no
 * lock is held meanwhile), a token that cannot be taken is refused, and so is a password guessable from its
 * holder's words; a refusal rolls the taking back, so the token may be tried again with a better password.
 */
export async function takeOneTimeToken<H extends Holder, T>(
  deps: CoreDeps,
  { token, password, passwordField, invalid, take, use }: TakeOneTime<H, T>,
): Promise<Result<T>> {
  const passwordHash = await deps.secrets.hashPassword(password);
  const tokenHash = deps.secrets.digest(token);
  return deps.store.transact(async (tx) => {
    const now = deps.clock.now();
    const holder = await take(tx, tokenHash, now);
    if (holder === undefined) {
      return fail([invalid]);
    }
    const weak = guessable(password, holder.email, holder.name, passwordField);
    if (weak !== null) {
      return fail([weak]);
    }
    return use(tx, holder, passwordHash, now);
  });
}

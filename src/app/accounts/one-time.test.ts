/** @module One-time tokens: made to expire, taken once, and a guessable password refused before use. */
import { describe, expect, test } from 'vitest';
import { fail, ok, type Result } from '../../domain/shared/index.js';
import type { CoreDeps, Repos } from '../shared/index.js';
import { newOneTimeToken, takeOneTimeToken } from './one-time.js';

const NOW = '2026-03-02T09:00:00.000Z';
const tx = {} as Repos;

/** What a use case needs of the service: a token, a digest, a hash, the clock and a transaction. */
function depsOf(): CoreDeps {
  return {
    secrets: {
      newToken: () => 'tok',
      digest: (s: string) => `digest(${s})`,
      hashPassword: (p: string) => Promise.resolve(`hash(${p})`),
    },
    clock: { now: () => NOW },
    store: {
      transact: <T>(work: (r: Repos) => Promise<Result<T>>): Promise<Result<T>> => work(tx),
    },
  } as unknown as CoreDeps;
}

const HOLDER = { email: 'ada.lovelace@example.org', name: 'Ada Lovelace' };
const INVALID = { code: 'auth.reset_invalid', path: ['token'] } as const;

describe('one-time tokens', () => {
  test('a new token keeps only its hash and works for its time to live', () => {
    expect(newOneTimeToken(depsOf(), 24 * 3600_000)).toEqual({
      token: 'tok',
      tokenHash: 'digest(tok)',
      issuedAt: NOW,
      expiresAt: '2026-03-03T09:00:00.000Z',
    });
  });

  test('a token taken by its hash sets the hashed password', async () => {
    const taken: string[] = [];
    const r = await takeOneTimeToken(depsOf(), {
      token: 'tok',
      password: 'correct horse battery staple',
      passwordField: 'newPassword',
      invalid: INVALID,
      take: (_tx, hash, now) => {
        taken.push(hash, now);
        return Promise.resolve(HOLDER);
      },
      use: (_tx, holder, hash) => Promise.resolve(ok(`${holder.name}: ${hash}`)),
    });
    expect(taken).toEqual(['digest(tok)', NOW]);
    expect(r).toEqual(ok('Ada Lovelace: hash(correct horse battery staple)'));
  });

  /** Takes `token` for `holder` (none: it cannot be taken) with `password`; says whether it was used. */
  async function tryTaking(
    holder: typeof HOLDER | undefined,
    password: string,
  ): Promise<{ r: Result<null>; used: boolean }> {
    let used = false;
    const r = await takeOneTimeToken(depsOf(), {
      token: 'tok',
      password,
      passwordField: 'newPassword',
      invalid: INVALID,
      take: () => Promise.resolve(holder),
      use: () => {
        used = true;
        return Promise.resolve(ok(null));
      },
    });
    return { r, used };
  }

  test('a token that cannot be taken is refused, and nothing is used', async () => {
    expect(await tryTaking(undefined, 'correct horse battery staple')).toEqual({
      r: fail([INVALID]),
      used: false,
    });
  });

  test("a password made of the holder's own name is refused on its field, and nothing is used", async () => {
    const { r, used } = await tryTaking(HOLDER, 'Ada Lovelace 12345');
    expect(r.ok ? [] : r.issues).toMatchObject([
      { code: 'auth.password_guessable', path: ['newPassword'] },
    ]);
    expect(used).toBe(false);
  });
});

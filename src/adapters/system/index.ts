/** @module Node implementations of the use cases' clock, ids and secrets (scrypt password hashes, token hashes). */
import {
  hash,
  randomBytes,
  randomUUID,
  scrypt,
  timingSafeEqual,
  type ScryptOptions,
} from 'node:crypto';
import type { Clock, Ids, Secrets } from '../../app/shared/index.js';

/**
 * The millisecond last formatted, and its forms: a request asks for "now" several times (session, audit
 * entry, ids), mostly within one millisecond, and formatting a date costs more than reading the clock.
 */
let lastMs = Number.NaN;
let lastIso = '';
let lastHex = '';

function formatted(ms: number): void {
  if (ms !== lastMs) {
    lastMs = ms;
    lastIso = new Date(ms).toISOString();
    const hex = ms.toString(16).padStart(12, '0');
    lastHex = `${hex.slice(0, 8)}-${hex.slice(8, 12)}`;
  }
}

export const systemClock: Clock = {
  now: () => {
    formatted(Date.now());
    return lastIso;
  },
};

/** UUIDv7 (RFC 9562): time-ordered, so ids sort roughly by creation and index well. */
export function uuidv7(): string {
  // randomUUID draws from a cached pool of random bytes, far cheaper than randomBytes per id; its
  // variant bits already read 10xx, so only the time and the version change
  const r = randomUUID();
  formatted(Date.now());
  return `${lastHex}-7${r.slice(15, 18)}-${r.slice(19)}`;
}

export const uuidIds: Ids = { newId: uuidv7 };

function scryptAsync(
  password: string,
  salt: Buffer,
  keylen: number,
  o: ScryptOptions,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keylen, o, (err, key) => {
      if (err === null) {
        resolve(key);
      } else {
        reject(err);
      }
    });
  });
}

const KEY_BYTES = 32;

/**
 * scrypt with N = 2^log2N, r = 8, p = 1, stored self-describing as `scrypt$log2N$r$p$salt$key` so the cost
 * can be raised later and old hashes upgraded at the next sign-in. Passwords are NFKC-normalised first.
 */
export function scryptSecrets(log2N: number): Secrets {
  const r = 8;
  const p = 1;
  const opts = (n: number): ScryptOptions => ({ N: 2 ** n, r, p, maxmem: 256 * 1024 * 1024 });
  return {
    async hashPassword(password) {
      const salt = randomBytes(16);
      const key = await scryptAsync(password.normalize('NFKC'), salt, KEY_BYTES, opts(log2N));
      return `scrypt$${log2N}$${r}$${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
    },
    async verifyPassword(password, stored) {
      const parts = stored.split('$');
      const [scheme, n, rs, ps, salt, key] = parts;
      if (
        parts.length !== 6 ||
        scheme !== 'scrypt' ||
        salt === undefined ||
        key === undefined ||
        !/^\d+$/.test(n ?? '') ||
        rs !== String(r) ||
        ps !== String(p)
      ) {
        return { ok: false, needsRehash: false };
      }
      const cost = Number(n);
      const expected = Buffer.from(key, 'base64url');
      const got = await scryptAsync(
        password.normalize('NFKC'),
        Buffer.from(salt, 'base64url'),
        expected.length,
        opts(cost),
      );
      const ok = got.length === expected.length && timingSafeEqual(got, expected);
      return { ok, needsRehash: ok && cost < log2N };
    },
    newToken: () => randomBytes(32).toString('base64url'),
    // the one-shot hash: every authenticated request digests its token, and a Hash object costs 7 times more
    digest: (text) => hash('sha256', text, 'hex'),
  };
}

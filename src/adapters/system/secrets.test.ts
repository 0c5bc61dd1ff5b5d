/** @module scrypt password hashes and ids: self-describing hashes, wrong passwords refused, cheaper hashes upgraded. */
import { describe, expect, test } from 'vitest';
import { RecordId } from '../../domain/records/index.js';
import { scryptSecrets, systemClock, uuidv7 } from './index.js';

describe('password hashes', () => {
  const secrets = scryptSecrets(10);

  test('the right password verifies and a wrong one does not', async () => {
    const h = await secrets.hashPassword('correct horse battery');
    expect(h).toMatch(/^scrypt\$10\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await secrets.verifyPassword('correct horse battery', h)).toEqual({
      ok: true,
      needsRehash: false,
    });
    expect((await secrets.verifyPassword('correct horse batterY', h)).ok).toBe(false);
  });

  test('a password typed in another Unicode form is the same password (NFKC)', async () => {
    const h = await secrets.hashPassword('ﬁve fine ﬁsh');
    expect((await secrets.verifyPassword('five fine fish', h)).ok).toBe(true);
  });

  test('a hash made at a lower cost verifies and asks to be rehashed at the current cost', async () => {
    const old = await scryptSecrets(10).hashPassword('correct horse battery');
    expect(await scryptSecrets(11).verifyPassword('correct horse battery', old)).toEqual({
      ok: true,
      needsRehash: true,
    });
  });

  test('a malformed stored hash never verifies', async () => {
    for (const bad of ['', 'scrypt$10$8$1$x', 'bcrypt$10$8$1$a$b', 'scrypt$x$8$1$a$b']) {
      expect((await secrets.verifyPassword('anything at all', bad)).ok).toBe(false);
    }
  });
});

describe('record ids', () => {
  test('are UUIDv7, valid record ids, and sort by creation time', async () => {
    const a = uuidv7();
    await new Promise((r) => setTimeout(r, 2));
    const b = uuidv7();
    expect(RecordId.safeParse(a).success).toBe(true);
    expect(a[14]).toBe('7');
    expect(a < b).toBe(true);
  });
});

describe('the system clock', () => {
  test('reads the time now as an ISO-8601 UTC instant, the same one an id made in that millisecond carries', async () => {
    for (let i = 0; i < 3; i += 1) {
      const before = Date.now();
      const now = systemClock.now();
      const id = uuidv7();
      const after = Date.now();
      expect(now).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(Date.parse(now)).toBeGreaterThanOrEqual(before);
      expect(Date.parse(now)).toBeLessThanOrEqual(after);
      // the id's first 48 bits are the milliseconds since 1970
      const idMs = parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
      expect(idMs).toBeGreaterThanOrEqual(Date.parse(now));
      expect(idMs).toBeLessThanOrEqual(after);
      // a later millisecond is never read as the one before it
      await new Promise((r) => setTimeout(r, 2));
      expect(Date.parse(systemClock.now())).toBeGreaterThan(Date.parse(now));
    }
  });
});

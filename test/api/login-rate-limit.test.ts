/** @module Sign-in is rate-limited: past the limit a client gets 429 problem+json until the window passes. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Service } from '../../src/main/server.js';
import { DIALECTS, freshDb, startService, type TestDb } from '../support/service.js';

describe.each(DIALECTS)('login rate limit on %s', (dialect) => {
  let db: TestDb;
  let s: Service;

  beforeAll(async () => {
    db = await freshDb(dialect);
    s = await startService(db, { TONUS_LOGIN_PER_MINUTE: '3' });
  });
  afterAll(async () => {
    await s.close();
    await db.drop();
  });

  test('the fourth sign-in attempt in a minute is refused with 429 and a retry time', async () => {
    const attempt = () =>
      s.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'guess@test.invalid', password: 'guess number n' },
      });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await attempt()).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await attempt();
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(limited.body).errors[0].code).toBe('auth.rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});

/**
 * @module Sign-in is rate-limited: past the limit a client gets 429 problem+json until the window passes.
 * The count lives in the database, so two server processes on one database share it (C10) and a
 * client cannot double its guesses by reaching the other one.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Clock } from '../../src/app/shared/index.js';
import type { Service } from '../../src/main/server.js';
import { DIALECTS, freshDb, startService, type TestDb } from '../support/service.js';

/** A clock the test moves by hand. */
function handClock(start: string): Clock & { advance(ms: number): void } {
  let now = Date.parse(start);
  return {
    now: () => new Date(now).toISOString(),
    advance: (ms) => {
      now += ms;
    },
  };
}

describe.each(DIALECTS)('login rate limit on %s', (dialect) => {
  let db: TestDb;
  let a: Service;
  let b: Service;
  const clock = handClock('2026-11-30T10:00:00Z');

  beforeAll(async () => {
    db = await freshDb(dialect);
    a = await startService(db, { TONUS_LOGIN_PER_MINUTE: '3' }, { clock });
    // a second server process on the same database, as behind a load balancer
    b = await startService(db, { TONUS_LOGIN_PER_MINUTE: '3' }, { clock });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await db.drop();
  });

  const attempt = (s: Service, ip: string, url = '/api/auth/login') =>
    s.app.inject({
      method: 'POST',
      url,
      remoteAddress: ip,
      payload: { email: 'guess@test.invalid', password: 'guess number n' },
    });

  test('the fourth sign-in attempt in a minute is refused with 429 and a retry time', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await attempt(a, '10.0.0.1')).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await attempt(a, '10.0.0.1');
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(limited.body).errors[0].code).toBe('auth.rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  test('two servers on one database count together: guesses spread over both are still limited', async () => {
    const statuses = [
      (await attempt(a, '10.0.0.2')).statusCode,
      (await attempt(b, '10.0.0.2')).statusCode,
      (await attempt(a, '10.0.0.2')).statusCode,
      (await attempt(b, '10.0.0.2')).statusCode,
    ];
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  test('the count starts again once the window has passed', async () => {
    for (let i = 0; i < 3; i += 1) {
      await attempt(a, '10.0.0.3');
    }
    expect((await attempt(b, '10.0.0.3')).statusCode).toBe(429);
    clock.advance(61_000);
    expect((await attempt(b, '10.0.0.3')).statusCode).toBe(401);
  });

  test('another client, or another password route, has a count of its own', async () => {
    for (let i = 0; i < 4; i += 1) {
      await attempt(a, '10.0.0.4');
    }
    expect((await attempt(a, '10.0.0.4')).statusCode).toBe(429);
    expect((await attempt(a, '10.0.0.5')).statusCode).toBe(401);
    // accepting an invitation is limited too, but the sign-in guesses did not use up its count
    expect((await attempt(a, '10.0.0.4', '/api/auth/accept-invite')).statusCode).toBe(400);
  });
});

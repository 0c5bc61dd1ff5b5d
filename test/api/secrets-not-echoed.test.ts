/**
 * @module A password or a token is never repeated back in an error: the API's problem and the CLI's
 * message name the field and the rule (and the size of what was typed), not the value.
 */
import { describe, expect, test } from 'vitest';
import { operatorCli } from '../support/cli.js';
import { DIALECTS, useService } from '../support/service.js';

const SHORT = 'Zq9#short';

describe.each(DIALECTS)('secrets in errors on %s', (dialect) => {
  const f = useService(dialect);

  test('a too short password at registration is refused naming the field, without the password', async () => {
    const r = await f.s.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { email: 'short@test.invalid', password: SHORT, name: 'Short Pass' },
    });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toMatch(/problem\+json/);
    expect(r.body).toMatch(/password/);
    expect(r.body).toMatch(/at least 10/);
    expect(r.body).toContain('a hidden value of 9 characters');
    expect(r.body).not.toContain(SHORT);
  });

  test('a token of the wrong type at accept-invite is not echoed either', async () => {
    const r = await f.s.app.inject({
      method: 'POST',
      url: '/api/auth/accept-invite',
      payload: { token: 987654321987, password: 'a long enough password', name: 'X Y' },
    });
    expect(r.statusCode).toBe(400);
    expect(r.body).toMatch(/token/);
    expect(r.body).not.toContain('987654321987');
  });

  test('the CLI refuses a short admin password without printing it', async () => {
    const tonus = operatorCli({ ...f.db.env, TONUS_ADMIN_PASSWORD: SHORT });
    const r = await tonus('admin', 'create', '--email', 'a@test.invalid', '--name', 'Admin');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/password/);
    expect(`${r.out}${r.err}`).not.toContain(SHORT);
  });
});

/**
 * @module Login CSRF, on both databases: the state-changing routes that need no cookie (sign-in,
 * registration, accepting an invitation, a password-reset link, sign-out) refuse a request whose Origin
 * is another site's, as cookie requests already are, and store nothing; a request with no Origin (a
 * script, the CLI) and one from this site go on. The CDS Hooks services, called from EHR sandboxes by
 * design, still take a foreign Origin.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, firstAdmin, ORIGIN, useService, type Principal } from '../support/service.js';
import { tableCounts } from '../support/table-counts.js';

let n = 0;
const email = (): string => `csrf-${Date.now()}-${(n += 1)}@test.invalid`;
const FOREIGN = ['http://evil.com', 'null', 'http://localhost:8080', 'https://localhost:80'];

describe.each(DIALECTS)('login CSRF on %s', (dialect) => {
  const f = useService(dialect);
  let admin: Principal;
  const account = { email: email(), password: 'correct horse battery' };

  beforeAll(async () => {
    admin = await firstAdmin(f.s);
    const r = await post('/api/auth/register', {}, { ...account, name: 'Signs In' });
    expect(r.statusCode).toBe(201);
  });

  function post(url: string, headers: Record<string, string>, payload?: object) {
    return f.s.app.inject({
      method: 'POST',
      url,
      headers,
      ...(payload === undefined ? {} : { payload }),
    });
  }

  /** Posts from `origin` and expects the refusal: 403 problem naming the origin, no cookie, nothing stored. */
  async function refusedFrom(origin: string, url: string, payload: object): Promise<void> {
    const before = await tableCounts(f.s);
    const r = await post(url, { origin }, payload);
    expect(r.statusCode, r.body).toBe(403);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(r.body).errors[0]).toMatchObject({
      code: 'auth.origin_rejected',
      detail: expect.stringContaining(origin) as unknown,
    });
    expect(r.headers['set-cookie']).toBeUndefined();
    expect(await tableCounts(f.s)).toEqual(before);
  }

  test.each(FOREIGN)(
    'sign-in with Origin %s is refused: no session is made and no cookie set',
    async (origin) => {
      await refusedFrom(origin, '/api/auth/login', account);
    },
  );

  test('sign-in from this site, or with no Origin at all (a script), goes on', async () => {
    const same = await post('/api/auth/login', { origin: ORIGIN }, account);
    expect(same.statusCode).toBe(200);
    expect(String(same.headers['set-cookie'])).toMatch(/^sid=/);
    const script = await post('/api/auth/login', {}, account);
    expect(script.statusCode).toBe(200);
  });

  test('registration from another site is refused and makes no account', async () => {
    const who = { email: email(), password: 'correct horse battery', name: 'Forged' };
    await refusedFrom('http://evil.com', '/api/auth/register', who);
    expect((await post('/api/auth/register', { origin: ORIGIN }, who)).statusCode).toBe(201);
  });

  test('accepting an invitation from another site is refused, and the invitation stays usable', async () => {
    const inv = await post('/api/admin/invitations', admin.headers, {
      email: email(),
      name: 'Dr Invited',
      role: 'clinician',
    });
    const { token } = JSON.parse(inv.body) as { token: string };
    const body = { token, password: 'another long password' };
    await refusedFrom('http://evil.com', '/api/auth/accept-invite', body);
    expect((await post('/api/auth/accept-invite', {}, body)).statusCode).toBe(201);
  });

  test('a reset link used from another site is refused, and the link still works', async () => {
    const user = await post(
      '/api/auth/register',
      {},
      {
        email: email(),
        password: 'correct horse battery',
        name: 'Forgetful',
      },
    );
    const { id } = JSON.parse(user.body) as { id: string };
    const link = await post(`/api/admin/users/${id}/reset-link`, admin.headers);
    const { token } = JSON.parse(link.body) as { token: string };
    const body = { token, newPassword: 'quiet harbour morning' };
    await refusedFrom('http://evil.com', '/api/auth/reset-password', body);
    expect((await post('/api/auth/reset-password', { origin: ORIGIN }, body)).statusCode).toBe(204);
  });

  test('sign-out with a bearer token from another site is refused and the token still works', async () => {
    const t = await post('/api/auth/tokens', admin.headers, { label: 'csrf test' });
    const bearer = { authorization: `Bearer ${(JSON.parse(t.body) as { token: string }).token}` };
    const r = await post('/api/auth/logout', { ...bearer, origin: 'http://evil.com' });
    expect(r.statusCode).toBe(403);
    const me = await f.s.app.inject({ method: 'GET', url: '/api/me', headers: bearer });
    expect(me.statusCode).toBe(200);
  });

  test('the stateless interview step is refused from another site too, and answers from this one', async () => {
    const step = (origin: string) =>
      post('/api/interview', { origin }, { answers: {}, locale: 'en' });
    expect((await step('http://evil.com')).statusCode).toBe(403);
    expect((await step(ORIGIN)).statusCode).toBe(200);
  });
});

describe('login CSRF behind a public origin', () => {
  const f = useService('sqlite', { env: { TONUS_PUBLIC_ORIGIN: 'https://tonus.example.org' } });

  test('only the configured origin may sign in from a browser; the host the request names is not trusted', async () => {
    const body = { email: 'nobody@test.invalid', password: 'correct horse battery' };
    const login = (origin: string) =>
      f.s.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { origin },
        payload: body,
      });
    expect((await login(ORIGIN)).statusCode).toBe(403);
    // allowed through the Origin check: the wrong password is what answers
    expect((await login('https://tonus.example.org')).statusCode).toBe(401);
  });
});

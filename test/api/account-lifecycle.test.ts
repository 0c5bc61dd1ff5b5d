/**
 * @module An account's life, on both databases: an admin disables an account (its sessions and bearer tokens
 * stop at once, its sign-in answers as a wrong password does, it is no choice for a new assignment, nothing
 * recorded goes) and enables it again; an admin cannot disable themself or the last enabled admin; a user
 * changes their own password (a wrong current one is refused and rate-limited, the other sessions end, this one
 * stays); an admin's one-time reset link sets a new password and ends every session. Each step is audited,
 * never with a password or a token.
 */
import { describe, expect, test } from 'vitest';
import { disableUser } from '../../src/app/accounts/index.js';
import { VALID_BODIES } from '../support/bodies.js';
import {
  DIALECTS,
  firstAdmin,
  invitedClinician,
  ORIGIN,
  registerPatient,
  useService,
  type Principal,
} from '../support/service.js';

const PATIENT_PASSWORD = 'correct horse battery';
const CLINICIAN_PASSWORD = 'another long password';

describe.each(DIALECTS)('account lifecycle on %s', (dialect) => {
  const f = useService(dialect, { world: true });

  const post = (url: string, by: Principal | null, payload?: object) =>
    f.s.app.inject({
      method: 'POST',
      url,
      headers: by === null ? { origin: ORIGIN } : by.headers,
      ...(payload === undefined ? {} : { payload }),
    });
  const get = (url: string, headers: Record<string, string>) =>
    f.s.app.inject({ method: 'GET', url, headers });
  const emailOf = async (userId: string): Promise<string> =>
    (await f.s.store.read.users.byId(userId))?.email ?? '';
  const login = async (email: string, password: string) =>
    f.s.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  async function auditOf(requestId: string) {
    return f.s.store.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'actor_id', 'resource_id'])
      .where('request_id', '=', requestId)
      .execute();
  }
  const codeOf = (body: string): string | undefined =>
    (JSON.parse(body) as { errors: { code: string; field: string | null }[] }).errors[0]?.code;
  const fieldOf = (body: string): string | null | undefined =>
    (JSON.parse(body) as { errors: { code: string; field: string | null }[] }).errors[0]?.field;
  async function bearerOf(p: Principal): Promise<Record<string, string>> {
    const r = await post('/api/auth/tokens', p, { label: 'script' });
    expect(r.statusCode).toBe(201);
    return { authorization: `Bearer ${(JSON.parse(r.body) as { token: string }).token}` };
  }

  test('disabling a clinician ends their session and bearer token at once, keeps their records and assignments, and is audited', async () => {
    const admin = f.w.admin;
    const clinician = await invitedClinician(f.s, admin);
    const patient = await registerPatient(f.s, 'Kept Patient');
    await post('/api/admin/assignments', admin, {
      clinicianId: clinician.userId,
      patientId: patient.patientId,
    });
    const plan = await post(
      `/api/patients/${patient.patientId}/plans`,
      clinician,
      VALID_BODIES['POST /api/patients/:id/plans']?.(),
    );
    expect(plan.statusCode).toBe(201);
    const bearer = await bearerOf(clinician);
    expect((await get('/api/me', bearer)).statusCode).toBe(200);

    const r = await post(`/api/admin/users/${clinician.userId}/disable`, admin);
    expect(r.statusCode).toBe(200);
    const body = JSON.parse(r.body) as { id: string; disabledAt: string | null };
    expect(body.id).toBe(clinician.userId);
    expect(body.disabledAt).not.toBeNull();

    expect((await get('/api/me', clinician.headers)).statusCode).toBe(401);
    expect((await get('/api/me', bearer)).statusCode).toBe(401);
    const live = await f.s.store.db
      .selectFrom('sessions')
      .select('id_hash')
      .where('user_id', '=', clinician.userId)
      .where('revoked_at', 'is', null)
      .execute();
    expect(live).toEqual([]);
    // nothing clinical goes, and the assignment stays (the access went with the sessions)
    expect(await f.s.store.read.assignments.exists(clinician.userId, patient.patientId ?? '')).toBe(
      true,
    );
    expect((await f.s.store.read.plans.list(patient.patientId ?? '')).length).toBe(1);
    expect(await auditOf(String(r.headers['x-request-id']))).toEqual([
      {
        action: 'user.disable',
        outcome: 'allowed',
        actor_id: admin.userId,
        resource_id: clinician.userId,
      },
    ]);
    const listed = JSON.parse((await get('/api/admin/users', admin.headers)).body) as {
      items: { id: string; disabledAt: string | null }[];
    };
    expect(listed.items.find((u) => u.id === clinician.userId)?.disabledAt).toBe(body.disabledAt);
  });

  test("a disabled account's sign-in answers exactly as a wrong password does; enabled again, it signs in", async () => {
    const patient = await registerPatient(f.s, 'Leaving Patient');
    const email = await emailOf(patient.userId);
    const wrong = await login(email, 'not the password at all');
    expect((await post(`/api/admin/users/${patient.userId}/disable`, f.w.admin)).statusCode).toBe(
      200,
    );
    const disabled = await login(email, PATIENT_PASSWORD);
    expect(disabled.statusCode).toBe(wrong.statusCode);
    expect(disabled.statusCode).toBe(401);
    const strip = (b: string) => {
      const { requestId: _ignored, ...rest } = JSON.parse(b) as Record<string, unknown>;
      return rest;
    };
    expect(strip(disabled.body)).toEqual(strip(wrong.body));
    expect(disabled.headers['set-cookie']).toBeUndefined();
    expect(await auditOf(String(disabled.headers['x-request-id']))).toEqual([
      { action: 'auth.login', outcome: 'denied', actor_id: null, resource_id: patient.userId },
    ]);

    const enabled = await post(`/api/admin/users/${patient.userId}/enable`, f.w.admin);
    expect(enabled.statusCode).toBe(200);
    expect((JSON.parse(enabled.body) as { disabledAt: string | null }).disabledAt).toBeNull();
    expect(await auditOf(String(enabled.headers['x-request-id']))).toEqual([
      {
        action: 'user.enable',
        outcome: 'allowed',
        actor_id: f.w.admin.userId,
        resource_id: patient.userId,
      },
    ]);
    expect((await login(email, PATIENT_PASSWORD)).statusCode).toBe(200);
    // the session of before the disabling stays revoked
    expect((await get('/api/me', patient.headers)).statusCode).toBe(401);
  });

  test('a disabled clinician is no choice for a new assignment: refused naming the field', async () => {
    const clinician = await invitedClinician(f.s, f.w.admin);
    const patient = await registerPatient(f.s, 'Unassigned Patient');
    await post(`/api/admin/users/${clinician.userId}/disable`, f.w.admin);
    const r = await post('/api/admin/assignments', f.w.admin, {
      clinicianId: clinician.userId,
      patientId: patient.patientId,
    });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(codeOf(r.body)).toBe('user.disabled');
    expect(fieldOf(r.body)).toBe('clinicianId');
    expect(await f.s.store.read.assignments.exists(clinician.userId, patient.patientId ?? '')).toBe(
      false,
    );
  });

  test('an admin cannot disable themself (400 naming the rule, audited as denied); non-admins are refused', async () => {
    const r = await post(`/api/admin/users/${f.w.admin.userId}/disable`, f.w.admin);
    expect(r.statusCode).toBe(400);
    expect(codeOf(r.body)).toBe('user.self_disable');
    expect(await auditOf(String(r.headers['x-request-id']))).toEqual([
      {
        action: 'user.disable',
        outcome: 'denied',
        actor_id: f.w.admin.userId,
        resource_id: f.w.admin.userId,
      },
    ]);
    expect((await get('/api/me', f.w.admin.headers)).statusCode).toBe(200);
    const byClinician = await post(`/api/admin/users/${f.w.patient.userId}/disable`, f.w.clinician);
    expect(byClinician.statusCode).toBe(403);
    expect(await auditOf(String(byClinician.headers['x-request-id']))).toEqual([
      {
        action: 'user.disable',
        outcome: 'denied',
        actor_id: f.w.clinician.userId,
        resource_id: f.w.patient.userId,
      },
    ]);
    expect((await get('/api/me', f.w.patient.headers)).statusCode).toBe(200);
    expect(
      (await post(`/api/admin/users/${crypto.randomUUID()}/disable`, f.w.admin)).statusCode,
    ).toBe(404);
  });

  test('the last enabled admin cannot be disabled, and two admins disabling each other at once leave one enabled', async () => {
    const second = await firstAdmin(f.s);
    // the world's admin has been disabled meanwhile (by another admin, say) but still holds a request in flight
    const [a, b] = await Promise.all([
      post(`/api/admin/users/${second.userId}/disable`, f.w.admin),
      post(`/api/admin/users/${f.w.admin.userId}/disable`, second),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses[0]).toBe(200);
    expect(statuses[1]).not.toBe(200);
    const admins = await f.s.store.read.users.enabledAdmins();
    expect(admins.length).toBeGreaterThanOrEqual(1);
    const [survivor] = a.statusCode === 200 ? [f.w.admin] : [second];
    const [gone] = a.statusCode === 200 ? [second] : [f.w.admin];
    expect(admins).toContain(survivor.userId);
    // the one left cannot be disabled by the one disabled, even with a request made before it was signed out
    const last = await disableUser(
      f.s.deps,
      {
        actor: {
          kind: 'user',
          userId: gone.userId,
          role: 'admin',
          patientId: null,
          sessionHash: 'none',
        },
        requestId: 'last-admin-check',
      },
      survivor.userId,
    );
    expect(last.ok).toBe(false);
    expect(!last.ok && last.issues[0]?.code).toBe('user.last_admin');
    expect(await auditOf('last-admin-check')).toEqual([
      {
        action: 'user.disable',
        outcome: 'denied',
        actor_id: gone.userId,
        resource_id: survivor.userId,
      },
    ]);
    expect(await f.s.store.read.users.enabledAdmins()).toContain(survivor.userId);
    // the world's admin is needed by the other tests: enabled again and signed in again
    if (gone === f.w.admin) {
      await post(`/api/admin/users/${f.w.admin.userId}/enable`, second);
      const email = await emailOf(f.w.admin.userId);
      const r = await login(email, PATIENT_PASSWORD);
      const cookie = String([r.headers['set-cookie']].flat()[0]).split(';')[0] ?? '';
      Object.assign(f.w.admin.headers, { cookie });
    }
  });

  test('a user changes their password: the other sessions and tokens end, this one stays; the old password no longer signs in', async () => {
    const patient = await registerPatient(f.s, 'Changing Patient');
    const email = await emailOf(patient.userId);
    const other = await login(email, PATIENT_PASSWORD);
    const otherCookie = String([other.headers['set-cookie']].flat()[0]).split(';')[0] ?? '';
    const bearer = await bearerOf(patient);
    const r = await post('/api/me/password', patient, {
      currentPassword: PATIENT_PASSWORD,
      newPassword: 'tidal marble lantern',
    });
    expect(r.statusCode).toBe(204);
    expect((await get('/api/me', patient.headers)).statusCode).toBe(200);
    expect((await get('/api/me', { cookie: otherCookie })).statusCode).toBe(401);
    expect((await get('/api/me', bearer)).statusCode).toBe(401);
    expect((await login(email, PATIENT_PASSWORD)).statusCode).toBe(401);
    expect((await login(email, 'tidal marble lantern')).statusCode).toBe(200);
    expect(await auditOf(String(r.headers['x-request-id']))).toEqual([
      {
        action: 'auth.password_changed',
        outcome: 'allowed',
        actor_id: patient.userId,
        resource_id: patient.userId,
      },
    ]);
    const bodyText = JSON.stringify(
      await f.s.store.db.selectFrom('audit_log').selectAll().execute(),
    );
    expect(bodyText).not.toContain('tidal marble lantern');
  });

  test('a wrong current password is refused naming the field and audited; a new password follows the rules of registration', async () => {
    const clinician = await invitedClinician(f.s, f.w.admin);
    const wrong = await post('/api/me/password', clinician, {
      currentPassword: 'not my password',
      newPassword: 'tidal marble lantern',
    });
    expect(wrong.statusCode).toBe(400);
    expect(codeOf(wrong.body)).toBe('auth.current_password_wrong');
    expect(fieldOf(wrong.body)).toBe('currentPassword');
    expect(await auditOf(String(wrong.headers['x-request-id']))).toEqual([
      {
        action: 'auth.password_changed',
        outcome: 'denied',
        actor_id: clinician.userId,
        resource_id: clinician.userId,
      },
    ]);
    const short = await post('/api/me/password', clinician, {
      currentPassword: CLINICIAN_PASSWORD,
      newPassword: 'short',
    });
    expect(short.statusCode).toBe(400);
    expect(fieldOf(short.body)).toBe('newPassword');
    const guessable = await post('/api/me/password', clinician, {
      currentPassword: CLINICIAN_PASSWORD,
      newPassword: 'password1234',
    });
    expect(guessable.statusCode).toBe(400);
    expect(codeOf(guessable.body)).toBe('auth.password_guessable');
    expect(fieldOf(guessable.body)).toBe('newPassword');
    // nothing changed: the password of before still signs in
    expect((await login(await emailOf(clinician.userId), CLINICIAN_PASSWORD)).statusCode).toBe(200);
    expect(
      (await post('/api/me/password', null, { currentPassword: 'x', newPassword: 'y' })).statusCode,
    ).toBe(401);
  });

  test("an admin's reset link sets a new password once, ends every session, replaces the one before, and is audited without its token", async () => {
    const clinician = await invitedClinician(f.s, f.w.admin);
    const email = await emailOf(clinician.userId);
    const first = await post(`/api/admin/users/${clinician.userId}/reset-link`, f.w.admin);
    expect(first.statusCode).toBe(201);
    const firstLink = JSON.parse(first.body) as {
      token: string;
      expiresAt: string;
      userId: string;
    };
    expect(firstLink.userId).toBe(clinician.userId);
    const second = await post(`/api/admin/users/${clinician.userId}/reset-link`, f.w.admin);
    const { token } = JSON.parse(second.body) as { token: string };

    const replaced = await post('/api/auth/reset-password', null, {
      token: firstLink.token,
      newPassword: 'quiet harbour morning',
    });
    expect(replaced.statusCode).toBe(400);
    expect(codeOf(replaced.body)).toBe('auth.reset_invalid');
    expect(fieldOf(replaced.body)).toBe('token');
    expect(await auditOf(String(replaced.headers['x-request-id']))).toEqual([
      { action: 'auth.password_reset', outcome: 'denied', actor_id: null, resource_id: null },
    ]);
    // a guessable password is refused and the link still works
    const weak = await post('/api/auth/reset-password', null, {
      token,
      newPassword: 'password1234',
    });
    expect(codeOf(weak.body)).toBe('auth.password_guessable');

    const r = await post('/api/auth/reset-password', null, {
      token,
      newPassword: 'quiet harbour morning',
    });
    expect(r.statusCode).toBe(204);
    expect((await get('/api/me', clinician.headers)).statusCode).toBe(401);
    expect((await login(email, CLINICIAN_PASSWORD)).statusCode).toBe(401);
    expect((await login(email, 'quiet harbour morning')).statusCode).toBe(200);
    const again = await post('/api/auth/reset-password', null, {
      token,
      newPassword: 'another quiet harbour',
    });
    expect(again.statusCode).toBe(400);
    expect(codeOf(again.body)).toBe('auth.reset_invalid');
    expect(await auditOf(String(r.headers['x-request-id']))).toEqual([
      {
        action: 'auth.password_reset',
        outcome: 'allowed',
        actor_id: null,
        resource_id: clinician.userId,
      },
    ]);
    const row = await f.s.store.db
      .selectFrom('users')
      .select(['reset_token_hash', 'reset_expires_at'])
      .where('id', '=', clinician.userId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ reset_token_hash: null, reset_expires_at: null });
    const everything = JSON.stringify(
      await f.s.store.db.selectFrom('audit_log').selectAll().execute(),
    );
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(f.s.deps.secrets.digest(token));
  });

  test('a reset link expires, and disabling an account drops its link; a disabled account gets none', async () => {
    const patient = await registerPatient(f.s, 'Reset Patient');
    const made = await post(`/api/admin/users/${patient.userId}/reset-link`, f.w.admin);
    const { token, expiresAt } = JSON.parse(made.body) as { token: string; expiresAt: string };
    const ttl = Date.parse(expiresAt) - Date.now();
    expect(ttl).toBeGreaterThan(23 * 3_600_000);
    expect(ttl).toBeLessThanOrEqual(24 * 3_600_000);
    // expired: the store compares against a later now
    const late = new Date(Date.parse(expiresAt) + 1000).toISOString();
    expect(await f.s.store.read.users.byId(patient.userId)).toBeDefined();
    const taken = await f.s.store.transact(async (tx) => ({
      ok: true as const,
      value: await tx.users.takeResetToken(f.s.deps.secrets.digest(token), late),
    }));
    expect(taken).toEqual({ ok: true, value: undefined });

    await post(`/api/admin/users/${patient.userId}/disable`, f.w.admin);
    const r = await post('/api/auth/reset-password', null, {
      token,
      newPassword: 'quiet harbour morning',
    });
    expect(codeOf(r.body)).toBe('auth.reset_invalid');
    const refused = await post(`/api/admin/users/${patient.userId}/reset-link`, f.w.admin);
    expect(refused.statusCode).toBe(400);
    expect(codeOf(refused.body)).toBe('user.disabled');
  });
});

describe.each(DIALECTS)(
  'changing a password is rate-limited as signing in is, on %s',
  (dialect) => {
    const f = useService(dialect, { env: { TONUS_LOGIN_PER_MINUTE: '3' } });

    test('the fourth wrong current password in a minute is refused with 429', async () => {
      const p = await registerPatient(f.s, 'Guessing');
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const r = await f.s.app.inject({
          method: 'POST',
          url: '/api/me/password',
          headers: p.headers,
          remoteAddress: '10.0.0.9',
          payload: { currentPassword: `guess ${String(i)}`, newPassword: 'tidal marble lantern' },
        });
        statuses.push(r.statusCode);
      }
      expect(statuses).toEqual([400, 400, 400, 429]);
    });
  },
);

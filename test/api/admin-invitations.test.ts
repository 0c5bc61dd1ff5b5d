/**
 * @module An admin lists and revokes pending invitations, on both databases: the list shows each pending
 * invitation without its token or the token's hash, and not accepted or revoked ones; a revoked
 * invitation's token is refused on accept; revoking again, or an accepted one, is "not found"; each list
 * and revocation is audited, and a clinician or a patient is refused (audited too); a revocation from
 * another site is refused.
 */
import { describe, expect, test } from 'vitest';
import { DIALECTS, useService, type Principal } from '../support/service.js';

let n = 0;
const email = (): string => `inv-${Date.now()}-${(n += 1)}@test.invalid`;

describe.each(DIALECTS)('the invitations an admin lists and revokes, on %s', (dialect) => {
  const f = useService(dialect, { world: true });

  async function invite(to: string): Promise<{ id: string; token: string }> {
    const r = await f.s.app.inject({
      method: 'POST',
      url: '/api/admin/invitations',
      headers: f.w.admin.headers,
      payload: { email: to, name: 'Dr Wrong Address', role: 'clinician' },
    });
    expect(r.statusCode).toBe(201);
    return JSON.parse(r.body) as { id: string; token: string };
  }
  const list = (by: Principal) =>
    f.s.app.inject({ method: 'GET', url: '/api/admin/invitations', headers: by.headers });
  const revoke = (by: Principal, id: string, headers: Record<string, string> = {}) =>
    f.s.app.inject({
      method: 'DELETE',
      url: `/api/admin/invitations/${id}`,
      headers: { ...by.headers, ...headers },
    });
  const accept = (token: string) =>
    f.s.app.inject({
      method: 'POST',
      url: '/api/auth/accept-invite',
      payload: { token, password: 'another long password' },
    });
  async function pendingIds(): Promise<string[]> {
    const r = await list(f.w.admin);
    return (JSON.parse(r.body) as { items: { id: string }[] }).items.map((i) => i.id);
  }
  async function auditOf(requestId: string) {
    return f.s.store.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'actor_id', 'resource_id'])
      .where('request_id', '=', requestId)
      .execute();
  }

  test('a pending invitation is listed without its token; accepted ones are not; the list is audited', async () => {
    const to = email();
    const inv = await invite(to);
    const r = await list(f.w.admin);
    expect(r.statusCode).toBe(200);
    const items = (JSON.parse(r.body) as { items: Record<string, unknown>[] }).items;
    const mine = items.find((i) => i.id === inv.id);
    expect(mine).toMatchObject({ email: to, name: 'Dr Wrong Address', role: 'clinician' });
    for (const i of items) {
      expect(Object.keys(i).sort()).toEqual([
        'createdAt',
        'email',
        'expiresAt',
        'id',
        'name',
        'role',
      ]);
    }
    expect(r.body).not.toContain(inv.token);
    expect(r.body).not.toContain(f.s.deps.secrets.digest(inv.token));
    // the two clinicians of the world (invited as "Dr Test") accepted theirs
    expect(items.map((i) => i.name)).not.toContain('Dr Test');
    expect(await auditOf(String(r.headers['x-request-id']))).toEqual([
      {
        action: 'invitation.list',
        outcome: 'allowed',
        actor_id: f.w.admin.userId,
        resource_id: null,
      },
    ]);
  });

  test('a revoked invitation can no longer be accepted, is no longer listed, and its revocation is audited', async () => {
    const inv = await invite(email());
    const kept = await invite(email());
    const r = await revoke(f.w.admin, inv.id);
    expect(r.statusCode).toBe(204);
    expect(await auditOf(String(r.headers['x-request-id']))).toEqual([
      {
        action: 'invitation.revoke',
        outcome: 'allowed',
        actor_id: f.w.admin.userId,
        resource_id: inv.id,
      },
    ]);
    const ids = await pendingIds();
    expect(ids).not.toContain(inv.id);
    expect(ids).toContain(kept.id);

    const refused = await accept(inv.token);
    expect(refused.statusCode).toBe(400);
    expect(JSON.parse(refused.body).errors).toEqual([
      expect.objectContaining({ code: 'auth.invite_invalid', pointer: '/token' }),
    ]);
    const again = await revoke(f.w.admin, inv.id);
    expect(again.statusCode).toBe(404);
    expect(JSON.parse(again.body).errors[0]).toMatchObject({ code: 'record.not_found' });

    // the other invitation still works, and once accepted it cannot be revoked
    expect((await accept(kept.token)).statusCode).toBe(201);
    expect(await pendingIds()).not.toContain(kept.id);
    expect((await revoke(f.w.admin, kept.id)).statusCode).toBe(404);
  });

  test.each(['5b0d6f0e-7c1e-4a52-9d55-0a4f0f1f2a3b', 'not-an-id'])(
    'revoking %s: 404',
    async (id) => {
      const r = await revoke(f.w.admin, id);
      expect(r.statusCode).toBe(404);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    },
  );

  test.each(['clinician', 'patient'] as const)(
    'a %s may neither list nor revoke; both refusals are audited and the invitation stays',
    async (who) => {
      const inv = await invite(email());
      const l = await list(f.w[who]);
      expect(l.statusCode).toBe(403);
      expect(await auditOf(String(l.headers['x-request-id']))).toEqual([
        {
          action: 'invitation.list',
          outcome: 'denied',
          actor_id: f.w[who].userId,
          resource_id: null,
        },
      ]);
      const r = await revoke(f.w[who], inv.id);
      expect(r.statusCode).toBe(403);
      expect(await auditOf(String(r.headers['x-request-id']))).toEqual([
        {
          action: 'invitation.revoke',
          outcome: 'denied',
          actor_id: f.w[who].userId,
          resource_id: inv.id,
        },
      ]);
      expect(await pendingIds()).toContain(inv.id);
    },
  );

  test("an admin's cookie sent from another site cannot revoke", async () => {
    const inv = await invite(email());
    const r = await revoke(f.w.admin, inv.id, { origin: 'https://evil.example' });
    expect(r.statusCode).toBe(403);
    expect(JSON.parse(r.body).errors[0]).toMatchObject({ code: 'auth.origin_rejected' });
    expect(await pendingIds()).toContain(inv.id);
  });
});

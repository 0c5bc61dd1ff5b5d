/**
 * @module An admin lists who is assigned to whom, on both databases: every assignment by its clinician's and
 * patient record's ids (no clinical data), a new one among them, each list audited under the admin; a
 * clinician or a patient is refused, and the refusal is audited too.
 */
import { describe, expect, test } from 'vitest';
import { assignPatient, DIALECTS, useService } from '../support/service.js';

describe.each(DIALECTS)('the assignments an admin lists, on %s', (dialect) => {
  const f = useService(dialect, { world: true });

  const list = (headers: Record<string, string>) =>
    f.s.app.inject({ method: 'GET', url: '/api/admin/assignments', headers });

  async function auditOf(requestId: string) {
    return f.s.store.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'actor_id', 'patient_id'])
      .where('request_id', '=', requestId)
      .execute();
  }

  test('every assignment is listed by ids, a new one included, and the read is audited', async () => {
    await assignPatient(f.s, f.w.admin, f.w.clinician, f.w.otherPatient);
    const r = await list(f.w.admin.headers);
    expect(r.statusCode).toBe(200);
    const items = (JSON.parse(r.body) as { items: Record<string, unknown>[] }).items;
    const pairs = items.map((a) => `${String(a.clinicianId)}→${String(a.patientId)}`).sort();
    expect(pairs).toEqual(
      [
        `${f.w.clinician.userId}→${f.w.patient.patientId}`,
        `${f.w.clinician.userId}→${f.w.otherPatient.patientId}`,
        `${f.w.otherClinician.userId}→${f.w.otherPatient.patientId}`,
      ].sort(),
    );
    for (const a of items) {
      expect(Object.keys(a).sort()).toEqual(['clinicianId', 'createdAt', 'patientId']);
      expect(Number.isNaN(Date.parse(String(a.createdAt)))).toBe(false);
    }
    expect(await auditOf(String(r.headers['x-request-id']))).toEqual([
      {
        action: 'assignment.list',
        outcome: 'allowed',
        actor_id: f.w.admin.userId,
        patient_id: null,
      },
    ]);
  });

  test.each(['clinician', 'patient'] as const)(
    'a %s is refused, and the refusal is audited',
    async (who) => {
      const r = await list(f.w[who].headers);
      expect(r.statusCode).toBe(403);
      expect(await auditOf(String(r.headers['x-request-id']))).toEqual([
        {
          action: 'assignment.list',
          outcome: 'denied',
          actor_id: f.w[who].userId,
          patient_id: null,
        },
      ]);
    },
  );
});

/**
 * @module An admin ends an assignment, on both databases: the clinician is told "not found" on the
 * patient's record from then on (read, list and write), nothing they recorded is deleted, the end is
 * audited and the audit of the assignment stays; ending it again, or one that never was, is "not found";
 * a clinician or a patient is refused, audited, and the assignment stays.
 */
import { describe, expect, test } from 'vitest';
import { VALID_BODIES } from '../support/bodies.js';
import {
  assignPatient,
  DIALECTS,
  registerPatient,
  useService,
  type Principal,
} from '../support/service.js';

describe.each(DIALECTS)('an admin ends an assignment, on %s', (dialect) => {
  const f = useService(dialect, { world: true });

  const end = (by: Principal, clinicianId: string, patientId: string) =>
    f.s.app.inject({
      method: 'DELETE',
      url: `/api/admin/assignments/${clinicianId}/${patientId}`,
      headers: by.headers,
    });
  const get = (by: Principal, url: string) =>
    f.s.app.inject({ method: 'GET', url, headers: by.headers });

  async function auditOf(requestId: string) {
    return f.s.store.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'actor_id', 'resource_id', 'patient_id'])
      .where('request_id', '=', requestId)
      .execute();
  }

  async function pairs(): Promise<string[]> {
    const r = await get(f.w.admin, '/api/admin/assignments');
    const items = (JSON.parse(r.body) as { items: { clinicianId: string; patientId: string }[] })
      .items;
    return items.map((a) => `${a.clinicianId}→${a.patientId}`).sort();
  }

  test('after the end the clinician gets 404 on the record, nothing recorded is deleted, and the end is audited', async () => {
    const patient = await registerPatient(f.s, 'Patient Ended');
    const pid = patient.patientId ?? '';
    await assignPatient(f.s, f.w.admin, f.w.clinician, patient);
    const enc = await f.s.app.inject({
      method: 'POST',
      url: `/api/patients/${pid}/encounters`,
      headers: f.w.clinician.headers,
      payload: VALID_BODIES['POST /api/patients/:id/encounters']?.(),
    });
    expect(enc.statusCode).toBe(201);
    const encounterId = (JSON.parse(enc.body) as { id: string }).id;
    expect((await get(f.w.clinician, `/api/patients/${pid}`)).statusCode).toBe(200);
    const auditBefore = await f.s.store.db
      .selectFrom('audit_log')
      .select('id')
      .where('patient_id', '=', pid)
      .execute();

    const r = await end(f.w.admin, f.w.clinician.userId, pid);
    expect(r.statusCode).toBe(204);
    expect(r.body).toBe('');
    expect(await auditOf(String(r.headers['x-request-id']))).toEqual([
      {
        action: 'assignment.delete',
        outcome: 'allowed',
        actor_id: f.w.admin.userId,
        resource_id: f.w.clinician.userId,
        patient_id: pid,
      },
    ]);

    for (const url of [
      `/api/patients/${pid}`,
      `/api/patients/${pid}/summary`,
      `/api/patients/${pid}/encounters`,
      `/api/patients/${pid}/encounters/${encounterId}`,
    ]) {
      const denied = await get(f.w.clinician, url);
      expect(denied.statusCode, url).toBe(404);
      expect(denied.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const write = await f.s.app.inject({
      method: 'POST',
      url: `/api/patients/${pid}/encounters`,
      headers: f.w.clinician.headers,
      payload: VALID_BODIES['POST /api/patients/:id/encounters']?.(),
    });
    expect(write.statusCode).toBe(404);
    const mine = JSON.parse((await get(f.w.clinician, '/api/patients')).body) as {
      items: { id: string }[];
    };
    expect(mine.items.map((p) => p.id)).not.toContain(pid);
    expect(mine.items.map((p) => p.id)).toContain(f.w.patient.patientId);

    // the encounter the clinician recorded is still there, as the patient sees it
    const own = await get(patient, `/api/patients/${pid}/encounters/${encounterId}`);
    expect(own.statusCode).toBe(200);
    // and every audit entry about the patient from before the end is still there
    const auditAfter = await f.s.store.db
      .selectFrom('audit_log')
      .select('id')
      .where('patient_id', '=', pid)
      .execute();
    expect(auditAfter.map((a) => a.id)).toEqual(
      expect.arrayContaining(auditBefore.map((a) => a.id)),
    );
    expect(await pairs()).not.toContain(`${f.w.clinician.userId}→${pid}`);

    // ended again: nothing to end
    const again = await end(f.w.admin, f.w.clinician.userId, pid);
    expect(again.statusCode).toBe(404);
    expect(JSON.parse(again.body)).toMatchObject({
      status: 404,
      errors: [expect.objectContaining({ code: 'record.not_found' })],
    });
    expect(JSON.parse(again.body).errors[0].detail).toMatch(/assignment/);

    // assigned once more, the clinician sees the record again
    await assignPatient(f.s, f.w.admin, f.w.clinician, patient);
    expect((await get(f.w.clinician, `/api/patients/${pid}`)).statusCode).toBe(200);
  });

  const cases: [string, () => [string, string]][] = [
    ['no such pair', () => [f.w.otherClinician.userId, f.w.patient.patientId ?? '']],
    ['unknown ids', () => ['5b0d6f0e-7c1e-4a52-9d55-0a4f0f1f2a3b', f.w.patient.patientId ?? '']],
    ['ids that are not ids', () => ['not-an-id', 'x']],
  ];
  test.each(cases)('%s: 404 and nothing ends', async (_name, ids) => {
    const before = await pairs();
    const [c, p] = ids();
    const r = await end(f.w.admin, c, p);
    expect(r.statusCode).toBe(404);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await pairs()).toEqual(before);
  });

  test.each(['clinician', 'otherClinician', 'patient'] as const)(
    'a %s is refused, the refusal is audited, and the assignment stays',
    async (who) => {
      const before = await pairs();
      const r = await end(f.w[who], f.w.clinician.userId, f.w.patient.patientId ?? '');
      expect(r.statusCode).toBe(403);
      expect(await auditOf(String(r.headers['x-request-id']))).toEqual([
        {
          action: 'assignment.delete',
          outcome: 'denied',
          actor_id: f.w[who].userId,
          resource_id: f.w.clinician.userId,
          patient_id: f.w.patient.patientId,
        },
      ]);
      expect(await pairs()).toEqual(before);
      expect((await get(f.w.clinician, `/api/patients/${f.w.patient.patientId}`)).statusCode).toBe(
        200,
      );
    },
  );

  test('signed out: 401', async () => {
    const r = await f.s.app.inject({
      method: 'DELETE',
      url: `/api/admin/assignments/${f.w.clinician.userId}/${f.w.patient.patientId}`,
    });
    expect(r.statusCode).toBe(401);
  });
});

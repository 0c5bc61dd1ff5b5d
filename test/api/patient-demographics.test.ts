/**
 * @module Date of birth and sex on the patient record, through the API on both databases: set at sign-up or
 * later by the patient or their clinician, cleared with null, refused (naming `birthDate`) when not a real
 * date, in the future or more than 120 years ago, and every change audited.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, ORIGIN, useService } from '../support/service.js';

describe.each(DIALECTS)('patient demographics on %s', (dialect) => {
  const f = useService(dialect, { world: true });
  let url: string;

  beforeAll(() => {
    url = `/api/patients/${f.w.patient.patientId}`;
  });

  const patch = (headers: Record<string, string>, payload: unknown) =>
    f.s.app.inject({ method: 'PATCH', url, headers, payload: payload as object });
  const read = async (headers: Record<string, string>): Promise<Record<string, unknown>> =>
    JSON.parse((await f.s.app.inject({ method: 'GET', url, headers })).body) as Record<
      string,
      unknown
    >;

  test('a record starts with neither, shown as null', async () => {
    expect(await read(f.w.patient.headers)).toMatchObject({ birthDate: null, sex: null });
  });

  test('the patient sets both; the clinician changes one and the other stays; null clears', async () => {
    const set = await patch(f.w.patient.headers, { birthDate: '1970-05-01', sex: 'female' });
    expect(set.statusCode).toBe(200);
    expect(JSON.parse(set.body)).toMatchObject({ birthDate: '1970-05-01', sex: 'female' });
    const changed = await patch(f.w.clinician.headers, { sex: 'other' });
    expect(JSON.parse(changed.body)).toMatchObject({ birthDate: '1970-05-01', sex: 'other' });
    expect(await read(f.w.clinician.headers)).toMatchObject({
      birthDate: '1970-05-01',
      sex: 'other',
    });
    const cleared = await patch(f.w.patient.headers, { birthDate: null });
    expect(JSON.parse(cleared.body)).toMatchObject({ birthDate: null, sex: 'other' });
    const list = JSON.parse(
      (
        await f.s.app.inject({
          method: 'GET',
          url: '/api/patients',
          headers: f.w.clinician.headers,
        })
      ).body,
    ) as { items: { id: string; sex: string | null }[] };
    expect(list.items.find((p) => p.id === f.w.patient.patientId)?.sex).toBe('other');
  });

  test.each([
    ['not a calendar date', '1999-02-29', 'input.invalid_value'],
    ['in the future', '2999-01-01', 'record.birth_date_out_of_range'],
    ['more than 120 years ago', '1850-06-01', 'record.birth_date_out_of_range'],
    ['not a date at all', 42, 'input.invalid_type'],
  ])(
    'a birth date %s is refused naming birthDate, and the record is unchanged',
    async (_what, birthDate, code) => {
      const before = await read(f.w.patient.headers);
      const r = await patch(f.w.clinician.headers, { birthDate, sex: 'male' });
      expect(r.statusCode).toBe(400);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = JSON.parse(r.body) as { errors: { code: string; field: string }[] };
      expect(problem.errors).toContainEqual(expect.objectContaining({ code, field: 'birthDate' }));
      expect(await read(f.w.patient.headers)).toEqual(before);
    },
  );

  test('an unknown field or sex value is refused', async () => {
    const extra = await patch(f.w.patient.headers, { age: 50 });
    expect(extra.statusCode).toBe(400);
    expect(JSON.parse(extra.body).errors[0]).toMatchObject({ code: 'input.unknown_key' });
    const sex = await patch(f.w.patient.headers, { sex: 'unknown' });
    expect(sex.statusCode).toBe(400);
    expect(JSON.parse(sex.body).errors[0]).toMatchObject({ field: 'sex' });
  });

  test('another patient, an unassigned clinician and an admin are told the record does not exist', async () => {
    for (const who of [f.w.otherPatient, f.w.otherClinician, f.w.admin]) {
      expect((await patch(who.headers, { sex: 'male' })).statusCode).toBe(404);
    }
  });

  test('each change is audited with who made it; a refused one is audited as denied', async () => {
    const r = await patch(f.w.clinician.headers, { sex: 'male' });
    const entries = await f.s.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('request_id', '=', String(r.headers['x-request-id']))
      .execute();
    expect(entries.map((e) => [e.action, e.outcome, e.actor_id, e.patient_id])).toEqual([
      ['patient.update', 'allowed', f.w.clinician.userId, f.w.patient.patientId],
    ]);
    const denied = await patch(f.w.otherClinician.headers, { sex: 'male' });
    const deniedEntries = await f.s.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('request_id', '=', String(denied.headers['x-request-id']))
      .execute();
    expect(deniedEntries.map((e) => [e.action, e.outcome])).toEqual([['patient.update', 'denied']]);
  });

  test('sign-up may give both, by the same rules', async () => {
    const email = (n: string) => `demog-${n}-${Date.now()}@test.invalid`;
    const ok = await f.s.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      headers: { origin: ORIGIN },
      payload: {
        email: email('ok'),
        password: 'correct horse battery',
        name: 'Dee',
        birthDate: '1988-02-29',
        sex: 'female',
      },
    });
    expect(ok.statusCode).toBe(201);
    const me = JSON.parse(ok.body) as { patientId: string };
    const cookie = String(ok.headers['set-cookie']).split(';')[0] ?? '';
    const rec = await f.s.app.inject({
      method: 'GET',
      url: `/api/patients/${me.patientId}`,
      headers: { cookie, origin: ORIGIN },
    });
    expect(JSON.parse(rec.body)).toMatchObject({ birthDate: '1988-02-29', sex: 'female' });
    const future = await f.s.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      headers: { origin: ORIGIN },
      payload: {
        email: email('future'),
        password: 'correct horse battery',
        name: 'Dee',
        birthDate: '2999-01-01',
      },
    });
    expect(future.statusCode).toBe(400);
    expect(JSON.parse(future.body).errors[0]).toMatchObject({
      code: 'record.birth_date_out_of_range',
      field: 'birthDate',
    });
  });

  test('the OpenAPI document describes the change and its body', async () => {
    const doc = JSON.parse(
      (await f.s.app.inject({ method: 'GET', url: '/api/openapi.json' })).body,
    ) as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
    const op = doc.paths['/api/patients/{id}']?.patch;
    expect(op?.requestBody).toMatchObject({
      content: {
        'application/json': {
          schema: { properties: { birthDate: expect.anything(), sex: expect.anything() } },
        },
      },
    });
  });
});

/**
 * @module A diary entry the patient got wrong, over HTTP on both databases: the patient marks it as entered
 * in error; it stays on the record with who, when and why, the chart summary and its trend leave it out,
 * the FHIR export carries it as `entered-in-error` and an import of that export leaves it behind. Only the
 * patient may mark their entries; a repeat changes nothing; each allowed mark is audited.
 */
import type { Bundle, Observation } from '@medplum/fhirtypes';
import { describe, expect, test } from 'vitest';
import { DIALECTS, useService } from '../support/service.js';

interface Entry {
  readonly id: string;
  readonly painNrs: number;
  readonly enteredInError: { at: string; by: string; reason: string | null } | null;
}
interface Summary {
  readonly diary: readonly { date: string; entries: number; meanPain: number; maxPain: number }[];
}

describe.each(DIALECTS)('a diary entry marked as entered in error on %s', (dialect) => {
  const f = useService(dialect, { world: true });

  const patientUrl = (): string => `/api/patients/${f.w.patient.patientId}`;
  async function record(painNrs: number, startedAt: string): Promise<Entry> {
    const r = await f.s.app.inject({
      method: 'POST',
      url: `${patientUrl()}/diary`,
      headers: f.w.patient.headers,
      payload: { startedAt, durationMinutes: 5, psfsSeverity: 2, painNrs },
    });
    expect(r.statusCode).toBe(201);
    return JSON.parse(r.body) as Entry;
  }
  const mark = (entryId: string, headers: Record<string, string>, payload?: object) =>
    f.s.app.inject({
      method: 'POST',
      url: `${patientUrl()}/diary/${entryId}/entered-in-error`,
      headers,
      ...(payload === undefined ? {} : { payload }),
    });
  async function summary(): Promise<Summary> {
    const r = await f.s.app.inject({
      method: 'GET',
      url: `${patientUrl()}/summary`,
      headers: f.w.patient.headers,
    });
    return JSON.parse(r.body) as Summary;
  }

  test('a pain of 9 typed for a 3 leaves the chart once marked, and stays listed with the mark', async () => {
    const meant = await record(3, '2026-11-10T08:00:00.000Z');
    const slip = await record(9, '2026-11-10T09:00:00.000Z');
    const before = await summary();
    expect(before.diary.find((d) => d.date === '2026-11-10')).toMatchObject({
      entries: 2,
      maxPain: 9,
    });

    const r = await mark(slip.id, f.w.patient.headers, { reason: 'I meant 3' });
    expect(r.statusCode).toBe(200);
    const marked = JSON.parse(r.body) as Entry;
    expect(marked.id).toBe(slip.id);
    expect(marked.enteredInError).toMatchObject({
      by: f.w.patient.userId,
      reason: 'I meant 3',
    });

    const after = await summary();
    expect(after.diary.find((d) => d.date === '2026-11-10')).toMatchObject({
      entries: 1,
      meanPain: 3,
      maxPain: 3,
    });
    const list = await f.s.app.inject({
      method: 'GET',
      url: `${patientUrl()}/diary`,
      headers: f.w.clinician.headers,
    });
    const items = (JSON.parse(list.body) as { items: Entry[] }).items;
    expect(items.find((e) => e.id === meant.id)?.enteredInError).toBeNull();
    expect(items.find((e) => e.id === slip.id)?.enteredInError?.reason).toBe('I meant 3');

    const audit = await f.s.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'diary.entered_in_error')
      .where('resource_id', '=', slip.id)
      .execute();
    expect(audit.map((a) => [a.outcome, a.actor_id, a.patient_id])).toEqual([
      ['allowed', f.w.patient.userId, f.w.patient.patientId],
    ]);
  });

  test('marking again changes nothing: the first mark and its time stand', async () => {
    const slip = await record(8, '2026-11-11T08:00:00.000Z');
    const first = JSON.parse((await mark(slip.id, f.w.patient.headers)).body) as Entry;
    expect(first.enteredInError?.reason).toBeNull();
    const again = await mark(slip.id, f.w.patient.headers, { reason: 'a second reason' });
    expect(again.statusCode).toBe(200);
    expect((JSON.parse(again.body) as Entry).enteredInError).toEqual(first.enteredInError);
  });

  test("the patient's clinician may read the diary but not mark it; nobody else finds the entry", async () => {
    const entry = await record(4, '2026-11-12T08:00:00.000Z');
    expect((await mark(entry.id, f.w.clinician.headers)).statusCode).toBe(403);
    expect((await mark(entry.id, f.w.otherClinician.headers)).statusCode).toBe(404);
    expect((await mark(entry.id, f.w.otherPatient.headers)).statusCode).toBe(404);
    // another patient's entry under this patient's record is not found either
    const theirs = await f.s.app.inject({
      method: 'POST',
      url: `/api/patients/${f.w.otherPatient.patientId}/diary`,
      headers: f.w.otherPatient.headers,
      payload: {
        startedAt: '2026-11-12T08:00:00.000Z',
        durationMinutes: 5,
        psfsSeverity: 1,
        painNrs: 2,
      },
    });
    const theirId = (JSON.parse(theirs.body) as Entry).id;
    const cross = await mark(theirId, f.w.patient.headers);
    expect(cross.statusCode).toBe(404);
    expect(cross.headers['content-type']).toMatch(/^application\/problem\+json/);
    const unknown = await mark('00000000-0000-4000-8000-000000000000', f.w.patient.headers);
    expect(unknown.statusCode).toBe(404);
    const stillStanding = await f.s.app.inject({
      method: 'GET',
      url: `/api/patients/${f.w.otherPatient.patientId}/diary`,
      headers: f.w.otherPatient.headers,
    });
    expect(
      (JSON.parse(stillStanding.body) as { items: Entry[] }).items[0]?.enteredInError,
    ).toBeNull();
  });

  test('a reason that is not text, or an unknown field, is refused naming the field, and nothing is marked', async () => {
    const entry = await record(5, '2026-11-13T08:00:00.000Z');
    for (const body of [{ reason: 7 }, { reason: 'x'.repeat(501) }, { why: 'typo' }]) {
      const r = await mark(entry.id, f.w.patient.headers, body);
      expect(r.statusCode).toBe(400);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(r.body).toMatch(/reason|why/);
    }
    const list = await f.s.app.inject({
      method: 'GET',
      url: `${patientUrl()}/diary`,
      headers: f.w.patient.headers,
    });
    const items = (JSON.parse(list.body) as { items: Entry[] }).items;
    expect(items.find((e) => e.id === entry.id)?.enteredInError).toBeNull();
  });

  test('the FHIR export keeps a marked entry as entered-in-error, and an import of it leaves it behind', async () => {
    const standing = await record(2, '2026-11-14T08:00:00.000Z');
    const slip = await record(10, '2026-11-14T09:00:00.000Z');
    await mark(slip.id, f.w.patient.headers, { reason: 'wrong button' });
    const exported = await f.s.app.inject({
      method: 'GET',
      url: `${patientUrl()}/fhir`,
      headers: f.w.clinician.headers,
    });
    const bundle = JSON.parse(exported.body) as Bundle;
    const diary = (bundle.entry ?? [])
      .map((e) => e.resource)
      .filter(
        (r): r is Observation =>
          r?.resourceType === 'Observation' &&
          r.effectiveDateTime?.startsWith('2026-11-14') === true,
      );
    const pain = (o: Observation): number | undefined =>
      o.component?.find((c) => c.code.coding?.some((x) => x.system === 'http://loinc.org'))
        ?.valueInteger;
    expect(diary.map((o) => [pain(o), o.status])).toEqual([
      [2, 'final'],
      [10, 'entered-in-error'],
    ]);
    expect(diary[1]?.note?.[0]?.text).toBe('wrong button');
    expect(standing.enteredInError).toBeNull();

    const imported = await f.s.app.inject({
      method: 'POST',
      url: '/api/fhir/import',
      headers: f.w.clinician.headers,
      payload: bundle,
    });
    expect(imported.statusCode).toBe(201);
    const report = JSON.parse(imported.body) as {
      patientId: string;
      report: { unmapped: { resource: string; reason: string }[] };
    };
    expect(report.report.unmapped).toContainEqual(
      expect.objectContaining({
        resource: `Observation/${diary[1]?.id ?? ''}`,
        reason: 'not_current',
      }),
    );
    const copy = await f.s.app.inject({
      method: 'GET',
      url: `/api/patients/${report.patientId}/diary`,
      headers: f.w.clinician.headers,
    });
    const pains = (JSON.parse(copy.body) as { items: Entry[] }).items.map((e) => e.painNrs);
    expect(pains).toContain(2);
    expect(pains).not.toContain(10);
  });
});

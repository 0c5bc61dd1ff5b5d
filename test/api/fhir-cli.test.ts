/**
 * @module `tonus fhir export --patient` and `tonus fhir import FILE --clinician` through the real CLI
 * program and runtime on both databases: the operator exports a record, imports it as a new patient of a
 * clinician (exit 0, the new id printed), and an invalid Bundle or an unknown clinician exits 2 storing nothing.
 */
import type { Bundle } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { operatorCli, type Tonus } from '../support/cli.js';
import { VALID_BODIES } from '../support/bodies.js';
import {
  buildWorld,
  DIALECTS,
  freshDb,
  startService,
  type TestDb,
  type World,
} from '../support/service.js';

const diaryOf = (b: Bundle): number =>
  (b.entry ?? []).filter((e) => JSON.stringify(e.resource?.meta ?? {}).includes('"diary"')).length;

describe.each(DIALECTS)('tonus fhir with the database on %s', (dialect) => {
  let db: TestDb;
  let w: World;
  const files: Record<string, string> = {};
  let tonus: Tonus;

  beforeAll(async () => {
    db = await freshDb(dialect);
    const s = await startService(db);
    w = await buildWorld(s);
    for (const startedAt of ['2026-11-01T08:00:00Z', '2026-11-02T08:00:00Z']) {
      await s.app.inject({
        method: 'POST',
        url: `/api/patients/${w.patient.patientId}/diary`,
        headers: w.patient.headers,
        payload: { ...VALID_BODIES['POST /api/patients/:id/diary']?.(), startedAt },
      });
    }
    await s.close();
    tonus = operatorCli(db.env, files);
  }, 60_000);
  afterAll(async () => {
    await db.drop();
  });

  test('export a record, import it for a clinician, export the copy: the diary comes along', async () => {
    const first = await tonus('fhir', 'export', '--patient', w.patient.patientId ?? '');
    expect(first.code, first.err).toBe(0);
    const bundle = JSON.parse(first.out) as Bundle;
    expect(diaryOf(bundle)).toBe(2);
    files['record.json'] = first.out;
    const imported = await tonus(
      'fhir',
      'import',
      'record.json',
      '--clinician',
      w.clinician.userId,
    );
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toMatch(/^[0-9a-f-]{36}$/);
    expect(imported.err).toMatch(/stored: 0 encounters, 2 diary/);
    const again = await tonus('fhir', 'export', '--patient', imported.out);
    expect(again.code).toBe(0);
    expect(diaryOf(JSON.parse(again.out) as Bundle)).toBe(2);
  });

  test('an invalid Bundle or an unknown clinician exits 2 and stores nothing', async () => {
    files['bad.json'] = JSON.stringify({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ resource: { resourceType: 'Patient', id: 'p', gender: 'nope' } }],
    });
    const before = await tonus('audit', '--action', 'fhir.import', '--json');
    const bad = await tonus('fhir', 'import', 'bad.json', '--clinician', w.clinician.userId);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/gender/);
    const nobody = await tonus('fhir', 'import', 'record.json', '--clinician', w.patient.userId);
    expect(nobody.code).toBe(2);
    expect(nobody.err).toMatch(/clinician/);
    const after = await tonus('audit', '--action', 'fhir.import', '--json');
    expect((JSON.parse(after.out) as unknown[]).length).toBe(
      (JSON.parse(before.out) as unknown[]).length,
    );
    const both = await tonus('fhir', 'export');
    expect(both.code).toBe(2);
  });
});

/**
 * @module A patient's record in FHIR through the API, on both databases: each demo patient's export passes
 * the official schema and @medplum/core, imports into an empty database and exports again to the same
 * resources (ids and timestamps aside); an invalid Bundle stores nothing; patients export their own record.
 */
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_SIGN_INS } from '../../src/app/demo/index.js';
import { seedDemo, type Service } from '../../src/main/server.js';
import { fhirErrors } from '../fixtures/fhir-validators.js';
import {
  DIALECTS,
  firstAdmin,
  freshDb,
  invitedClinician,
  ORIGIN,
  startService,
  type Principal,
  type TestDb,
} from '../support/service.js';

async function signIn(
  s: Service,
  email: string,
  password: string,
): Promise<Record<string, string>> {
  const r = await s.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
  });
  expect(r.statusCode).toBe(200);
  const set = r.headers['set-cookie'];
  const cookie = (Array.isArray(set) ? set[0] : set)?.split(';')[0] ?? '';
  return { cookie, origin: ORIGIN };
}

const demo = (role: 'clinician' | 'patient', n = 0) => {
  const d = DEMO_SIGN_INS.filter((x) => x.role === role)[n];
  if (d === undefined) {
    throw new Error(`no demo ${role}`);
  }
  return d;
};

/** Times of writing, not of the record: the Bundle's and the Provenance's. */
const WRITE_TIMES = new Set(['timestamp', 'recorded']);

/**
 * The Bundle with ids replaced by each resource's type and place among its type, and the times of
 * writing left out: what must survive an import and a second export.
 */
function normalised(b: Bundle): unknown[] {
  const labels = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const e of b.entry ?? []) {
    const r = e.resource as Resource;
    const n = counts.get(r.resourceType) ?? 0;
    counts.set(r.resourceType, n + 1);
    labels.set(r.id ?? '', `${r.resourceType}#${n}`);
  }
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      return v.map(walk);
    }
    if (typeof v === 'string') {
      return v.startsWith('urn:uuid:') ? (labels.get(v.slice(9)) ?? 'unknown') : v;
    }
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k]) => k !== 'id' && k !== 'fullUrl' && !WRITE_TIMES.has(k))
          .map(([k, x]) => [k, walk(x)]),
      );
    }
    return v;
  };
  return (b.entry ?? []).map((e) => walk(e.resource));
}

describe.each(DIALECTS)('FHIR record export and import on %s', (dialect) => {
  let db: TestDb;
  let s: Service;
  let empty: TestDb;
  let target: Service;
  let importer: Principal;
  let clinician: Record<string, string>;
  let patients: { id: string; name: string }[];

  beforeAll(async () => {
    db = await freshDb(dialect);
    s = await startService(db);
    expect(await seedDemo(s.deps)).toBe(true);
    clinician = await signIn(s, demo('clinician').email, demo('clinician').password);
    const list = await s.app.inject({ method: 'GET', url: '/api/patients', headers: clinician });
    patients = (JSON.parse(list.body) as { items: { id: string; name: string }[] }).items;
    empty = await freshDb(dialect);
    target = await startService(empty);
    importer = await invitedClinician(target, await firstAdmin(target));
  }, 120_000);
  afterAll(async () => {
    await s.close();
    await target.close();
    await db.drop();
    await empty.drop();
  });

  const exportOf = async (svc: Service, id: string, headers: Record<string, string>) => {
    const r = await svc.app.inject({ method: 'GET', url: `/api/patients/${id}/fhir`, headers });
    expect(r.statusCode, r.body).toBe(200);
    return JSON.parse(r.body) as Bundle;
  };

  test('each demo patient exports, validates, imports into an empty database and exports again the same', async () => {
    expect(patients.map((p) => p.name).sort()).toEqual(['Ada Demo', 'Ben Demo']);
    for (const p of patients) {
      const first = await exportOf(s, p.id, clinician);
      expect(first.type).toBe('collection');
      const types = new Set((first.entry ?? []).map((e) => e.resource?.resourceType));
      expect(types).toContain('Patient');
      expect(types).toContain('Provenance');
      // every diary entry is an Observation of its own
      const diary = await s.app.inject({
        method: 'GET',
        url: `/api/patients/${p.id}/diary`,
        headers: clinician,
      });
      const diaryCount = (JSON.parse(diary.body) as { items: unknown[] }).items.length;
      const diaryObs = (first.entry ?? []).filter((e) =>
        JSON.stringify(e.resource?.meta ?? {}).includes('"diary"'),
      );
      expect(diaryObs).toHaveLength(diaryCount);
      expect((first.entry ?? []).flatMap((e) => fhirErrors(e.resource as Resource))).toEqual([]);

      const imported = await target.app.inject({
        method: 'POST',
        url: '/api/fhir/import',
        headers: importer.headers,
        payload: first,
      });
      expect(imported.statusCode, imported.body).toBe(201);
      const result = JSON.parse(imported.body) as {
        patientId: string;
        stored: { diary: number };
        report: { unmapped: unknown[] };
      };
      expect(result.stored.diary).toBe(diaryCount);
      expect(result.report.unmapped).toEqual([]);
      const second = await exportOf(target, result.patientId, importer.headers);
      expect(normalised(second)).toEqual(normalised(first));
    }
  }, 300_000);

  test('the demo encounter comes back with its assessment and the same engine answer', async () => {
    const ada = patients.find((p) => p.name === 'Ada Demo');
    const bundle = await exportOf(s, ada?.id ?? '', clinician);
    const imported = await target.app.inject({
      method: 'POST',
      url: '/api/fhir/import',
      headers: importer.headers,
      payload: bundle,
    });
    const { patientId } = JSON.parse(imported.body) as { patientId: string };
    const before = await s.app.inject({
      method: 'GET',
      url: `/api/patients/${ada?.id ?? ''}/encounters`,
      headers: clinician,
    });
    const after = await target.app.inject({
      method: 'GET',
      url: `/api/patients/${patientId}/encounters`,
      headers: importer.headers,
    });
    type Enc = { items: { input: { patient: unknown }; result: { triage: unknown } }[] };
    const [b] = (JSON.parse(before.body) as Enc).items;
    const [a] = (JSON.parse(after.body) as Enc).items;
    expect(a?.input.patient).toEqual(b?.input.patient);
    expect(a?.result.triage).toEqual(b?.result.triage);
  }, 120_000);

  test('an invalid Bundle stores nothing and names the element', async () => {
    const count = async () =>
      (
        JSON.parse(
          (
            await target.app.inject({
              method: 'GET',
              url: '/api/patients',
              headers: importer.headers,
            })
          ).body,
        ) as { items: unknown[] }
      ).items.length;
    const before = await count();
    const bad = await target.app.inject({
      method: 'POST',
      url: '/api/fhir/import',
      headers: importer.headers,
      payload: {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          { resource: { resourceType: 'Patient', id: 'a', gender: 'female' } },
          {
            resource: {
              resourceType: 'Observation',
              id: 'o',
              status: 'not-a-status',
              code: { text: 'pain' },
            },
          },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(bad.body).detail).toMatch(/entry\[1\]/);
    const twoPatients = await target.app.inject({
      method: 'POST',
      url: '/api/fhir/import',
      headers: importer.headers,
      payload: {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          { resource: { resourceType: 'Patient', id: 'a', gender: 'female' } },
          { resource: { resourceType: 'Patient', id: 'b', gender: 'male' } },
        ],
      },
    });
    expect(twoPatients.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });

  test('another system’s Bundle: what maps is stored, the rest is reported', async () => {
    const r = await target.app.inject({
      method: 'POST',
      url: '/api/fhir/import',
      headers: importer.headers,
      payload: {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          {
            resource: {
              resourceType: 'Patient',
              id: 'ehr-9',
              gender: 'male',
              birthDate: '1961-03-04',
              name: [{ given: ['Sam'], family: 'Other' }],
            },
          },
          {
            resource: {
              resourceType: 'AllergyIntolerance',
              id: 'al-1',
              patient: { reference: 'Patient/ehr-9' },
            },
          },
        ],
      },
    });
    expect(r.statusCode, r.body).toBe(201);
    const body = JSON.parse(r.body) as {
      patientId: string;
      report: { unmapped: { resource: string; reason: string }[] };
    };
    expect(body.report.unmapped).toContainEqual({
      resource: 'AllergyIntolerance/al-1',
      reason: 'unsupported_resource',
    });
    const rec = await target.app.inject({
      method: 'GET',
      url: `/api/patients/${body.patientId}`,
      headers: importer.headers,
    });
    expect(JSON.parse(rec.body).name).toBe('Sam Other');
  });

  test('a patient exports their own record, without orders or EMG studies, and cannot import', async () => {
    const ada = await signIn(s, demo('patient').email, demo('patient').password);
    const me = await s.app.inject({ method: 'GET', url: '/api/me', headers: ada });
    const { patientId } = JSON.parse(me.body) as { patientId: string };
    const own = await exportOf(s, patientId, ada);
    const types = new Set((own.entry ?? []).map((e) => e.resource?.resourceType));
    expect(types.has('MedicationRequest')).toBe(false);
    expect(types.has('DiagnosticReport')).toBe(false);
    const other = patients.find((p) => p.id !== patientId);
    const r = await s.app.inject({
      method: 'GET',
      url: `/api/patients/${other?.id ?? ''}/fhir`,
      headers: ada,
    });
    expect(r.statusCode).toBe(404);
    const imp = await s.app.inject({
      method: 'POST',
      url: '/api/fhir/import',
      headers: ada,
      payload: own,
    });
    expect(imp.statusCode).toBe(403);
  });
});

/**
 * @module A whole record in FHIR without a database: every kind of record Tonus keeps (encounter, diary,
 * all five outcome instruments, self-care, a plan with goals and a review day, an order with its check,
 * an EMG study) is written as resources that pass the official schema and @medplum/core, and what Tonus
 * imports comes back from them unchanged; orders and studies are reported, not dropped.
 */
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { describe, expect, test } from 'vitest';
import { bundleSchemaIssues } from '../../src/adapters/fhir-schema/index.js';
import { assess } from '../../src/domain/engine/index.js';
import {
  collectionBundle,
  recordFromFhir,
  recordToFhir,
  type PatientRecordData,
} from '../../src/domain/fhir/index.js';
import { checkOrder, OrderCheckRequest } from '../../src/domain/orders/index.js';
import { scoreOutcome, type Outcome, type OutcomeInput } from '../../src/domain/records/index.js';
import { parsed, strainAda } from '../fixtures/assessments.js';
import { fhirErrors } from '../fixtures/fhir-validators.js';

let n = 0;
const uuid = (): string => `00000000-0000-4000-8000-${String(n++).padStart(12, '0')}`;
const PATIENT = uuid();
const BY = uuid();
const ENCOUNTER = uuid();
const AT = '2026-11-20T09:00:00.000Z';

const outcomes: OutcomeInput[] = [
  { instrument: 'odi', takenAt: AT, answers: { sections: [3, 1, 2, 1, 2, 2, 1, null, 1, 2] } },
  {
    instrument: 'rmdq',
    takenAt: AT,
    answers: { items: Array.from({ length: 24 }, (_, i) => i % 3 === 0) },
  },
  {
    instrument: 'start_back',
    takenAt: AT,
    answers: {
      agree: [true, false, true, false, true, false, true, false],
      bothersomeness: 'moderately',
    },
  },
  { instrument: 'psfs', takenAt: AT, answers: { frequency: 2, severity: 3 } },
  { instrument: 'nrs', takenAt: AT, answers: { painNrs: 6 } },
];

const order: OrderCheckRequest = OrderCheckRequest.parse({
  order: {
    drug: 'baclofen',
    action: 'start',
    route: 'oral',
    dose: { value: 40, unit: 'mg' },
    dosesPerDay: 3,
    orderDate: '2026-11-20',
  },
  patient: { ageYears: 70, sex: 'female', crclMlMin: 25 },
});

const stored = <T extends object>(
  x: T,
): T & { id: string; patientId: string; createdAt: string; createdBy: string } => ({
  ...x,
  id: uuid(),
  patientId: PATIENT,
  createdAt: AT,
  createdBy: BY,
});

const record: PatientRecordData = {
  patient: { id: PATIENT, name: 'Ada Record', birthDate: '1985-03-14', sex: 'female' },
  encounters: [
    {
      id: ENCOUNTER,
      createdAt: AT,
      assessment: strainAda,
      result: assess(parsed(strainAda), { audience: 'clinician', asOf: AT.slice(0, 10) }),
    },
  ],
  diary: [
    stored({
      startedAt: '2026-11-21T07:30:00.000Z',
      durationMinutes: 12,
      psfsSeverity: 2,
      painNrs: 5,
      trigger: 'lifting',
      helped: 'heat',
      note: 'after gardening',
      enteredInError: null,
    }),
    stored({
      startedAt: '2026-11-22T07:30:00.000Z',
      durationMinutes: 3,
      psfsSeverity: 1,
      painNrs: 2,
      trigger: null,
      helped: null,
      note: null,
      enteredInError: null,
    }),
  ],
  outcomes: outcomes.map((o): Outcome =>
    stored({ ...o, answers: o.answers, score: scoreOutcome(o) }),
  ),
  selfCare: [stored({ measure: 'heat', startedAt: '2026-11-21T19:00:00.000Z', minutes: 15 })],
  plans: [
    stored({
      body: {
        selfCare: [{ measure: 'stretch', timesPerDay: 3 }],
        goals: ['Walk 30 minutes', 'A full day at the desk'],
        reviewOn: '2026-12-20',
        encounterId: ENCOUNTER,
        note: 'review after two weeks',
      },
    }),
  ],
  orders: [{ id: uuid(), order: order.order, result: checkOrder(order), createdAt: AT }],
  emgStudies: [
    stored({
      fileName: 'rest.edf',
      sha256: 'ab'.repeat(32),
      sizeBytes: 1024,
      phases: null,
      atRest: false,
      state: 'done' as const,
      progress: 1,
      attempts: 1,
      error: null,
      analysis: {},
      finishedAt: AT,
    }),
  ],
};

const resources = recordToFhir(record, {
  style: 'urn',
  newId: uuid,
  emgFileUrl: (id) => `https://tonus.example.org/api/patients/${PATIENT}/emg-studies/${id}`,
});

/** Reads `written` back as an import would, each resource at its Bundle entry. */
const readBack = (written: readonly Resource[]) =>
  recordFromFhir(
    written.map((resource, i) => ({ resource, at: `entry[${i}].resource` })),
    { asOf: '2026-11-25' },
  );

describe('a whole record in FHIR', () => {
  test('every resource passes the official schema, @medplum/core and the profiles', () => {
    const types = new Set(resources.map((r) => r.resourceType));
    for (const t of [
      'Encounter',
      'CarePlan',
      'Goal',
      'MedicationRequest',
      'DetectedIssue',
      'DiagnosticReport',
      'Media',
      'QuestionnaireResponse',
    ]) {
      expect(types).toContain(t);
    }
    const bundle: Bundle = collectionBundle(uuid(), AT, resources);
    expect(bundleSchemaIssues(bundle)).toEqual([]);
    expect(resources.flatMap((r: Resource) => fhirErrors(r))).toEqual([]);
  });

  test('read back: the encounter, diary, outcomes, self-care and plan as they were; orders and studies reported', () => {
    const r = readBack(resources);
    expect(r.ok).toBe(true);
    if (!r.ok) {
      return;
    }
    const v = r.value;
    expect(v.name).toBe('Ada Record');
    expect([v.birthDate, v.sex]).toEqual(['1985-03-14', 'female']);
    expect(v.encounters).toHaveLength(1);
    expect(v.encounters[0]?.ref).toBe(ENCOUNTER);
    expect(v.encounters[0]?.parsed.assessment).toEqual(strainAda);
    const strip = ({
      id: _i,
      patientId: _p,
      createdAt: _c,
      createdBy: _b,
      ...rest
    }: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(rest).filter(([, x]) => x !== null));
    expect(v.diary).toEqual(record.diary.map((d) => strip(d)));
    const byInstrument = (xs: readonly OutcomeInput[]): OutcomeInput[] =>
      [...xs].sort((a, b) => a.instrument.localeCompare(b.instrument));
    expect(byInstrument(v.outcomes)).toEqual(byInstrument(outcomes));
    expect(v.selfCare).toEqual(record.selfCare.map((s) => strip(s)));
    const { encounterId: _e, ...body } = record.plans[0]!.body;
    expect(v.plans).toEqual([{ body, encounterRef: ENCOUNTER, at: AT }]);
    const reasons = v.report.unmapped.map((u) => `${u.resource.split('/')[0]}:${u.reason}`);
    expect(reasons).toContain('MedicationRequest:record_only');
    expect(reasons).toContain('DiagnosticReport:record_only');
    expect(reasons).toContain('Media:record_only');
    expect(reasons.filter((x) => !x.endsWith(':record_only'))).toEqual([]);
  });

  test("the Patient carries the record's birth date and sex; without a recorded sex, the latest assessment's", () => {
    const patientOf = (rs: readonly Resource[]): Resource | undefined =>
      rs.find((r) => r.resourceType === 'Patient');
    expect(patientOf(resources)).toMatchObject({ birthDate: '1985-03-14', gender: 'female' });
    const recorded = recordToFhir(
      { ...record, patient: { ...record.patient, sex: 'other' } },
      { style: 'urn', newId: uuid, emgFileUrl: (id) => `/api/emg/${id}` },
    );
    expect(patientOf(recorded)).toMatchObject({ gender: 'other' });
    const unknown = recordToFhir(
      { ...record, patient: { ...record.patient, birthDate: null, sex: null } },
      { style: 'urn', newId: uuid, emgFileUrl: (id) => `/api/emg/${id}` },
    );
    const p = patientOf(unknown);
    expect(p).toMatchObject({ gender: 'female' });
    expect(p).not.toHaveProperty('birthDate');
  });

  test.each(['1985', '1985-03', '2027-01-01', '1890-01-01'])(
    'a Patient birthDate of %s is not kept on the record and is reported',
    (birthDate) => {
      const r = readBack(
        resources.map((x) => (x.resourceType === 'Patient' ? { ...x, birthDate } : x)),
      );
      expect(r.ok && r.value.birthDate).toBeNull();
      expect(r.ok && r.value.report.unmapped).toContainEqual({
        resource: expect.stringMatching(/^Patient/) as unknown,
        reason: 'rejected_value',
        field: 'birthDate',
      });
    },
  );

  test('an imported plan whose goal names a drug is reported as rejected, not kept for the patient to read', () => {
    const plan = record.plans[0]!;
    const naming = recordToFhir(
      { ...record, plans: [{ ...plan, body: { ...plan.body, goals: ['Less baclofen by May'] } }] },
      { style: 'urn', newId: uuid, emgFileUrl: (id) => `https://tonus.example.org/e/${id}` },
    );
    const r = readBack(naming);
    expect(r.ok).toBe(true);
    if (!r.ok) {
      return;
    }
    expect(r.value.plans).toEqual([]);
    expect(r.value.report.unmapped).toContainEqual(
      expect.objectContaining({ reason: 'rejected_value', field: 'plans' }),
    );
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Observation, Resource } from '@medplum/fhirtypes';
import { describe, expect, test } from 'vitest';
import { arbitraryAssessment } from '../../../test/fixtures/arbitrary-assessment.js';
import { strainAda } from '../../../test/fixtures/assessments.js';
import type { Assessment } from '../assessment/index.js';
import { parseCase } from '../cases/index.js';
import {
  assessmentFromFhir,
  assessmentToFhir,
  patientResource,
  SYSTEM,
  tonusSystem,
  type WriteContext,
} from './index.js';

function context(): WriteContext {
  let n = 0;
  return {
    subject: { reference: 'Patient/p1' },
    effective: '2026-11-25T10:00:00Z',
    newId: () => `r${n++}`,
    style: 'relative',
  };
}

function toFhir(a: Assessment): Resource[] {
  return [patientResource('p1', a.patient.sex), ...assessmentToFhir(a, context())];
}

const entries = (resources: readonly unknown[]) =>
  resources.map((resource, i) => ({ resource, at: `entry[${i}]` }));

function fromFhir(resources: readonly unknown[]) {
  const r = assessmentFromFhir(entries(resources), { asOf: '2026-11-25' });
  if (!r.ok) {
    throw new Error(JSON.stringify(r.issues));
  }
  return r.value;
}

/**
 * What an assessment says, for comparison: key order does not matter, and an empty object (`emg: {}`)
 * an empty sensory map or an empty list of labs says nothing, exactly like an absent one. Empty lists do say something
 * ("asked, none") and are kept.
 */
function json(x: unknown): unknown {
  const said = (v: unknown, key?: string): unknown => {
    if (Array.isArray(v)) {
      return (key === 'sensory' || key === 'labs') && v.length === 0
        ? undefined
        : v.map((e) => said(e));
    }
    if (typeof v === 'object' && v !== null) {
      const kept = Object.entries(v).flatMap(([k, e]) => {
        const s = said(e, k);
        return s === undefined ? [] : [[k, s] as const];
      });
      return kept.length === 0 ? undefined : Object.fromEntries(kept);
    }
    return v;
  };
  return said(JSON.parse(JSON.stringify(x)));
}

const caseFiles = ['cases/public', 'cases/dev'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${dir}/${f}`),
);

describe('an assessment through FHIR and back', () => {
  test.each(caseFiles)('%s comes back unchanged, every resource mapped', (file) => {
    const c = parseCase(JSON.parse(readFileSync(file, 'utf8')));
    if (!c.ok) {
      throw new Error(file);
    }
    const a = c.value.parsed.assessment;
    const back = fromFhir(toFhir(a));
    expect(json(back.parsed.assessment)).toEqual(json(a));
    expect(back.report.unmapped).toEqual([]);
  });

  test('any valid assessment comes back unchanged (property)', () => {
    fc.assert(
      fc.property(arbitraryAssessment, (a) => {
        expect(json(fromFhir(toFhir(a)).parsed.assessment)).toEqual(json(a));
      }),
      { numRuns: 200 },
    );
  });

  test('an empty list (asked, none) stays empty and an absent list stays unknown', () => {
    const asked = fromFhir(toFhir({ ...strainAda, medications: [], exposures: [] })).parsed
      .assessment;
    expect(asked.medications).toEqual([]);
    expect(asked.exposures).toEqual([]);
    expect(asked.conditions).toBeUndefined();
  });
});

describe('what Tonus writes', () => {
  const find = (rs: Resource[], code: string) =>
    rs.find(
      (r): r is Observation =>
        r.resourceType === 'Observation' && r.code.coding?.some((c) => c.code === code) === true,
    );

  test('a lab keeps the unit as entered with its UCUM code, and the converted value beside it', () => {
    const rs = toFhir({
      ...strainAda,
      labs: [
        { loinc: '19123-9', value: 1.2, unit: 'mg/dL' },
        { loinc: '2823-3', value: 3.1, unit: 'mEq/L' },
      ],
    });
    const mg = find(rs, '19123-9');
    expect(mg?.valueQuantity).toEqual({
      value: 1.2,
      unit: 'mg/dL',
      system: SYSTEM.ucum,
      code: 'mg/dL',
    });
    expect(mg?.component?.[0]?.valueQuantity?.code).toBe('mmol/L');
    expect(mg?.component?.[0]?.valueQuantity?.value).toBeCloseTo(1.2 / 2.431, 6);
    const k = find(rs, '2823-3');
    expect(k?.valueQuantity).toEqual({
      value: 3.1,
      unit: 'mEq/L',
      system: SYSTEM.ucum,
      code: 'meq/L',
    });
    // mEq/L is mmol/L for potassium, but the unit changed, so the canonical value is shown
    expect(k?.component?.[0]?.valueQuantity?.value).toBe(3.1);
  });

  test('a lab in its canonical unit has no converted value', () => {
    const k = find(
      toFhir({ ...strainAda, labs: [{ loinc: '2823-3', value: 3.1, unit: 'mmol/L' }] }),
      '2823-3',
    );
    expect(k?.component).toBeUndefined();
  });

  test('vitals and pain use their LOINC codes and UCUM units', () => {
    const rs = toFhir({ ...strainAda, vitals: { temperatureC: 38.4, heartRate: 96, gcs: 14 } });
    expect(find(rs, '8310-5')?.valueQuantity).toMatchObject({ value: 38.4, code: 'Cel' });
    expect(find(rs, '8867-4')?.valueQuantity).toMatchObject({ value: 96, code: '/min' });
    expect(find(rs, '9269-2')?.valueQuantity).toMatchObject({ value: 14, code: '{score}' });
    expect(find(rs, '72514-3')?.valueInteger).toBe(5);
    expect(find(rs, '30525-0')?.valueQuantity).toMatchObject({ value: 35, code: 'a' });
  });

  test('a finding with a verified SNOMED CT concept carries it beside the Tonus code', () => {
    const cramps = find(
      toFhir({ ...strainAda, findings: { muscle_cramps: false } }),
      'muscle_cramps',
    );
    expect(cramps?.code.coding).toContainEqual({ system: SYSTEM.snomed, code: '55300003' });
    expect(cramps?.valueBoolean).toBe(false);
  });

  test('a current medication that is one drug carries its RxNorm code; a class only its Tonus code', () => {
    const rs = toFhir({ ...strainAda, medications: ['ciprofloxacin', 'opioid'] });
    const statements = rs.filter((r) => r.resourceType === 'MedicationStatement');
    expect(statements.map((s) => s.medicationCodeableConcept?.coding?.length)).toEqual([2, 1]);
    expect(statements[0]?.medicationCodeableConcept?.coding?.[1]).toEqual({
      system: SYSTEM.rxnorm,
      code: '2551',
    });
  });
});

describe('reading another system’s FHIR', () => {
  const patient = {
    resourceType: 'Patient',
    id: 'ehr-1',
    gender: 'female',
    birthDate: '1968-03-02',
  };
  const subject = { reference: 'Patient/ehr-1' };
  const obs = (id: string, loinc: string, value: object, when = '2026-11-20T08:00:00Z') => ({
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: loinc }] },
    subject,
    effectiveDateTime: when,
    ...value,
  });
  const condition = (id: string, system: string, code: string, extra: object = {}) => ({
    resourceType: 'Condition',
    id,
    subject,
    code: { coding: [{ system, code }] },
    ...extra,
  });

  test('maps what it knows by code and reports the rest with a reason', () => {
    const r = fromFhir([
      patient,
      condition('c1', SYSTEM.icd10cm, 'E11.9'),
      condition('c2', SYSTEM.icd10cm, 'M62.830'),
      condition('c3', SYSTEM.icd10cm, 'I10'),
      condition('c4', SYSTEM.icd10cm, 'N18.3', {
        verificationStatus: { coding: [{ system: SYSTEM.conditionVerification, code: 'refuted' }] },
      }),
      obs('k', '2823-3', {
        valueQuantity: { value: 2.9, unit: 'mmol/L', system: SYSTEM.ucum, code: 'mmol/L' },
      }),
      obs('t', '8310-5', {
        valueQuantity: { value: 100.4, unit: '°F', system: SYSTEM.ucum, code: '[degF]' },
      }),
      obs(
        'hr-old',
        '8867-4',
        { valueQuantity: { value: 70, code: '/min', system: SYSTEM.ucum } },
        '2026-11-01T08:00:00Z',
      ),
      obs('hr', '8867-4', {
        valueQuantity: { value: 104, code: '{beats}/min', system: SYSTEM.ucum },
      }),
      obs('bmi', '39156-5', { valueQuantity: { value: 31 } }),
      {
        resourceType: 'MedicationRequest',
        id: 'm1',
        status: 'active',
        intent: 'order',
        subject,
        medicationCodeableConcept: {
          coding: [
            { system: SYSTEM.rxnorm, code: '313397', display: 'tizanidine 4 MG Oral Tablet' },
          ],
        },
      },
      {
        resourceType: 'MedicationStatement',
        id: 'm2',
        status: 'stopped',
        subject,
        medicationCodeableConcept: { coding: [{ system: SYSTEM.rxnorm, code: '2551' }] },
      },
      { resourceType: 'AllergyIntolerance', id: 'a1', patient: subject },
    ]);
    const a = r.parsed.assessment;
    expect(a.patient).toEqual({ sex: 'female', ageYears: 58 });
    expect(a.conditions).toEqual(['diabetes_mellitus']);
    expect(a.medications).toEqual(['tizanidine']);
    expect(a.labs).toEqual([{ loinc: '2823-3', value: 2.9, unit: 'mmol/L' }]);
    expect(a.vitals?.temperatureC).toBeCloseTo(38, 6);
    expect(a.vitals?.heartRate).toBe(104);
    expect(r.report.presentation).toBe(true);
    expect(r.report.unmapped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ resource: 'Condition/c3', reason: 'unknown_code' }),
        expect.objectContaining({ resource: 'Condition/c4', reason: 'not_current' }),
        expect.objectContaining({ resource: 'Observation/hr-old', reason: 'superseded' }),
        expect.objectContaining({ resource: 'Observation/bmi', reason: 'unknown_code' }),
        expect.objectContaining({ resource: 'MedicationStatement/m2', reason: 'not_current' }),
        expect.objectContaining({
          resource: 'AllergyIntolerance/a1',
          reason: 'unsupported_resource',
        }),
      ]),
    );
    expect(r.report.notes).toEqual(
      expect.arrayContaining([
        { note: 'medication_by_name', about: 'MedicationRequest/m1' },
        { note: 'age_from_birth_date', about: 'Patient/ehr-1' },
        { note: 'list_from_items', about: 'conditions' },
      ]),
    );
  });

  test('a value the assessment refuses is reported and left out; the rest is still assessed', () => {
    const r = fromFhir([
      patient,
      obs('pain', '72514-3', { valueInteger: 12 }),
      obs('hr', '8867-4', { valueQuantity: { value: 88, code: '/min', system: SYSTEM.ucum } }),
    ]);
    expect(r.parsed.assessment.history?.painNrs).toBeUndefined();
    expect(r.parsed.assessment.vitals?.heartRate).toBe(88);
    expect(r.report.unmapped).toEqual([
      expect.objectContaining({
        resource: 'Observation/pain',
        reason: 'rejected_value',
        field: 'history.painNrs',
      }),
    ]);
  });

  test('a unit that cannot measure the vital sign is reported, not converted by guess', () => {
    const r = fromFhir([
      patient,
      obs('t', '8310-5', { valueQuantity: { value: 310, code: 'K', system: SYSTEM.ucum } }),
    ]);
    expect(r.parsed.assessment.vitals).toBeUndefined();
    expect(r.report.unmapped[0]).toMatchObject({
      resource: 'Observation/t',
      reason: 'unit_not_convertible',
    });
  });

  test('a medication named only by a product code is read through a referenced Medication', () => {
    const r = fromFhir([
      patient,
      {
        resourceType: 'Medication',
        id: 'med',
        code: { coding: [{ system: SYSTEM.rxnorm, code: '42355' }] },
      },
      {
        resourceType: 'MedicationRequest',
        id: 'm1',
        status: 'active',
        intent: 'order',
        subject,
        medicationReference: { reference: 'Medication/med' },
      },
    ]);
    expect(r.parsed.assessment.medications).toEqual(['fluvoxamine']);
  });

  test('Tonus’s own results are recomputed, not read back', () => {
    const r = fromFhir([
      patient,
      {
        resourceType: 'RiskAssessment',
        id: 'ra',
        meta: { tag: [{ system: tonusSystem('resource-role'), code: 'result' }] },
        status: 'final',
        subject,
      },
    ]);
    expect(r.report.derived).toEqual(['RiskAssessment/ra']);
    expect(r.report.unmapped).toEqual([]);
  });

  test('an invalid resource makes the whole input invalid, naming the element', () => {
    const r = assessmentFromFhir(
      entries([patient, { resourceType: 'Observation', id: 'x', code: { text: 'pain' } }]),
      { asOf: '2026-11-25' },
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]).toMatchObject({
      code: 'input.unknown_id',
      path: ['entry[1]', 'status'],
    });
  });

  test('an Observation with two values breaks the choice-type rule', () => {
    const r = assessmentFromFhir(
      entries([patient, obs('x', '8867-4', { valueInteger: 80, valueString: '80' })]),
      { asOf: '2026-11-25' },
    );
    expect(!r.ok && r.issues[0]?.code).toBe('fhir.several_values');
  });

  test('two patients cannot be assessed; one without sex or age is assessed with them unknown, and the report says so', () => {
    const two = assessmentFromFhir(entries([patient, { ...patient, id: 'ehr-2' }]), {
      asOf: '2026-11-25',
    });
    expect(!two.ok && two.issues[0]?.code).toBe('fhir.patient_ambiguous');
    const nosex = assessmentFromFhir(
      entries([{ resourceType: 'Patient', id: 'p', birthDate: '1970-12-01' }]),
      { asOf: '2026-11-25' },
    );
    expect(nosex.ok && nosex.value.parsed.assessment.patient).toEqual({ ageYears: 55 });
    expect(nosex.ok && nosex.value.report.notes.map((n) => n.note)).toContain('sex_unknown');
    const noage = assessmentFromFhir(
      entries([{ resourceType: 'Patient', id: 'p', gender: 'male' }]),
      { asOf: '2026-11-25' },
    );
    expect(noage.ok && noage.value.parsed.assessment.patient).toEqual({ sex: 'male' });
    expect(noage.ok && noage.value.report.notes.map((n) => n.note)).toEqual(['age_unknown']);
    const nobody = assessmentFromFhir(entries([]), { asOf: '2026-11-25' });
    expect(!nobody.ok && nobody.issues.map((i) => i.code)).toEqual(['fhir.patient_missing']);
  });

  test('a resolved history condition is still history; a resolved pregnancy is not current', () => {
    const resolved = {
      clinicalStatus: { coding: [{ system: SYSTEM.conditionClinical, code: 'resolved' }] },
    };
    const r = fromFhir([
      patient,
      condition('s', SYSTEM.icd10cm, 'I63.9', resolved),
      condition('p', SYSTEM.icd10cm, 'Z33.1', resolved),
    ]);
    expect(r.parsed.assessment.conditions).toEqual(['stroke']);
    expect(r.report.unmapped).toEqual([
      expect.objectContaining({ resource: 'Condition/p', reason: 'not_current' }),
    ]);
  });
});

/**
 * Every resource Tonus writes passes the official FHIR R4 JSON schema and @medplum/core's validator:
 * a resource that fails either is a test failure, not a warning.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { describe, expect, test } from 'vitest';
import { bundleSchemaIssues } from '../../src/adapters/fhir-schema/index.js';
import { callCdsService, exportAssessmentBundle } from '../../src/app/fhir/index.js';
import { checkOrderDocument } from '../../src/app/index.js';
import { assess } from '../../src/domain/engine/index.js';
import {
  assessmentToFhir,
  orderToFhir,
  patientResource,
  referenceTo,
  resultToFhir,
  type WriteContext,
} from '../../src/domain/fhir/index.js';
import { DRUGS, DRUG_DEFS } from '../../src/domain/kb/index.js';
import { checkOrder, type ProposedOrder } from '../../src/domain/orders/index.js';
import { arbitraryAssessment } from '../fixtures/arbitrary-assessment.js';
import { parsed } from '../fixtures/assessments.js';
import { cdsDeps, chartOf, draftOrder, orderSelectCall, prefetchOf } from '../fixtures/cds.js';
import { fhirErrors } from '../fixtures/fhir-validators.js';

let n = 0;
const uuid = (): string => `00000000-0000-4000-8000-${String(n++).padStart(12, '0')}`;
const clock = { newId: uuid, now: '2026-11-25T10:00:00.000Z', software: { version: '0.1.0' } };
const ctx = (): WriteContext => {
  const patient = uuid();
  return {
    subject: referenceTo('urn', 'Patient', patient),
    effective: clock.now,
    newId: uuid,
    style: 'urn',
  };
};

const files = [
  ...['cases/public', 'cases/dev'].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => `${dir}/${f}`),
  ),
  'examples/assessments/post-stroke-spasticity.json',
];

function bundleErrors(bundle: Bundle): string[] {
  return [
    ...bundleSchemaIssues(bundle).map(
      (i) => `Bundle [schema] ${i.path.join('.')}: ${String(i.params?.detail)}`,
    ),
    ...(bundle.entry ?? []).flatMap((e) => fhirErrors(e.resource as Resource)),
  ];
}

describe('the validators catch what they must', () => {
  test('a bad enum or date breaks the schema, a missing status medplum, two values the profile', () => {
    expect(
      fhirErrors({ resourceType: 'Patient', gender: 'woman' } as never).some((e) =>
        e.includes('[schema]'),
      ),
    ).toBe(true);
    expect(
      fhirErrors({ resourceType: 'Patient', birthDate: '1980-13-45' } as never).some((e) =>
        e.includes('[schema]'),
      ),
    ).toBe(true);
    const noStatus = { resourceType: 'Observation', code: { text: 'x' } } as never;
    expect(fhirErrors(noStatus).some((e) => e.includes('[medplum]'))).toBe(true);
    const twoValues = {
      resourceType: 'Observation',
      status: 'final',
      code: { text: 'x' },
      valueInteger: 1,
      valueString: '1',
    } as never;
    // neither the schema nor medplum enforces one value per choice type: Tonus's profile does
    expect(fhirErrors(twoValues).some((e) => e.includes('[profile]'))).toBe(true);
  });
});

describe('every resource Tonus writes is valid FHIR R4', () => {
  test.each(files)('%s: the export Bundle and each of its resources', (file) => {
    const bundle = exportAssessmentBundle(JSON.parse(readFileSync(file, 'utf8')), clock);
    expect(bundle.ok).toBe(true);
    if (!bundle.ok) {
      return;
    }
    expect(bundleErrors(bundle.value)).toEqual([]);
    const types = new Set(bundle.value.entry?.map((e) => e.resource?.resourceType));
    for (const t of [
      'Patient',
      'Observation',
      'RiskAssessment',
      'ClinicalImpression',
      'Condition',
      'CarePlan',
      'Device',
      'Provenance',
    ]) {
      expect(types).toContain(t);
    }
  });

  test('any generated assessment and its answer (property)', () => {
    fc.assert(
      fc.property(arbitraryAssessment, (a) => {
        const c = ctx();
        const resources = [
          patientResource('p', a.patient.sex),
          ...assessmentToFhir(a, c),
          ...resultToFhir(assess(parsed(a), { audience: 'clinician', asOf: '2026-11-25' }), c),
        ];
        expect(resources.flatMap(fhirErrors)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  const orders: ProposedOrder[] = [
    ...DRUGS.map((drug): ProposedOrder => ({
      drug,
      action: 'start',
      route: DRUG_DEFS[drug].routes[0] ?? 'oral',
      ...(drug === 'phenol' || drug === 'alcohol'
        ? { concentrationPercent: drug === 'phenol' ? 5 : 60 }
        : {
            dose: {
              value: drug === 'botulinum_toxin' ? 100 : 5,
              unit: drug === 'botulinum_toxin' ? 'U' : 'mg',
            },
          }),
      dosesPerDay: 3,
      indication: 'spasticity',
      orderDate: '2026-11-25',
    })),
    {
      drug: 'baclofen',
      action: 'stop',
      route: 'oral',
      taper: false,
      regularUse: true,
      orderDate: '2026-11-25',
    },
    {
      drug: 'diazepam',
      action: 'start',
      route: 'oral',
      dose: { value: 2, unit: 'mg' },
      dosesPerDay: 0.5,
      orderDate: '2026-11-25',
    },
    {
      drug: 'baclofen',
      action: 'start',
      route: 'intrathecal',
      dose: { value: 300, unit: 'mcg' },
      dosesPerDay: 1,
      indication: 'musculoskeletal_spasm',
      orderDate: '2026-11-25',
    },
  ];

  test.each(orders.map((o) => [`${o.drug} ${o.action} ${o.route}`, o] as const))(
    'the order %s as a MedicationRequest and its findings as DetectedIssues',
    (_name, order) => {
      const result = checkOrder({
        order,
        patient: { ageYears: 70, conditions: ['copd'], medications: ['opioid', 'fluvoxamine'] },
      });
      const { request, issues } = orderToFhir(order, result, ctx(), 'draft');
      expect(issues.length).toBe(result.findings.length);
      expect([request, ...issues].flatMap(fhirErrors)).toEqual([]);
    },
  );

  test.each(readdirSync('examples/orders').map((f) => `examples/orders/${f}`))(
    '%s as FHIR',
    (file) => {
      const run = checkOrderDocument(JSON.parse(readFileSync(file, 'utf8')));
      if (!run.ok) {
        throw new Error(file);
      }
      const { request, issues } = orderToFhir(
        run.value.request.order,
        run.value.result,
        ctx(),
        'active',
      );
      expect([request, ...issues].flatMap(fhirErrors)).toEqual([]);
    },
  );

  test('the changed order a CDS card suggests is a valid MedicationRequest', async () => {
    const call = orderSelectCall(
      [
        draftOrder(
          'd1',
          { system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '1292' },
          { mg: 30, perDay: 4 },
        ),
      ],
      ['MedicationRequest/d1'],
      prefetchOf(chartOf(parsed({ patient: { ageYears: 40, sex: 'male' } }).assessment)),
    );
    const res = await callCdsService(
      'tonus-order-select',
      JSON.parse(JSON.stringify(call)),
      cdsDeps(),
    );
    const updated = res.ok
      ? res.value.cards
          .flatMap((c) => c.suggestions ?? [])
          .flatMap((s) => s.actions ?? [])
          .find((a) => a.type === 'update')
      : undefined;
    expect(updated?.resource).toBeDefined();
    expect(fhirErrors(updated?.resource as unknown as Resource)).toEqual([]);
  });
});

import type { Coding, MedicationRequest, Resource } from '@medplum/fhirtypes';
import { describe, expect, test } from 'vitest';
import { strainAda, patch } from '../../../test/fixtures/assessments.js';
import {
  cdsDeps,
  chartOf,
  draftOrder,
  orderSelectCall,
  PATIENT_ID,
  patientViewCall,
  prefetchOf,
} from '../../../test/fixtures/cds.js';
import { parseAssessment, type Assessment } from '../../domain/assessment/index.js';
import { assess } from '../../domain/engine/index.js';
import {
  CdsCard,
  CdsDiscovery,
  CdsResponse,
  ORDER_SUGGESTIONS,
  PREFETCH_TEMPLATES,
  SYSTEM,
  TONUS_CDS_EXTENSION,
  tonusSystem,
  type CdsResponse as Response,
} from '../../domain/fhir/index.js';
import { ORDER_RULES, type OrderRuleId, type Severity } from '../../domain/orders/index.js';
import { ok, type Result } from '../../domain/shared/index.js';
import { cdsEn, en } from '../../i18n/index.js';
import { callCdsService, cdsDiscovery } from './index.js';

const subject = { reference: `Patient/${PATIENT_ID}` };
const rx = (code: string, display?: string): Coding => ({
  system: SYSTEM.rxnorm,
  code,
  ...(display === undefined ? {} : { display }),
});
const DRUG = {
  baclofen: rx('1292'),
  tizanidine: rx('57258'),
  clonidine: rx('2599'),
  diazepam: rx('3322'),
  gabapentin: rx('25480'),
  dantrolene: rx('3105'),
  botulinum: { system: SYSTEM.hcpcs, code: 'J0585' },
  phenol: {
    system: 'urn:oid:2.16.840.1.113883.3.999',
    code: 'PHN6',
    display: 'Phenol 6% injection',
  },
};
const active = (id: string, coding: Coding): MedicationRequest => ({
  resourceType: 'MedicationRequest',
  id,
  status: 'active',
  intent: 'order',
  subject,
  medicationCodeableConcept: { coding: [coding] },
});
const icd = (id: string, code: string): Resource => ({
  resourceType: 'Condition',
  id,
  subject,
  clinicalStatus: { coding: [{ system: SYSTEM.conditionClinical, code: 'active' }] },
  code: { coding: [{ system: SYSTEM.icd10cm, code }] },
});
const given = (id: string, date: string, units: number): Resource => ({
  resourceType: 'MedicationAdministration',
  id,
  status: 'completed',
  subject,
  medicationCodeableConcept: { coding: [DRUG.botulinum] },
  effectiveDateTime: date,
  dosage: { dose: { value: units, unit: 'U', system: SYSTEM.ucum, code: '{U}' } },
});
const egfr = (value: number): Assessment['labs'] => [
  { loinc: '98979-8', value, unit: 'mL/min/{1.73_m2}' },
];
const withReason = (mr: MedicationRequest, reason: Coding): MedicationRequest => ({
  ...mr,
  reasonCode: [{ coding: [reason] }],
});
const stopped = (mr: MedicationRequest): MedicationRequest => ({ ...mr, status: 'stopped' });

interface Scenario {
  readonly chart?: Assessment;
  readonly extra?: readonly Resource[];
  readonly draft: MedicationRequest;
  readonly hook?: 'order-select' | 'order-sign';
}

/** One draft order per rule that breaks it: a rule without one fails the type check. */
const SCENARIOS: Readonly<Record<OrderRuleId, Scenario>> = {
  'OC-TIZ-CYP1A2': {
    extra: [active('cipro', rx('2551'))],
    draft: draftOrder('d1', DRUG.tizanidine, { mg: 2, perDay: 3 }),
  },
  'OC-TIZ-MAX': { draft: draftOrder('d1', DRUG.tizanidine, { mg: 16, perDay: 3 }) },
  'OC-TIZ-HEP': { draft: draftOrder('d1', DRUG.tizanidine, { mg: 2, perDay: 3 }) },
  'OC-TIZ-RENAL': {
    chart: patch(strainAda, { labs: egfr(20) }),
    draft: draftOrder('d1', DRUG.tizanidine, { mg: 2, perDay: 3 }),
  },
  'OC-BAC-MAX': { draft: draftOrder('d1', DRUG.baclofen, { mg: 30, perDay: 4 }) },
  'OC-BAC-IND': {
    draft: withReason(draftOrder('d1', DRUG.baclofen, { mg: 5, perDay: 3 }), {
      system: SYSTEM.snomed,
      code: '203095000',
    }),
  },
  'OC-BAC-STOP': { hook: 'order-sign', draft: stopped(draftOrder('d1', DRUG.baclofen)) },
  'OC-BZD-OPI': {
    extra: [active('oxy', rx('7804'))],
    draft: draftOrder('d1', DRUG.diazepam, { mg: 5, perDay: 3 }),
  },
  'OC-BZD-CI': {
    extra: [icd('mg', 'G70.00')],
    draft: draftOrder('d1', DRUG.diazepam, { mg: 5, perDay: 3 }),
  },
  'OC-GABA-RENAL': {
    chart: patch(strainAda, { labs: egfr(40) }),
    draft: draftOrder('d1', DRUG.gabapentin, { mg: 600, perDay: 3 }),
  },
  'OC-GABA-RESP': {
    chart: { ...strainAda, patient: { ageYears: 70, sex: 'female' } },
    draft: draftOrder('d1', DRUG.gabapentin, { mg: 300, perDay: 3 }),
  },
  'OC-DAN-LIVER': {
    extra: [icd('hep', 'K73.9')],
    draft: draftOrder('d1', DRUG.dantrolene, { mg: 25, perDay: 1 }),
  },
  'OC-DAN-MAX': { draft: draftOrder('d1', DRUG.dantrolene, { mg: 150, perDay: 3 }) },
  'OC-DAN-LFT': { draft: draftOrder('d1', DRUG.dantrolene, { mg: 25, perDay: 1 }) },
  'OC-BTX-INT': {
    extra: [given('g1', '2026-10-26', 100)],
    draft: draftOrder('d1', DRUG.botulinum, { mg: 100, unit: 'U', perDay: 1, route: '78421000' }),
  },
  'OC-BTX-CUM': {
    extra: [given('g1', '2026-10-26', 200)],
    draft: draftOrder('d1', DRUG.botulinum, { mg: 300, unit: 'U', perDay: 1, route: '78421000' }),
  },
  'OC-CLON-STOP': { hook: 'order-sign', draft: stopped(draftOrder('d1', DRUG.clonidine)) },
  'OC-SCIATICA': {
    draft: withReason(draftOrder('d1', DRUG.gabapentin, { mg: 300, perDay: 3 }), {
      system: tonusSystem('indication'),
      code: 'sciatica',
    }),
  },
  'OC-NEUROLYSIS-CONCENTRATION': { draft: draftOrder('d1', DRUG.phenol) },
  'OC-DIAZ-MAX': { draft: draftOrder('d1', DRUG.diazepam, { mg: 20, perDay: 3 }) },
  'OC-DIAZ-PREGNANCY': {
    extra: [icd('preg', 'Z33.1')],
    draft: draftOrder('d1', DRUG.diazepam, { mg: 5, perDay: 2 }),
  },
  'OC-GABA-MAX': { draft: draftOrder('d1', DRUG.gabapentin, { mg: 1600, perDay: 3 }) },
  'OC-BAC-RENAL': {
    chart: patch(strainAda, { labs: egfr(50) }),
    draft: draftOrder('d1', DRUG.baclofen, { mg: 5, perDay: 3 }),
  },
  'OC-RENAL-UNKNOWN': { draft: draftOrder('d1', DRUG.baclofen, { mg: 5, perDay: 3 }) },
  'OC-TIZ-OC': {
    extra: [
      {
        resourceType: 'MedicationStatement',
        id: 'oc',
        status: 'active',
        subject,
        medicationCodeableConcept: {
          coding: [{ system: tonusSystem('medication'), code: 'oral_contraceptive' }],
        },
      },
    ],
    draft: draftOrder('d1', DRUG.tizanidine, { mg: 2, perDay: 3 }),
  },
  'OC-ALPHA2-HYPOTENSION': {
    extra: [active('meto', rx('6918'))],
    draft: draftOrder('d1', DRUG.clonidine, { mg: 0.1, perDay: 2 }),
  },
  'OC-BTX-OFF-LABEL': {
    draft: draftOrder('d1', DRUG.botulinum, { mg: 100, unit: 'U', perDay: 1, route: '78421000' }),
  },
  'OC-CLON-MAX': { draft: draftOrder('d1', DRUG.clonidine, { mg: 1, perDay: 3 }) },
  'OC-ITB-MAX': {
    draft: draftOrder('d1', DRUG.baclofen, { mg: 1500, unit: 'ug', perDay: 1, route: '72607000' }),
  },
  'OC-DOSE-IMPLAUSIBLE': { draft: draftOrder('d1', DRUG.baclofen, { mg: 1000, perDay: 1 }) },
  'OC-ROUTE': {
    draft: draftOrder('d1', DRUG.tizanidine, { mg: 2, perDay: 3, route: '78421000' }),
  },
  'OC-DUPLICATE': {
    extra: [active('tiz', DRUG.tizanidine)],
    draft: draftOrder('d1', DRUG.tizanidine, { mg: 2, perDay: 3 }),
  },
};

const INDICATOR: Readonly<Record<Severity, CdsCard['indicator']>> = {
  hard_stop: 'critical',
  warning: 'warning',
  info: 'info',
};

async function orderCall(s: Scenario): Promise<Result<Response>> {
  const chart = [...chartOf(s.chart ?? strainAda), ...(s.extra ?? [])];
  const call = orderSelectCall(
    [s.draft],
    [`MedicationRequest/${s.draft.id ?? ''}`],
    prefetchOf(chart),
    s.hook,
  );
  return callCdsService(
    s.hook === 'order-sign' ? 'tonus-order-sign' : 'tonus-order-select',
    JSON.parse(JSON.stringify(call)),
    cdsDeps(),
  );
}

const ruleOf = (card: CdsCard): string | undefined =>
  (card.extension?.[`${TONUS_CDS_EXTENSION}.order-check`] as { rule?: string } | undefined)?.rule;

/** JSON the specification forbids: null, an empty string, an empty array (but `cards`) or object. */
function empties(value: unknown, path = ''): string[] {
  if (value === null || value === '') {
    return [path];
  }
  if (Array.isArray(value)) {
    return [
      ...(value.length === 0 && path !== '.cards' ? [path] : []),
      ...value.flatMap((v, i) => empties(v, `${path}[${i}]`)),
    ];
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    return [
      ...(entries.length === 0 ? [path] : []),
      ...entries.flatMap(([k, v]) => empties(v, `${path}.${k}`)),
    ];
  }
  return [];
}

describe('CDS discovery', () => {
  const discovery = cdsDiscovery({ m: en, cds: cdsEn });

  test('lists patient-view, order-select and order-sign with the prefetch templates', () => {
    expect(CdsDiscovery.safeParse(discovery).success).toBe(true);
    expect(discovery.services.map((s) => s.hook)).toEqual([
      'patient-view',
      'order-select',
      'order-sign',
    ]);
    for (const s of discovery.services) {
      expect(s.prefetch).toEqual(PREFETCH_TEMPLATES);
      expect(s.description.length).toBeGreaterThan(0);
    }
    expect(empties(discovery)).toEqual([]);
  });
});

describe('order-select and order-sign: every order rule', () => {
  test('every order rule has a scenario', () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual(ORDER_RULES.map((r) => r.id).sort());
  });

  test.each(ORDER_RULES.map((r) => [r.id, r] as const))(
    '%s: a draft order that breaks it gets its card',
    async (id, rule) => {
      const res = await orderCall(SCENARIOS[id]);
      expect(res.ok).toBe(true);
      if (!res.ok) {
        return;
      }
      expect(CdsResponse.safeParse(res.value).success).toBe(true);
      expect(empties(res.value)).toEqual([]);
      const card = res.value.cards.find((c) => ruleOf(c) === id);
      expect(card).toBeDefined();
      expect(card?.indicator).toBe(INDICATOR[rule.severity]);
      expect(card?.summary.length).toBeLessThan(140);
      expect(card?.detail).toContain(rule.sourceIds[0]);
      const suggestion = card?.suggestions?.[0];
      switch (ORDER_SUGGESTIONS[id]) {
        case 'remove':
          expect(suggestion?.actions).toEqual([
            expect.objectContaining({ type: 'delete', resourceId: 'MedicationRequest/d1' }),
          ]);
          break;
        case 'cap_dose': {
          const action = suggestion?.actions?.[0];
          expect(action?.type).toBe('update');
          const updated = action?.resource as unknown as MedicationRequest | undefined;
          const before =
            SCENARIOS[id].draft.dosageInstruction?.[0]?.doseAndRate?.[0]?.doseQuantity?.value ?? 0;
          const after = updated?.dosageInstruction?.[0]?.doseAndRate?.[0]?.doseQuantity?.value ?? 0;
          expect(after).toBeGreaterThan(0);
          expect(after).toBeLessThan(before);
          break;
        }
        case 'none':
          expect(card?.suggestions).toBeUndefined();
          break;
      }
    },
  );

  test('hard stops are critical and ask to remove the order', async () => {
    const res = await orderCall(SCENARIOS['OC-TIZ-CYP1A2']);
    const card = res.ok ? res.value.cards.find((c) => ruleOf(c) === 'OC-TIZ-CYP1A2') : undefined;
    expect(card?.indicator).toBe('critical');
    expect(card?.selectionBehavior).toBe('at-most-one');
    expect(card?.suggestions?.[0]?.isRecommended).toBe(true);
  });

  test('a dose above the maximum is changed to the maximum, never above it', async () => {
    const res = await orderCall(SCENARIOS['OC-TIZ-MAX']);
    const card = res.ok ? res.value.cards.find((c) => ruleOf(c) === 'OC-TIZ-MAX') : undefined;
    const updated = card?.suggestions?.[0]?.actions?.[0]?.resource as unknown as MedicationRequest;
    const d = updated.dosageInstruction?.[0];
    const perDay = d?.timing?.repeat?.frequency ?? 0;
    expect((d?.doseAndRate?.[0]?.doseQuantity?.value ?? 0) * perDay).toBeLessThanOrEqual(36);
    expect(perDay).toBeLessThanOrEqual(3);
  });

  test('a safe order on a known kidney function gets no card', async () => {
    const res = await orderCall({
      chart: patch(strainAda, { labs: egfr(95) }),
      draft: draftOrder('d1', DRUG.baclofen, { mg: 5, perDay: 3 }),
    });
    expect(res).toEqual(ok({ cards: [] }));
  });

  test('an order for another drug gets no card, and order-select checks only the selected orders', async () => {
    const amoxicillin = draftOrder('d2', rx('617993', 'Amoxicillin 120 MG/ML Oral Suspension'), {
      mg: 5,
      perDay: 2,
    });
    const risky = draftOrder('d1', DRUG.tizanidine, { mg: 16, perDay: 3 });
    const call = orderSelectCall(
      [risky, amoxicillin],
      ['MedicationRequest/d2'],
      prefetchOf(chartOf(strainAda)),
    );
    expect(
      await callCdsService('tonus-order-select', JSON.parse(JSON.stringify(call)), cdsDeps()),
    ).toEqual(ok({ cards: [] }));
  });

  test('another draft order of the session counts as a medication the patient will take', async () => {
    const oxycodone = draftOrder('d2', rx('7804', 'oxycodone 5 MG Oral Tablet'), {
      mg: 5,
      perDay: 4,
    });
    const diazepam = draftOrder('d1', DRUG.diazepam, { mg: 5, perDay: 3 });
    const call = orderSelectCall(
      [diazepam, oxycodone],
      ['MedicationRequest/d1'],
      prefetchOf(chartOf(strainAda)),
    );
    const res = await callCdsService(
      'tonus-order-select',
      JSON.parse(JSON.stringify(call)),
      cdsDeps(),
    );
    expect(res.ok && res.value.cards.map(ruleOf)).toContain('OC-BZD-OPI');
  });

  test('a drug named only by a product code and its name is still checked', async () => {
    const res = await orderCall({
      extra: [active('cipro', rx('309309', 'ciprofloxacin 500 MG Oral Tablet'))],
      draft: draftOrder('d1', rx('313397', 'tizanidine 4 MG Oral Tablet'), { mg: 4, perDay: 3 }),
    });
    expect(res.ok && res.value.cards.map(ruleOf)).toContain('OC-TIZ-CYP1A2');
  });

  test('an order check that could not see the medications says so in its own card', async () => {
    const prefetch: Record<string, unknown> = { ...prefetchOf(chartOf(strainAda)) };
    delete prefetch.medications;
    const call = orderSelectCall(
      [draftOrder('d1', DRUG.tizanidine, { mg: 2, perDay: 3 })],
      ['MedicationRequest/d1'],
      prefetch,
    );
    const res = await callCdsService(
      'tonus-order-select',
      JSON.parse(JSON.stringify(call)),
      cdsDeps(),
    );
    const incomplete = res.ok ? res.value.cards.find((c) => ruleOf(c) === undefined) : undefined;
    expect(incomplete?.summary).toBe(cdsEn.incompleteSummary);
    expect(incomplete?.detail).toContain('active medication orders');
  });
});

describe('patient-view', () => {
  test('a request shaped exactly like the specification’s example is answered with valid JSON', async () => {
    const example = {
      hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
      fhirServer: 'http://hooks.smarthealthit.org:9080',
      hook: 'patient-view',
      fhirAuthorization: {
        access_token: 'some-opaque-fhir-access-token',
        token_type: 'Bearer',
        expires_in: 300,
        scope: 'user/Patient.read user/Observation.read',
        subject: 'cds-service4',
      },
      context: { userId: 'Practitioner/example', patientId: '1288992', encounterId: '89284' },
      prefetch: {
        patientToGreet: {
          resourceType: 'Patient',
          gender: 'male',
          birthDate: '1925-12-23',
          id: '1288992',
          active: true,
        },
      },
    };
    const res = await callCdsService('tonus-patient-view', example, cdsDeps());
    // the chart holds nothing about spasm, so there is nothing to say
    expect(res).toEqual(ok({ cards: [] }));
  });

  test('a spasm chart gets one card with triage, cause group, conditions, next tests and a link', async () => {
    const res = await callCdsService(
      'tonus-patient-view',
      JSON.parse(JSON.stringify(patientViewCall(prefetchOf(chartOf(strainAda))))),
      cdsDeps(),
    );
    expect(res.ok).toBe(true);
    const card = res.ok ? res.value.cards[0] : undefined;
    expect(CdsCard.safeParse(card).success).toBe(true);
    expect(card?.indicator).toBe('info');
    // the figure is the engine's own for the same assessment read straight from the case
    const direct = parseAssessment(strainAda);
    const lead =
      direct.ok && assess(direct.value, { audience: 'clinician', asOf: cdsDeps().today }).groups[0];
    expect(lead && lead.group).toBe('muscle');
    expect(card?.summary).toBe(
      `Back spasm: Self-care at home is probably enough; most likely muscle-related cause (${lead ? Math.round(lead.probability * 100) : NaN} %)`,
    );
    expect(card?.source.label).toBe(cdsEn.sourceLabel);
    expect(card?.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(card?.detail).toContain(`**${cdsEn.heading.conditions}**`);
    expect(card?.detail).toContain(`**${cdsEn.heading.nextTests}**`);
    expect(card?.detail).toContain(en.notice);
    const link = card?.links?.[0];
    expect(link?.type).toBe('absolute');
    const input = JSON.parse(
      Buffer.from(link?.url.split('#input=')[1] ?? '', 'base64url').toString('utf8'),
    ) as Assessment;
    expect(input.patient).toEqual(strainAda.patient);
  });

  test('a red flag makes the card critical', async () => {
    const cauda = patch(strainAda, {
      findings: { saddle_anaesthesia: true, urinary_retention: true },
    });
    const res = await callCdsService(
      'tonus-patient-view',
      JSON.parse(JSON.stringify(patientViewCall(prefetchOf(chartOf(cauda))))),
      cdsDeps(),
    );
    expect(res.ok && res.value.cards[0]?.indicator).toBe('critical');
  });

  test('no card when the chart says nothing about spasm', async () => {
    const chart = [
      { resourceType: 'Patient', id: PATIENT_ID, gender: 'female', birthDate: '1980-01-01' },
      {
        resourceType: 'Observation',
        id: 'bmi',
        status: 'final',
        code: { coding: [{ system: SYSTEM.loinc, code: '39156-5' }] },
        subject,
        valueQuantity: { value: 24, unit: 'kg/m2' },
      },
      icd('dm', 'E11.9'),
    ] as Resource[];
    const res = await callCdsService(
      'tonus-patient-view',
      JSON.parse(JSON.stringify(patientViewCall(prefetchOf(chart)))),
      cdsDeps(),
    );
    expect(res).toEqual(ok({ cards: [] }));
  });

  test('a spasm on the problem list is enough to answer', async () => {
    const chart = [
      { resourceType: 'Patient', id: PATIENT_ID, gender: 'female', birthDate: '1980-01-01' },
      icd('spasm', 'M62.830'),
    ] as Resource[];
    const res = await callCdsService(
      'tonus-patient-view',
      JSON.parse(JSON.stringify(patientViewCall(prefetchOf(chart)))),
      cdsDeps(),
    );
    expect(res.ok && res.value.cards).toHaveLength(1);
  });

  test('missing prefetch is fetched from an allowed FHIR server with the client’s token', async () => {
    const chart = chartOf(strainAda);
    const prefetch = prefetchOf(chart);
    const asked: { url: string; token: string | undefined }[] = [];
    const fetcher = {
      fetchJson: (url: string, token: string | undefined) => {
        asked.push({ url, token });
        const key = Object.entries(PREFETCH_TEMPLATES).find(([, t]) =>
          url.endsWith(t.replace(/\{\{context\.patientId\}\}/g, PATIENT_ID)),
        )?.[0] as keyof typeof prefetch;
        return Promise.resolve(ok(prefetch[key] ?? { resourceType: 'Bundle', type: 'searchset' }));
      },
    };
    const call = { ...patientViewCall({}), prefetch: undefined };
    const res = await callCdsService(
      'tonus-patient-view',
      JSON.parse(JSON.stringify(call)),
      cdsDeps({ fetcher, allowedFhirServers: ['http://hooks.smarthealthit.org:9080'] }),
    );
    expect(res.ok && res.value.cards).toHaveLength(1);
    expect(asked.map((a) => a.url)).toContain(
      `http://hooks.smarthealthit.org:9080/Patient/${PATIENT_ID}`,
    );
    expect(new Set(asked.map((a) => a.token))).toEqual(new Set(['some-opaque-fhir-access-token']));
  });

  test('a FHIR server the operator did not allow is never called; without the patient the answer is 412', async () => {
    let called = false;
    const fetcher = {
      fetchJson: () => {
        called = true;
        return Promise.resolve(ok({}));
      },
    };
    const res = await callCdsService(
      'tonus-patient-view',
      JSON.parse(JSON.stringify({ ...patientViewCall({}), prefetch: undefined })),
      cdsDeps({ fetcher, allowedFhirServers: ['https://ehr.example.org/fhir'] }),
    );
    expect(called).toBe(false);
    expect(!res.ok && res.issues[0]).toMatchObject({
      code: 'cds.prefetch_unavailable',
      path: ['prefetch', 'patient'],
    });
  });
});

describe('malformed calls are refused with a message naming the field', () => {
  const good = () =>
    JSON.parse(JSON.stringify(patientViewCall(prefetchOf(chartOf(strainAda))))) as Record<
      string,
      any
    >;
  const codeOf = async (id: string, body: unknown) => {
    const res = await callCdsService(id, body, cdsDeps());
    return res.ok
      ? undefined
      : { code: res.issues[0]?.code, path: res.issues[0]?.path, text: en.issue(res.issues[0]!) };
  };

  test.each([
    [
      'no hookInstance',
      (b: Record<string, any>): void => {
        delete b.hookInstance;
      },
      'input.required',
      ['hookInstance'],
    ],
    [
      'a hookInstance that is no UUID',
      (b: Record<string, any>): void => {
        b.hookInstance = 'abc';
      },
      'input.invalid_value',
      ['hookInstance'],
    ],
    [
      'fhirAuthorization without fhirServer',
      (b: Record<string, any>): void => {
        delete b.fhirServer;
      },
      'input.required',
      ['fhirServer'],
    ],
    [
      'a token type other than Bearer',
      (b: Record<string, any>): void => {
        b.fhirAuthorization.token_type = 'MAC';
      },
      'input.unknown_id',
      ['fhirAuthorization', 'token_type'],
    ],
    [
      'no patientId in context',
      (b: Record<string, any>): void => {
        delete b.context.patientId;
      },
      'input.required',
      ['context', 'patientId'],
    ],
    [
      'context not an object',
      (b: Record<string, any>): void => {
        b.context = 'x';
      },
      'input.invalid_type',
      ['context'],
    ],
    [
      'a prefetched Observation without status',
      (b: Record<string, any>): void => {
        delete b.prefetch.observations.entry[0].resource.status;
      },
      'input.unknown_id',
      ['prefetch.observations.entry[0].resource', 'status'],
    ],
    [
      'a prefetched patient that is another patient',
      (b: Record<string, any>): void => {
        b.prefetch.patient.id = 'someone-else';
      },
      'fhir.other_patient',
      ['prefetch', 'patient'],
    ],
  ] as const)('%s', async (_name, spoil, code, path) => {
    const body = good();
    spoil(body);
    const got = await codeOf('tonus-patient-view', body);
    expect(got?.code).toBe(code);
    expect(got?.path).toEqual(path);
    expect(got?.text.length).toBeGreaterThan(10);
  });

  test('a body that is not an object', async () => {
    expect((await codeOf('tonus-patient-view', [1, 2]))?.code).toBe('input.invalid_type');
  });

  test('the wrong hook for the service, and an unknown service', async () => {
    expect((await codeOf('tonus-order-select', good()))?.code).toBe('cds.hook_mismatch');
    expect((await codeOf('no-such-service', good()))?.code).toBe('cds.unknown_service');
  });

  test('an order-select call without selections', async () => {
    const call = orderSelectCall(
      [draftOrder('d1', DRUG.baclofen, { mg: 5, perDay: 3 })],
      [],
      prefetchOf(chartOf(strainAda)),
    );
    const got = await codeOf('tonus-order-select', JSON.parse(JSON.stringify(call)));
    expect(got).toMatchObject({ code: 'input.out_of_range', path: ['context', 'selections'] });
  });

  test('a draft order with a negative dose names the dose', async () => {
    const call = orderSelectCall(
      [draftOrder('d1', DRUG.baclofen, { mg: -5, perDay: 3 })],
      ['MedicationRequest/d1'],
      prefetchOf(chartOf(strainAda)),
    );
    const got = await codeOf('tonus-order-select', JSON.parse(JSON.stringify(call)));
    expect(got).toMatchObject({
      code: 'input.out_of_range',
      path: ['context.draftOrders.entry[0].resource', 'order', 'dose', 'value'],
    });
  });
});

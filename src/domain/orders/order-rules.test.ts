import { describe, expect, test } from 'vitest';
import { en } from '../../i18n/index.js';
import { fromZodIssues } from '../shared/index.js';
import {
  checkOrder,
  dailyDose,
  gabapentinMaxForCrcl,
  ORDER_RULES,
  OrderCheckRequest,
  type OrderRuleId,
} from './index.js';

type Req = { order: Record<string, unknown>; patient: Record<string, unknown> };

const adult = {
  ageYears: 45,
  crclMlMin: 90,
  hepatic: 'none',
  liverTestsOnFile: true,
  conditions: [],
  medications: [],
};
const on = '2026-11-25';
const req = (order: Record<string, unknown>, patient: Record<string, unknown> = {}): Req => ({
  order: { action: 'start', orderDate: on, ...order },
  patient: { ...adult, ...patient },
});
const tiz = { drug: 'tizanidine', route: 'oral', dose: { value: 2, unit: 'mg' }, dosesPerDay: 3 };
const bac = {
  drug: 'baclofen',
  route: 'oral',
  dose: { value: 5, unit: 'mg' },
  dosesPerDay: 3,
  indication: 'spasticity',
};
const dia = { drug: 'diazepam', route: 'oral', dose: { value: 2, unit: 'mg' }, dosesPerDay: 3 };
const gab = { drug: 'gabapentin', route: 'oral', dose: { value: 300, unit: 'mg' }, dosesPerDay: 3 };
const dan = { drug: 'dantrolene', route: 'oral', dose: { value: 25, unit: 'mg' }, dosesPerDay: 1 };
const btx = { drug: 'botulinum_toxin', route: 'intramuscular', dose: { value: 100, unit: 'U' } };
const clo = { drug: 'clonidine', route: 'oral', dose: { value: 0.1, unit: 'mg' }, dosesPerDay: 2 };

/** One request that breaks the rule and one, as close as possible, that does not. */
const CASES: Record<OrderRuleId, { fires: Req; quiet: Req }> = {
  'OC-TIZ-CYP1A2': {
    fires: req(tiz, { medications: ['ciprofloxacin'] }),
    quiet: req(tiz, { medications: ['statin'] }),
  },
  'OC-TIZ-MAX': {
    fires: req({ ...tiz, dose: { value: 8, unit: 'mg' }, dosesPerDay: 5 }),
    quiet: req({ ...tiz, dose: { value: 8, unit: 'mg' }, dosesPerDay: 3 }),
  },
  'OC-TIZ-HEP': { fires: req(tiz, { hepatic: 'impairment' }), quiet: req(tiz) },
  'OC-TIZ-RENAL': { fires: req(tiz, { crclMlMin: 20 }), quiet: req(tiz, { crclMlMin: 30 }) },
  'OC-BAC-MAX': {
    fires: req({ ...bac, dose: { value: 25, unit: 'mg' }, dosesPerDay: 4 }),
    quiet: req({ ...bac, dose: { value: 20, unit: 'mg' }, dosesPerDay: 4 }),
  },
  'OC-BAC-IND': { fires: req({ ...bac, indication: 'musculoskeletal_spasm' }), quiet: req(bac) },
  'OC-BAC-STOP': {
    fires: req({ ...bac, action: 'stop' }),
    quiet: req({ ...bac, action: 'stop', taper: true }),
  },
  'OC-BZD-OPI': { fires: req(dia, { medications: ['opioid'] }), quiet: req(dia) },
  'OC-BZD-CI': {
    fires: req(dia, { conditions: ['myasthenia_gravis'] }),
    quiet: req(dia, { conditions: ['diabetes_mellitus'] }),
  },
  'OC-GABA-RENAL': {
    fires: req({ ...gab, dose: { value: 600, unit: 'mg' } }, { crclMlMin: 40 }),
    quiet: req({ ...gab, dose: { value: 400, unit: 'mg' } }, { crclMlMin: 40 }),
  },
  'OC-GABA-RESP': { fires: req(gab, { ageYears: 70 }), quiet: req(gab, { ageYears: 64 }) },
  'OC-DAN-LIVER': { fires: req(dan, { hepatic: 'active_disease' }), quiet: req(dan) },
  'OC-DAN-MAX': {
    fires: req({ ...dan, dose: { value: 150, unit: 'mg' }, dosesPerDay: 3 }),
    quiet: req({ ...dan, dose: { value: 100, unit: 'mg' }, dosesPerDay: 4 }),
  },
  'OC-DAN-LFT': { fires: req(dan, { liverTestsOnFile: false }), quiet: req(dan) },
  'OC-BTX-INT': {
    fires: req(btx, { lastBotulinumToxin: { date: '2026-10-01', units: 100 } }),
    quiet: req(btx, { lastBotulinumToxin: { date: '2026-08-01', units: 100 } }),
  },
  'OC-BTX-CUM': {
    fires: req(
      { ...btx, dose: { value: 200, unit: 'U' } },
      { botulinumToxinUnitsLast3Months: 300 },
    ),
    quiet: req(
      { ...btx, dose: { value: 100, unit: 'U' } },
      { botulinumToxinUnitsLast3Months: 300 },
    ),
  },
  'OC-CLON-STOP': {
    fires: req({ ...clo, action: 'stop' }, { medications: ['clonidine', 'beta_blocker'] }),
    quiet: req({ ...clo, action: 'stop', taper: true }),
  },
  'OC-SCIATICA': {
    fires: req({ ...gab, indication: 'sciatica' }),
    quiet: req({ ...gab, indication: 'spasticity' }),
  },
  'OC-NEUROLYSIS-CONCENTRATION': {
    fires: req({ drug: 'phenol', route: 'perineural', concentrationPercent: 10 }),
    quiet: req({ drug: 'phenol', route: 'perineural', concentrationPercent: 5 }),
  },
  'OC-DIAZ-MAX': {
    fires: req({ ...dia, dose: { value: 15, unit: 'mg' }, dosesPerDay: 3 }),
    quiet: req({ ...dia, dose: { value: 10, unit: 'mg' }, dosesPerDay: 4 }),
  },
  'OC-DIAZ-PREGNANCY': { fires: req(dia, { conditions: ['pregnancy'] }), quiet: req(dia) },
  'OC-GABA-MAX': {
    fires: req({ ...gab, dose: { value: 1300, unit: 'mg' } }),
    quiet: req({ ...gab, dose: { value: 1200, unit: 'mg' } }),
  },
  'OC-BAC-RENAL': { fires: req(bac, { crclMlMin: 45 }), quiet: req(bac, { crclMlMin: 75 }) },
  'OC-RENAL-UNKNOWN': { fires: req(gab, { crclMlMin: undefined }), quiet: req(gab) },
  'OC-TIZ-OC': { fires: req(tiz, { medications: ['oral_contraceptive'] }), quiet: req(tiz) },
  'OC-ALPHA2-HYPOTENSION': {
    fires: req(tiz, { medications: ['clonidine'] }),
    quiet: req(tiz, { medications: ['statin'] }),
  },
  'OC-BTX-OFF-LABEL': { fires: req(btx), quiet: req(tiz) },
  'OC-CLON-MAX': {
    fires: req({ ...clo, dose: { value: 0.9, unit: 'mg' }, dosesPerDay: 3 }),
    quiet: req({ ...clo, dose: { value: 0.8, unit: 'mg' }, dosesPerDay: 3 }),
  },
  'OC-ITB-MAX': {
    fires: req({ drug: 'baclofen', route: 'intrathecal', dose: { value: 1200, unit: 'mcg' } }),
    quiet: req({ drug: 'baclofen', route: 'intrathecal', dose: { value: 600, unit: 'mcg' } }),
  },
  'OC-DOSE-IMPLAUSIBLE': {
    fires: req({ ...tiz, dose: { value: 4, unit: 'g' }, dosesPerDay: 3 }),
    quiet: req({ ...tiz, dose: { value: 4, unit: 'mg' }, dosesPerDay: 3 }),
  },
  'OC-ROUTE': { fires: req({ ...tiz, route: 'intrathecal' }), quiet: req(tiz) },
  'OC-DUPLICATE': {
    fires: req(bac, { medications: ['baclofen'] }),
    quiet: req({ ...bac, action: 'change' }, { medications: ['baclofen'] }),
  },
};

function run(r: Req) {
  const parsed = OrderCheckRequest.safeParse(r);
  if (!parsed.success) {
    throw new Error(JSON.stringify(parsed.error.issues));
  }
  return checkOrder(parsed.data);
}

describe('order checks', () => {
  test('every rule has a firing and a non-firing case here', () => {
    expect(ORDER_RULES.map((r) => r.id).sort()).toEqual(Object.keys(CASES).sort());
  });

  test('the 18 rules of reference §5.2 and the neurolysis concentration rule are all present', () => {
    const ids = ORDER_RULES.map((r) => r.id);
    for (const id of [
      'OC-TIZ-CYP1A2',
      'OC-TIZ-MAX',
      'OC-TIZ-HEP',
      'OC-TIZ-RENAL',
      'OC-BAC-MAX',
      'OC-BAC-IND',
      'OC-BAC-STOP',
      'OC-BZD-OPI',
      'OC-BZD-CI',
      'OC-GABA-RENAL',
      'OC-GABA-RESP',
      'OC-DAN-LIVER',
      'OC-DAN-MAX',
      'OC-DAN-LFT',
      'OC-BTX-INT',
      'OC-BTX-CUM',
      'OC-CLON-STOP',
      'OC-SCIATICA',
      'OC-NEUROLYSIS-CONCENTRATION',
    ]) {
      expect(ids).toContain(id);
    }
  });

  test.each(Object.entries(CASES))('%s fires when broken and stays quiet otherwise', (id, c) => {
    expect(run(c.fires).findings.map((f) => f.rule)).toContain(id);
    expect(run(c.quiet).findings.map((f) => f.rule)).not.toContain(id);
  });

  test('a hard stop blocks the order and comes first', () => {
    const r = run(req(tiz, { medications: ['fluvoxamine'], hepatic: 'impairment' }));
    expect(r.blocked).toBe(true);
    expect(r.findings[0]).toMatchObject({
      rule: 'OC-TIZ-CYP1A2',
      severity: 'hard_stop',
      sourceIds: ['D3'],
    });
    expect(r.findings.map((f) => f.rule)).toContain('OC-TIZ-HEP');
  });

  test('every rule that fires is returned, not only the first', () => {
    const r = run(
      req(
        { ...gab, dose: { value: 1300, unit: 'mg' }, indication: 'sciatica' },
        { crclMlMin: 20, ageYears: 80, medications: ['opioid'] },
      ),
    );
    expect(r.findings.map((f) => f.rule).sort()).toEqual([
      'OC-GABA-MAX',
      'OC-GABA-RENAL',
      'OC-GABA-RESP',
      'OC-SCIATICA',
    ]);
  });

  test.each([
    ['phenol', 2.9, true],
    ['phenol', 3, false],
    ['phenol', 7, false],
    ['phenol', 7.5, true],
    ['alcohol', 45, true],
    ['alcohol', 50, false],
    ['alcohol', 100, false],
  ] as const)('%s at %d %% is flagged: %s', (drug, pct, flagged) => {
    const r = run(req({ drug, route: 'perineural', concentrationPercent: pct }));
    expect(r.findings.some((f) => f.rule === 'OC-NEUROLYSIS-CONCENTRATION')).toBe(flagged);
  });

  test.each([
    [
      'intrathecal baclofen 100 g',
      { drug: 'baclofen', route: 'intrathecal', dose: { value: 100, unit: 'g' } },
    ],
    ['oral clonidine 1000 g', { ...clo, dose: { value: 1000, unit: 'g' }, dosesPerDay: 1 }],
    ['tizanidine 100,000 g × 24', { ...tiz, dose: { value: 100000, unit: 'g' }, dosesPerDay: 24 }],
    ['oral baclofen 10 g', { ...bac, dose: { value: 10, unit: 'g' }, dosesPerDay: 1 }],
    ['botulinum toxin 99,999 U', { ...btx, dose: { value: 99999, unit: 'U' } }],
    ['gabapentin 300 g (mg typed as g)', { ...gab, dose: { value: 300, unit: 'g' } }],
  ] as const)('%s is a hard stop naming a probable unit error', (_what, order) => {
    const r = run(req(order));
    expect(r.blocked).toBe(true);
    expect(r.findings[0]?.rule).toBe('OC-DOSE-IMPLAUSIBLE');
    expect(en.orderFinding(r.findings[0]!)).toMatch(/probably a unit or digit error/);
  });

  test.each([
    [
      'oral baclofen 100 mg/day',
      { ...bac, dose: { value: 25, unit: 'mg' }, dosesPerDay: 4 },
      'OC-BAC-MAX',
      /80 mg\/day/,
    ],
    [
      'clonidine 3 mg/day',
      { ...clo, dose: { value: 1, unit: 'mg' }, dosesPerDay: 3 },
      'OC-CLON-MAX',
      /2\.4 mg\/day/,
    ],
  ] as const)(
    '%s above the labelled maximum is a warning naming the maximum',
    (_what, order, rule, max) => {
      const r = run(req(order));
      const f = r.findings.find((x) => x.rule === rule);
      expect(f?.severity).toBe('warning');
      expect(en.orderFinding(f!)).toMatch(max);
      expect(r.findings.some((x) => x.rule === 'OC-DOSE-IMPLAUSIBLE')).toBe(false);
    },
  );

  test('a missing neurolysis concentration asks for it instead of comparing "not given" with a range', () => {
    const r = run(req({ drug: 'alcohol', route: 'perineural' }));
    const f = r.findings.find((x) => x.rule === 'OC-NEUROLYSIS-CONCENTRATION');
    expect(en.orderFinding(f!)).toMatch(/the concentration is not given; give it \(50–100 %\)/);
  });

  test.each([
    [
      'a last botulinum toxin date after the order',
      { lastBotulinumToxin: { date: '2026-12-01', units: 100 } },
      'patient.lastBotulinumToxin.date',
      /after the order date 2026-11-25/,
    ],
    [
      'pregnancy with male sex',
      { sex: 'male', conditions: ['pregnancy'] },
      'patient.conditions[0]',
      /pregnancy cannot be recorded for a patient whose patient\.sex is male/,
    ],
    [
      'pregnancy at age 2',
      { ageYears: 2, conditions: ['pregnancy', 'dialysis'] },
      'patient.conditions[0]',
      /patient\.ageYears 2/,
    ],
  ] as const)('%s is refused naming both fields', (_what, patient, field, message) => {
    const r = OrderCheckRequest.safeParse(req(btx, patient));
    expect(r.success).toBe(false);
    const issues = fromZodIssues(r.error?.issues ?? []);
    const texts = issues.map((i) => en.issue(i));
    expect(
      texts.some((t) => t.startsWith(`${field}:`) && message.test(t)),
      texts.join('\n'),
    ).toBe(true);
  });

  test('a dose of zero says it must be more than zero', () => {
    const r = OrderCheckRequest.safeParse(req({ ...tiz, dose: { value: 0, unit: 'mg' } }), {
      reportInput: true,
    });
    const texts = fromZodIssues(r.error?.issues ?? []).map((i) => en.issue(i));
    expect(texts).toContain('order.dose.value: must be more than 0 (got 0)');
  });

  test('gabapentin renal bands follow the label table', () => {
    expect([90, 60, 59, 30, 29, 15, 14].map((c) => gabapentinMaxForCrcl(c))).toEqual([
      3600, 3600, 1400, 1400, 700, 700, 300,
    ]);
  });

  test('the daily dose multiplies dose by frequency and converts grams', () => {
    const parsed = OrderCheckRequest.parse(
      req({ ...gab, dose: { value: 0.3, unit: 'g' }, dosesPerDay: 3 }),
    );
    expect(dailyDose(parsed.order)).toBeCloseTo(900, 10);
  });

  test('botulinum toxin must be dosed in units and nothing else may be', () => {
    expect(
      OrderCheckRequest.safeParse(req({ ...btx, dose: { value: 100, unit: 'mg' } })).success,
    ).toBe(false);
    expect(
      OrderCheckRequest.safeParse(req({ ...tiz, dose: { value: 2, unit: 'U' } })).success,
    ).toBe(false);
  });
});

import { describe, expect, test } from 'vitest';
import { neckRootC7, parsed, patch, strainAda } from '../../../test/fixtures/assessments.js';
import { assess } from '../engine/index.js';
import type { Assessment } from '../assessment/index.js';
import { DRUGS } from '../kb/index.js';
import { checkOrder, ProposedOrder } from '../orders/index.js';
import { startingOrder } from './index.js';

const run = (a: Assessment, audience: 'patient' | 'clinician' = 'clinician') =>
  assess(parsed(a), { audience, asOf: '2026-11-25' });

const chronicSpasticity = patch(
  { patient: { ageYears: 70, sex: 'male' } },
  {
    history: { onset: 'chronic', course: 'stable', spread: 'axial' },
    conditions: ['stroke'],
    findings: { hemiparesis: true, hyperreflexia: true },
    exam: { mas: '2' },
  },
);

describe('self-care plan', () => {
  test('overuse gets ice for 15–20 minutes, stretches held 30–60 seconds, massage upwards and 2–3 litres of water', () => {
    const items = run(strainAda).selfCare.items;
    expect(items.find((i) => i.measure === 'ice')).toMatchObject({
      reason: 'overuse_ice',
      amounts: { minutes: [15, 20] },
    });
    expect(items.find((i) => i.measure === 'stretch')?.amounts?.holdSeconds).toEqual([30, 60]);
    expect(items.find((i) => i.measure === 'massage')?.reason).toBe('massage_upwards');
    expect(items.find((i) => i.measure === 'hydration')?.amounts?.litresPerDay).toEqual([2, 3]);
    expect(items.some((i) => i.measure === 'heat')).toBe(false);
  });

  test('spasticity after a stroke gets ice, not heat', () => {
    const items = run(chronicSpasticity).selfCare.items;
    expect(items.find((i) => i.measure === 'ice')?.reason).toBe('central_spasticity_ice');
  });

  test('a general ache of another cause gets heat', () => {
    const neuropathy = patch(
      { patient: { ageYears: 64, sex: 'female' } },
      {
        history: { onset: 'chronic', spread: 'generalized' },
        conditions: ['diabetes_mellitus'],
        findings: { burning_feet: true, distal_numbness: true, stocking_glove_sensory_loss: true },
      },
    );
    const heat = run(neuropathy).selfCare.items.find((i) => i.measure === 'heat');
    expect(heat?.reason).toBe('general_ache_heat');
    expect(heat?.cautions).toContain('check_skin_reduced_sensation');
  });

  test('a cervical root’s stretches carry the arm’s caution, not the leg’s, and keep the patient active (knowledge base 1.41.0)', () => {
    const result = run(neckRootC7);
    expect(result.differential[0]?.condition).toBe('cervical_radiculopathy');
    const stretch = result.selfCare.items.find((i) => i.measure === 'stretch');
    expect(stretch?.cautions).toContain('stop_if_arm_symptoms_worsen');
    expect(stretch?.cautions).not.toContain('stop_if_leg_symptoms_worsen');
    expect(result.selfCare.items.some((i) => i.measure === 'stay_active')).toBe(true);
  });

  test('on dialysis the fluid target yields to the renal allowance', () => {
    const dialysis = patch(strainAda, { conditions: ['chronic_kidney_disease', 'dialysis'] });
    const items = run(dialysis).selfCare.items;
    expect(items.find((i) => i.measure === 'hydration')?.reason).toBe('hydration_renal_allowance');
  });

  test('supplements appear only when a deficiency is plausible, and only as something to discuss with a doctor', () => {
    expect(run(strainAda).selfCare.items.some((i) => i.measure === 'supplements')).toBe(false);
    const lowMg = patch(strainAda, { labs: [{ loinc: '19123-9', value: 1.1, unit: 'mg/dL' }] });
    expect(
      run(lowMg).selfCare.items.find((i) => i.measure === 'supplements')?.supplements,
    ).toContain('magnesium');
  });

  test('an emergency replaces self-care with going for care now', () => {
    const plan = run(patch(strainAda, { findings: { saddle_anaesthesia: true } })).selfCare;
    expect(plan.mode).toBe('seek_care_now');
    expect(plan.items).toHaveLength(0);
  });

  test('stretching and massage are withheld while a structural cause is suspected', () => {
    const cancer = patch(strainAda, { conditions: ['cancer_history'] });
    expect(run(cancer).selfCare.withheld).toEqual(['stretch', 'massage']);
  });
});

describe('pharmacotherapy', () => {
  test('is for clinicians only', () => {
    expect(run(chronicSpasticity, 'patient').pharmacotherapy).toBeUndefined();
    expect(run(chronicSpasticity).pharmacotherapy?.prescriberOnly).toBe(true);
  });

  test('spasticity lists the article drugs with their monitoring, each checked against this patient', () => {
    const onFluvoxamine = patch(chronicSpasticity, { medications: ['fluvoxamine'] });
    const options = run(onFluvoxamine).pharmacotherapy?.options ?? [];
    expect(options.map((o) => o.drug)).toEqual([...DRUGS]);
    expect(options.map((o) => o.drug)).toEqual(
      expect.arrayContaining([
        'baclofen',
        'tizanidine',
        'dantrolene',
        'botulinum_toxin',
        'phenol',
        'alcohol',
      ]),
    );
    expect(options.find((o) => o.drug === 'tizanidine')?.blocked).toBe(true);
    expect(options.find((o) => o.drug === 'baclofen')?.blocked).toBe(false);
    expect(options.find((o) => o.drug === 'dantrolene')?.monitoring).toContain(
      'dantrolene.monitoring',
    );
    expect(options.find((o) => o.drug === 'clonidine')?.offLabel).toBe(true);
  });

  test('an electrolyte cause is treated at its cause, not with antispastic drugs', () => {
    const lowK = patch(
      { patient: { ageYears: 60, sex: 'female' } },
      {
        medications: ['thiazide_diuretic'],
        labs: [{ loinc: '2823-3', value: 2.9, unit: 'mmol/L' }],
      },
    );
    const ph = run(lowK).pharmacotherapy;
    expect(ph?.causeTreatment[0]?.action).toBe('replace_potassium_and_review_losses');
    expect(ph?.options).toHaveLength(0);
  });
});

describe('starting orders a prescriber edits', () => {
  const start = (drug: (typeof DRUGS)[number]) => ({
    ...startingOrder(drug),
    orderDate: '2026-11-30',
  });
  const needsDose = (drug: (typeof DRUGS)[number]) =>
    startingOrder(drug).dose === undefined && drug !== 'phenol' && drug !== 'alcohol';

  test('a starting order with a dose (or a neurolytic with its concentration) passes the order schema', () => {
    const complete = DRUGS.filter((d) => !needsDose(d));
    expect(complete.length).toBeGreaterThan(0);
    for (const drug of complete) {
      expect(start(drug).drug).toBe(drug);
      expect(ProposedOrder.safeParse(start(drug)).success, drug).toBe(true);
    }
  });

  test('a starting order without a dose (the article leaves it to the prescriber) is refused naming the dose', () => {
    const open = DRUGS.filter(needsDose);
    expect(open.length).toBeGreaterThan(0);
    for (const drug of open) {
      const r = ProposedOrder.safeParse(start(drug));
      expect(r.success, drug).toBe(false);
      expect(
        r.error?.issues.map((i) => i.path.join('.')),
        drug,
      ).toContain('dose');
    }
  });

  test('a complete starting order for a healthy adult breaks no hard stop', () => {
    for (const drug of DRUGS.filter((d) => !needsDose(d))) {
      const check = checkOrder({
        order: ProposedOrder.parse(start(drug)),
        patient: { ageYears: 40, conditions: [], medications: [] },
      });
      expect(check.blocked, drug).toBe(false);
    }
  });
});

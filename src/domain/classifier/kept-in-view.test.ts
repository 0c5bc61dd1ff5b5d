import { describe, expect, test } from 'vitest';
import { evidenceOf, patch, strainAda, type Patch } from '../../../test/fixtures/assessments.js';
import type { Assessment } from '../assessment/index.js';
import { classify } from './classify.js';
import { keepInView, KEPT_IN_VIEW_RULES, KEPT_WITHIN } from './kept-in-view.js';

const top3 = (p: Patch) =>
  classify(evidenceOf(patch(strainAda, p)))
    .differential.slice(0, KEPT_WITHIN)
    .map((d) => d.condition);

// cramps after long shifts on the feet: a strain leads, and the salts are the blood test to do
const shiftCramps: Patch = {
  history: { onset: 'gradual', triggers: ['prolonged_posture'], course: 'stable' },
  findings: { muscle_cramps: true },
};

describe('a cause a risk factor asks to test for stays in view until tested (reference §3.3)', () => {
  test.each<[string, Patch, string]>([
    ['a stomach-acid medicine', { medications: ['proton_pump_inhibitor'] }, 'hypomagnesemia'],
    ['a laxative', { medications: ['laxative'] }, 'hypokalemia'],
    ['a water tablet', { medications: ['thiazide_diuretic'] }, 'hypokalemia'],
    ['thyroid surgery', { conditions: ['neck_surgery_thyroid_parathyroid'] }, 'hypocalcemia'],
  ])(
    'cramps with %s and no result: %s is among the first three, its reason given and its score kept',
    (_, risk, condition) => {
      const d = classify(evidenceOf(patch(patch(strainAda, shiftCramps), risk))).differential;
      const at = d.findIndex((x) => x.condition === condition);
      expect(at).toBeLessThan(KEPT_WITHIN);
      const kept = d[at];
      // the leader keeps its place: one cause at most is brought in, at the third place
      expect(d[0]?.condition).toBe('exertional_overuse');
      if (kept?.keptInView !== undefined) {
        expect(at).toBe(KEPT_WITHIN - 1);
        expect(KEPT_IN_VIEW_RULES.find((r) => r.id === kept.keptInView)?.condition).toBe(condition);
        // the score is the posterior still, lower than the cause it passed
        expect(kept.score).toBeLessThanOrEqual(d[KEPT_WITHIN]?.score ?? 1);
      }
    },
  );

  test('on a stomach-acid medicine, low magnesium is brought in by its rule, not by its probability', () => {
    const d = classify(
      evidenceOf(patch(patch(strainAda, shiftCramps), { medications: ['proton_pump_inhibitor'] })),
    ).differential;
    expect(d[KEPT_WITHIN - 1]).toMatchObject({
      condition: 'hypomagnesemia',
      keptInView: 'NX-MAGNESIUM-UNTESTED',
    });
  });

  test('a stomach-acid medicine without cramps, or cramps without a risk factor, change nothing', () => {
    expect(top3({ medications: ['proton_pump_inhibitor'] })).not.toContain('hypomagnesemia');
    const plain = classify(evidenceOf(patch(strainAda, shiftCramps))).differential;
    expect(plain.some((d) => d.keptInView !== undefined)).toBe(false);
  });

  test('a magnesium result, normal or low, ends it: the probability speaks', () => {
    const tested = classify(
      evidenceOf(
        patch(patch(strainAda, shiftCramps), {
          medications: ['proton_pump_inhibitor'],
          labs: [{ loinc: '2601-3', value: 0.85, unit: 'mmol/L' }],
        }),
      ),
    ).differential;
    expect(tested.some((d) => d.keptInView !== undefined)).toBe(false);
    const scores = tested.map((d) => d.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('a CK in the range of muscle breakdown keeps rhabdomyolysis in view, whatever the story', () => {
  test('cramps on a statin with a CK of 30,000 and no exertion: rhabdomyolysis is among the first three, with the reason', () => {
    const d = classify(
      evidenceOf(
        patch(strainAda, {
          patient: { ageYears: 58, sex: 'male' },
          history: {
            onset: 'gradual',
            course: 'stable',
            triggers: ['none'],
            spread: 'generalized',
          },
          findings: { muscle_cramps: true },
          medications: ['statin'],
          labs: [{ loinc: '2157-6', value: 30000, unit: 'U/L' }],
        }),
      ),
    ).differential;
    const at = d.findIndex((x) => x.condition === 'rhabdomyolysis');
    expect(at).toBeLessThan(KEPT_WITHIN);
  });

  test('a CK only above its reference range keeps nothing in view', () => {
    expect(
      classify(
        evidenceOf(patch(strainAda, { labs: [{ loinc: '2157-6', value: 400, unit: 'U/L' }] })),
      ).differential.some((d) => d.keptInView === 'NX-CK-RHABDOMYOLYSIS-RANGE'),
    ).toBe(false);
  });
});

describe('a high calcium beside a back pain keeps a tumour in bone in view [CKS-HYPERCALCAEMIA]', () => {
  // total calcium in mg/dL with a normal albumin (no correction)
  const calcium = (mgdl: number): Patch => ({
    labs: [
      { loinc: '17861-6', value: mgdl, unit: 'mg/dL' },
      { loinc: '1751-7', value: 4.0, unit: 'g/dL' },
    ],
  });

  test('an easing lifting strain with an adjusted calcium of 3.1 mmol/L: the tumour is among the first three, marked', () => {
    const d = classify(evidenceOf(patch(strainAda, calcium(12.4)))).differential;
    const at = d.findIndex((x) => x.condition === 'tumor_mass');
    expect(at).toBeLessThan(KEPT_WITHIN);
    expect(d[0]?.condition).toBe('exertional_overuse');
    expect(d[at]?.keptInView).toBe('NX-CALCIUM-HIGH-TUMOUR');
  });

  test('a calcium just above the range (mild, 2.8 mmol/L) keeps nothing in view', () => {
    expect(top3(calcium(11.2))).not.toContain('tumor_mass');
  });
});

describe('a red flag that names its cause keeps that cause in view beside an ordinary strain [R3][R4]', () => {
  test('a numb saddle keeps the cauda equina among the first three; without it the strain leads alone', () => {
    expect(top3({ findings: { saddle_anaesthesia: true } })).toContain('cauda_equina_syndrome');
    expect(top3({ findings: { urinary_retention: true } })).toContain('cauda_equina_syndrome');
    expect(top3({})).not.toContain('cauda_equina_syndrome');
  });

  test('a past cancer keeps the tumour among the first three until imaging has found no mass', () => {
    expect(top3({ conditions: ['cancer_history'] })).toContain('tumor_mass');
    expect(top3({ conditions: ['cancer_history'], imaging: { spinalMass: false } })).not.toContain(
      'tumor_mass',
    );
  });
});

describe('a fracture or an abscess the spine imaging shows is named among the first three causes [R3][R4]', () => {
  // a gymnast's back: seven weeks of an ache with training, easing at rest, a strain's picture, with the calf cramps of
  // hard training (since 1.49.0 the cramp syndrome stands only with a cramp or a twitch, and with it ranks the
  // fracture fourth, below the strain's own causes)
  const gymnast: Patch = {
    patient: { ageYears: 16, sex: 'female' },
    history: {
      onset: 'gradual',
      durationDays: 49,
      course: 'stable',
      triggers: ['exercise'],
      painNrs: 5,
    },
    findings: {
      relief_at_rest: true,
      palpable_taut_muscle: true,
      midline_bony_tenderness: false,
      muscle_cramps: true,
    },
  };

  test("a pars fracture on the MRI of a gymnast's strain-like ache: the fracture is among the first three, marked", () => {
    const d = classify(
      evidenceOf(patch(patch(strainAda, gymnast), { imaging: { vertebralFracture: true } })),
    ).differential;
    const at = d.findIndex((x) => x.condition === 'vertebral_fracture');
    expect(at).toBeLessThan(KEPT_WITHIN);
    expect(d[at]?.keptInView).toBe('NX-IMAGING-FRACTURE');
    // the strain still leads: the rule names the finding, it does not rescore the story
    expect(d[0]?.condition).toBe('exertional_overuse');
  });

  test('a discitis on the imaging of a diabetic mending on antibiotics, afebrile, the CRP normal again: named among the first three, marked', () => {
    const mending: Assessment = {
      patient: { ageYears: 64, sex: 'male' },
      history: {
        onset: 'gradual',
        durationDays: 35,
        course: 'improving',
        regions: ['lumbar'],
        side: 'bilateral',
        spread: 'local',
        painNrs: 3,
      },
      findings: { paraspinal_tenderness: true, fever_reported: false, rigors: false },
      conditions: ['diabetes_mellitus'],
      medications: ['ciprofloxacin', 'insulin'],
      vitals: { temperatureC: 36.7, heartRate: 76 },
      labs: [{ loinc: '1988-5', value: 9, unit: 'mg/L' }],
      imaging: { discitisOrAbscess: true },
    };
    const d = classify(evidenceOf(mending)).differential;
    const at = d.findIndex((x) => x.condition === 'spinal_infection');
    expect(at).toBeLessThan(KEPT_WITHIN);
    expect(d[at]?.keptInView).toBe('NX-IMAGING-INFECTION');
  });

  test('imaging that found none of them keeps nothing in view', () => {
    const d = classify(
      evidenceOf(
        patch(patch(strainAda, gymnast), {
          imaging: { vertebralFracture: false, spinalMass: false, discitisOrAbscess: false },
        }),
      ),
    ).differential;
    expect(d.slice(0, KEPT_WITHIN).map((x) => x.condition)).not.toContain('vertebral_fracture');
    expect(d.some((x) => x.keptInView !== undefined)).toBe(false);
  });
});

describe('a baclofen withdrawal keeps the disease whose spasticity it treats in view [D2]', () => {
  // a missed pump refill: rebound rigidity, a fever, confusion and a CK of a few thousand
  type Spastic = 'cerebral_palsy' | 'multiple_sclerosis' | 'spinal_cord_injury';
  const withdrawal = (condition: Spastic, medications: Assessment['medications']): Assessment => ({
    patient: { ageYears: 29, sex: 'female' },
    history: {
      onset: 'acute',
      durationDays: 2,
      course: 'worsening',
      regions: ['thoracic', 'lumbar'],
      side: 'bilateral',
      spread: 'generalized',
    },
    findings: {
      rigidity: true,
      altered_mental_status: true,
      heavy_sweating: true,
      opisthotonus: true,
    },
    conditions: [condition],
    medications,
    exposures: [],
    vitals: { temperatureC: 38.9, heartRate: 128 },
    labs: [{ loinc: '2157-6', value: 4200, unit: 'U/L' }],
  });

  test.each<[Spastic]>([['cerebral_palsy'], ['multiple_sclerosis'], ['spinal_cord_injury']])(
    'rigid, febrile and confused on baclofen with a known %s: that disease is among the first three',
    (condition) => {
      const d = classify(evidenceOf(withdrawal(condition, ['baclofen']))).differential;
      expect(d.slice(0, KEPT_WITHIN).map((x) => x.condition)).toContain(condition);
    },
  );

  test('the muscle breakdown the CK keeps in view does not push the cord injury out of the third place it holds by its score', () => {
    // the order the scores gave before knowledge base 1.46.0 (a strychnine poisoning first, on the arching and the
    // fever); since then a clouded mind counts against the poison and the cord injury holds the second place, so the
    // ranking is given here to keep the rule under test: a third place that a keep rule names is not taken
    const e = evidenceOf(withdrawal('spinal_cord_injury', ['baclofen']));
    const byScore = [
      'strychnine_poisoning',
      'encephalitis',
      'spinal_cord_injury',
      'neuroleptic_malignant_syndrome',
      'tetanus',
      'rhabdomyolysis',
    ] as const;
    const d = keepInView(
      byScore.map((condition) => ({ condition })),
      e,
    );
    expect(d[KEPT_WITHIN - 1]?.condition).toBe('spinal_cord_injury');
    expect(d.slice(0, KEPT_WITHIN).map((x) => x.condition)).not.toContain('rhabdomyolysis');
    // and with the cord injury second by its score, the CK's muscle breakdown takes the third place
    const scored = classify(e).differential;
    expect(scored.slice(0, KEPT_WITHIN).map((x) => x.condition)).toContain('spinal_cord_injury');
    expect(scored[KEPT_WITHIN - 1]?.keptInView).toBe('NX-CK-RHABDOMYOLYSIS-RANGE');
  });

  test('with no baclofen recorded, the withdrawal rule keeps nothing', () => {
    const d = classify(evidenceOf(withdrawal('cerebral_palsy', []))).differential;
    expect(d.some((x) => x.keptInView?.startsWith('NX-BACLOFEN') === true)).toBe(false);
  });
});

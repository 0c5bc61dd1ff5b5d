import { describe, expect, test } from 'vitest';
import { patch, strainAda, type Patch } from '../../../test/fixtures/assessments.js';
import type { Assessment } from '../assessment/index.js';
import { triageOf } from '../../../test/fixtures/triage.js';

/** Triage as the engine decides it. */
const triage = triageOf;

const rules = (a: Assessment) => triage(a).reasons.map((r) => r.rule);
const K = (v: number) => ({ labs: [{ loinc: '2823-3', value: v, unit: 'mmol/L' }] });

describe('cramps with a risk of a salt imbalance are checked, not sent to self-care (reference §3.3)', () => {
  const cramping = patch(strainAda, { findings: { muscle_cramps: true } });

  test.each<[string, Patch]>([
    ['a laxative', { medications: ['laxative'] }],
    ['vomiting', { findings: { vomiting: true } }],
    ['a thiazide', { medications: ['thiazide_diuretic'] }],
  ])('cramps with %s and no result are a consultation, with the reason', (_, risk) => {
    const t = triage(patch(cramping, risk));
    expect(t.level).toBe('consultation');
    expect(t.reasons.map((r) => r.rule)).toEqual(['BASE-ELECTROLYTE-RISK']);
  });

  test('the same cramps without a risk factor stay self-care', () => {
    expect(triage(cramping).level).toBe('self_care');
  });

  test('a lifting strain in someone taking a stomach-acid medicine, without cramps, stays self-care', () => {
    expect(triage(patch(strainAda, { medications: ['proton_pump_inhibitor'] })).level).toBe(
      'self_care',
    );
  });

  test('once a potassium result is known, the rule gives way to what the result says', () => {
    const withRisk = patch(cramping, { medications: ['laxative'] });
    expect(rules(patch(withRisk, K(4.2)))).not.toContain('BASE-ELECTROLYTE-RISK');
    expect(triage(patch(withRisk, K(2.3))).level).toBe('emergency');
  });
});

describe('self-care is for a spasm that is getting better [A][R2]', () => {
  const worsening = (painNrs: number) =>
    patch(strainAda, { history: { course: 'worsening', painNrs } });

  test('severe pain still getting worse two days after a strain is seen', () => {
    const t = triage(worsening(8));
    expect(t.level).toBe('consultation');
    expect(t.reasons.map((r) => r.rule)).not.toContain('BASE-SELF-CARE-MECHANICAL');
  });

  test('moderate pain getting worse in the first days, or severe pain getting better, stays self-care', () => {
    expect(triage(worsening(5)).level).toBe('self_care');
    expect(triage(patch(strainAda, { history: { painNrs: 8 } })).level).toBe('self_care');
  });
});

describe('medicines that slow breathing are reviewed, not left to self-care [D5][D6]', () => {
  test.each<[string, Patch]>([
    ['gabapentin with an opioid', { medications: ['gabapentin', 'opioid'] }],
    ['gabapentin at 79', { medications: ['gabapentin'], patient: { ageYears: 79 } }],
    ['gabapentin with COPD', { medications: ['gabapentin'], conditions: ['copd'] }],
    ['a benzodiazepine with COPD', { medications: ['benzodiazepine'], conditions: ['copd'] }],
  ])('a strain in someone taking %s is a consultation, with the reason', (_, risk) => {
    const t = triage(patch(strainAda, risk));
    expect(t.level).toBe('consultation');
    expect(t.reasons.map((r) => r.rule)).toEqual(['BASE-SEDATIVE-REVIEW']);
  });

  test('one of them alone, in a younger adult without a lung condition, leaves a strain to self-care', () => {
    expect(triage(patch(strainAda, { medications: ['gabapentin'] })).level).toBe('self_care');
    expect(triage(patch(strainAda, { medications: ['diazepam'] })).level).toBe('self_care');
  });
});

describe('at 65 or more, self-care needs a past cancer, thin bones and long-term steroids ruled out [R3][R4]', () => {
  // 72: from 80 any new strain is seen (v17, below), so the three risks decide only between 65 and 79
  const older = patch(strainAda, { patient: { ageYears: 72 } });

  test('an easing strain at 72 with those three unknown is a consultation', () => {
    expect(triage(older).level).toBe('consultation');
  });

  test('the same strain with all three known to be absent is self-care', () => {
    const known = patch(older, {
      conditions: [],
      medications: [],
      known: {
        conditions: ['cancer_history', 'osteoporosis'],
        medications: ['corticosteroid_long_term'],
      },
    });
    expect(triage(known).level).toBe('self_care');
  });

  test('thin bones do not keep an easing posture pain from self-care; tenderness over the spine, lifting or a past cancer still do', () => {
    const armchair = patch(older, {
      history: { onset: 'acute', triggers: ['prolonged_posture'], regions: ['cervical'] },
      conditions: ['osteoporosis'],
      medications: [],
      known: { conditions: ['cancer_history'], medications: ['corticosteroid_long_term'] },
      findings: { midline_bony_tenderness: false },
    });
    expect(triage(armchair).level).toBe('self_care');
    // the spine not examined, or a sudden start (the fracture row's), keeps it with a doctor
    const { findings: _, ...unexamined } = armchair;
    expect(triage(unexamined).level).not.toBe('self_care');
    expect(triage(patch(armchair, { history: { onset: 'sudden' } })).level).not.toBe('self_care');
    expect(triage(patch(armchair, { findings: { midline_bony_tenderness: true } })).level).not.toBe(
      'self_care',
    );
    expect(triage(patch(armchair, { history: { triggers: ['lifting'] } })).level).not.toBe(
      'self_care',
    );
    expect(
      triage(patch(armchair, { conditions: ['osteoporosis', 'cancer_history'] })).level,
    ).not.toBe('self_care');
  });
});

describe('self-care is for a strain that is getting better (BASE-SELF-CARE-MECHANICAL v4)', () => {
  test('severe pain that is not easing is seen; the same pain easing stays self-care', () => {
    const severe = patch(strainAda, { history: { painNrs: 8, durationDays: 4 } });
    expect(triage(severe).level).toBe('self_care');
    expect(triage(patch(severe, { history: { course: 'stable' } })).level).toBe('consultation');
    expect(triage(patch(severe, { history: { course: 'worsening' } })).level).toBe('consultation');
  });

  test('in its first two days a severe strain holding steady has not had time to ease: self-care (v9)', () => {
    const dayTwo = patch(strainAda, { history: { painNrs: 9, course: 'stable' } });
    expect(triage(dayTwo).level).toBe('self_care');
    expect(
      triage(patch(dayTwo, { findings: { heavy_sweating: true, orthostatic_dizziness: true } }))
        .level,
    ).not.toBe('self_care');
    const spinClass = patch(dayTwo, { history: { onset: 'acute', triggers: ['exercise'] } });
    expect(triage(spinClass).level).not.toBe('self_care');
    expect(triage(patch(spinClass, { findings: { dark_urine: false } })).level).toBe('self_care');
    expect(triage(patch(dayTwo, { history: { course: 'worsening' } })).level).toBe('consultation');
    expect(triage(patch(dayTwo, { history: { spread: 'generalized' } })).level).not.toBe(
      'self_care',
    );
    expect(triage(patch(dayTwo, { history: { triggers: ['trauma_minor'] } })).level).not.toBe(
      'self_care',
    );
  });

  test('the third day still counts among the first days of a severe strain holding steady; the fourth does not (v12)', () => {
    const steady = (durationDays: number) =>
      patch(strainAda, { history: { painNrs: 8, course: 'stable', durationDays } });
    expect(triage(steady(3)).level).toBe('self_care');
    expect(triage(steady(4)).level).toBe('consultation');
  });

  test('a strain not yet easing is not self-care with a bone tender, pain at night, numbness or a Babinski sign found', () => {
    const dayTwo = patch(strainAda, { history: { painNrs: 8, course: 'stable', durationDays: 2 } });
    expect(triage(dayTwo).level).toBe('self_care');
    for (const finding of [
      'midline_bony_tenderness',
      'pain_at_night_or_lying',
      'distal_numbness',
      'babinski_sign',
    ] as const) {
      expect(triage(patch(dayTwo, { findings: { [finding]: true } })).level).not.toBe('self_care');
    }
    const mild = patch(dayTwo, { history: { painNrs: 4, durationDays: 10 } });
    expect(triage(mild).level).toBe('self_care');
    expect(triage(patch(mild, { findings: { babinski_sign: true } })).level).not.toBe('self_care');
  });

  test('a strain holding steady, local, not severe, stays self-care for up to four weeks (v9)', () => {
    const desk = patch(strainAda, {
      history: {
        onset: 'gradual',
        course: 'stable',
        triggers: ['prolonged_posture'],
        regions: ['cervical'],
        durationDays: 12,
        painNrs: 4,
      },
    });
    expect(triage(desk).level).toBe('self_care');
    expect(triage(patch(desk, { history: { durationDays: 30 } })).level).toBe('consultation');
    expect(triage(patch(desk, { history: { triggers: ['lifting'] } })).level).toBe('self_care');
    expect(triage(patch(desk, { history: { triggers: ['trauma_minor'] } })).level).toBe(
      'consultation',
    );
    expect(triage(patch(desk, { history: { course: 'worsening' } })).level).toBe('consultation');
    expect(triage(patch(desk, { history: { painNrs: 7 } })).level).toBe('consultation');
    expect(triage(patch(desk, { patient: { ageYears: 58 } })).level).toBe('consultation');
    expect(triage(patch(desk, { findings: { pain_at_night_or_lying: true } })).level).toBe(
      'consultation',
    );
  });

  test('an easing strain after a recent procedure on the spine is seen by a doctor, not left to self-care [R3]', () => {
    expect(triage(patch(strainAda, { exposures: ['recent_spinal_procedure'] })).level).toBe(
      'consultation',
    );
  });

  test('a neck hurt in an injury is self-care only once an examination found no tenderness over the spine', () => {
    const neck = patch(strainAda, {
      history: { triggers: ['trauma_minor'], regions: ['cervical'] },
    });
    expect(triage(neck).level).toBe('consultation');
    expect(triage(patch(neck, { findings: { midline_bony_tenderness: false } })).level).toBe(
      'self_care',
    );
  });

  test('sciatica that is not easing is seen; a moderate strain holding steady stays self-care', () => {
    const steady = patch(strainAda, { history: { course: 'stable' } });
    expect(triage(steady).level).toBe('self_care');
    expect(triage(patch(steady, { findings: { radicular_leg_pain: true } })).level).toBe(
      'consultation',
    );
  });

  test('a reduced reflex found on examination while the pain is not easing is seen; easing, it stays self-care', () => {
    const reflex = { exam: { reflexes: { triceps: 1 } } };
    expect(triage(patch(strainAda, { history: { course: 'stable' } }, reflex)).level).toBe(
      'consultation',
    );
    expect(triage(patch(strainAda, reflex)).level).toBe('self_care');
  });

  test('a strain not easing in cerebral palsy is seen; easing, it stays self-care', () => {
    const cp = patch(strainAda, { conditions: ['cerebral_palsy'] });
    expect(triage(cp).level).toBe('self_care');
    expect(triage(patch(cp, { history: { course: 'stable' } })).level).toBe('consultation');
  });
});

describe('dizziness on standing with a medicine labelled for low pressure or sedation is reviewed', () => {
  test.each(['tizanidine', 'baclofen', 'diazepam', 'benzodiazepine', 'clonidine'] as const)(
    '%s and dizziness on standing: a consultation, with the reason',
    (med) => {
      const t = triage(
        patch(strainAda, { medications: [med], findings: { orthostatic_dizziness: true } }),
      );
      expect(t.level).toBe('consultation');
      expect(t.reasons.map((r) => r.rule)).toContain('BASE-RELAXANT-DIZZINESS');
    },
  );

  test('the medicine without the dizziness, or the dizziness without the medicine, stays self-care', () => {
    expect(triage(patch(strainAda, { medications: ['tizanidine'] })).level).toBe('self_care');
    expect(triage(patch(strainAda, { findings: { orthostatic_dizziness: true } })).level).toBe(
      'self_care',
    );
  });
});

describe('muscle pain on a statin is reported to the doctor [STATIN-LABEL]', () => {
  const gym = patch(strainAda, {
    history: { course: 'stable', durationDays: 5, spread: 'generalized', triggers: ['exercise'] },
    medications: ['statin'],
  });

  test('aching in the trunk and limbs after a new exercise, not easing, on a statin is seen', () => {
    expect(triage(gym).level).toBe('consultation');
    expect(rules(gym)).not.toContain('BASE-SELF-CARE-MECHANICAL');
  });

  test('the same aching without a statin, or easing on one, stays self-care', () => {
    const noStatin: typeof gym = { ...gym, medications: [] };
    expect(triage(noStatin).level).toBe('self_care');
    expect(triage(patch(gym, { history: { course: 'improving' } })).level).toBe('self_care');
  });
});

describe('a sudden pain that no strain explains, with sweating or a pounding heart, is seen [R4][R1]', () => {
  const sudden = patch(strainAda, {
    history: { onset: 'sudden', durationDays: 0, course: 'improving', triggers: [] },
  });
  const stress: typeof sudden = {
    ...sudden,
    history: { ...sudden.history, triggers: ['stress'], regions: ['thoracic'] },
  };

  test('an easing sudden chest-and-back tightness under stress, with sweating or palpitations, is a consultation', () => {
    expect(triage(patch(stress, { findings: { heavy_sweating: true } })).level).toBe(
      'consultation',
    );
    expect(triage(patch(stress, { findings: { palpitations: true } })).level).toBe('consultation');
  });

  test('the same sweating after a lift, or the same easing pain without it, stays self-care', () => {
    expect(triage(patch(strainAda, { findings: { heavy_sweating: true } })).level).toBe(
      'self_care',
    );
    expect(triage(stress).level).toBe('self_care');
  });
});

describe('a tingling limb with a strain not yet easing is examined before self-care [R1]', () => {
  const tingling = patch(strainAda, {
    history: { course: 'stable', durationDays: 3, regions: ['cervical'] },
    findings: { distal_numbness: true },
  });

  test('told on the telephone, with no examination of the power, it is a consultation', () => {
    expect(triage(tingling).level).toBe('consultation');
  });

  test('once an examination finds the power whole, or the strain is easing, it stays self-care', () => {
    const examined = patch(tingling, { exam: { mrc: { C5: 5, C6: 5, C7: 5, C8: 5, T1: 5 } } });
    expect(triage(examined).level).toBe('self_care');
    expect(triage(patch(tingling, { history: { course: 'improving' } })).level).toBe('self_care');
  });
});

describe('at 50 or over a strain that has not begun to ease is seen once its first days are past [R3][R4]', () => {
  const at58 = (durationDays: number, course: 'stable' | 'worsening' | 'improving') =>
    patch(strainAda, {
      patient: { ageYears: 58 },
      history: {
        onset: 'acute',
        course,
        durationDays,
        triggers: ['lifting', 'twisting'],
        painNrs: 6,
      },
    });

  test('a first back pain after digging, holding steady on the fourth day at 58, is a consultation (v14)', () => {
    const t = triage(at58(4, 'stable'));
    expect(t.level).toBe('consultation');
    expect(t.reasons.map((r) => r.rule)).toEqual(['BASE-CONSULTATION']);
  });

  test('the same strain on its third day, or easing on its fourth, stays self-care; at 45 it waits a week', () => {
    expect(triage(at58(3, 'stable')).level).toBe('self_care');
    expect(triage(at58(4, 'improving')).level).toBe('self_care');
    expect(triage(patch(at58(4, 'stable'), { patient: { ageYears: 45 } })).level).toBe('self_care');
  });

  test('getting worse at 58 is seen from the first day', () => {
    expect(triage(at58(1, 'worsening')).level).toBe('consultation');
  });
});

describe('weakness an examination found is followed by a doctor, even while the pain eases [R1]', () => {
  const c6 = patch(strainAda, {
    history: {
      regions: ['cervical'],
      course: 'improving',
      durationDays: 8,
      triggers: ['prolonged_posture'],
    },
    exam: { mrc: { C5: 5, C6: 4, C7: 5 }, reflexes: { brachioradialis: 1, biceps: 2 } },
  });

  test('an easing neck spasm with a weak wrist extension and a reduced C6 reflex is a consultation (v14)', () => {
    expect(triage(c6).level).toBe('consultation');
  });

  test("the same with full power and its reflexes normal stays self-care; a stroke's old weakness is its own, not new", () => {
    const reflexesNormal = { reflexes: { biceps: 2, brachioradialis: 2 } };
    expect(
      triage(patch(c6, { exam: { mrc: { C5: 5, C6: 5, C7: 5 }, ...reflexesNormal } })).level,
    ).toBe('self_care');
    expect(triage(patch(c6, { conditions: ['stroke'], exam: reflexesNormal })).level).toBe(
      'self_care',
    );
  });

  test('knowledge base 1.42.0: with full power, the C6 reflex lost beside a normal biceps is a root’s deficit, followed by a doctor while it eases [M4]', () => {
    const t = triage(patch(c6, { exam: { mrc: { C5: 5, C6: 5, C7: 5 } } }));
    expect(t.level).toBe('consultation');
    expect(t.reasons.map((r) => r.rule)).toEqual(['BASE-CONSULTATION']);
  });

  test('knowledge base 1.42.0: beside an old stroke, the C6 reflex lost with full power is still seen: a lost reflex is not the stroke’s', () => {
    const t = triage(patch(c6, { conditions: ['stroke'], exam: { mrc: { C5: 5, C6: 5, C7: 5 } } }));
    expect(t.level).toBe('consultation');
  });

  test('knowledge base 1.42.0: beside an old stroke, a weak wrist with its C6 reflex lost is a root’s, not the stroke’s, and is seen [M4]', () => {
    const t = triage(patch(c6, { conditions: ['stroke'] }));
    expect(t.level).toBe('consultation');
    expect(t.reasons.map((r) => r.rule)).toEqual(['BASE-CONSULTATION']);
  });
});

describe('knowledge base 1.16.0: a high blood pressure reading is reviewed, not left to self-care', () => {
  // an easing neck strain at 63, a home reading of 174 after ten days without his tablets (dev-3295)
  const pressed = patch(strainAda, {
    patient: { ageYears: 63 },
    history: { onset: 'acute', course: 'improving', durationDays: 3 },
    medications: ['antihypertensive_other'],
    vitals: { systolicBp: 174 },
  });

  test('a systolic of 160 or more is a consultation for the pressure [NICE-NG136]', () => {
    expect(triage(pressed).level).toBe('consultation');
    expect(rules(pressed)).toContain('BASE-HIGH-BP-REVIEW');
  });

  test('a systolic of 150 leaves the easing strain to self-care', () => {
    expect(triage(patch(pressed, { vitals: { systolicBp: 150 } })).level).toBe('self_care');
  });
});

describe('at 80 or over, a strain not yet easing is seen even in its first days (BASE-SELF-CARE-MECHANICAL v15)', () => {
  // the three fracture risks known absent, so only the age decides
  const steadyFirstDays = (ageYears: number) =>
    patch(strainAda, {
      patient: { ageYears },
      history: { course: 'stable', durationDays: 1 },
      known: {
        conditions: ['cancer_history', 'osteoporosis'],
        medications: ['corticosteroid_long_term'],
      },
    });

  test('a twist yesterday holding steady at 84 is a consultation', () => {
    const t = triage(steadyFirstDays(84));
    expect(t.level).toBe('consultation');
    expect(rules(steadyFirstDays(84))).not.toContain('BASE-SELF-CARE-MECHANICAL');
  });

  test('the same first days at 70 stay self-care', () => {
    expect(triage(steadyFirstDays(70)).level).toBe('self_care');
  });
});

describe('at 80 or over, a new strain is seen once even while it eases (BASE-SELF-CARE-MECHANICAL v17) [R3][R4]', () => {
  // dev-8354: 85, a watering can lifted two days ago, easing; the three fracture risks known absent
  const easing = (ageYears: number) =>
    patch(strainAda, {
      patient: { ageYears },
      known: {
        conditions: ['cancer_history', 'osteoporosis'],
        medications: ['corticosteroid_long_term'],
      },
    });

  test('an easing lifting strain at 85 is a consultation', () => {
    expect(rules(easing(85))).not.toContain('BASE-SELF-CARE-MECHANICAL');
    expect(triage(easing(85)).level).toBe('consultation');
    expect(triage(easing(80)).level).toBe('consultation');
  });

  test('the same strain at 79 stays self-care', () => {
    expect(triage(easing(79)).level).toBe('self_care');
  });
});

describe('a pain in pregnancy not easing for three weeks is seen [NICE-NG201]', () => {
  const pregnant = (durationDays: number, course: 'stable' | 'improving') =>
    patch(strainAda, {
      history: { onset: 'gradual', durationDays, course, triggers: ['prolonged_posture'] },
      conditions: ['pregnancy'],
    });

  test('three weeks of a steady pelvic girdle or back pain at 28 weeks is a consultation, with the reason', () => {
    const t = triage(pregnant(21, 'stable'));
    expect(t.level).toBe('consultation');
    expect(t.reasons.map((r) => r.rule)).toContain('BASE-PREGNANCY-PAIN-REVIEW');
  });

  test('two weeks of it, three weeks of it easing, or three weeks of it outside pregnancy stay self-care', () => {
    expect(triage(pregnant(14, 'stable')).level).toBe('self_care');
    expect(triage(pregnant(21, 'improving')).level).toBe('self_care');
    expect(triage({ ...pregnant(21, 'stable'), conditions: [] }).level).toBe('self_care');
  });
});

describe('brisk reflexes or a wasted muscle found beside a strain are looked at (BASE-SELF-CARE-MECHANICAL v16)', () => {
  test('an easing lifting strain with brisk knee jerks, or with a wasted muscle, is a consultation', () => {
    expect(triage(patch(strainAda, { exam: { reflexes: { patellar: 4 } } })).level).toBe(
      'consultation',
    );
    expect(triage(patch(strainAda, { findings: { muscle_wasting: true } })).level).toBe(
      'consultation',
    );
  });

  test('the same strain with normal reflexes and no wasting stays self-care', () => {
    expect(
      triage(
        patch(strainAda, {
          exam: { reflexes: { patellar: 2 } },
          findings: { muscle_wasting: false },
        }),
      ).level,
    ).toBe('self_care');
  });
});

describe('knowledge base 1.29.0: thin bones or a long-term steroid with a new pain is seen once at any age, unless an examination or an image has told it from a fracture (BASE-SELF-CARE-MECHANICAL v18) [R3][R4]', () => {
  // dev-9154: 55, osteoporosis, a twist reaching into the car boot four days ago, easing, eased by rest
  const bootTwist = patch(
    strainAda,
    {
      patient: { ageYears: 55 },
      history: { onset: 'acute', durationDays: 4, triggers: ['twisting'] },
      findings: { relief_at_rest: true },
    },
    { conditions: ['osteoporosis'] },
  );

  test('told on the telephone, a consultation, with the reason; on a long-term steroid too', () => {
    const t = triage(bootTwist);
    expect(t.level).toBe('consultation');
    expect(t.reasons.map((r) => r.rule)).toContain('BASE-CONSULTATION');
    const steroid = patch(
      { ...bootTwist, conditions: [] },
      { medications: ['corticosteroid_long_term'] },
    );
    expect(triage(steroid).level).toBe('consultation');
  });

  test('self-care once an X-ray is clear of a fracture, or the spine was examined and not tender while the pain eases', () => {
    expect(triage(patch(bootTwist, { imaging: { vertebralFracture: false } })).level).toBe(
      'self_care',
    );
    expect(triage(patch(bootTwist, { findings: { midline_bony_tenderness: false } })).level).toBe(
      'self_care',
    );
    // and with neither thin bones nor a steroid, as before
    expect(triage({ ...bootTwist, conditions: [] }).level).toBe('self_care');
  });

  test('a mild ache that came on slowly, or an examined strain in its first steady days, stays self-care; a mild pain at once does not (the review of stop 47)', () => {
    const mildPosture = patch(bootTwist, {
      history: { onset: 'gradual', triggers: ['prolonged_posture'], painNrs: 3 },
    });
    expect(triage(mildPosture).level).toBe('self_care');
    const firstDay = patch(bootTwist, {
      history: { durationDays: 1, course: 'stable' },
      findings: { midline_bony_tenderness: false },
    });
    expect(triage(firstDay).level).toBe('self_care');
    const mildAtOnce = patch(bootTwist, {
      history: { onset: 'sudden', painNrs: 3 },
      findings: { relief_at_rest: undefined },
    });
    expect(triage(mildAtOnce).level).toBe('consultation');
    // the second review of stop 47: a severe pain is not cleared by an examination alone, in its first days or easing
    const severeFirstDay = patch(firstDay, { history: { painNrs: 9 } });
    expect(triage(severeFirstDay).level).toBe('consultation');
    const severeEasing = patch(bootTwist, {
      history: { painNrs: 9 },
      findings: { midline_bony_tenderness: false },
    });
    expect(triage(severeEasing).level).toBe('consultation');
  });
});

describe('knowledge base 1.46.0: a racing or fluttering heart told beside a strain is checked by a doctor, not left to self-care (BASE-PALPITATIONS-REVIEW) [CKS-PALPITATIONS]', () => {
  // a student's energy drinks in exam week: an aching upper back from the desk, and the heart racing (dev-17490)
  const racing = patch(strainAda, { findings: { palpitations: true } });

  test('told on the telephone, with no pulse taken, it is a consultation for the pulse and an ECG', () => {
    expect(triage(strainAda).level).toBe('self_care');
    expect(triage(racing).level).toBe('consultation');
    expect(rules(racing)).toEqual(['BASE-PALPITATIONS-REVIEW']);
  });

  test('a pulse found fast at the visit (108) keeps the consultation', () => {
    expect(triage(patch(racing, { vitals: { heartRate: 108 } })).level).toBe('consultation');
  });

  test('once a clinician has found the pulse settled (50 to 99) and regular, the strain is self-care again', () => {
    const examined = (heartRate: number, arrhythmia: boolean) =>
      triage(patch(racing, { vitals: { heartRate }, findings: { arrhythmia } })).level;
    expect(examined(70, false)).toBe('self_care');
    expect(examined(50, false)).toBe('self_care');
    expect(examined(99, false)).toBe('self_care');
    // a slow or a fast pulse, an irregular one, or a rate counted with the rhythm not looked at, keeps the consultation
    expect(examined(49, false)).not.toBe('self_care');
    expect(examined(100, false)).not.toBe('self_care');
    expect(examined(70, true)).not.toBe('self_care');
    expect(triage(patch(racing, { vitals: { heartRate: 70 } })).level).toBe('consultation');
  });

  test('palpitations with a low salt’s risk and cramps stay the red flag’s 24 hours, not a consultation', () => {
    const onThiazide = patch(racing, {
      medications: ['thiazide_diuretic'],
      findings: { muscle_cramps: true },
    });
    expect(triage(onThiazide).level).toBe('consultation_24');
  });
});

describe('knowledge base 1.46.0: a dizziness on standing with a fast pulse or a low pressure is checked by a doctor (BASE-DIZZY-STANDING-CIRCULATION)', () => {
  // a roofer after two days in a heatwave: cramps, a sweat, nearly fainting on a ladder (dev-17758)
  const dizzy = patch(strainAda, {
    findings: { orthostatic_dizziness: true },
    exposures: ['heat_exertion'],
  });

  test('with a pulse of 104 it is a consultation, not self-care', () => {
    expect(triage(patch(dizzy, { vitals: { heartRate: 104, systolicBp: 118 } })).level).toBe(
      'consultation',
    );
    expect(rules(patch(dizzy, { vitals: { heartRate: 104, systolicBp: 118 } }))).toEqual([
      'BASE-DIZZY-STANDING-CIRCULATION',
    ]);
  });

  test('with a systolic of 96 it is a consultation too', () => {
    expect(triage(patch(dizzy, { vitals: { heartRate: 88, systolicBp: 96 } })).level).toBe(
      'consultation',
    );
  });

  test('with the pulse and the pressure found normal the strain stays self-care', () => {
    expect(triage(patch(dizzy, { vitals: { heartRate: 88, systolicBp: 118 } })).level).toBe(
      'self_care',
    );
  });
});

describe('knowledge base 1.48.0: a tingling hand with a neck pain of a week or more is examined even while the pain eases (BASE-SELF-CARE-MECHANICAL v24) [CKS-CERVICAL-RADICULOPATHY]', () => {
  // 47, three weeks of a left neck spasm shooting down the arm to a tingling middle finger, a little better each week,
  // told on the telephone (dev-7857)
  const easingNeckTingling = patch(strainAda, {
    patient: { ageYears: 47, sex: 'male' },
    history: {
      onset: 'acute',
      durationDays: 21,
      course: 'improving',
      regions: ['cervical'],
      side: 'left',
    },
    findings: { distal_numbness: true },
  });

  test('it is a consultation, not self-care', () => {
    expect(triage(easingNeckTingling).level).toBe('consultation');
  });

  test('an examination that finds the power whole, or a tingle of the first six days while easing, stay self-care', () => {
    const examined = patch(easingNeckTingling, {
      exam: { mrc: { C5: 5, C6: 5, C7: 5, C8: 5, T1: 5 } },
    });
    expect(triage(examined).level).toBe('self_care');
    expect(triage(patch(easingNeckTingling, { history: { durationDays: 6 } })).level).toBe(
      'self_care',
    );
    expect(triage(patch(easingNeckTingling, { history: { durationDays: 7 } })).level).toBe(
      'consultation',
    );
  });

  test('a neck pain whose length is not told is not taken for a new one', () => {
    const { durationDays: _d, ...untold } = easingNeckTingling.history ?? {};
    expect(triage({ ...easingNeckTingling, history: untold }).level).toBe('consultation');
  });
});

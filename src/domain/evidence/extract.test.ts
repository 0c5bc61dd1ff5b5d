import { describe, expect, test } from 'vitest';
import { evidenceOf, patch } from '../../../test/fixtures/assessments.js';
import { category, isKnown, present } from './index.js';

const bare = { patient: { ageYears: 50, sex: 'male' as const } };
/** Bending forward measured in degrees against the 38 CFR normal set, for one region. */
const flexionDegrees = (region: 'thoracolumbar' | 'cervical', flexion: number) => ({
  region,
  reference: 'VA_38CFR' as const,
  movements: { flexion },
});

describe('evidence', () => {
  test('a finding not recorded is unknown, never absent', () => {
    const e = evidenceOf(bare);
    expect(present(e, 'f:saddle_anaesthesia')).toBeUndefined();
    expect(isKnown(e, 'onset')).toBe(false);
  });

  test('a finding recorded false is known absent', () => {
    expect(
      present(
        evidenceOf(patch(bare, { findings: { saddle_anaesthesia: false } })),
        'f:saddle_anaesthesia',
      ),
    ).toBe(false);
  });

  test('an empty list means asked and none: every member is absent', () => {
    const e = evidenceOf(patch(bare, { medications: [] }));
    expect(present(e, 'med:opioid')).toBe(false);
    expect(present(evidenceOf(bare), 'med:opioid')).toBeUndefined();
  });

  test('a list answered in part: members present, the rest of its scope absent, the others unknown', () => {
    const e = evidenceOf(
      patch(bare, {
        medications: ['thiazide_diuretic'],
        known: { medications: ['thiazide_diuretic', 'loop_diuretic'], conditions: ['stroke'] },
      }),
    );
    expect(present(e, 'med:thiazide_diuretic')).toBe(true);
    expect(present(e, 'med:loop_diuretic')).toBe(false);
    expect(present(e, 'med:opioid')).toBeUndefined();
    expect(present(e, 'cond:stroke')).toBe(false);
    expect(present(e, 'cond:diabetes_mellitus')).toBeUndefined();
  });

  test('an age the patient could not give is an unknown age band', () => {
    expect(isKnown(evidenceOf({ patient: {} }), 'age')).toBe(false);
    expect(category(evidenceOf(bare), 'age')).toBe('40_to_59');
  });

  test('a trigger of "none" makes every other trigger absent', () => {
    const e = evidenceOf(patch(bare, { history: { triggers: ['none'] } }));
    expect(present(e, 'trig:lifting')).toBe(false);
    expect(present(e, 'trig:none')).toBe(true);
  });

  test('a reported fever and a measured 38.6 °C are one fever; a measured 36.8 °C is no fever', () => {
    expect(present(evidenceOf(patch(bare, { vitals: { temperatureC: 38.6 } })), 'fever')).toBe(
      true,
    );
    expect(present(evidenceOf(patch(bare, { vitals: { temperatureC: 36.8 } })), 'fever')).toBe(
      false,
    );
    expect(
      present(
        evidenceOf(
          patch(bare, { findings: { fever_reported: true }, vitals: { temperatureC: 36.8 } }),
        ),
        'fever',
      ),
    ).toBe(true);
  });

  test("a child's faster heart and breathing are read by age [APLS-VITALS]: 112 at 9 is no racing heart, at 30 it is", () => {
    const at = (ageYears: number, vitals: { heartRate?: number; respiratoryRate?: number }) =>
      evidenceOf(patch(bare, { patient: { ageYears }, vitals }));
    expect(present(at(9, { heartRate: 112 }), 'tachycardia')).toBe(false);
    expect(present(at(9, { heartRate: 125 }), 'tachycardia')).toBe(true);
    expect(present(at(30, { heartRate: 112 }), 'tachycardia')).toBe(true);
    expect(present(at(3, { respiratoryRate: 28 }), 'tachypnoea')).toBe(false);
    expect(present(at(3, { respiratoryRate: 32 }), 'tachypnoea')).toBe(true);
    expect(present(at(30, { respiratoryRate: 25 }), 'tachypnoea')).toBe(true);
    expect(present(at(30, { respiratoryRate: 24 }), 'tachypnoea')).toBe(false);
  });

  test('a GCS below 15 counts as altered mental status', () => {
    expect(present(evidenceOf(patch(bare, { vitals: { gcs: 13 } })), 'ams')).toBe(true);
  });

  test('NINDS 4 anywhere is hyperreflexia; an Achilles of 0 is a reduced ankle reflex', () => {
    const e = evidenceOf(patch(bare, { exam: { reflexes: { patellar: 4, achilles: 0 } } }));
    expect(present(e, 'hyperreflexia')).toBe(true);
    expect(present(e, 'ankle_reflex_reduced')).toBe(true);
  });

  test('at 70 and over a diminished ankle jerk (grade 1) is not reduced, an absent one is; under 70 both are', () => {
    const ankle = (ageYears: number, achilles: number) =>
      evidenceOf({
        patient: { ageYears, sex: 'male' },
        exam: { reflexes: { patellar: 2, achilles } },
      });
    expect(present(ankle(84, 1), 'ankle_reflex_reduced')).toBe(false);
    expect(present(ankle(84, 1), 'reflexes_reduced')).toBe(false);
    expect(present(ankle(84, 0), 'ankle_reflex_reduced')).toBe(true);
    expect(present(ankle(84, 0), 'reflexes_reduced')).toBe(true);
    expect(present(ankle(72, 1), 'ankle_reflex_reduced')).toBe(false);
    expect(present(ankle(69, 1), 'ankle_reflex_reduced')).toBe(true);
    expect(present(ankle(69, 1), 'reflexes_reduced')).toBe(true);
  });

  test('beside weak muscles a diminished ankle jerk is a level of its own at any age [R3][R4]', () => {
    const e = evidenceOf({
      patient: { ageYears: 72, sex: 'female' },
      exam: { mrc: { L4: 4, L5: 4 }, reflexes: { patellar: 2, achilles: 1 } },
    });
    expect(present(e, 'ankle_reflex_reduced')).toBe(false);
    expect(present(e, 'deficit_multilevel')).toBe(true);
  });

  test('one arm root weak, or two neighbouring ones, with no leg muscle found weak is an arm root’s deficit [M3]', () => {
    const arm = (mrc: Record<string, number>) =>
      evidenceOf(patch(bare, { exam: { mrc: { C5: 5, C6: 5, C7: 5, C8: 5, T1: 5, ...mrc } } }));
    expect(present(arm({ C7: 4 }), 'arm_root_deficit')).toBe(true);
    expect(present(arm({ C8: 4, T1: 4 }), 'arm_root_deficit')).toBe(true);
    // two roots apart, a leg weak beside it, or every arm muscle strong: not one root's
    expect(present(arm({ C5: 4, C7: 4 }), 'arm_root_deficit')).toBe(false);
    expect(present(arm({ C7: 4, L5: 4 }), 'arm_root_deficit')).toBe(false);
    expect(present(arm({}), 'arm_root_deficit')).toBe(false);
    // only the arms examined: the legs not found weak, so one root's pattern still
    expect(present(evidenceOf(patch(bare, { exam: { mrc: { C6: 4 } } })), 'arm_root_deficit')).toBe(
      true,
    );
    // the arms not examined: not known
    expect(isKnown(evidenceOf(patch(bare, { exam: { mrc: { L5: 4 } } })), 'arm_root_deficit')).toBe(
      false,
    );
  });

  test('one arm root’s reflex lost beside a normal one, with no leg reflex reduced, is a root’s reflex sign [M4]', () => {
    const reflexes = (r: Record<string, number>) =>
      evidenceOf(
        patch(bare, { exam: { reflexes: { biceps: 2, brachioradialis: 2, triceps: 2, ...r } } }),
      );
    expect(present(reflexes({ triceps: 1 }), 'arm_reflex_root_sign')).toBe(true);
    expect(present(reflexes({ biceps: 1, brachioradialis: 0 }), 'arm_reflex_root_sign')).toBe(true);
    // every arm reflex lost (a neuropathy's or a Guillain-Barré's), two roots apart, or a leg reflex lost beside it
    expect(
      present(reflexes({ biceps: 0, brachioradialis: 0, triceps: 0 }), 'arm_reflex_root_sign'),
    ).toBe(false);
    expect(present(reflexes({ biceps: 1, triceps: 1 }), 'arm_reflex_root_sign')).toBe(false);
    expect(present(reflexes({ triceps: 1, achilles: 0 }), 'arm_reflex_root_sign')).toBe(false);
    // a reflex lost beside brisk ones: the cord's level (an inverted supinator jerk), not a root's
    expect(present(reflexes({ brachioradialis: 1, triceps: 4 }), 'arm_reflex_root_sign')).toBe(
      false,
    );
    expect(present(reflexes({}), 'arm_reflex_root_sign')).toBe(false);
    // one arm reflex recorded: nothing to compare it with
    expect(
      isKnown(
        evidenceOf(patch(bare, { exam: { reflexes: { triceps: 1 } } })),
        'arm_reflex_root_sign',
      ),
    ).toBe(false);
  });

  test('MRC below 5 is weakness, 3 or less severe weakness', () => {
    const e = evidenceOf(patch(bare, { exam: { mrc: { L5: 3, S1: 5 } } }));
    expect(present(e, 'weakness')).toBe(true);
    expect(present(e, 'weakness_severe')).toBe(true);
  });

  test('range of motion in degrees is judged against the 38 CFR normal set', () => {
    const e = evidenceOf(
      patch(bare, { exam: { romDegrees: flexionDegrees('thoracolumbar', 45) } }),
    );
    expect(present(e, 'rom_reduced')).toBe(true);
    const fine = evidenceOf(
      patch(bare, { exam: { romDegrees: flexionDegrees('thoracolumbar', 85) } }),
    );
    expect(present(fine, 'rom_reduced')).toBe(false);
  });

  test('bending forward of the back is restricted from the percentage or the thoracolumbar degrees, never a neck’s', () => {
    const pct = (flexion: number) =>
      evidenceOf(patch(bare, { exam: { romPercentOfNormal: { flexion, extension: 50 } } }));
    expect(present(pct(40), 'flexion_reduced')).toBe(true);
    expect(present(pct(90), 'flexion_reduced')).toBe(false);
    const onlyExtension = evidenceOf(
      patch(bare, { exam: { romPercentOfNormal: { extension: 40 } } }),
    );
    expect(isKnown(onlyExtension, 'flexion_reduced')).toBe(false);
    const neck = evidenceOf(patch(bare, { exam: { romDegrees: flexionDegrees('cervical', 10) } }));
    expect(isKnown(neck, 'flexion_reduced')).toBe(false);
    const fullDegrees = evidenceOf(
      patch(bare, { exam: { romDegrees: flexionDegrees('thoracolumbar', 85) } }),
    );
    expect(present(fullDegrees, 'flexion_reduced')).toBe(false);
    // the percentage says 90, the degrees 40 of 90: either restricted is restricted
    const disagree = evidenceOf(
      patch(bare, {
        exam: {
          romPercentOfNormal: { flexion: 90 },
          romDegrees: flexionDegrees('thoracolumbar', 40),
        },
      }),
    );
    expect(present(disagree, 'flexion_reduced')).toBe(true);
  });

  test('an antalgic gait is a limp from pain, known only once the gait was looked at', () => {
    expect(
      present(evidenceOf(patch(bare, { exam: { gait: ['antalgic'] } })), 'gait_antalgic'),
    ).toBe(true);
    expect(present(evidenceOf(patch(bare, { exam: { gait: ['normal'] } })), 'gait_antalgic')).toBe(
      false,
    );
    expect(isKnown(evidenceOf(bare), 'gait_antalgic')).toBe(false);
  });

  test('a sensory map with a reduced dermatome is a sensory deficit; an antalgic gait is not a neurological gait', () => {
    const e = evidenceOf(
      patch(bare, {
        exam: {
          sensory: [{ dermatome: 'L5', modality: 'pinprick', side: 'left', result: 'reduced' }],
          gait: ['antalgic'],
        },
      }),
    );
    expect(present(e, 'sensory_deficit')).toBe(true);
    // a pain-avoiding gait says nothing about the nervous system
    expect(present(e, 'gait_abnormal')).toBe(false);
    expect(present(evidenceOf(patch(bare, { exam: { gait: ['spastic'] } })), 'gait_abnormal')).toBe(
      true,
    );
  });

  test('potassium below 2.5 is severe, the ionized calcium decides calcium, and low morning cortisol is low', () => {
    const e = evidenceOf(
      patch(bare, {
        labs: [
          { loinc: '2823-3', value: 2.4, unit: 'mmol/L' },
          { loinc: '17861-6', value: 9.5, unit: 'mg/dL' },
          { loinc: '1995-0', value: 0.8, unit: 'mmol/L' },
          { loinc: '9813-7', value: 2, unit: 'ug/dL' },
        ],
      }),
    );
    expect(category(e, 'lab:potassium')).toBe('severe_low');
    expect(category(e, 'lab:calcium')).toBe('critical_low');
    expect(category(e, 'lab:cortisol')).toBe('low');
  });
});

describe('a result exactly at a limit sent in mg/dL is at the limit, not beyond it', () => {
  const base = { patient: { ageYears: 30, sex: 'male' as const } };
  test('calcium 8.5 mg/dL with albumin 4.0 g/dL is normal, 8.4 is low', () => {
    const ca = (v: number) =>
      evidenceOf({
        ...base,
        labs: [
          { loinc: '17861-6', value: v, unit: 'mg/dL' },
          { loinc: '1751-7', value: 4.0, unit: 'g/dL' },
        ],
      });
    expect(category(ca(8.5), 'lab:calcium')).toBe('normal');
    expect(category(ca(8.4), 'lab:calcium')).toBe('low');
    expect(category(ca(10.5), 'lab:calcium')).toBe('normal');
  });

  test('magnesium 1.8 mg/dL is normal, 1.7 is low', () => {
    const mg = (v: number) =>
      evidenceOf({ ...base, labs: [{ loinc: '19123-9', value: v, unit: 'mg/dL' }] });
    expect(category(mg(1.8), 'lab:magnesium')).toBe('normal');
    expect(category(mg(1.7), 'lab:magnesium')).toBe('low');
  });
});

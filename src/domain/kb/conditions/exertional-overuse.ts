/** @module Muscle overuse or strain: group and codes, evidence model, what confirms it, what treats it. */
import { condition, icd, sct } from './define.js';

export const exertionalOveruse = condition({
  id: 'exertional_overuse',
  group: 'muscle',
  alsoGroups: [],
  inArticleTable: false,
  sourceIds: ['A', 'R1'],
  status: 'V',
  codes: [
    icd('S39.012A', 'Strain of muscle, fascia and tendon of lower back, initial encounter'),
    icd('M62.830', 'Muscle spasm of back'),
    sct('203095000', 'Spasm of back muscles'),
  ],
  model: {
    prior: 0.28,
    sourceIds: ['A', 'R1', 'R2'],
    evidence: {
      'trig:lifting': 0.45,
      'trig:twisting': 0.2,
      'trig:exercise': 0.35,
      'trig:prolonged_posture': 0.2,
      'trig:trauma_minor': 0.1,
      'trig:none': 0.08,
      'trig:stimulus': 0.005,
      'trig:dialysis': 0.002,
      onset: { sudden: 0.55, acute: 0.33, gradual: 0.09, chronic: 0.03 },
      course: { improving: 0.5, stable: 0.3, worsening: 0.15, relapsing: 0.05 },
      spread: { local: 0.8, axial: 0.15, generalized: 0.05 },
      side: { unilateral: 0.45 },
      age: { under_18: 0.08, '18_to_39': 0.45, '40_to_59': 0.35, '60_plus': 0.12 },
      pain: { none: 0.02, mild: 0.2, moderate: 0.5, severe: 0.28 },
      'f:paraspinal_tenderness': 0.85,
      'f:palpable_taut_muscle': 0.8,
      'f:pain_on_movement': 0.9,
      'f:relief_at_rest': 0.75,
      rom_reduced: 0.85,
      'f:muscle_cramps': 0.4,
      'f:fatigue': 0.15,
      'f:generalized_weakness': 0.02,
      'f:unexplained_weight_loss': 0.01,
      'f:pain_at_night_or_lying': 0.05,
      'f:no_improvement_4_weeks': 0.03,
      // pain down the leg in one nerve root's territory is the root's, not a strained muscle's: a muscle
      // refers pain to the buttock or thigh, not below the knee to the foot [R1]; with both a strain and a
      // root's pain, the root explains the leg (team estimate)
      'f:radicular_leg_pain': 0.005,
      fever: 0.01,
      ams: 0.002,
      weakness: 0.05,
      // a strained muscle does not numb the saddle or take away bladder or bowel control: those point
      // to the nerves of the cauda equina [R3][R4] (team estimate, 10 times rarer than in other causes)
      'f:saddle_anaesthesia': 0.0005,
      'f:urinary_retention': 0.0005,
      // nor does it take away one arm root's reflex beside the others: that is a compressed root's [M4] (team estimate, P)
      arm_reflex_root_sign: 0.005,
      // a strained muscle is tight and sore, but it does not twist the head or the trunk into a held posture: a dystonia
      // is the basal ganglia's or a drug's (team estimate, P)
      'f:dystonia': 0.005,
      'lab:ck': { normal: 0.65, raised: 0.33, very_high: 0.02 },
      'exp:heat_exertion': 0.1,
    },
  },
  confirmedBy: { sourceIds: ['A', 'R1'], by: [] },
  treatment: {
    action: 'non_drug_care_then_nsaid_or_muscle_relaxant',
    sourceIds: ['R2'],
    status: 'V',
  },
});

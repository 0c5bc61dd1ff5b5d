/** @module Lumbar nerve-root irritation (radiculopathy): group and codes, evidence model, what confirms it, what treats it. */
import { condition, found, icd } from './define.js';

export const lumbarRadiculopathy = condition({
  id: 'lumbar_radiculopathy',
  group: 'nerve',
  alsoGroups: [],
  inArticleTable: false,
  sourceIds: ['R1', 'M4'],
  status: 'V',
  codes: [
    icd('M54.16', 'Radiculopathy, lumbar region'),
    icd('M54.17', 'Radiculopathy, lumbosacral region'),
  ],
  model: {
    prior: 0.08,
    sourceIds: ['R1', 'M4'],
    evidence: {
      'f:radicular_leg_pain': 0.92,
      'region:lumbar': 0.97,
      'region:sacral': 0.2,
      'region:cervical': 0.05,
      'region:thoracic': 0.1,
      side: { unilateral: 0.8 },
      weakness: 0.35,
      reflexes_reduced: 0.35,
      ankle_reflex_reduced: 0.3,
      'f:foot_drop': 0.08,
      sensory_deficit: 0.5,
      'f:distal_numbness': 0.35,
      'f:stocking_glove_sensory_loss': 0.02,
      'img:discHerniation': 0.85,
      'emg:denervation': 0.4,
      onset: { sudden: 0.3, acute: 0.35, gradual: 0.25, chronic: 0.1 },
      // most sciatica settles over weeks [R1]: an easing course does not speak against it (team estimate)
      course: { improving: 0.35, stable: 0.4, worsening: 0.2, relapsing: 0.05 },
      'trig:lifting': 0.3,
      'trig:twisting': 0.2,
      'trig:exercise': 0.2,
      'trig:none': 0.3,
      pain: { none: 0.01, mild: 0.1, moderate: 0.45, severe: 0.44 },
      'f:pain_on_movement': 0.8,
      'f:paraspinal_tenderness': 0.6,
      rom_reduced: 0.7,
      spread: { local: 0.85, axial: 0.1, generalized: 0.05 },
      age: { under_18: 0.03, '18_to_39': 0.3, '40_to_59': 0.47, '60_plus': 0.2 },
      // a compressed root does not confuse: as for a strain, confusion beside it is another cause's, or a
      // drug's, and weighs alike on both mechanical causes (team estimate)
      ams: 0.002,
      hyperreflexia: 0.03,
      'f:saddle_anaesthesia': 0.01,
      'f:urinary_retention': 0.01,
      'f:bilateral_leg_weakness': 0.05,
    },
  },
  confirmedBy: {
    sourceIds: ['R1', 'M4'],
    by: [found('img:discHerniation'), found('emg:denervation')],
  },
  treatment: {
    action: 'non_drug_care_no_gabapentinoid_or_benzodiazepine_for_sciatica',
    sourceIds: ['R1', 'R2'],
    status: 'V',
  },
});

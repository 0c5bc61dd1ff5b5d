/** @module Multiple sclerosis: group and codes, evidence model, what confirms it, what treats it. */
import { condition, found, sct } from './define.js';

export const multipleSclerosis = condition({
  id: 'multiple_sclerosis',
  group: 'central',
  alsoGroups: [],
  inArticleTable: false,
  sourceIds: ['FORMAT', 'D1'],
  status: 'P',
  codes: [sct('221360009', 'Spasticity')],
  model: {
    prior: 0.015,
    sourceIds: ['D1', 'FORMAT'],
    evidence: {
      // a cervical plaque can weaken one arm root's muscles, as a cervical root does (arm_root_deficit; TONUS, P)
      arm_root_deficit: 0.05,
      'cond:multiple_sclerosis': 0.95,
      // the first-line oral antispastic drug of upper-motor-neuron spasticity [D1] (share: team estimate)
      'med:baclofen': 0.4,
      increased_tone: 0.7,
      hyperreflexia: 0.7,
      'f:clonus': 0.4,
      'f:babinski_sign': 0.45,
      'f:fatigue': 0.8,
      'f:urinary_incontinence': 0.3,
      'f:altered_bladder_sensation': 0.3,
      'f:sensory_level': 0.15,
      sensory_deficit: 0.6,
      'f:focal_neurological_deficit': 0.3,
      gait_abnormal: 0.6,
      'img:brainLesion': 0.85,
      'f:dysarthria': 0.15,
      weakness: 0.6,
      'f:bilateral_leg_weakness': 0.3,
      'f:distal_numbness': 0.3,
      course: { improving: 0.05, stable: 0.2, worsening: 0.25, relapsing: 0.5 },
      onset: { acute: 0.1, gradual: 0.2, chronic: 0.7 },
      age: { under_18: 0.02, '18_to_39': 0.45, '40_to_59': 0.45, '60_plus': 0.08 },
      psfs: { none: 0.05, infrequent: 0.5, frequent: 0.45 },
      spread: { local: 0.15, axial: 0.35, generalized: 0.5 },
    },
  },
  confirmedBy: { sourceIds: ['D1'], by: [found('img:brainLesion')] },
  treatment: { action: 'antispasticity_treatment', sourceIds: ['A', 'D1'], status: 'V' },
  traits: ['upper_motor_neuron_spasticity', 'antispastic_drugs'],
});

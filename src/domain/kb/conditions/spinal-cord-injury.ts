/** @module Spinal cord injury: group and codes, evidence model, what confirms it, what treats it. */
import { condition } from './define.js';

export const spinalCordInjury = condition({
  id: 'spinal_cord_injury',
  group: 'nerve',
  alsoGroups: ['central'],
  inArticleTable: false,
  sourceIds: ['A', 'M3'],
  status: 'V',
  codes: [],
  model: {
    prior: 0.015,
    sourceIds: ['A', 'M3'],
    evidence: {
      // a central cord injury weakens the hands before the legs, as a cervical root does (arm_root_deficit; TONUS, P)
      arm_root_deficit: 0.1,
      // and loses the reflex at its level (arm_reflex_root_sign; TONUS, P)
      arm_reflex_root_sign: 0.1,
      // the spasms of an established injury (FORMAT.md): with the history taken and no cord injury in it,
      // cord signs are a new lesion (a mass, MS), not this (0.97 let them lead: dev-1097; team estimate). 1.47.0:
      // or a cord compressed on imaging with no mass, abscess or fracture, a non-traumatic injury (a degenerative
      // myelopathy [M3]; TONUS, P)
      cord_injury_known_or_imaged: 0.995,
      // the first-line oral antispastic drug of upper-motor-neuron spasticity [D1] (share: team estimate)
      'med:baclofen': 0.4,
      'f:sensory_level': 0.6,
      'f:clonus': 0.55,
      'f:babinski_sign': 0.5,
      hyperreflexia: 0.7,
      increased_tone: 0.8,
      'f:bilateral_leg_weakness': 0.6,
      weakness: 0.7,
      'f:urinary_incontinence': 0.4,
      'f:autonomic_dysreflexia_symptoms': 0.2,
      gait_abnormal: 0.7,
      'f:rigidity': 0.1,
      'trig:stimulus': 0.2,
      psfs: { none: 0.05, infrequent: 0.45, frequent: 0.5 },
      // mostly long-standing, but a recent rise in spasms is a common reason to present (reference §3.3)
      onset: { sudden: 0.05, acute: 0.15, gradual: 0.15, chronic: 0.65 },
      course: { improving: 0.05, stable: 0.45, worsening: 0.3, relapsing: 0.2 },
      spread: { local: 0.1, axial: 0.45, generalized: 0.45 },
      age: { '18_to_39': 0.45, '40_to_59': 0.35 },
    },
  },
  confirmedBy: { sourceIds: ['A', 'M3'], by: [] },
  treatment: { action: 'antispasticity_treatment', sourceIds: ['A'], status: 'V' },
  traits: ['upper_motor_neuron_spasticity', 'antispastic_drugs'],
});

/** @module Cerebral palsy: group and codes, evidence model, what confirms it, what treats it. */
import { condition, found, sct } from './define.js';

export const cerebralPalsy = condition({
  id: 'cerebral_palsy',
  group: 'central',
  alsoGroups: [],
  inArticleTable: false,
  sourceIds: ['A'],
  status: 'V',
  codes: [sct('221360009', 'Spasticity')],
  model: {
    prior: 0.01,
    sourceIds: ['A'],
    evidence: {
      'cond:cerebral_palsy': 0.98,
      // the first-line oral antispastic drug of upper-motor-neuron spasticity [D1] (share: team estimate)
      'med:baclofen': 0.35,
      increased_tone: 0.85,
      hyperreflexia: 0.7,
      gait_abnormal: 0.85,
      'f:dystonia': 0.3,
      'f:drooling': 0.2,
      'f:dysarthria': 0.3,
      'f:clonus': 0.3,
      // a bladder that leaks and legs that are weak are common in adults with spastic cerebral palsy,
      // lifelong, as they are after a cord injury (team estimate, P)
      'f:urinary_incontinence': 0.3,
      'f:bilateral_leg_weakness': 0.3,
      weakness: 0.5,
      'img:brainLesion': 0.6,
      // the palsy is lifelong and does not progress, but a rise in spasms, or a new problem on top of it
      // (a worn neck pressing on the cord in dyskinetic palsy), is a common reason to present (§3.3)
      onset: { sudden: 0.03, acute: 0.1, gradual: 0.12, chronic: 0.75 },
      course: { improving: 0.05, stable: 0.6, worsening: 0.25, relapsing: 0.1 },
      // the people living with it, not the age it began: most with cerebral palsy live into adult life,
      // so it thins with age but does not vanish after 40 (team estimate, P)
      age: { under_18: 0.35, '18_to_39': 0.35, '40_to_59': 0.2, '60_plus': 0.1 },
      spread: { local: 0.2, axial: 0.4, generalized: 0.4 },
    },
  },
  confirmedBy: { sourceIds: ['A'], by: [found('img:brainLesion')] },
  treatment: { action: 'antispasticity_treatment', sourceIds: ['A'], status: 'V' },
  traits: ['upper_motor_neuron_spasticity', 'antispastic_drugs'],
});

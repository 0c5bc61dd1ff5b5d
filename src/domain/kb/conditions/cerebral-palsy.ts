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
      weakness: 0.5,
      'img:brainLesion': 0.6,
      onset: { chronic: 0.97 },
      course: { stable: 0.8 },
      age: { under_18: 0.45, '18_to_39': 0.45, '40_to_59': 0.08, '60_plus': 0.02 },
      spread: { local: 0.2, axial: 0.4, generalized: 0.4 },
    },
  },
  confirmedBy: { sourceIds: ['A'], by: [found('img:brainLesion')] },
  treatment: { action: 'antispasticity_treatment', sourceIds: ['A'], status: 'V' },
  traits: ['upper_motor_neuron_spasticity', 'antispastic_drugs'],
});

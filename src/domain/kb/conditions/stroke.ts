/** @module After a stroke: group and codes, evidence model, what confirms it, what treats it. */
import { condition, found, sct } from './define.js';

export const stroke = condition({
  id: 'stroke',
  group: 'central',
  alsoGroups: [],
  inArticleTable: false,
  sourceIds: ['A'],
  status: 'V',
  codes: [sct('221360009', 'Spasticity')],
  model: {
    prior: 0.025,
    sourceIds: ['A'],
    evidence: {
      'cond:stroke': 0.97,
      // the first-line oral antispastic drug of upper-motor-neuron spasticity [D1] (share: team estimate)
      'med:baclofen': 0.2,
      'f:hemiparesis': 0.85,
      increased_tone: 0.8,
      hyperreflexia: 0.7,
      'f:babinski_sign': 0.45,
      'f:clonus': 0.3,
      'f:focal_neurological_deficit': 0.5,
      'f:dysarthria': 0.3,
      gait_abnormal: 0.7,
      weakness: 0.8,
      'img:brainLesion': 0.9,
      side: { unilateral: 0.7 },
      onset: { chronic: 0.85, gradual: 0.1 },
      course: { stable: 0.65 },
      age: { under_18: 0.01, '18_to_39': 0.04, '40_to_59': 0.25, '60_plus': 0.7 },
      spread: { local: 0.3, axial: 0.4, generalized: 0.3 },
      psfs: { none: 0.05, infrequent: 0.6, frequent: 0.35 },
    },
  },
  confirmedBy: { sourceIds: ['A'], by: [found('img:brainLesion')] },
  treatment: { action: 'antispasticity_treatment', sourceIds: ['A'], status: 'V' },
  traits: ['upper_motor_neuron_spasticity', 'antispastic_drugs'],
});

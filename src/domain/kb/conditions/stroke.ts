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
      // a hand's stroke weakens one or two arm roots' muscles, as a cervical root does (arm_root_deficit; TONUS, P)
      arm_root_deficit: 0.1,
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
      // the spasticity of an old stroke flares over days with a noxious stimulus (a sore, constipation, an
      // infection) as the established cord and brain conditions' do [A] (shares: team estimates, as theirs)
      onset: { sudden: 0.03, acute: 0.1, gradual: 0.12, chronic: 0.75 },
      course: { improving: 0.05, stable: 0.55, worsening: 0.3, relapsing: 0.1 },
      age: { under_18: 0.01, '18_to_39': 0.04, '40_to_59': 0.25, '60_plus': 0.7 },
      spread: { local: 0.3, axial: 0.4, generalized: 0.3 },
      psfs: { none: 0.05, infrequent: 0.6, frequent: 0.35 },
    },
  },
  confirmedBy: { sourceIds: ['A'], by: [found('img:brainLesion')] },
  treatment: { action: 'antispasticity_treatment', sourceIds: ['A'], status: 'V' },
  traits: ['upper_motor_neuron_spasticity', 'antispastic_drugs'],
});

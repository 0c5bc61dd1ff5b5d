/** @module Addison's disease: group and codes, evidence model, what confirms it, what treats it, and its triage floor. */
import { condition, icd, lab, sct } from './define.js';

export const addisonsDisease = condition({
  id: 'addisons_disease',
  group: 'muscle',
  alsoGroups: [],
  inArticleTable: true,
  sourceIds: ['A', 'X1'],
  status: 'V',
  codes: [
    icd('E27.1', 'Primary adrenocortical insufficiency'),
    sct('363732003', "Addison's disease"),
  ],
  model: {
    prior: 0.012,
    sourceIds: ['X1', 'R7'],
    evidence: {
      'f:hyperpigmentation': 0.8,
      'f:salt_craving': 0.5,
      'f:fatigue': 0.9,
      'f:unexplained_weight_loss': 0.7,
      'f:orthostatic_dizziness': 0.6,
      'f:abdominal_pain': 0.35,
      'f:vomiting': 0.3,
      'f:generalized_weakness': 0.5,
      // kb 1.17.0: denervation on the EMG is a nerve's or a motor neuron's sign [X8], not a salt's (dev-3659; TONUS)
      'emg:denervation': 0.02,
      'f:muscle_cramps': 0.4,
      'lab:sodium': { low: 0.7, normal: 0.29, high: 0.01 },
      'lab:potassium': { low: 0.04, normal: 0.46, high: 0.5 },
      'lab:cortisol': { low: 0.85, indeterminate: 0.149, normal: 0.001 },
      'lab:acth': { high: 0.9 },
      'lab:glycaemia': { low: 0.15 },
      bp: { shock: 0.05, low: 0.45, normal: 0.5 },
      'cond:autoimmune_disease': 0.3,
      onset: { sudden: 0.02, acute: 0.08, gradual: 0.55, chronic: 0.35 },
      course: { worsening: 0.6 },
      spread: { local: 0.2, axial: 0.35, generalized: 0.45 },
      age: { '18_to_39': 0.35, '40_to_59': 0.4 },
      'trig:none': 0.6,
    },
  },
  confirmedBy: { sourceIds: ['X1'], by: [lab('lab:cortisol', 'low'), lab('lab:acth', 'high')] },
  treatment: {
    action: 'urgent_endocrinology_steroid_replacement',
    sourceIds: ['X1', 'R7'],
    status: 'P',
  },
  floor: {
    id: 'CX-ADRENAL',
    version: 1,
    level: 'consultation_24',
    minProbability: 0.6,
    sourceIds: ['X1', 'TONUS'],
    status: 'P',
  },
});

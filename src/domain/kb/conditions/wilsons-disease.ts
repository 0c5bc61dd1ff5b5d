/** @module Wilson's disease: group and codes, evidence model, what confirms it, what treats it. */
import { condition, icd, lab, sct } from './define.js';

export const wilsonsDisease = condition({
  id: 'wilsons_disease',
  group: 'central',
  alsoGroups: [],
  inArticleTable: true,
  sourceIds: ['A', 'X2', 'X3'],
  status: 'V',
  codes: [icd('E83.01', "Wilson's disease"), sct('88518009', 'Wilson disease', 'P', 'C5')],
  model: {
    prior: 0.003,
    sourceIds: ['X2', 'X3'],
    evidence: {
      'f:kayser_fleischer_rings': 0.9,
      'lab:ceruloplasmin': { low: 0.92 },
      'lab:copper': { low: 0.6 },
      'f:tremor': 0.6,
      'f:dystonia': 0.45,
      'f:dysarthria': 0.6,
      'f:drooling': 0.3,
      'f:jaundice': 0.25,
      'f:psychiatric_change': 0.4,
      'cond:liver_disease': 0.45,
      'lab:alt': { raised: 0.6 },
      'f:family_history_neurological': 0.2,
      'f:rigidity': 0.2,
      'f:fatigue': 0.3,
      gait_abnormal: 0.3,
      'img:brainLesion': 0.5,
      'img:brainIronDeposition': 0.02,
      'img:eyeOfTheTigerSign': 0.01,
      age: { under_18: 0.25, '18_to_39': 0.65, '40_to_59': 0.095, '60_plus': 0.005 },
      onset: { sudden: 0.01, acute: 0.04, gradual: 0.55, chronic: 0.4 },
      course: { worsening: 0.8 },
      spread: { local: 0.1, axial: 0.45, generalized: 0.45 },
    },
  },
  confirmedBy: {
    sourceIds: ['X2', 'X3'],
    by: [lab('lab:ceruloplasmin', 'low'), lab('lab:copper', 'low')],
  },
  treatment: {
    action: 'hepatology_neurology_copper_treatment',
    sourceIds: ['X2', 'X3'],
    status: 'P',
  },
});

/** @module Low calcium (hypocalcaemia): group and codes, evidence model, what confirms it, what treats it, and its triage floor. */
import { condition, icd, lab, sct } from './define.js';

export const hypocalcemia = condition({
  id: 'hypocalcemia',
  group: 'muscle',
  alsoGroups: [],
  inArticleTable: true,
  sourceIds: ['A', 'L1', 'L8'],
  status: 'V',
  codes: [icd('E83.51', 'Hypocalcemia'), sct('5291005', 'Hypocalcemia')],
  model: {
    prior: 0.03,
    sourceIds: ['L1', 'L8'],
    evidence: {
      'lab:calcium': { critical_low: 0.25, low: 0.72, normal: 0.025, high: 0.005 },
      'lab:magnesium': { low: 0.2 },
      'cond:neck_surgery_thyroid_parathyroid': 0.35,
      'cond:chronic_kidney_disease': 0.12,
      'cond:malabsorption': 0.08,
      'f:perioral_paraesthesia': 0.6,
      // kb 1.17.0: denervation on the EMG is a nerve's or a motor neuron's sign [X8], not a salt's (dev-3659; TONUS)
      'emg:denervation': 0.02,
      'f:carpopedal_spasm': 0.5,
      'f:chvostek_sign': 0.45,
      'f:trousseau_sign': 0.4,
      'f:laryngospasm': 0.05,
      'f:seizures': 0.06,
      'f:ecg_long_qt': 0.3,
      'f:muscle_cramps': 0.7,
      'f:muscle_twitching': 0.3,
      'f:fatigue': 0.3,
      onset: { sudden: 0.15, acute: 0.45, gradual: 0.3, chronic: 0.1 },
      spread: { local: 0.15, axial: 0.25, generalized: 0.6 },
      'trig:none': 0.6,
    },
  },
  confirmedBy: { sourceIds: ['L1', 'L8'], by: [lab('lab:calcium', 'critical_low', 'low')] },
  treatment: {
    action: 'replace_calcium_check_magnesium_pth_vitamin_d',
    sourceIds: ['L1', 'L8'],
    status: 'P',
  },
  // more likely than not: a calcium within a day (low magnesium, the usual alternative with the same
  // tingling, needs the same blood test)
  floor: {
    id: 'CX-HYPOCALCAEMIA',
    level: 'consultation_24',
    minProbability: 0.5,
    sourceIds: ['L8', 'TONUS'],
    status: 'P',
  },
});

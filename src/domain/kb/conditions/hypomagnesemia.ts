/** @module Low magnesium (hypomagnesaemia): group and codes, evidence model, what confirms it, what treats it. */
import { condition, icd, lab, sct } from './define.js';

export const hypomagnesemia = condition({
  id: 'hypomagnesemia',
  group: 'muscle',
  alsoGroups: [],
  inArticleTable: true,
  sourceIds: ['A', 'L3', 'L4'],
  status: 'V',
  codes: [icd('E83.42', 'Hypomagnesemia'), sct('190855004', 'Hypomagnesemia')],
  model: {
    prior: 0.04,
    sourceIds: ['L3', 'L4'],
    evidence: {
      'lab:magnesium': { low: 0.95, normal: 0.04, high: 0.01 },
      'med:proton_pump_inhibitor': 0.45,
      'cond:alcohol_use_disorder': 0.35,
      'med:thiazide_diuretic': 0.15,
      'med:loop_diuretic': 0.15,
      'cond:malabsorption': 0.12,
      'f:diarrhoea': 0.2,
      'f:tremor': 0.45,
      'f:muscle_twitching': 0.45,
      'f:chvostek_sign': 0.25,
      'f:carpopedal_spasm': 0.12,
      'f:trousseau_sign': 0.1,
      'f:seizures': 0.04,
      'f:arrhythmia': 0.1,
      'f:perioral_paraesthesia': 0.15,
      // kb 1.17.0: denervation on the EMG is a nerve's or a motor neuron's sign [X8], not a salt's (dev-3659; TONUS)
      'emg:denervation': 0.02,
      'f:muscle_cramps': 0.6,
      // kb 1.44.0: a low salt makes the nerves and muscles irritable [L3], but an up-going toe is a cord's or a brain's sign, not a
      // salt's, as for a low potassium (dev-16318, a first multiple sclerosis imaged, was led by a magnesium nobody
      // measured; team estimate, UNVERIFIED)
      'f:babinski_sign': 0.01,
      'lab:potassium': { severe_low: 0.05, low: 0.4, normal: 0.55 },
      'lab:calcium': { critical_low: 0.03, low: 0.35, normal: 0.62 },
      spread: { local: 0.15, axial: 0.4, generalized: 0.45 },
      onset: { sudden: 0.05, acute: 0.3, gradual: 0.5, chronic: 0.15 },
      'trig:none': 0.6,
      age: { '60_plus': 0.4 },
    },
  },
  confirmedBy: { sourceIds: ['L3', 'L4'], by: [lab('lab:magnesium', 'low')] },
  treatment: {
    action: 'replace_magnesium_and_review_ppi_diuretic_alcohol',
    sourceIds: ['L3', 'L4'],
    status: 'V',
  },
});

/** @module Low potassium (hypokalaemia): group and codes, evidence model, what confirms it, what treats it. */
import { condition, icd, lab, sct } from './define.js';

export const hypokalemia = condition({
  id: 'hypokalemia',
  group: 'muscle',
  alsoGroups: [],
  inArticleTable: true,
  sourceIds: ['A', 'L2'],
  status: 'V',
  codes: [icd('E87.6', 'Hypokalemia'), sct('43339004', 'Hypokalemia')],
  model: {
    prior: 0.05,
    sourceIds: ['L2'],
    evidence: {
      'lab:potassium': { severe_low: 0.15, low: 0.83, normal: 0.015, high: 0.005 },
      'lab:magnesium': { low: 0.25 },
      'med:thiazide_diuretic': 0.35,
      'med:loop_diuretic': 0.2,
      'med:laxative': 0.15,
      'med:corticosteroid_long_term': 0.05,
      'cond:alcohol_use_disorder': 0.1,
      'cond:eating_disorder': 0.05,
      'f:vomiting': 0.3,
      'f:diarrhoea': 0.35,
      'f:generalized_weakness': 0.4,
      'f:palpitations': 0.25,
      'f:ecg_u_waves_or_flat_t': 0.4,
      'f:arrhythmia': 0.12,
      'f:muscle_cramps': 0.65,
      // kb 1.17.0: denervation on the EMG is a nerve's or a motor neuron's sign [X8], not a salt's (dev-3659; TONUS)
      'emg:denervation': 0.02,
      // kb 1.18.0: a low potassium weakens the muscle and dulls the reflexes [L2]; brisk reflexes and an
      // up-going toe are a cord's or a brain's (dev-4371, a cervical myelopathy; team estimates, UNVERIFIED)
      hyperreflexia: 0.03,
      'f:babinski_sign': 0.01,
      'f:fatigue': 0.4,
      weakness: 0.3,
      spread: { local: 0.1, axial: 0.35, generalized: 0.55 },
      onset: { sudden: 0.1, acute: 0.35, gradual: 0.45, chronic: 0.1 },
      'trig:none': 0.6,
      'trig:exercise': 0.05,
      'trig:lifting': 0.03,
      'f:paraspinal_tenderness': 0.3,
      'f:relief_at_rest': 0.2,
    },
  },
  confirmedBy: { sourceIds: ['L2'], by: [lab('lab:potassium', 'severe_low', 'low')] },
  treatment: { action: 'replace_potassium_and_review_losses', sourceIds: ['L2'], status: 'V' },
});

/** @module Benign fasciculation and cramp syndrome: group and codes, evidence model, what confirms it, what treats it. */
import { condition, found, icd } from './define.js';

export const benignFasciculationCrampSyndrome = condition({
  id: 'benign_fasciculation_cramp_syndrome',
  group: 'nerve',
  alsoGroups: [],
  inArticleTable: true,
  sourceIds: ['A', 'X5'],
  status: 'P',
  // no specific ICD-10-CM code exists; the reference suggests R25.2 with R25.3 [C1]
  codes: [icd('R25.2', 'Cramp and spasm'), icd('R25.3', 'Fasciculation')],
  model: {
    prior: 0.03,
    sourceIds: ['X5'],
    // the syndrome is its cramps and its twitching [X5]: with neither told nor seen it does not stand, however young,
    // stressed or mildly sore the patient (dev-18829, dev-18967: desk strains that led with it on their background)
    standsWithAnyOf: [
      'f:muscle_cramps',
      'f:muscle_twitching',
      'f:fasciculations_visible',
      'emg:fasciculations',
    ],
    evidence: {
      'f:fasciculations_visible': 0.85,
      'f:muscle_twitching': 0.85,
      'emg:fasciculations': 0.95,
      'emg:denervation': 0.02,
      'f:muscle_wasting': 0.01,
      'f:progressive_weakness': 0.01,
      weakness: 0.03,
      hyperreflexia: 0.03,
      reflexes_reduced: 0.03,
      'f:muscle_cramps': 0.85,
      'trig:exercise': 0.5,
      'trig:stress': 0.25,
      'trig:none': 0.3,
      'f:fatigue': 0.3,
      'f:distal_numbness': 0.05,
      sensory_deficit: 0.02,
      onset: { sudden: 0.05, acute: 0.1, gradual: 0.5, chronic: 0.35 },
      course: { improving: 0.05, stable: 0.6, worsening: 0.1, relapsing: 0.25 },
      age: { under_18: 0.05, '18_to_39': 0.6, '40_to_59': 0.3, '60_plus': 0.05 },
      spread: { local: 0.2, axial: 0.2, generalized: 0.6 },
      'lab:ck': { normal: 0.7, raised: 0.299, very_high: 0.001 },
      // a diagnosis of exclusion [X5]: made once the salts are found normal, so a low magnesium or potassium beside
      // the cramps and twitching is read as their cause until corrected, not as the benign syndrome (dev-5860, a
      // runner on a PPI with magnesium 1.4 mg/dL). A high value keeps the share it had (the review of stop 41); a
      // severely low potassium cannot go below the classifier's floor of 0.001, its own rules are the safety net
      'lab:potassium': { normal: 0.985, low: 0.003, severe_low: 0.001, high: 0.011 },
      'lab:magnesium': { normal: 0.9895, low: 0.003, high: 0.0075 },
      'lab:tsh': { normal: 0.97 },
      pain: { none: 0.1, mild: 0.5, moderate: 0.35, severe: 0.05 },
    },
  },
  confirmedBy: { sourceIds: ['X5'], by: [found('emg:fasciculations')] },
  treatment: { action: 'reassure_diagnosis_of_exclusion', sourceIds: ['X5'], status: 'P' },
});

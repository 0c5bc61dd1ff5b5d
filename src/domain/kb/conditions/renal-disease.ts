/** @module Kidney disease: group and codes, evidence model, what confirms it, what treats it. */
import { condition, icd, lab, sct } from './define.js';

export const renalDisease = condition({
  id: 'renal_disease',
  group: 'muscle',
  alsoGroups: [],
  inArticleTable: true,
  sourceIds: ['A', 'L7', 'X9'],
  status: 'V',
  codes: [
    icd('N18.9', 'Chronic kidney disease, unspecified'),
    sct('709044004', 'Chronic kidney disease'),
  ],
  model: {
    prior: 0.04,
    sourceIds: ['L7', 'X9'],
    evidence: {
      'cond:chronic_kidney_disease': 0.9,
      'cond:dialysis': 0.5,
      'trig:dialysis': 0.45,
      'cond:diabetes_mellitus': 0.45,
      'lab:egfr': { failure: 0.5, reduced: 0.45, normal: 0.05 },
      'lab:creatinine': { high: 0.92 },
      'lab:potassium': { high: 0.15 },
      'lab:calcium': { low: 0.2 },
      'med:loop_diuretic': 0.3,
      'med:antihypertensive_other': 0.5,
      'f:muscle_cramps': 0.85,
      'f:fatigue': 0.4,
      course: { improving: 0.05, stable: 0.3, worsening: 0.2, relapsing: 0.45 },
      onset: { chronic: 0.55, gradual: 0.35 },
      spread: { local: 0.2, axial: 0.2, generalized: 0.6 },
      age: { '40_to_59': 0.3, '60_plus': 0.6 },
      'trig:none': 0.3,
    },
  },
  confirmedBy: {
    sourceIds: ['L7'],
    by: [lab('lab:egfr', 'failure', 'reduced'), lab('lab:creatinine', 'high')],
  },
  treatment: {
    action: 'nephrology_and_dialysis_prescription_review',
    sourceIds: ['L7', 'X9'],
    status: 'P',
  },
});

/** @module Tourette syndrome: group and codes, evidence model, what confirms it, what treats it. */
import { condition, icd, sct } from './define.js';

export const touretteSyndrome = condition({
  id: 'tourette_syndrome',
  group: 'central',
  alsoGroups: [],
  inArticleTable: true,
  sourceIds: ['A', 'X4'],
  status: 'V',
  codes: [icd('F95.2', "Tourette's disorder"), sct('5158005', "Gilles de la Tourette's syndrome")],
  model: {
    prior: 0.008,
    sourceIds: ['X4'],
    evidence: {
      'f:motor_tics': 0.95,
      'f:vocal_tics': 0.8,
      'f:premonitory_urge': 0.8,
      'f:tics_suppressible': 0.75,
      'cond:adhd_or_ocd': 0.5,
      'trig:stress': 0.4,
      // kb 1.17.0: a tic is a brief movement, not a cramp, and is not brought on by exercise [X4] (dev-3864, a
      // child's tight back after football with calf cramps; team estimate)
      'f:muscle_cramps': 0.1,
      'trig:exercise': 0.05,
      'f:myoclonus': 0.05,
      'f:dystonia': 0.03,
      weakness: 0.01,
      hyperreflexia: 0.02,
      age: { under_18: 0.8, '18_to_39': 0.18, '40_to_59': 0.015, '60_plus': 0.005 },
      onset: { gradual: 0.2, chronic: 0.8 },
      course: { improving: 0.05, stable: 0.3, worsening: 0.1, relapsing: 0.55 },
      pain: { none: 0.4, mild: 0.45, moderate: 0.13, severe: 0.02 },
      spread: { local: 0.2, axial: 0.6, generalized: 0.2 },
    },
  },
  confirmedBy: { sourceIds: ['X4'], by: [] },
  treatment: { action: 'tic_specialist_care', sourceIds: ['X4'], status: 'UNVERIFIED' },
});

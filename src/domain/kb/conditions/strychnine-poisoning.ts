/** @module Strychnine poisoning: group and codes, evidence model, what confirms it, what treats it, and its triage floor. */
import { condition, icd } from './define.js';

export const strychninePoisoning = condition({
  id: 'strychnine_poisoning',
  group: 'nerve',
  alsoGroups: ['central'],
  inArticleTable: true,
  sourceIds: ['A', 'X6'],
  status: 'P',
  codes: [
    icd('T65.1X1A', 'Toxic effect of strychnine and its salts, accidental, initial encounter'),
  ],
  model: {
    prior: 0.002,
    sourceIds: ['X6'],
    evidence: {
      'exp:strychnine_or_rodenticide': 0.85,
      'exp:unknown_powder_or_street_drug': 0.15,
      'trig:stimulus': 0.85,
      'f:consciousness_preserved_during_spasms': 0.92,
      'f:opisthotonus': 0.6,
      'f:trismus': 0.5,
      'f:risus_sardonicus': 0.4,
      'f:startle_exaggerated': 0.6,
      'f:rigidity': 0.4,
      'f:breathing_difficulty': 0.3,
      'f:dark_urine': 0.1,
      'f:wound_recent': 0.02,
      'exp:penetrating_wound': 0.01,
      hyperreflexia: 0.5,
      fever: 0.5,
      tachycardia: 0.7,
      tachypnoea: 0.5,
      // its spasms leave the patient fully conscious [X6]: a clouded mind counts against it (below its baseline of 0.02;
      // 1.46.0, it was above it, and a cerebral palsy's fever with confusion and arching led as a poisoning)
      ams: 0.01,
      'lab:ck': { normal: 0.3, raised: 0.4, very_high: 0.3 },
      onset: { sudden: 0.95, acute: 0.05, gradual: 0.001, chronic: 0.001 },
      course: { worsening: 0.7, improving: 0.2 },
      spread: { local: 0.001, axial: 0.1, generalized: 0.9 },
      pain: { severe: 0.8 },
      age: { '18_to_39': 0.5, '40_to_59': 0.25 },
    },
  },
  // a strychnine level confirms it later [X6]; the case vocabulary has none
  confirmedBy: { sourceIds: ['X6'], by: [] },
  treatment: { action: 'benzodiazepines_airway_supportive_care', sourceIds: ['X6'], status: 'P' },
  floor: {
    id: 'CX-STRYCHNINE',
    version: 1,
    level: 'emergency_ambulance',
    minProbability: 0.6,
    sourceIds: ['X6'],
    status: 'P',
  },
});

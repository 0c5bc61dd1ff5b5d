/** @module Serotonin syndrome: group and codes, evidence model, what confirms it, what treats it, and its triage floor. */
import { condition } from './define.js';

export const serotoninSyndrome = condition({
  id: 'serotonin_syndrome',
  group: null,
  alsoGroups: [],
  inArticleTable: false,
  sourceIds: ['FORMAT', 'TONUS'],
  status: 'UNVERIFIED',
  codes: [],
  model: {
    prior: 0.002,
    sourceIds: ['FORMAT'],
    evidence: {
      // the syndrome is the drug's: with the medicines asked and none of them one, a fever, a fast pulse and
      // clonus or brisk reflexes are something else (a baclofen withdrawal in a cord injury or a cerebral
      // palsy, dev-6484, dev-5489); at 0.99 the picture alone still outweighed the missing drug.
      // RF-RIGID-AUTONOMIC keeps the emergency that the syndrome's floor no longer gives
      'med:serotonergic_drug': 0.999,
      'med:dopamine_antagonist': 0.1,
      'f:clonus': 0.8,
      hyperreflexia: 0.8,
      'f:myoclonus': 0.5,
      'f:tremor': 0.7,
      'f:heavy_sweating': 0.6,
      'f:diarrhoea': 0.45,
      'f:vomiting': 0.2,
      fever: 0.5,
      ams: 0.5,
      tachycardia: 0.75,
      'f:rigidity': 0.3,
      onset: { sudden: 0.4, acute: 0.58, gradual: 0.02, chronic: 0.001 },
      course: { worsening: 0.7 },
      spread: { local: 0.05, axial: 0.1, generalized: 0.85 },
    },
  },
  confirmedBy: { sourceIds: ['FORMAT'], by: [] },
  treatment: {
    action: 'stop_serotonergic_drug_emergency_care',
    sourceIds: ['TONUS'],
    status: 'UNVERIFIED',
  },
  floor: {
    id: 'CX-SEROTONIN',
    version: 1,
    level: 'emergency',
    minProbability: 0.6,
    sourceIds: ['TONUS'],
    status: 'UNVERIFIED',
  },
});

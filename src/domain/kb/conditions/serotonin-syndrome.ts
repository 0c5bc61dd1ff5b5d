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
      'med:serotonergic_drug': 0.99,
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
    level: 'emergency',
    minProbability: 0.6,
    sourceIds: ['TONUS'],
    status: 'UNVERIFIED',
  },
});

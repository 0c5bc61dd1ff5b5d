/** @module Neuroleptic malignant syndrome: group and codes, evidence model, what confirms it, what treats it, and its triage floor. */
import { condition } from './define.js';

export const neurolepticMalignantSyndrome = condition({
  id: 'neuroleptic_malignant_syndrome',
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
      // the syndrome is the drug's: with the medicines asked and none of them one, a fever, a confused mind
      // and rigidity are something else (a baclofen withdrawal in a cord injury or a cerebral palsy, dev-6484,
      // dev-5489); at 0.99 the picture alone still outweighed the missing drug. RF-RIGID-AUTONOMIC keeps the
      // emergency that the syndrome's floor no longer gives
      'med:dopamine_antagonist': 0.999,
      'med:serotonergic_drug': 0.2,
      'f:rigidity': 0.95,
      fever: 0.9,
      ams: 0.75,
      'f:heavy_sweating': 0.55,
      tachycardia: 0.75,
      'f:tremor': 0.4,
      'f:dysphagia': 0.3,
      'f:dark_urine': 0.2,
      hyperreflexia: 0.1,
      'f:clonus': 0.05,
      'f:myoclonus': 0.05,
      'lab:ck': { normal: 0.05, raised: 0.35, very_high: 0.6 },
      onset: { sudden: 0.05, acute: 0.85, gradual: 0.1, chronic: 0.001 },
      course: { worsening: 0.85 },
      spread: { local: 0.01, axial: 0.09, generalized: 0.9 },
    },
  },
  confirmedBy: { sourceIds: ['FORMAT'], by: [] },
  treatment: {
    action: 'stop_dopamine_antagonist_emergency_care',
    sourceIds: ['TONUS'],
    status: 'UNVERIFIED',
  },
  floor: {
    id: 'CX-NMS',
    version: 1,
    level: 'emergency',
    minProbability: 0.6,
    sourceIds: ['TONUS'],
    status: 'UNVERIFIED',
  },
});

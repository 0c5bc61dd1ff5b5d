/** @module Encephalitis (brain infection or inflammation): group and codes, evidence model, what confirms it, what treats it, and its triage floor. */
import { condition, found, icd, sct } from './define.js';

export const encephalitis = condition({
  id: 'encephalitis',
  group: 'central',
  alsoGroups: [],
  inArticleTable: true,
  sourceIds: ['A', 'R6'],
  status: 'V',
  codes: [
    icd('G04.90', 'Encephalitis and encephalomyelitis, unspecified'),
    sct('45170000', 'Encephalitis'),
  ],
  model: {
    prior: 0.005,
    sourceIds: ['R6', 'GRAUS2016'],
    evidence: {
      // autoimmune encephalitis, about as common as the infectious kind, is often without fever and comes on
      // over days to weeks ("subacute onset, under 3 months" [GRAUS2016]): the shares mix the two (team estimate)
      fever: 0.7,
      ams: 0.92,
      csf_pleocytosis: 0.85,
      'f:headache': 0.7,
      'f:seizures': 0.5,
      'f:focal_neurological_deficit': 0.35,
      'f:neck_stiffness': 0.3,
      'f:psychiatric_change': 0.35,
      'f:myoclonus': 0.12,
      'f:rigidity': 0.12,
      // movement disorders (dystonia, orofacial dyskinesia) are among the focal findings of autoimmune
      // encephalitis [GRAUS2016] (share: team estimate)
      'f:dystonia': 0.12,
      'f:vomiting': 0.3,
      'cond:immunosuppression': 0.15,
      'exp:travel_or_insect_bite': 0.2,
      'img:brainLesion': 0.55,
      tachycardia: 0.6,
      onset: { sudden: 0.1, acute: 0.6, gradual: 0.3, chronic: 0.001 },
      course: { worsening: 0.9 },
      spread: { local: 0.1, axial: 0.2, generalized: 0.7 },
    },
  },
  confirmedBy: { sourceIds: ['R6'], by: [found('csf_pleocytosis')] },
  treatment: { action: 'empirical_antiviral_lumbar_puncture_mri', sourceIds: ['R6'], status: 'P' },
  floor: {
    id: 'CX-ENCEPHALITIS',
    version: 1,
    level: 'emergency',
    minProbability: 0.6,
    sourceIds: ['R6'],
    status: 'V',
  },
});

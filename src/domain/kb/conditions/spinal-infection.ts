/** @module Spinal infection: group and codes, evidence model, what confirms it, what treats it, and its triage floor. */
import { condition, found, icd } from './define.js';

export const spinalInfection = condition({
  id: 'spinal_infection',
  group: null,
  alsoGroups: [],
  inArticleTable: false,
  sourceIds: ['R3'],
  status: 'V',
  codes: [
    icd('M46.40', 'Discitis, unspecified, site unspecified', 'P'),
    icd('G06.1', 'Intraspinal abscess and granuloma'),
  ],
  model: {
    prior: 0.006,
    sourceIds: ['R3'],
    evidence: {
      fever: 0.7,
      'f:rigors': 0.35,
      'f:midline_bony_tenderness': 0.6,
      'f:paraspinal_tenderness': 0.7,
      'exp:injection_drug_use': 0.3,
      'exp:recent_spinal_procedure': 0.15,
      'cond:immunosuppression': 0.25,
      'cond:diabetes_mellitus': 0.3,
      'lab:inflammation': { normal: 0.05, raised: 0.95 },
      'img:discitisOrAbscess': 0.95,
      'f:pain_at_night_or_lying': 0.5,
      'f:relief_at_rest': 0.1,
      'f:unexplained_weight_loss': 0.15,
      tachycardia: 0.5,
      weakness: 0.2,
      // an abscess in the neck presses on a root as a disc does, taking its reflex first (arm_reflex_root_sign; TONUS, P)
      arm_reflex_root_sign: 0.05,
      'region:lumbar': 0.7,
      'region:thoracic': 0.35,
      onset: { sudden: 0.05, acute: 0.5, gradual: 0.45, chronic: 0.001 },
      course: { worsening: 0.9 },
      pain: { none: 0.001, mild: 0.03, moderate: 0.27, severe: 0.7 },
      spread: { local: 0.85 },
    },
  },
  confirmedBy: { sourceIds: ['R3'], by: [found('img:discitisOrAbscess')] },
  treatment: { action: 'cultures_imaging_antibiotics', sourceIds: ['R3'], status: 'UNVERIFIED' },
  floor: {
    id: 'CX-SPINAL-INFECTION',
    level: 'consultation_24',
    minProbability: 0.6,
    sourceIds: ['R3'],
    status: 'V',
  },
  traits: ['structural'],
});

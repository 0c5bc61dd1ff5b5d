/** @module Cauda equina syndrome: group and codes, evidence model, what confirms it, what treats it, and its triage floor. */
import { condition, found, icd, sct } from './define.js';

export const caudaEquinaSyndrome = condition({
  id: 'cauda_equina_syndrome',
  group: null,
  alsoGroups: [],
  inArticleTable: false,
  sourceIds: ['R3', 'R4'],
  status: 'V',
  codes: [icd('G83.4', 'Cauda equina syndrome'), sct('192970008', 'Cauda equina syndrome')],
  model: {
    prior: 0.005,
    sourceIds: ['R3', 'R4'],
    evidence: {
      'f:saddle_anaesthesia': 0.85,
      'f:urinary_retention': 0.7,
      'f:urinary_incontinence': 0.35,
      'f:faecal_incontinence': 0.25,
      'f:reduced_anal_tone': 0.6,
      'f:altered_bladder_sensation': 0.6,
      'f:bilateral_leg_weakness': 0.6,
      // leg pain is common but not the rule: a numb saddle may be all there is (team estimate, was 0.85)
      'f:radicular_leg_pain': 0.7,
      'img:caudaEquinaCompression': 0.95,
      'img:discHerniation': 0.7,
      'region:lumbar': 0.97,
      onset: { sudden: 0.3, acute: 0.5, gradual: 0.15, chronic: 0.05 },
      course: { worsening: 0.8, stable: 0.15 },
      pain: { severe: 0.6, moderate: 0.35 },
      sensory_deficit: 0.7,
      reflexes_reduced: 0.5,
      weakness: 0.6,
      'trig:lifting': 0.25,
    },
  },
  confirmedBy: { sourceIds: ['R3', 'R4'], by: [found('img:caudaEquinaCompression')] },
  treatment: { action: 'emergency_decompression_pathway', sourceIds: ['R3', 'R4'], status: 'P' },
  floor: {
    id: 'CX-CAUDA-EQUINA',
    version: 1,
    level: 'emergency',
    minProbability: 0.6,
    sourceIds: ['R3', 'R4'],
    status: 'V',
  },
  traits: ['structural'],
});

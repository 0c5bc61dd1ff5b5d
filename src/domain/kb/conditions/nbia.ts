/** @module Neurodegeneration with brain iron accumulation (NBIA): group and codes, evidence model, what confirms it, what treats it. */
import { condition, found, icd, sct } from './define.js';

export const nbia = condition({
  id: 'nbia',
  group: 'nerve',
  alsoGroups: ['central'],
  inArticleTable: true,
  sourceIds: ['A', 'X7'],
  status: 'P',
  codes: [
    icd('G23.0', 'Hallervorden-Spatz disease'),
    sct('2992000', 'Pantothenate kinase-associated neurodegeneration', 'P', 'C5'),
  ],
  model: {
    // about a tenth of Wilson's disease's (wilsons-disease.ts), its look-alike in a young person with
    // dystonia: NBIA is counted in 1 to 3 per million [X7], Wilson's disease in about 1 in 30,000 [X2] (P)
    prior: 0.0003,
    sourceIds: ['X7'],
    evidence: {
      'f:dystonia': 0.9,
      'f:opisthotonus': 0.35,
      'f:dysarthria': 0.7,
      'f:family_history_neurological': 0.45,
      'f:pigmentary_retinopathy': 0.25,
      'f:rigidity': 0.35,
      'f:psychiatric_change': 0.25,
      // a degeneration over years: an acute confusion or a first seizure points to something else, such as
      // an encephalitis with movements and arching (team estimate, P)
      ams: 0.005,
      'f:seizures': 0.005,
      'f:tremor': 0.2,
      'f:drooling': 0.15,
      'f:kayser_fleischer_rings': 0.005,
      'f:jaundice': 0.01,
      increased_tone: 0.4,
      hyperreflexia: 0.3,
      gait_abnormal: 0.6,
      'img:brainIronDeposition': 0.95,
      'img:eyeOfTheTigerSign': 0.6,
      'img:brainLesion': 0.3,
      'lab:ceruloplasmin': { low: 0.03 },
      onset: { sudden: 0.01, acute: 0.01, gradual: 0.28, chronic: 0.7 },
      course: { worsening: 0.85, stable: 0.1 },
      age: { under_18: 0.55, '18_to_39': 0.4, '40_to_59': 0.04, '60_plus': 0.01 },
      spread: { local: 0.05, axial: 0.5, generalized: 0.45 },
      pain: { none: 0.2, mild: 0.4 },
    },
  },
  confirmedBy: {
    sourceIds: ['X7'],
    by: [found('img:brainIronDeposition'), found('img:eyeOfTheTigerSign')],
  },
  treatment: { action: 'neurology_and_genetic_testing', sourceIds: ['X7'], status: 'P' },
  traits: ['antispastic_drugs'],
});

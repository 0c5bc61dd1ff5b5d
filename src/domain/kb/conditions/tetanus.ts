/** @module Tetanus: group and codes, evidence model, what confirms it, what treats it, and its triage floor. */
import { condition, icd, sct } from './define.js';

export const tetanus = condition({
  id: 'tetanus',
  group: null,
  alsoGroups: [],
  inArticleTable: false,
  sourceIds: ['C1', 'C3'],
  status: 'V',
  codes: [icd('A35', 'Other tetanus'), sct('76902006', 'Tetanus')],
  model: {
    prior: 0.002,
    sourceIds: ['C1', 'C3'],
    evidence: {
      'f:trismus': 0.85,
      'f:risus_sardonicus': 0.4,
      'f:opisthotonus': 0.4,
      'f:wound_recent': 0.65,
      'exp:penetrating_wound': 0.6,
      'exp:injection_drug_use': 0.1,
      'f:tetanus_vaccination_up_to_date': 0.05,
      'f:consciousness_preserved_during_spasms': 0.9,
      'trig:stimulus': 0.5,
      'f:dysphagia': 0.4,
      'f:neck_stiffness': 0.45,
      'f:rigidity': 0.6,
      'f:breathing_difficulty': 0.2,
      // kb 1.17.0: a rigidity with the feeling whole, not a weakness or a numbness: an ascending weakness that
      // reaches the swallowing is not tetanus without a wound or a locked jaw (dev-3737; TONUS, team estimate)
      'f:distal_numbness': 0.02,
      'f:generalized_weakness': 0.03,
      'exp:strychnine_or_rodenticide': 0.0005,
      'region:cervical': 0.7,
      fever: 0.3,
      ams: 0.02,
      tachycardia: 0.4,
      onset: { sudden: 0.05, acute: 0.85, gradual: 0.1, chronic: 0.001 },
      course: { worsening: 0.9 },
      spread: { local: 0.05, axial: 0.5, generalized: 0.45 },
      age: { '40_to_59': 0.3, '60_plus': 0.5 },
    },
  },
  confirmedBy: { sourceIds: ['C1'], by: [] },
  treatment: { action: 'emergency_tetanus_care', sourceIds: ['TONUS'], status: 'UNVERIFIED' },
  floor: {
    id: 'CX-TETANUS',
    version: 1,
    level: 'emergency_ambulance',
    minProbability: 0.6,
    sourceIds: ['C1', 'TONUS'],
    status: 'UNVERIFIED',
  },
});

/** @module Peripheral neuropathy: group and codes, evidence model, what confirms it, what treats it. */
import { condition, found, icd, sct } from './define.js';

export const peripheralNeuropathy = condition({
  id: 'peripheral_neuropathy',
  group: 'nerve',
  alsoGroups: [],
  inArticleTable: true,
  sourceIds: ['A', 'X8'],
  status: 'V',
  codes: [icd('G62.9', 'Polyneuropathy, unspecified'), sct('42345000', 'Polyneuropathy')],
  model: {
    prior: 0.05,
    sourceIds: ['X8'],
    evidence: {
      // a plexus or an entrapped nerve weakens the muscles of one or two arm roots, as a cervical root does (arm_root_deficit; TONUS, P)
      arm_root_deficit: 0.1,
      // and can take one or two arm reflexes with them (arm_reflex_root_sign; TONUS, P)
      arm_reflex_root_sign: 0.05,
      'f:distal_numbness': 0.8,
      'f:burning_feet': 0.55,
      'f:stocking_glove_sensory_loss': 0.7,
      ankle_reflex_reduced: 0.7,
      reflexes_reduced: 0.7,
      weakness: 0.3,
      sensory_deficit: 0.8,
      // a neuropathy takes the reflexes away [X8]: an up-going toe is the cord's or the brain's (a cervical myelopathy's
      // numb, clumsy hands and unsteady walk are not a neuropathy's; B12's combined degeneration keeps a share)
      // (TONUS, P; team estimate)
      'f:babinski_sign': 0.02,
      // kb 1.17.0: a weakness getting worse (an ascending Guillain–Barré, a motor neuropathy) is a nerve's more
      // than a salt's cramp [X8] (dev-3665, dev-3737; team estimate)
      'f:progressive_weakness': 0.12,
      'f:muscle_cramps': 0.6,
      'f:pain_at_night_or_lying': 0.25,
      'cond:diabetes_mellitus': 0.55,
      'cond:alcohol_use_disorder': 0.15,
      'med:chemotherapy': 0.1,
      'lab:b12': { low: 0.15 },
      'lab:glycaemia': { diabetic: 0.5 },
      'lab:tsh': { abnormal: 0.12 },
      'emg:denervation': 0.5,
      'f:family_history_neurological': 0.08,
      'f:fasciculations_visible': 0.05,
      'f:radicular_leg_pain': 0.1,
      side: { bilateral: 0.9 },
      // mostly slow, but an acute one (Guillain–Barré's ascending weakness, often with back pain) is part of
      // the share (dev-190, dev-310; team estimate)
      onset: { sudden: 0.01, acute: 0.08, gradual: 0.33, chronic: 0.58 },
      course: { stable: 0.45, worsening: 0.4 },
      age: { '40_to_59': 0.35, '60_plus': 0.55 },
      spread: { local: 0.15, axial: 0.2, generalized: 0.65 },
    },
  },
  confirmedBy: { sourceIds: ['X8'], by: [found('emg:denervation')] },
  treatment: { action: 'treat_neuropathy_cause', sourceIds: ['X8'], status: 'P' },
});

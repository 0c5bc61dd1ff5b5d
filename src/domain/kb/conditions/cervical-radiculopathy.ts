/** @module Cervical nerve-root irritation (radiculopathy): group and codes, evidence model, what confirms it, what treats it. */
import { condition, found, icd } from './define.js';

/**
 * Not among the case format's condition ids: added so that a neck root's weakness is read as the nerve group's, not
 * as a strained muscle's (the lumbar model scores a neck poorly by design). Its arm pain is not in the format, so the
 * model reads the region, one arm root's weakness [M3] and its reflex [M4][CKS-CERVICAL-RADICULOPATHY].
 */
export const cervicalRadiculopathy = condition({
  id: 'cervical_radiculopathy',
  group: 'nerve',
  alsoGroups: [],
  inArticleTable: false,
  sourceIds: ['CKS-CERVICAL-RADICULOPATHY', 'M3', 'M4'],
  status: 'P',
  codes: [icd('M54.12', 'Radiculopathy, cervical region', 'P')],
  model: {
    // rare beside a strained neck, and without its arm pain (not in the format) nothing but the examination tells
    // them apart: the prior keeps a neck pain examined by nobody a strain's, and one root's weakness outweighs it
    prior: 0.001,
    sourceIds: ['CKS-CERVICAL-RADICULOPATHY', 'M3', 'M4'],
    evidence: {
      'region:cervical': 0.95,
      'region:thoracic': 0.25,
      side: { unilateral: 0.9 },
      arm_root_deficit: 0.6,
      arm_reflex_root_sign: 0.5,
      weakness: 0.6,
      reflexes_reduced: 0.5,
      ankle_reflex_reduced: 0.03,
      sensory_deficit: 0.5,
      'f:distal_numbness': 0.3,
      'f:radicular_leg_pain': 0.02,
      'f:stocking_glove_sensory_loss': 0.02,
      'img:discHerniation': 0.7,
      'emg:denervation': 0.4,
      // a root's pain builds over hours or days; a hand weak within minutes is a stroke's until shown otherwise
      onset: { sudden: 0.05, acute: 0.5, gradual: 0.35, chronic: 0.1 },
      course: { improving: 0.35, stable: 0.45, worsening: 0.15, relapsing: 0.05 },
      'trig:prolonged_posture': 0.3,
      'trig:lifting': 0.15,
      'trig:none': 0.4,
      pain: { none: 0.01, mild: 0.14, moderate: 0.45, severe: 0.4 },
      'f:pain_on_movement': 0.8,
      'f:paraspinal_tenderness': 0.6,
      spread: { local: 0.85, axial: 0.1, generalized: 0.05 },
      age: { under_18: 0.01, '18_to_39': 0.2, '40_to_59': 0.55, '60_plus': 0.24 },
      // a root does not take the cord's signs, the brain's or the cauda equina's with it, nor a motor neurone
      // disease's twitching; a wasted muscle is no more a root's than any other cause's
      ams: 0.002,
      hyperreflexia: 0.005,
      'f:clonus': 0.003,
      'f:babinski_sign': 0.003,
      'f:hemiparesis': 0.003,
      // writers record a root's weakness as a focal deficit too (RF-NEW-FOCAL-DEFICIT v4): neither for nor against
      'f:focal_neurological_deficit': 0.03,
      'f:bilateral_leg_weakness': 0.01,
      'f:saddle_anaesthesia': 0.005,
      'f:urinary_retention': 0.005,
      'f:fasciculations_visible': 0.005,
      'f:muscle_wasting': 0.03,
      // nor a tender spine, raised markers, a fever or a weight loss (a tumour's or an infection's), nor a walk the
      // cord has spoiled (a myelopathy's lost supinator jerk beside normal ones) (TONUS, P; the stop 59 review)
      'f:midline_bony_tenderness': 0.05,
      'lab:inflammation': { raised: 0.05 },
      fever: 0.01,
      'f:unexplained_weight_loss': 0.01,
      gait_abnormal: 0.02,
      // the percentage of movement the format records is the back's, not the neck's: as often reduced as in any cause
      rom_reduced: 0.4,
    },
  },
  confirmedBy: {
    sourceIds: ['CKS-CERVICAL-RADICULOPATHY'],
    by: [found('img:discHerniation'), found('emg:denervation')],
  },
  treatment: {
    action: 'neck_root_care_mri_if_weakness_worsens',
    sourceIds: ['CKS-CERVICAL-RADICULOPATHY'],
    status: 'P',
  },
});

/** @module Tumour or mass: group and codes, evidence model, what confirms it, what treats it, and its triage floor. */
import { condition, found, icd, sct } from './define.js';

export const tumorMass = condition({
  id: 'tumor_mass',
  group: 'central',
  alsoGroups: [],
  inArticleTable: true,
  sourceIds: ['A', 'R3', 'R4'],
  status: 'V',
  codes: [
    icd('C79.51', 'Secondary malignant neoplasm of bone'),
    icd('C72.0', 'Malignant neoplasm of spinal cord'),
    sct('94602001', 'Metastatic neoplasm to vertebral column'),
    sct('71286001', 'Spinal cord compression'),
  ],
  model: {
    prior: 0.02,
    sourceIds: ['R3', 'R4', 'CKS-HYPERCALCAEMIA', 'FORSYTH-POSNER-1993', 'OBERNDORFER-2002'],
    evidence: {
      // a tumour on a cervical root or the cord's edge weakens one arm root first, as a cervical root does (arm_root_deficit; TONUS, P)
      arm_root_deficit: 0.05,
      // and takes one arm root's reflex the same way (arm_reflex_root_sign; TONUS, P)
      arm_reflex_root_sign: 0.05,
      'cond:cancer_history': 0.5,
      'f:unexplained_weight_loss': 0.45,
      'f:pain_at_night_or_lying': 0.75,
      'f:no_improvement_4_weeks': 0.7,
      'f:spinal_deformity': 0.12,
      'f:midline_bony_tenderness': 0.4,
      'f:relief_at_rest': 0.1,
      'f:fatigue': 0.4,
      'f:bilateral_leg_weakness': 0.15,
      'f:sensory_level': 0.1,
      hyperreflexia: 0.15,
      rom_reduced: 0.6,
      'img:spinalMass': 0.92,
      'img:cordCompression': 0.35,
      'img:brainLesion': 0.25,
      // the tumour is "spinal or intracranial" (§6 [R3][R4]); a brain tumour shows itself by a headache
      // in about half (48 % [FORSYTH-POSNER-1993]) and by upper-motor-neuron signs and a progressive
      // deficit [R3][R4]. What share of this mixture is intracranial is our estimate (P), so these are
      // lower than a brain tumour alone would give (dev-515, dev-734, dev-1451)
      'f:headache': 0.3,
      // 1.48.0: and by fits, in about half of brain tumours (44 to 69 % of primary ones, 21 to 67 % of metastases,
      // 4 % of cancers that have not reached the brain [OBERNDORFER-2002]); a twentieth of the mixture, as the headache
      // above is lowered for it (P). A glioblastoma's new focal fits were read as a low calcium's (dev-18433)
      'f:seizures': 0.06,
      'f:focal_neurological_deficit': 0.15,
      'f:babinski_sign': 0.12,
      'lab:inflammation': { raised: 0.5 },
      // cancer is, with primary hyperparathyroidism, the cause of about 90 % of high calcium
      // [CKS-HYPERCALCAEMIA]; how often a tumour in the spine shows it is our estimate (P)
      'lab:calcium': { high: 0.15 },
      'region:thoracic': 0.55,
      'trig:none': 0.7,
      'trig:lifting': 0.03,
      onset: { sudden: 0.05, acute: 0.15, gradual: 0.7, chronic: 0.1 },
      // "no improvement after about a month" is itself the red flag [R3][R4]: a course that is not
      // getting better, stable as well as worsening, keeps the tumour in view
      course: { improving: 0.02, stable: 0.25, worsening: 0.7, relapsing: 0.03 },
      // first onset over 50 or under 20 [R3][R4]
      age: { under_18: 0.15, '18_to_39': 0.08, '40_to_59': 0.27, '60_plus': 0.5 },
      pain: { moderate: 0.35, severe: 0.55 },
      spread: { local: 0.7, axial: 0.25, generalized: 0.05 },
    },
  },
  confirmedBy: {
    sourceIds: ['R3', 'R4'],
    by: [found('img:spinalMass'), found('img:cordCompression')],
  },
  treatment: { action: 'urgent_spinal_mri_and_oncology', sourceIds: ['R3', 'R4'], status: 'V' },
  floor: {
    id: 'CX-TUMOUR',
    // v2: not for a young adult's inflammatory back pain of months, the exception RF-MALIGNANCY-FEATURES v8 already
    // makes for the same two features, without a sign of the brain or a root; the triage layer adds it
    // (`FLOOR_EXCEPTIONS` in triage/cause-floors.ts, so a change there or to the rule's predicate moves this version)
    version: 2,
    level: 'consultation_24',
    minProbability: 0.6,
    sourceIds: ['R3', 'R4', 'NICE-NG65', 'TONUS'],
    status: 'P',
  },
  traits: ['structural'],
});

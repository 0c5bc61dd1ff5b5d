/**
 * @module The tests and examinations the engine can recommend, each with the features its result
 * reveals, the article's method it belongs to and its source (reference §6 "first-line confirmatory tests").
 */
import type { FeatureId } from '../evidence/index.js';
import type { Provenance } from '../kb/index.js';

export interface TestDef extends Provenance {
  readonly kind: 'lab' | 'bedside' | 'neurophysiology' | 'imaging' | 'procedure';
  readonly reveals: readonly FeatureId[];
  /** LOINC of the main result, for ordering and FHIR export. */
  readonly loinc?: string;
}

export const TEST_CATALOG = {
  serum_potassium: {
    kind: 'lab',
    reveals: ['lab:potassium'],
    loinc: '2823-3',
    sourceIds: ['L2'],
    status: 'V',
  },
  serum_magnesium: {
    kind: 'lab',
    reveals: ['lab:magnesium'],
    loinc: '19123-9',
    sourceIds: ['L3', 'L4'],
    status: 'V',
  },
  calcium_with_albumin: {
    kind: 'lab',
    reveals: ['lab:calcium'],
    loinc: '17861-6',
    sourceIds: ['L1', 'L8'],
    status: 'V',
  },
  serum_sodium: {
    kind: 'lab',
    reveals: ['lab:sodium'],
    loinc: '2951-2',
    sourceIds: ['X1'],
    status: 'V',
  },
  morning_cortisol_with_acth: {
    kind: 'lab',
    reveals: ['lab:cortisol', 'lab:acth'],
    loinc: '9813-7',
    sourceIds: ['X1'],
    status: 'V',
  },
  renal_function: {
    kind: 'lab',
    reveals: ['lab:egfr', 'lab:creatinine'],
    loinc: '98979-8',
    sourceIds: ['L7'],
    status: 'V',
  },
  glucose_hba1c: {
    kind: 'lab',
    reveals: ['lab:glycaemia'],
    loinc: '4548-4',
    sourceIds: ['L6', 'X8'],
    status: 'V',
  },
  vitamin_b12: {
    kind: 'lab',
    reveals: ['lab:b12'],
    loinc: '2132-9',
    sourceIds: ['X8'],
    status: 'P',
  },
  thyroid_function: {
    kind: 'lab',
    reveals: ['lab:tsh'],
    loinc: '3016-3',
    sourceIds: ['X8'],
    status: 'P',
  },
  creatine_kinase: {
    kind: 'lab',
    reveals: ['lab:ck'],
    loinc: '2157-6',
    sourceIds: ['L1', 'X5'],
    status: 'V',
  },
  inflammatory_markers: {
    kind: 'lab',
    reveals: ['lab:inflammation'],
    loinc: '1988-5',
    sourceIds: ['R3'],
    status: 'P',
  },
  ceruloplasmin_copper: {
    kind: 'lab',
    reveals: ['lab:ceruloplasmin', 'lab:copper'],
    loinc: '2064-4',
    sourceIds: ['X2', 'X3'],
    status: 'V',
  },
  liver_tests: {
    kind: 'lab',
    reveals: ['lab:alt'],
    loinc: '1742-6',
    sourceIds: ['X2', 'D7'],
    status: 'P',
  },
  ecg: {
    kind: 'bedside',
    reveals: ['f:ecg_u_waves_or_flat_t', 'f:ecg_long_qt', 'f:arrhythmia'],
    sourceIds: ['L2', 'L8'],
    status: 'V',
  },
  emg_nerve_conduction: {
    kind: 'neurophysiology',
    reveals: ['emg:fasciculations', 'emg:denervation', 'emg:continuousActivityAtRest'],
    sourceIds: ['A', 'X5', 'X8'],
    status: 'V',
  },
  mri_spine: {
    kind: 'imaging',
    reveals: [
      'img:spinalMass',
      'img:cordCompression',
      'img:caudaEquinaCompression',
      'img:discHerniation',
      'img:vertebralFracture',
      'img:discitisOrAbscess',
    ],
    sourceIds: ['A', 'R3', 'R4'],
    status: 'V',
  },
  mri_brain: {
    kind: 'imaging',
    reveals: ['img:brainIronDeposition', 'img:eyeOfTheTigerSign', 'img:brainLesion'],
    sourceIds: ['A', 'X7', 'R6'],
    status: 'V',
  },
  slit_lamp_examination: {
    kind: 'bedside',
    reveals: ['f:kayser_fleischer_rings'],
    sourceIds: ['X2'],
    status: 'V',
  },
  lumbar_puncture: {
    kind: 'procedure',
    reveals: ['csf_pleocytosis'],
    sourceIds: ['R6'],
    status: 'V',
  },
  reflex_examination: {
    kind: 'bedside',
    reveals: ['hyperreflexia', 'ankle_reflex_reduced', 'f:clonus', 'f:babinski_sign'],
    sourceIds: ['A', 'S4'],
    status: 'V',
  },
  manual_muscle_testing: {
    kind: 'bedside',
    reveals: ['weakness', 'f:foot_drop', 'f:muscle_wasting'],
    sourceIds: ['A', 'S3'],
    status: 'V',
  },
  sensory_examination: {
    kind: 'bedside',
    reveals: ['sensory_deficit', 'f:stocking_glove_sensory_loss', 'f:sensory_level'],
    sourceIds: ['A', 'M3'],
    status: 'V',
  },
  tetany_signs: {
    kind: 'bedside',
    reveals: ['f:chvostek_sign', 'f:trousseau_sign'],
    sourceIds: ['L8'],
    status: 'V',
  },
  spinal_palpation: {
    kind: 'bedside',
    reveals: ['f:paraspinal_tenderness', 'f:palpable_taut_muscle', 'f:midline_bony_tenderness'],
    sourceIds: ['A'],
    status: 'V',
  },
  range_of_motion: {
    kind: 'bedside',
    reveals: ['rom_reduced'],
    sourceIds: ['A', 'M1'],
    status: 'V',
  },
  tone_assessment: {
    kind: 'bedside',
    reveals: ['increased_tone', 'f:rigidity'],
    sourceIds: ['S2'],
    status: 'V',
  },
  gait_analysis: { kind: 'bedside', reveals: ['gait_abnormal'], sourceIds: ['A'], status: 'V' },
  vital_signs: {
    kind: 'bedside',
    reveals: ['fever', 'tachycardia', 'bp'],
    sourceIds: ['R6', 'R7'],
    status: 'V',
  },
  skin_and_eye_inspection: {
    kind: 'bedside',
    reveals: ['f:hyperpigmentation', 'f:jaundice'],
    sourceIds: ['X1', 'X2'],
    status: 'V',
  },
  perineal_examination: {
    kind: 'bedside',
    reveals: ['f:saddle_anaesthesia', 'f:reduced_anal_tone'],
    sourceIds: ['R3', 'R4'],
    status: 'V',
  },
} as const satisfies Record<string, TestDef>;

export type TestId = keyof typeof TEST_CATALOG;
export const TEST_IDS = Object.keys(TEST_CATALOG) as TestId[];

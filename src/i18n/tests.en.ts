/** @module English names of tests and questions, and the sentence saying why each is next. */
import type { KeptInViewId, NextQuestion, NextTest, TestId } from '../domain/classifier/index.js';
import type { CauseGroup } from '../domain/shared/index.js';
import { CONDITION_NAMES } from './findings.en.js';
import { askAbout } from './evidence.en.js';

const BACLOFEN_WITHDRAWAL_TEXT =
  'kept in view: rigid with a fever or confusion on baclofen is a withdrawal until shown otherwise; check the pump or the doses taken';

/** Why a cause is kept among the first three: a test not done, or a result or red flag that names it. */
export const KEPT_IN_VIEW_TEXT: Readonly<Record<KeptInViewId, string>> = {
  'NX-POTASSIUM-UNTESTED':
    'not excluded: a risk factor for a low potassium and cramps or weakness, and no potassium result yet: test it',
  'NX-MAGNESIUM-UNTESTED':
    'not excluded: a risk factor for a low magnesium and cramps, twitching or tremor, and no magnesium result yet: test it',
  'NX-CALCIUM-UNTESTED':
    'not excluded: a risk factor for a low calcium and cramps or tingling, and no calcium result yet: test it (with albumin)',
  'NX-CK-RHABDOMYOLYSIS-RANGE':
    'kept in view: the CK is in the range of muscle breakdown, whatever the story; check creatinine, potassium and the urine',
  'NX-CALCIUM-HIGH-TUMOUR':
    'kept in view: the adjusted calcium is 3.0 mmol/L or more, and beside a back pain a tumour in bone is to be excluded; PTH, myeloma screen and spinal imaging',
  'NX-CAUDA-EQUINA-FLAGS':
    'kept in view: a numb saddle or a bladder that does not empty is a cauda equina until an emergency MRI shows otherwise',
  'NX-CANCER-HISTORY-TUMOUR':
    'kept in view: a past cancer with back pain is a spinal metastasis until imaging has looked; spinal MRI',
  'NX-BACLOFEN-WITHDRAWAL-CEREBRAL-PALSY': BACLOFEN_WITHDRAWAL_TEXT,
  'NX-BACLOFEN-WITHDRAWAL-MULTIPLE-SCLEROSIS': BACLOFEN_WITHDRAWAL_TEXT,
  'NX-BACLOFEN-WITHDRAWAL-CORD-INJURY': BACLOFEN_WITHDRAWAL_TEXT,
  'NX-IMAGING-FRACTURE':
    'kept in view: the imaging shows a vertebral fracture, whatever the story; fracture care, and bone health if the injury was slight',
  'NX-IMAGING-INFECTION':
    'kept in view: the imaging shows a discitis or an abscess; blood cultures, inflammatory markers and the spinal team',
};

export const TEST_NAMES: Readonly<Record<TestId, string>> = {
  serum_potassium: 'Serum potassium',
  serum_magnesium: 'Serum magnesium',
  calcium_with_albumin: 'Calcium with albumin (or ionized calcium)',
  serum_sodium: 'Serum sodium',
  morning_cortisol_with_acth: 'Morning cortisol with ACTH',
  renal_function: 'Creatinine and eGFR',
  glucose_hba1c: 'Glucose / HbA1c',
  vitamin_b12: 'Vitamin B12',
  thyroid_function: 'TSH',
  creatine_kinase: 'Creatine kinase',
  inflammatory_markers: 'CRP and ESR',
  ceruloplasmin_copper: 'Ceruloplasmin and serum copper',
  liver_tests: 'Liver tests (ALT)',
  ecg: 'ECG',
  emg_nerve_conduction: 'EMG and nerve conduction studies',
  mri_spine: 'MRI of the spine',
  mri_brain: 'MRI of the brain',
  slit_lamp_examination: 'Slit-lamp examination for Kayser-Fleischer rings',
  lumbar_puncture: 'Lumbar puncture',
  reflex_examination: 'Reflex examination',
  manual_muscle_testing: 'Manual muscle testing (MRC)',
  sensory_examination: 'Sensory examination',
  tetany_signs: 'Chvostek and Trousseau signs',
  spinal_palpation: 'Palpation of the spine and paraspinal muscles',
  range_of_motion: 'Range of motion',
  tone_assessment: 'Tone (Modified Ashworth) and rigidity',
  gait_analysis: 'Gait analysis',
  vital_signs: 'Temperature, pulse and blood pressure',
  skin_and_eye_inspection: 'Skin and eye inspection (pigmentation, jaundice)',
  perineal_examination: 'Perineal sensation and anal tone',
};

export const GROUP_NAMES: Readonly<Record<CauseGroup, string>> = {
  muscle: 'muscle-related',
  nerve: 'peripheral-nerve related',
  central: 'centrally related',
};

export function whyText(step: NextTest | NextQuestion): string {
  const names = step.discriminates.map((c) => CONDITION_NAMES[c]);
  const change = `expected to move the differential by ${(step.expectedChange * 100).toFixed(0)} %`;
  return names.length === 0 ? change : `separates ${names.join(', ')}; ${change}`;
}

export function questionText(q: NextQuestion): string {
  return askAbout(q.id);
}

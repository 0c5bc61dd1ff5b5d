/**
 * @module The finding vocabulary of the case format (FORMAT.md), each with where the concept comes from
 * and whether a patient can report it (a question) or a clinician must elicit it (an examination sign).
 */
import { z } from 'zod';
import { catalogOf, type CatalogFact, type Provenance } from './fact.js';

interface FindingDef extends Provenance {
  /** `history`: the patient can answer it; `exam`: a clinician elicits it; `test`: an investigation shows it. */
  readonly elicited: 'history' | 'exam' | 'test';
  /** SNOMED CT concept where the reference verified one (reference §1.3). */
  readonly snomed?: string;
}

const h = (
  sourceIds: Provenance['sourceIds'],
  status: Provenance['status'] = 'V',
  snomed?: string,
): FindingDef =>
  snomed === undefined
    ? { elicited: 'history', sourceIds, status }
    : { elicited: 'history', sourceIds, status, snomed };
const x = (sourceIds: Provenance['sourceIds'], status: Provenance['status'] = 'V'): FindingDef => ({
  elicited: 'exam',
  sourceIds,
  status,
});
const t = (sourceIds: Provenance['sourceIds'], status: Provenance['status'] = 'V'): FindingDef => ({
  elicited: 'test',
  sourceIds,
  status,
});

export const FINDINGS = {
  // general and mechanical; the article's five symptoms are cramping, restricted mobility, discomfort, relief at rest, weakness [A]
  muscle_cramps: h(['A', 'FORMAT'], 'V', '55300003'),
  paraspinal_tenderness: x(['A', 'FORMAT']),
  midline_bony_tenderness: x(['R3', 'R4']),
  palpable_taut_muscle: x(['A']),
  pain_on_movement: h(['A']),
  relief_at_rest: h(['A']),
  back_hip_weakness: h(['A']),
  pain_at_night_or_lying: h(['R3', 'R4']),
  unexplained_weight_loss: h(['R3', 'R4']),
  no_improvement_4_weeks: h(['R3', 'R4']),
  spinal_deformity: x(['R3', 'R4']),
  fatigue: h(['X1']),
  // cauda equina and cord [R3][R4]
  saddle_anaesthesia: h(['R3', 'R4']),
  urinary_retention: h(['R3', 'R4']),
  urinary_incontinence: h(['R3', 'R4']),
  faecal_incontinence: h(['R3', 'R4']),
  reduced_anal_tone: x(['R3', 'R4']),
  bilateral_leg_weakness: h(['R3', 'R4']),
  progressive_weakness: h(['R3', 'R4']),
  foot_drop: x(['R3', 'R4']),
  gait_disturbance: x(['A', 'R3']),
  sensory_level: x(['M3']),
  altered_bladder_sensation: h(['R3', 'R4']),
  // systemic and acute
  fever_reported: h(['R3', 'R6'], 'V', '386661006'),
  rigors: h(['R3']),
  altered_mental_status: x(['R6']),
  seizures: h(['R6', 'L8']),
  headache: h(['R6']),
  neck_stiffness: x(['R6'], 'P'),
  breathing_difficulty: h(['X6', 'D8']),
  dysphagia: h(['D8']),
  laryngospasm: x(['L8']),
  palpitations: h(['L2']),
  vomiting: h(['L2', 'X1']),
  diarrhoea: h(['L2']),
  dark_urine: h(['D7', 'X6']),
  heavy_sweating: h(['TONUS'], 'UNVERIFIED'),
  ecg_u_waves_or_flat_t: t(['L2']),
  ecg_long_qt: t(['L8']),
  arrhythmia: t(['L2', 'L3']),
  autonomic_dysreflexia_symptoms: h(['FORMAT'], 'P'),
  // electrolytes and endocrine
  perioral_paraesthesia: h(['L8']),
  carpopedal_spasm: x(['L8']),
  chvostek_sign: x(['L8']),
  trousseau_sign: x(['L8']),
  generalized_weakness: h(['L2']),
  salt_craving: h(['X1']),
  hyperpigmentation: x(['X1']),
  orthostatic_dizziness: h(['X1']),
  abdominal_pain: h(['X1']),
  tremor: x(['L3', 'X2']),
  muscle_twitching: h(['L3', 'X5']),
  // peripheral nerve
  distal_numbness: h(['X8'], 'P'),
  burning_feet: h(['X8'], 'P'),
  stocking_glove_sensory_loss: x(['X8'], 'P'),
  fasciculations_visible: x(['X5'], 'P'),
  muscle_wasting: x(['X5'], 'P'),
  dystonia: x(['X7', 'X2']),
  opisthotonus: x(['X6', 'X7'], 'P'),
  trismus: x(['X6'], 'P'),
  risus_sardonicus: x(['X6'], 'P'),
  consciousness_preserved_during_spasms: h(['X6'], 'P'),
  rigidity: x(['D2', 'X6'], 'P'),
  myoclonus: x(['R6']),
  startle_exaggerated: h(['X6'], 'P'),
  dysarthria: x(['X2', 'X7']),
  pigmentary_retinopathy: x(['X7'], 'P'),
  family_history_neurological: h(['X7', 'X8'], 'P'),
  radicular_leg_pain: h(['R1']),
  // central
  motor_tics: h(['X4']),
  vocal_tics: h(['X4']),
  premonitory_urge: h(['X4'], 'P'),
  tics_suppressible: h(['X4'], 'P'),
  hyperreflexia: x(['S4', 'X6']),
  clonus: x(['S4']),
  babinski_sign: x(['R3'], 'P'),
  hemiparesis: x(['A']),
  kayser_fleischer_rings: x(['X2', 'X3']),
  jaundice: x(['X2', 'D7']),
  psychiatric_change: h(['X2', 'R6']),
  drooling: x(['X2']),
  focal_neurological_deficit: x(['R6']),
  wound_recent: x(['FORMAT'], 'P'),
  tetanus_vaccination_up_to_date: h(['FORMAT'], 'P'),
} as const satisfies Record<string, FindingDef>;

export type FindingId = keyof typeof FINDINGS;
export const FINDING_IDS = Object.keys(FINDINGS) as [FindingId, ...FindingId[]];
export const FindingId = z.enum(FINDING_IDS);

export function findingDef(id: FindingId): FindingDef {
  return FINDINGS[id];
}

export function findingCatalog(): CatalogFact[] {
  return catalogOf('finding', 'finding', FINDINGS, (f) => ({
    elicited: f.elicited,
    ...('snomed' in f ? { snomed: f.snomed } : {}),
  }));
}

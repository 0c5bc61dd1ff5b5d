/**
 * @module Clinician-only treatment options: what treats the cause of each leading condition, and the
 * article's antispasmodic drugs with their monitoring, each already run through the order checks
 * with a starting dose for this patient (reference §5). Patient output never carries any of this.
 */
import { has, holds, is, type Evidence } from '../evidence/index.js';
import {
  DRUGS,
  DRUG_DEFS,
  type ConditionId,
  type Drug,
  type DrugFactId,
  type FactStatus,
  type SourceId,
} from '../kb/index.js';
import {
  checkOrder,
  type OrderContext,
  type OrderFinding,
  type ProposedOrder,
} from '../orders/index.js';
import type { CauseGroup } from '../shared/index.js';

export type CauseAction =
  | 'replace_potassium_and_review_losses'
  | 'replace_magnesium_and_review_ppi_diuretic_alcohol'
  | 'replace_calcium_check_magnesium_pth_vitamin_d'
  | 'urgent_endocrinology_steroid_replacement'
  | 'nephrology_and_dialysis_prescription_review'
  | 'non_drug_care_then_nsaid_or_muscle_relaxant'
  | 'treat_neuropathy_cause'
  | 'reassure_diagnosis_of_exclusion'
  | 'neurology_and_genetic_testing'
  | 'benzodiazepines_airway_supportive_care'
  | 'antispasticity_treatment'
  | 'tic_specialist_care'
  | 'urgent_spinal_mri_and_oncology'
  | 'hepatology_neurology_copper_treatment'
  | 'empirical_antiviral_lumbar_puncture_mri'
  | 'non_drug_care_no_gabapentinoid_or_benzodiazepine_for_sciatica'
  | 'emergency_decompression_pathway'
  | 'cultures_imaging_antibiotics'
  | 'imaging_and_fracture_care'
  | 'emergency_tetanus_care'
  | 'neurology_anti_gad_testing'
  | 'fluids_and_ck_monitoring'
  | 'stop_dopamine_antagonist_emergency_care'
  | 'stop_serotonergic_drug_emergency_care'
  | 'anticholinergic_emergency_care';

interface ActionDef {
  readonly action: CauseAction;
  readonly sourceIds: readonly SourceId[];
  readonly status: FactStatus;
}

/** What treats each cause; rows without a reference source are marked UNVERIFIED. */
export const CAUSE_ACTIONS: Readonly<Record<ConditionId, ActionDef>> = {
  hypokalemia: { action: 'replace_potassium_and_review_losses', sourceIds: ['L2'], status: 'V' },
  hypomagnesemia: {
    action: 'replace_magnesium_and_review_ppi_diuretic_alcohol',
    sourceIds: ['L3', 'L4'],
    status: 'V',
  },
  hypocalcemia: {
    action: 'replace_calcium_check_magnesium_pth_vitamin_d',
    sourceIds: ['L1', 'L8'],
    status: 'P',
  },
  addisons_disease: {
    action: 'urgent_endocrinology_steroid_replacement',
    sourceIds: ['X1', 'R7'],
    status: 'P',
  },
  renal_disease: {
    action: 'nephrology_and_dialysis_prescription_review',
    sourceIds: ['L7', 'X9'],
    status: 'P',
  },
  exertional_overuse: {
    action: 'non_drug_care_then_nsaid_or_muscle_relaxant',
    sourceIds: ['R2'],
    status: 'V',
  },
  peripheral_neuropathy: { action: 'treat_neuropathy_cause', sourceIds: ['X8'], status: 'P' },
  benign_fasciculation_cramp_syndrome: {
    action: 'reassure_diagnosis_of_exclusion',
    sourceIds: ['X5'],
    status: 'P',
  },
  nbia: { action: 'neurology_and_genetic_testing', sourceIds: ['X7'], status: 'P' },
  strychnine_poisoning: {
    action: 'benzodiazepines_airway_supportive_care',
    sourceIds: ['X6'],
    status: 'P',
  },
  spinal_cord_injury: { action: 'antispasticity_treatment', sourceIds: ['A'], status: 'V' },
  lumbar_radiculopathy: {
    action: 'non_drug_care_no_gabapentinoid_or_benzodiazepine_for_sciatica',
    sourceIds: ['R1', 'R2'],
    status: 'V',
  },
  tourette_syndrome: { action: 'tic_specialist_care', sourceIds: ['X4'], status: 'UNVERIFIED' },
  tumor_mass: { action: 'urgent_spinal_mri_and_oncology', sourceIds: ['R3', 'R4'], status: 'V' },
  wilsons_disease: {
    action: 'hepatology_neurology_copper_treatment',
    sourceIds: ['X2', 'X3'],
    status: 'P',
  },
  encephalitis: {
    action: 'empirical_antiviral_lumbar_puncture_mri',
    sourceIds: ['R6'],
    status: 'P',
  },
  stroke: { action: 'antispasticity_treatment', sourceIds: ['A'], status: 'V' },
  cerebral_palsy: { action: 'antispasticity_treatment', sourceIds: ['A'], status: 'V' },
  multiple_sclerosis: { action: 'antispasticity_treatment', sourceIds: ['A', 'D1'], status: 'V' },
  cauda_equina_syndrome: {
    action: 'emergency_decompression_pathway',
    sourceIds: ['R3', 'R4'],
    status: 'P',
  },
  spinal_infection: {
    action: 'cultures_imaging_antibiotics',
    sourceIds: ['R3'],
    status: 'UNVERIFIED',
  },
  vertebral_fracture: { action: 'imaging_and_fracture_care', sourceIds: ['R3', 'R4'], status: 'P' },
  tetanus: { action: 'emergency_tetanus_care', sourceIds: ['TONUS'], status: 'UNVERIFIED' },
  stiff_person_syndrome: {
    action: 'neurology_anti_gad_testing',
    sourceIds: ['C3', 'TONUS'],
    status: 'UNVERIFIED',
  },
  rhabdomyolysis: {
    action: 'fluids_and_ck_monitoring',
    sourceIds: ['TONUS'],
    status: 'UNVERIFIED',
  },
  neuroleptic_malignant_syndrome: {
    action: 'stop_dopamine_antagonist_emergency_care',
    sourceIds: ['TONUS'],
    status: 'UNVERIFIED',
  },
  serotonin_syndrome: {
    action: 'stop_serotonergic_drug_emergency_care',
    sourceIds: ['TONUS'],
    status: 'UNVERIFIED',
  },
  acute_dystonic_reaction: {
    action: 'anticholinergic_emergency_care',
    sourceIds: ['TONUS'],
    status: 'UNVERIFIED',
  },
};

/** A starting order per drug, used only to surface safety flags for this patient; doses from §5.1. */
const STARTING_ORDERS: Readonly<Record<Drug, Omit<ProposedOrder, 'orderDate'>>> = {
  baclofen: {
    drug: 'baclofen',
    action: 'start',
    route: 'oral',
    dose: { value: 5, unit: 'mg' },
    dosesPerDay: 3,
    indication: 'spasticity',
  },
  tizanidine: {
    drug: 'tizanidine',
    action: 'start',
    route: 'oral',
    dose: { value: 2, unit: 'mg' },
    dosesPerDay: 1,
    indication: 'spasticity',
  },
  clonidine: { drug: 'clonidine', action: 'start', route: 'oral', indication: 'spasticity' },
  diazepam: {
    drug: 'diazepam',
    action: 'start',
    route: 'oral',
    dose: { value: 2, unit: 'mg' },
    dosesPerDay: 3,
    indication: 'musculoskeletal_spasm',
  },
  gabapentin: {
    drug: 'gabapentin',
    action: 'start',
    route: 'oral',
    dose: { value: 300, unit: 'mg' },
    dosesPerDay: 1,
    indication: 'spasticity',
  },
  dantrolene: {
    drug: 'dantrolene',
    action: 'start',
    route: 'oral',
    dose: { value: 25, unit: 'mg' },
    dosesPerDay: 1,
    indication: 'spasticity',
  },
  botulinum_toxin: {
    drug: 'botulinum_toxin',
    action: 'start',
    route: 'intramuscular',
    indication: 'focal_spasticity',
  },
  phenol: {
    drug: 'phenol',
    action: 'start',
    route: 'perineural',
    concentrationPercent: 5,
    indication: 'focal_spasticity',
  },
  alcohol: {
    drug: 'alcohol',
    action: 'start',
    route: 'perineural',
    concentrationPercent: 50,
    indication: 'focal_spasticity',
  },
};

/** Monitoring the option carries, as drug-fact ids. */
const MONITORING: Readonly<Record<Drug, readonly DrugFactId[]>> = {
  baclofen: ['baclofen.withdrawal', 'baclofen.renal', 'baclofen.max_daily_oral'],
  tizanidine: ['tizanidine.hepatic', 'tizanidine.withdrawal', 'tizanidine.max_daily'],
  clonidine: ['clonidine.withdrawal', 'clonidine.off_label'],
  diazepam: ['diazepam.opioid_boxed', 'diazepam.spasm_dose'],
  gabapentin: ['gabapentin.renal_bands', 'gabapentin.respiratory'],
  dantrolene: ['dantrolene.monitoring', 'dantrolene.max_daily'],
  botulinum_toxin: [
    'botulinum_toxin.interval',
    'botulinum_toxin.cumulative',
    'botulinum_toxin.distant_spread',
  ],
  phenol: ['phenol.concentration'],
  alcohol: ['alcohol.concentration'],
};

export interface DrugOption {
  readonly drug: Drug;
  readonly articleClass: (typeof DRUG_DEFS)[Drug]['articleClass'];
  readonly offLabel: boolean;
  readonly monitoring: readonly DrugFactId[];
  /** Order-check findings for a starting order in this patient. */
  readonly flags: readonly OrderFinding[];
  /** A hard stop fired: do not offer as things stand. */
  readonly blocked: boolean;
}

export interface CauseTreatment extends ActionDef {
  readonly condition: ConditionId;
}

export interface PharmacotherapyPlan {
  readonly group: CauseGroup | null;
  readonly causeTreatment: readonly CauseTreatment[];
  /** The article's antispastic drugs, when the leading cause is spasticity of central or cord origin, or a muscle spasm that needs a drug. */
  readonly options: readonly DrugOption[];
  readonly prescriberOnly: true;
}

const SPASTICITY: readonly ConditionId[] = [
  'stroke',
  'cerebral_palsy',
  'multiple_sclerosis',
  'spinal_cord_injury',
  'nbia',
];

/** An unknown age is checked as an older patient's, so that the age-based warnings still show (TONUS). */
const AGE_WHEN_UNKNOWN = 65;

/** The patient context the order checks need, as far as the assessment tells it. */
export function orderContextFrom(e: Evidence): OrderContext {
  const a = e.assessment;
  const egfr = e.labs.byAnalyte.egfr?.value;
  const liver = holds(has('cond:liver_disease'), e) || holds(has('f:jaundice'), e);
  return {
    ageYears: a.patient.ageYears ?? AGE_WHEN_UNKNOWN,
    sex: a.patient.sex,
    // eGFR stands in for creatinine clearance when that is all there is
    ...(egfr === undefined ? {} : { crclMlMin: egfr }),
    ...(liver ? { hepatic: 'impairment' as const } : {}),
    conditions: a.conditions ?? [],
    medications: a.medications ?? [],
    liverTestsOnFile: e.labs.byAnalyte.alt !== undefined,
  };
}

export function planPharmacotherapy(
  e: Evidence,
  leading: readonly ConditionId[],
  group: CauseGroup | null,
  orderDate: string,
): PharmacotherapyPlan {
  const causeTreatment = leading.map((condition) => ({ condition, ...CAUSE_ACTIONS[condition] }));
  const top = leading[0];
  let drugs: readonly Drug[] = [];
  if (top !== undefined && SPASTICITY.includes(top)) {
    // every drug of the article is an option for spasticity, in the article's order
    drugs = DRUGS;
  } else if (top === 'exertional_overuse' && holds(is('pain', 'severe'), e)) {
    // ACP: a skeletal muscle relaxant when a drug is needed [R2]; diazepam is labeled as an adjunct for spasm [D5]
    drugs = ['diazepam'];
  }
  const context = orderContextFrom(e);
  const options = drugs.map((drug): DrugOption => {
    const check = checkOrder({ order: { ...STARTING_ORDERS[drug], orderDate }, patient: context });
    return {
      drug,
      articleClass: DRUG_DEFS[drug].articleClass,
      offLabel: !DRUG_DEFS[drug].labeledForSpasm,
      monitoring: MONITORING[drug],
      flags: check.findings,
      blocked: check.blocked,
    };
  });
  return { group, causeTreatment, options, prescriberOnly: true };
}

/**
 * @module What can confirm each condition: the investigation results (laboratory, imaging, EMG, CSF)
 * that the reference names as its confirmatory tests. Without one of them a condition's probability is
 * held at the evidence ceiling, so history and examination alone never make a cause certain
 * (docs/evidence-model.md, "The evidence ceiling"). Conditions that are diagnosed clinically
 * (overuse, Tourette syndrome, tetanus, the spasms of an established cord injury) have no confirmer:
 * the model never calls them certain. A defining exposure (rat poison, a new antipsychotic) raises the
 * probability through its likelihood ratio but is history, so it does not lift the ceiling.
 */
import type { CategoryFeature, FeatureId } from '../evidence/index.js';
import type { ConditionId, Provenance } from '../kb/index.js';

/** A confirming result: a boolean investigation found present, or a lab band among `values`. */
export type Confirmer =
  | { readonly feature: Exclude<FeatureId, CategoryFeature> }
  | { readonly feature: CategoryFeature; readonly values: readonly string[] };

export interface Confirmation extends Provenance {
  readonly by: readonly Confirmer[];
}

/** Highest probability a condition may show without a confirming result (the 95 %). */
export const EVIDENCE_CEILING = 0.95;

const by = (sourceIds: Provenance['sourceIds'], ...confirmers: Confirmer[]): Confirmation => ({
  by: confirmers,
  sourceIds,
  status: 'P',
});
const lab = (feature: CategoryFeature, ...values: string[]): Confirmer => ({ feature, values });
const found = (feature: Exclude<FeatureId, CategoryFeature>): Confirmer => ({ feature });

export const CONFIRMATION: Readonly<Record<ConditionId, Confirmation>> = {
  exertional_overuse: by(['A', 'R1']),
  lumbar_radiculopathy: by(['R1', 'M4'], found('img:discHerniation'), found('emg:denervation')),
  cauda_equina_syndrome: by(['R3', 'R4'], found('img:caudaEquinaCompression')),
  hypokalemia: by(['L2'], lab('lab:potassium', 'severe_low', 'low')),
  hypomagnesemia: by(['L3', 'L4'], lab('lab:magnesium', 'low')),
  hypocalcemia: by(['L1', 'L8'], lab('lab:calcium', 'critical_low', 'low')),
  addisons_disease: by(['X1'], lab('lab:cortisol', 'low'), lab('lab:acth', 'high')),
  renal_disease: by(['L7'], lab('lab:egfr', 'failure', 'reduced'), lab('lab:creatinine', 'high')),
  peripheral_neuropathy: by(['X8'], found('emg:denervation')),
  benign_fasciculation_cramp_syndrome: by(['X5'], found('emg:fasciculations')),
  nbia: by(['X7'], found('img:brainIronDeposition'), found('img:eyeOfTheTigerSign')),
  wilsons_disease: by(['X2', 'X3'], lab('lab:ceruloplasmin', 'low'), lab('lab:copper', 'low')),
  // a strychnine level confirms it later [X6]; the case vocabulary has none
  strychnine_poisoning: by(['X6']),
  tetanus: by(['C1']),
  spinal_cord_injury: by(['A', 'M3']),
  stroke: by(['A'], found('img:brainLesion')),
  cerebral_palsy: by(['A'], found('img:brainLesion')),
  multiple_sclerosis: by(['D1'], found('img:brainLesion')),
  tourette_syndrome: by(['X4']),
  tumor_mass: by(['R3', 'R4'], found('img:spinalMass'), found('img:cordCompression')),
  encephalitis: by(['R6'], found('csf_pleocytosis')),
  spinal_infection: by(['R3'], found('img:discitisOrAbscess')),
  vertebral_fracture: by(['R3', 'R4'], found('img:vertebralFracture')),
  stiff_person_syndrome: by(['C1'], found('emg:continuousActivityAtRest')),
  rhabdomyolysis: by(['X6'], lab('lab:ck', 'very_high')),
  neuroleptic_malignant_syndrome: by(['FORMAT']),
  serotonin_syndrome: by(['FORMAT']),
  acute_dystonic_reaction: by(['FORMAT']),
};

/**
 * @module The shape of one condition's home: its cause group and codes, how often each feature is seen
 * with it (the classifier's evidence model), which results confirm it, what treats it, the triage floor
 * when it leads, and traits the planners use. One file per condition fills it in, so adding a condition
 * is one new file, one line in the index and its name in each locale (the type check asks for it).
 */
import type { BooleanFeature, CategoryFeature, FeatureId, When } from '../../evidence/index.js';
import type { CauseGroup, TriageLevel } from '../../shared/index.js';
import type { FactStatus, Provenance, SourceId } from '../fact.js';

export interface CodeRef extends Provenance {
  readonly system: 'icd10cm' | 'snomed';
  readonly code: string;
  readonly display: string;
}

export const icd = (code: string, display: string, status: FactStatus = 'V'): CodeRef => ({
  system: 'icd10cm',
  code,
  display,
  sourceIds: ['C1'],
  status,
});

export const sct = (
  code: string,
  display: string,
  status: FactStatus = 'V',
  source: 'C3' | 'C5' = 'C3',
): CodeRef => ({ system: 'snomed', code, display, sourceIds: [source], status });

/** A boolean feature's frequency in the condition, or a partial distribution over a category's values. */
export type Frequency = number | Readonly<Record<string, number>>;

export type EvidenceSpec = Readonly<Partial<Record<BooleanFeature | CategoryFeature, Frequency>>>;

/** A confirming result: a boolean investigation found present, or a lab band among `values`. */
export type Confirmer =
  | { readonly feature: Exclude<FeatureId, CategoryFeature> }
  | { readonly feature: CategoryFeature; readonly values: readonly string[] };

export const lab = (feature: CategoryFeature, ...values: string[]): Confirmer => ({
  feature,
  values,
});
export const found = (feature: Exclude<FeatureId, CategoryFeature>): Confirmer => ({ feature });

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
  | 'neck_root_care_mri_if_weakness_worsens'
  | 'movement_disorder_review_botulinum_toxin'
  | 'movement_disorder_review_dopamine_blocker'
  | 'statin_review_ck'
  | 'emergency_decompression_pathway'
  | 'cultures_imaging_antibiotics'
  | 'imaging_and_fracture_care'
  | 'emergency_tetanus_care'
  | 'neurology_anti_gad_testing'
  | 'fluids_and_ck_monitoring'
  | 'stop_dopamine_antagonist_emergency_care'
  | 'stop_serotonergic_drug_emergency_care'
  | 'anticholinergic_emergency_care';

/**
 * How planners treat the condition: the spasticity of an established brain or cord condition (ice,
 * antispastic options), a condition for which the article's antispastic drugs are options, a
 * structural cause before which stretching and massage wait for a clinician.
 */
export type ConditionTrait = 'upper_motor_neuron_spasticity' | 'antispastic_drugs' | 'structural';

export interface ConditionDef<
  Id extends string = string,
  FloorId extends string = string,
> extends Provenance {
  readonly id: Id;
  /** The article's grouping (FORMAT.md); `null` for red-flag conditions and mimics outside the three groups. */
  readonly group: CauseGroup | null;
  /** Groups also judged clinically right: the article files cord injury, NBIA and strychnine under nerve, but they act on upper motor neurons. */
  readonly alsoGroups: readonly CauseGroup[];
  /** In the article's disease table (13 entries) [A]. */
  readonly inArticleTable: boolean;
  readonly codes: readonly CodeRef[];
  /** The classifier's evidence model; the associations come from `sourceIds`, the numbers are team estimates. */
  readonly model: {
    /** Relative share among patients presenting with paraspinal spasm (team estimate). */
    readonly prior: number;
    readonly sourceIds: readonly SourceId[];
    readonly evidence: EvidenceSpec;
    /**
     * The sign the condition is read from, for a condition of the engine's own: without it found present the
     * condition is given no share of the differential (it is listed at 0), so it takes nothing from the format's
     * conditions when its sign was not recorded; the cause floors never read it (`floorLeader`).
     */
    readonly requires?: BooleanFeature;
    /**
     * Signs that define a condition of the format's: without one of them found present it is given no share of the
     * differential, as for `requires`, but it stays a condition the cause floors read. Unknown is not enough: a
     * syndrome named by its signs does not lead on its background (age, a stress) while none of them is told.
     */
    readonly standsWithAnyOf?: readonly BooleanFeature[];
  };
  /** Results that confirm it; none for conditions diagnosed clinically, which are never called certain. */
  readonly confirmedBy: {
    readonly sourceIds: readonly SourceId[];
    readonly by: readonly Confirmer[];
  };
  /** What treats the cause (clinician-facing). */
  readonly treatment: { readonly action: CauseAction } & Provenance;
  /**
   * When it leads the differential with at least this probability, triage is at least this level,
   * unless `unless` holds (a picture that has already passed, say).
   */
  readonly floor?: {
    readonly id: FloorId;
    /** Bumped whenever the level, the threshold or `unless` changes what the floor does. */
    readonly version: number;
    readonly level: TriageLevel;
    readonly minProbability: number;
    readonly unless?: When;
  } & Provenance;
  readonly traits?: readonly ConditionTrait[];
}

export const condition = <const Id extends string, const FloorId extends string = never>(
  d: ConditionDef<Id, FloorId>,
): ConditionDef<Id, FloorId> => d;

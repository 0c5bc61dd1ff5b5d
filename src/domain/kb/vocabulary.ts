/** @module The closed vocabularies of the case format besides findings: history items, conditions, drugs, exposures. */
import { z } from 'zod';

export const ONSETS = ['sudden', 'acute', 'gradual', 'chronic'] as const;
export const Onset = z.enum(ONSETS);
export type Onset = z.infer<typeof Onset>;

export const COURSES = ['improving', 'stable', 'worsening', 'relapsing'] as const;
export const Course = z.enum(COURSES);
export type Course = z.infer<typeof Course>;

export const TRIGGERS = [
  'lifting',
  'twisting',
  'exercise',
  'prolonged_posture',
  'trauma_minor',
  'trauma_major',
  'stimulus',
  'dialysis',
  'cold',
  'stress',
  'none',
] as const;
export const Trigger = z.enum(TRIGGERS);
export type Trigger = z.infer<typeof Trigger>;

export const REGIONS = ['cervical', 'thoracic', 'lumbar', 'sacral'] as const;
export const Region = z.enum(REGIONS);
export type Region = z.infer<typeof Region>;

export const SIDES = ['left', 'right', 'bilateral'] as const;
export const Side = z.enum(SIDES);
export type Side = z.infer<typeof Side>;

export const SPREADS = ['local', 'axial', 'generalized'] as const;
export const Spread = z.enum(SPREADS);
export type Spread = z.infer<typeof Spread>;

export const SEXES = ['male', 'female', 'other'] as const;
export const Sex = z.enum(SEXES);
export type Sex = z.infer<typeof Sex>;

/** Conditions the patient has a history of (FORMAT.md "Conditions (history of)"). */
export const HISTORY_CONDITIONS = [
  'diabetes_mellitus',
  'chronic_kidney_disease',
  'dialysis',
  'cancer_history',
  'stroke',
  'cerebral_palsy',
  'spinal_cord_injury',
  'multiple_sclerosis',
  'neck_surgery_thyroid_parathyroid',
  'alcohol_use_disorder',
  'autoimmune_disease',
  'immunosuppression',
  'osteoporosis',
  'liver_disease',
  'myasthenia_gravis',
  'sleep_apnoea',
  'copd',
  'eating_disorder',
  'malabsorption',
  'adhd_or_ocd',
  'pregnancy',
] as const;
export const HistoryCondition = z.enum(HISTORY_CONDITIONS);
export type HistoryCondition = z.infer<typeof HistoryCondition>;

/** Current medications (FORMAT.md). `diazepam` is that drug; `benzodiazepine` is any other one. */
export const MEDICATIONS = [
  'thiazide_diuretic',
  'loop_diuretic',
  'laxative',
  'proton_pump_inhibitor',
  'opioid',
  'benzodiazepine',
  'fluvoxamine',
  'ciprofloxacin',
  'oral_contraceptive',
  'corticosteroid_long_term',
  'beta_blocker',
  'antihypertensive_other',
  'baclofen',
  'tizanidine',
  'clonidine',
  'diazepam',
  'gabapentin',
  'dantrolene',
  'botulinum_toxin',
  'insulin',
  'chemotherapy',
  'dopamine_antagonist',
  'serotonergic_drug',
  'statin',
] as const;
export const Medication = z.enum(MEDICATIONS);
export type Medication = z.infer<typeof Medication>;

export const EXPOSURES = [
  'strychnine_or_rodenticide',
  'unknown_powder_or_street_drug',
  'injection_drug_use',
  'penetrating_wound',
  'recent_spinal_procedure',
  'travel_or_insect_bite',
  'heat_exertion',
] as const;
export const Exposure = z.enum(EXPOSURES);
export type Exposure = z.infer<typeof Exposure>;

export const EMG_FINDINGS = [
  'fasciculations',
  'denervation',
  'continuousActivityAtRest',
  'myotonicDischarges',
] as const;
export type EmgFinding = (typeof EMG_FINDINGS)[number];

export const IMAGING_FINDINGS = [
  'spinalMass',
  'cordCompression',
  'caudaEquinaCompression',
  'discHerniation',
  'brainIronDeposition',
  'eyeOfTheTigerSign',
  'brainLesion',
  'vertebralFracture',
  'discitisOrAbscess',
] as const;
export type ImagingFinding = (typeof IMAGING_FINDINGS)[number];

export const MRC_ROOTS = ['C5', 'C6', 'C7', 'C8', 'T1', 'L2', 'L3', 'L4', 'L5', 'S1'] as const;
export type MrcRoot = (typeof MRC_ROOTS)[number];

export const REFLEX_SITES = [
  'biceps',
  'brachioradialis',
  'triceps',
  'patellar',
  'achilles',
] as const;
export type ReflexSite = (typeof REFLEX_SITES)[number];

export const SPINE_MOVEMENTS = [
  'flexion',
  'extension',
  'lateralFlexionLeft',
  'lateralFlexionRight',
  'rotationLeft',
  'rotationRight',
] as const;
export type SpineMovement = (typeof SPINE_MOVEMENTS)[number];

/**
 * @module The feature registry: every piece of evidence the engine reasons with, as a boolean or a
 * category. Case vocabulary maps one to one (`f:`, `cond:`, `med:`, `exp:`, `trig:`, `region:`, `emg:`,
 * `img:`); derived features merge what several inputs say about one thing (a reported fever and a
 * measured temperature are one `fever`), so no fact is counted twice.
 */
import {
  EMG_FINDINGS,
  EXPOSURES,
  FINDING_IDS,
  HISTORY_CONDITIONS,
  IMAGING_FINDINGS,
  MEDICATIONS,
  REGIONS,
  TRIGGERS,
  type EmgFinding,
  type Exposure,
  type FindingId,
  type HistoryCondition,
  type ImagingFinding,
  type Medication,
  type Region,
  type Trigger,
} from '../kb/index.js';

export const BOOLEAN = ['absent', 'present'] as const;

/** Categorical features and their values. */
export const CATEGORIES = {
  onset: ['sudden', 'acute', 'gradual', 'chronic'],
  course: ['improving', 'stable', 'worsening', 'relapsing'],
  spread: ['local', 'axial', 'generalized'],
  side: ['unilateral', 'bilateral'],
  age: ['under_18', '18_to_39', '40_to_59', '60_plus'],
  pain: ['none', 'mild', 'moderate', 'severe'],
  psfs: ['none', 'infrequent', 'frequent'],
  bp: ['shock', 'low', 'normal'],
  'lab:potassium': ['severe_low', 'low', 'normal', 'high'],
  'lab:sodium': ['low', 'normal', 'high'],
  'lab:magnesium': ['low', 'normal', 'high'],
  'lab:calcium': ['critical_low', 'low', 'normal', 'high'],
  'lab:cortisol': ['low', 'indeterminate', 'normal'],
  'lab:acth': ['normal', 'high'],
  'lab:ceruloplasmin': ['low', 'normal'],
  'lab:copper': ['low', 'normal', 'high'],
  'lab:ck': ['normal', 'raised', 'very_high'],
  'lab:egfr': ['failure', 'reduced', 'normal'],
  'lab:creatinine': ['normal', 'high'],
  'lab:glycaemia': ['low', 'normal', 'diabetic'],
  'lab:b12': ['low', 'normal'],
  'lab:tsh': ['normal', 'abnormal'],
  'lab:inflammation': ['normal', 'raised'],
  'lab:alt': ['normal', 'raised'],
} as const;
export type CategoryFeature = keyof typeof CATEGORIES;
export type CategoryValue<F extends CategoryFeature> = (typeof CATEGORIES)[F][number];

/** Booleans derived from several inputs; the raw finding they absorb is left out of the classifier. `gait_abnormal` is a neurological gait: an antalgic one does not count. */
export const DERIVED_BOOLEANS = [
  'fever',
  'ams',
  'hyperreflexia',
  'gait_abnormal',
  'tachycardia',
  'tachypnoea',
  'hypoxia',
  'high_systolic',
  'weakness',
  'weakness_severe',
  'deficit_multilevel',
  'arm_root_deficit',
  'arm_reflex_root_sign',
  'ankle_reflex_reduced',
  'reflexes_reduced',
  'increased_tone',
  'rom_reduced',
  'flexion_reduced',
  'gait_antalgic',
  'sensory_deficit',
  'csf_pleocytosis',
  'cord_injury_known_or_imaged',
] as const;
export type DerivedBoolean = (typeof DERIVED_BOOLEANS)[number];

/**
 * List members that a derived feature reads, and that the models read only through it: the history's cord injury is
 * one way `cord_injury_known_or_imaged` is known (extract.ts). The interview's look-ahead sets the derived feature with
 * the answer, and the next-question ranking asks the history question on its behalf.
 */
export const DERIVED_FROM_LIST: Readonly<Partial<Record<BooleanFeature, DerivedBoolean>>> = {
  'cond:spinal_cord_injury': 'cord_injury_known_or_imaged',
};

export type BooleanFeature =
  | `f:${FindingId}`
  | `cond:${HistoryCondition}`
  | `med:${Medication}`
  | `exp:${Exposure}`
  | `trig:${Trigger}`
  | `region:${Region}`
  | `emg:${EmgFinding}`
  | `img:${ImagingFinding}`
  | DerivedBoolean;

export type FeatureId = BooleanFeature | CategoryFeature;

/** What a feature is about, as data: the vocabulary it comes from and the id within it. */
export type FeatureKey =
  | { readonly vocabulary: 'finding'; readonly id: FindingId }
  | { readonly vocabulary: 'condition'; readonly id: HistoryCondition }
  | { readonly vocabulary: 'medication'; readonly id: Medication }
  | { readonly vocabulary: 'exposure'; readonly id: Exposure }
  | { readonly vocabulary: 'trigger'; readonly id: Trigger }
  | { readonly vocabulary: 'region'; readonly id: Region }
  | { readonly vocabulary: 'emg'; readonly id: EmgFinding }
  | { readonly vocabulary: 'imaging'; readonly id: ImagingFinding }
  | { readonly vocabulary: 'derived'; readonly id: DerivedBoolean }
  | { readonly vocabulary: 'category'; readonly id: CategoryFeature };

export interface FeatureDef {
  readonly id: FeatureId;
  readonly values: readonly string[];
}

const booleans: (readonly [BooleanFeature, FeatureKey])[] = [
  ...FINDING_IDS.map((id) => [`f:${id}`, { vocabulary: 'finding', id }] as const),
  ...HISTORY_CONDITIONS.map((id) => [`cond:${id}`, { vocabulary: 'condition', id }] as const),
  ...MEDICATIONS.map((id) => [`med:${id}`, { vocabulary: 'medication', id }] as const),
  ...EXPOSURES.map((id) => [`exp:${id}`, { vocabulary: 'exposure', id }] as const),
  ...TRIGGERS.map((id) => [`trig:${id}`, { vocabulary: 'trigger', id }] as const),
  ...REGIONS.map((id) => [`region:${id}`, { vocabulary: 'region', id }] as const),
  ...EMG_FINDINGS.map((id) => [`emg:${id}`, { vocabulary: 'emg', id }] as const),
  ...IMAGING_FINDINGS.map((id) => [`img:${id}`, { vocabulary: 'imaging', id }] as const),
  ...DERIVED_BOOLEANS.map((id) => [id, { vocabulary: 'derived', id }] as const),
];
const categories = (Object.keys(CATEGORIES) as CategoryFeature[]).map(
  (id) => [id, { vocabulary: 'category', id }] as const,
);

export const FEATURES: readonly FeatureDef[] = [
  ...booleans.map(([id]) => ({ id, values: BOOLEAN })),
  ...categories.map(([id]) => ({ id, values: CATEGORIES[id] })),
];

const KEYS = new Map<FeatureId, FeatureKey>([...booleans, ...categories]);

/** The vocabulary and id behind a feature, so surfaces name it without parsing its id. */
export function featureKey(id: FeatureId): FeatureKey {
  const key = KEYS.get(id);
  if (key === undefined) {
    throw new Error(`unknown feature ${id}`);
  }
  return key;
}

const INDEX = new Map<FeatureId, number>(FEATURES.map((f, i) => [f.id, i]));

/** Dense index of a feature, for array-backed evidence. */
export function featureIndex(id: FeatureId): number {
  const i = INDEX.get(id);
  if (i === undefined) {
    throw new Error(`unknown feature ${id}`);
  }
  return i;
}

export function isCategory(id: FeatureId): id is CategoryFeature {
  return id in CATEGORIES;
}

/** Index of a value within its feature; booleans are `absent` 0 and `present` 1. */
export function valueIndex(id: FeatureId, value: string): number {
  const def = FEATURES[featureIndex(id)];
  const i = def === undefined ? -1 : def.values.indexOf(value);
  if (i < 0) {
    throw new Error(`feature ${id} has no value ${value}`);
  }
  return i;
}

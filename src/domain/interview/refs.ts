/**
 * @module What an interview answer fills: a *ref* names one field of the case format
 * (../shared/design/INTERVIEW.md), and each ref has the values a patient may give, `null` always
 * meaning "I don't know". Only what a patient can tell is a ref: the findings a clinician must
 * elicit are left out by name, so no question can ask for them.
 */
import {
  EXPOSURES,
  FINDING_IDS,
  HISTORY_CONDITIONS,
  MEDICATIONS,
  ONSETS,
  COURSES,
  REGIONS,
  SEXES,
  SIDES,
  SPREADS,
  TRIGGERS,
  type Exposure,
  type FindingId,
  type HistoryCondition,
  type Medication,
  type Region,
  type Trigger,
} from '../kb/index.js';
import { MAX_AGE_YEARS } from '../shared/index.js';

/** Findings a patient cannot report: exam signs, ECG, slit lamp (INTERVIEW.md "Patient-knowable only"). */
export const CLINICIAN_ONLY_FINDINGS = [
  'midline_bony_tenderness',
  'palpable_taut_muscle',
  'reduced_anal_tone',
  'sensory_level',
  'ecg_u_waves_or_flat_t',
  'ecg_long_qt',
  'arrhythmia',
  'chvostek_sign',
  'trousseau_sign',
  'stocking_glove_sensory_loss',
  'fasciculations_visible',
  'muscle_wasting',
  'pigmentary_retinopathy',
  'hyperreflexia',
  'clonus',
  'babinski_sign',
  'kayser_fleischer_rings',
  'focal_neurological_deficit',
  'rigidity',
  'risus_sardonicus',
  'spinal_deformity',
] as const satisfies readonly FindingId[];
export type ClinicianOnlyFinding = (typeof CLINICIAN_ONLY_FINDINGS)[number];
export type PatientFinding = Exclude<FindingId, ClinicianOnlyFinding>;

export const PATIENT_FINDINGS = FINDING_IDS.filter(
  (f): f is PatientFinding => !(CLINICIAN_ONLY_FINDINGS as readonly string[]).includes(f),
);

/** Refs holding one value of their own (a number or one option). */
export const SCALAR_REFS = [
  'patient.ageYears',
  'patient.sex',
  'history.onset',
  'history.course',
  'history.spread',
  'history.side',
  'history.durationDays',
  'history.painNrs',
  'history.psfsFrequency',
  'history.psfsSeverity',
  'vitals.temperatureC',
] as const;
export type ScalarRef = (typeof SCALAR_REFS)[number];

/** Refs that are one member of a list or one finding: `true`, `false` or `null`. */
export type BooleanRef =
  | `history.regions.${Region}`
  | `history.triggers.${Trigger}`
  | `findings.${PatientFinding}`
  | `conditions.${HistoryCondition}`
  | `medications.${Medication}`
  | `exposures.${Exposure}`;

export type Ref = ScalarRef | BooleanRef;

/** A value an answer may carry; `null` is "I don't know". */
export type AnswerValue = boolean | number | string | null;

/** The answers so far, by ref. A ref that is missing was not asked. */
export type Answers = Readonly<Partial<Record<Ref, AnswerValue>>>;

/** What a scalar ref accepts besides `null`: a number in a range, or one of its options (the case format's). */
export type ScalarRule =
  | {
      readonly kind: 'number';
      readonly min: number;
      readonly max: number;
      readonly integer: boolean;
    }
  | { readonly kind: 'option'; readonly values: readonly string[] };

const range = (min: number, max: number, integer = false): ScalarRule => ({
  kind: 'number',
  min,
  max,
  integer,
});
const oneOf = (values: readonly string[]): ScalarRule => ({ kind: 'option', values });

export const SCALAR_RULES: { readonly [R in ScalarRef]: ScalarRule } = {
  'patient.ageYears': range(0, MAX_AGE_YEARS),
  'patient.sex': oneOf(SEXES),
  'history.onset': oneOf(ONSETS),
  'history.course': oneOf(COURSES),
  'history.spread': oneOf(SPREADS),
  'history.side': oneOf(SIDES),
  'history.durationDays': range(0, 36500),
  'history.painNrs': range(0, 10, true),
  'history.psfsFrequency': range(0, 4, true),
  'history.psfsSeverity': range(1, 3, true),
  // the range the assessment schema accepts for a temperature (assessment/schema.ts, Vitals)
  'vitals.temperatureC': range(25, 45),
};

export const BOOLEAN_REFS: readonly BooleanRef[] = [
  ...REGIONS.map((r) => `history.regions.${r}` as const),
  ...TRIGGERS.map((t) => `history.triggers.${t}` as const),
  ...PATIENT_FINDINGS.map((f) => `findings.${f}` as const),
  ...HISTORY_CONDITIONS.map((c) => `conditions.${c}` as const),
  ...MEDICATIONS.map((m) => `medications.${m}` as const),
  ...EXPOSURES.map((x) => `exposures.${x}` as const),
];

const SCALAR_SET: ReadonlySet<string> = new Set(SCALAR_REFS);
const BOOLEAN_SET: ReadonlySet<string> = new Set(BOOLEAN_REFS);

export function isRef(s: string): s is Ref {
  return SCALAR_SET.has(s) || BOOLEAN_SET.has(s);
}

export function isScalarRef(r: Ref): r is ScalarRef {
  return SCALAR_SET.has(r);
}

/** Whether a value is one the ref accepts (`null`, "I don't know", always is). */
export function acceptsValue(ref: Ref, value: unknown): value is AnswerValue {
  if (value === null) {
    return true;
  }
  if (!isScalarRef(ref)) {
    return typeof value === 'boolean';
  }
  const rule = SCALAR_RULES[ref];
  if (rule.kind === 'option') {
    return typeof value === 'string' && rule.values.includes(value);
  }
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= rule.min &&
    value <= rule.max &&
    (!rule.integer || Number.isInteger(value))
  );
}

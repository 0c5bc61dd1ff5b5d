/**
 * @module What can go wrong reading FHIR or a CDS Hooks call, as issue codes (words live in the i18n
 * catalog), and what an import reports about the parts it could not map: never dropped in silence.
 */

/** Problems that make a bundle or a hook call unusable: nothing is stored, the caller gets a 4xx. */
export type FhirIssueCode =
  | 'fhir.not_a_bundle'
  | 'fhir.invalid_resource'
  | 'fhir.several_values'
  | 'fhir.patient_missing'
  | 'fhir.patient_ambiguous'
  | 'fhir.other_patient'
  | 'fhir.duplicate_id'
  | 'cds.unknown_service'
  | 'cds.hook_mismatch'
  | 'cds.prefetch_unavailable'
  | 'cds.fhir_server_failed'
  | 'cds.unauthorized';

/** Why a resource, or a part of one, did not become part of the assessment. */
export const UNMAPPED_REASONS = [
  /** A resource type the import does not read (e.g. AllergyIntolerance). */
  'unsupported_resource',
  /** No code the knowledge base or Tonus's own systems know. */
  'unknown_code',
  /** Not current: a stopped medication, a refuted or entered-in-error condition, a cancelled result. */
  'not_current',
  /** The code is known but the resource carries no usable value. */
  'no_value',
  /** The value has the wrong type for the code (text where a number belongs). */
  'value_type',
  /** The unit cannot measure what the code names. */
  'unit_not_convertible',
  /** The value is outside what the assessment accepts (the issue says which rule). */
  'rejected_value',
  /** A newer result for the same thing was taken instead. */
  'superseded',
  /** An order with its check, or an EMG study: exported for the EHR, not imported (the check's patient context and the study's file are not in a Bundle). */
  'record_only',
] as const;
export type UnmappedReason = (typeof UNMAPPED_REASONS)[number];

export interface UnmappedPart {
  /** `Observation/abc`, or `entry[3]` when the resource has no id. */
  readonly resource: string;
  readonly reason: UnmappedReason;
  /** The first code of the resource, `system|code`, when there is one. */
  readonly code?: string;
  /** For `rejected_value`: the assessment field and the rule it broke. */
  readonly field?: string;
  readonly rule?: string;
}

/** Readings the import made that a reader should know about. */
export const IMPORT_NOTES = [
  /** A list was taken as complete although the source did not say it was asked (others read as absent). */
  'list_from_items',
  /** A medication was recognised by its ingredient's name, not by an ingredient code. */
  'medication_by_name',
  /** The age was worked out from the birth date and the day of the assessment. */
  'age_from_birth_date',
  /** Neither a birth date nor an age Observation: assessed with the age unknown. */
  'age_unknown',
  /** No gender (or `unknown`): assessed with the sex unknown. */
  'sex_unknown',
  /** Tonus's own results (triage, differential, plan, checks, provenance) are recomputed, not read back. */
  'derived_recomputed',
] as const;
export type ImportNote = (typeof IMPORT_NOTES)[number];

export interface ImportNoteEntry {
  readonly note: ImportNote;
  /** The list, the resource, or how many. */
  readonly about: string;
}

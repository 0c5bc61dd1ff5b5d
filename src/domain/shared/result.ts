/** @module Expected failures as data: issues with a code, a path and parameters, never thrown. */
import type { EmgIssueCode } from '../emg/issues.js';
import type { InterviewIssueCode } from '../interview/issues.js';
import type { RecordsIssueCode } from '../records/issues.js';

import type { FhirIssueCode } from '../fhir/issues.js';

/** A closed list of the problems the domain reports; surfaces turn each code into words. */
export type IssueCode =
  | FhirIssueCode
  | 'input.invalid_json'
  | 'input.required'
  | 'input.invalid_type'
  | 'input.unknown_id'
  | 'input.unknown_key'
  | 'input.out_of_range'
  | 'input.not_integer'
  | 'input.invalid_value'
  | 'input.too_long'
  | 'input.psfs_severity_without_frequency'
  | 'input.unknown_loinc'
  | 'input.unit_not_convertible'
  | 'input.lab_value_implausible'
  | 'input.unsupported_format'
  | 'input.duplicate'
  | 'input.duplicate_key'
  | 'input.forbidden_key'
  | 'input.too_deep'
  | 'input.too_large'
  | 'input.contradicts_sex'
  | 'input.contradicts_age'
  | 'input.date_after_order'
  | 'input.dose_required'
  | 'input.units_only_for_botulinum_toxin'
  | 'input.botulinum_toxin_in_units'
  | 'input.names_prescription'
  | 'input.empty_assessment'
  | 'input.none_with_others'
  | EmgIssueCode
  | InterviewIssueCode
  | RecordsIssueCode;

export interface DomainIssue {
  readonly code: IssueCode;
  /** Where in the input the problem is, e.g. `['history', 'painNrs']`. */
  readonly path: readonly (string | number)[];
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly DomainIssue[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(issues: readonly DomainIssue[]): Result<T> {
  return { ok: false, issues };
}

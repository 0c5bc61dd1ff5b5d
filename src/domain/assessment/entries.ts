/**
 * @module What makes an assessment worth keeping as an encounter: at least one entry beyond the patient's age
 * and sex. The clinician's form and the API ask the same question here, so neither stores an empty one.
 */
import type { DomainIssue } from '../shared/index.js';

/** Parts that describe nothing on their own: who the patient is, and which list members were asked. */
const NOT_ENTRIES: ReadonlySet<string> = new Set(['patient', 'known']);

// an empty list is an entry: "asked, and none" (cases/FORMAT.md); an object is one when anything in it is
function isEntry(value: unknown): boolean {
  if (value === undefined || value === null) {
    return false;
  }
  if (Array.isArray(value)) {
    return true;
  }
  if (typeof value === 'object') {
    return Object.values(value).some(isEntry);
  }
  return true;
}

/**
 * Whether an assessment records anything beyond the patient's age and sex: a history item, a finding present
 * or absent, a list (an empty one says "asked, and none"), a measurement, a result or a questionnaire.
 * @param assessment - A case-format assessment, checked or not (the form asks before its schema has).
 */
export function hasEntries(assessment: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(assessment).some(
    ([part, value]) => !NOT_ENTRIES.has(part) && isEntry(value),
  );
}

/**
 * The rule "an empty assessment is not an encounter", as issues for the whole document.
 * @param assessment - The assessment about to be stored.
 * @param prefix - Its path inside a larger document.
 * @returns One issue when nothing beyond age and sex was entered; none otherwise.
 */
export function emptyAssessmentIssues(
  assessment: Readonly<Record<string, unknown>>,
  prefix: readonly (string | number)[] = [],
): DomainIssue[] {
  return hasEntries(assessment) ? [] : [{ code: 'input.empty_assessment', path: [...prefix] }];
}

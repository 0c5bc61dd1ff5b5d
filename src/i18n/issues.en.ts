/** @module English messages for input errors: each names the field and the rule it broke. */
import { isEmgIssueCode } from '../domain/emg/index.js';
import type { DomainIssue } from '../domain/shared/index.js';
import { EMG_EN } from './emg.en.js';
import { isRecordsIssueCode } from '../domain/records/index.js';
import { RECORDS_ISSUE_TEXT } from './records.en.js';
import { INTERVIEW_ISSUE_TEXT, isInterviewCode } from './interview.en.js';
import { FHIR_ISSUE_TEXT, isFhirIssue } from './fhir.en.js';
import { plural } from './plural.js';

export function fieldPath(path: readonly (string | number)[]): string {
  if (path.length === 0) {
    return '(document)';
  }
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') {
      out += `[${p}]`;
    } else {
      out += out === '' ? p : `.${p}`;
    }
  }
  return out;
}

/** The vocabulary an unknown id belongs to, in the singular. */
const VOCABULARY: Readonly<Record<string, string>> = {
  findings: 'finding',
  conditions: 'condition',
  medications: 'medication',
  exposures: 'exposure',
  triggers: 'trigger',
  regions: 'region',
  emg: 'EMG finding',
  imaging: 'imaging finding',
  mrc: 'MRC root',
  reflexes: 'reflex',
  romPercentOfNormal: 'movement',
  movements: 'movement',
};

function v(issue: DomainIssue, key: string): string {
  return String(issue.params?.[key] ?? '?');
}

function rangeRule(issue: DomainIssue): string {
  const p = issue.params ?? {};
  if (p.max !== undefined) {
    return `must be at most ${v(issue, 'max')}`;
  }
  if (p.below !== undefined) {
    return `must be less than ${v(issue, 'below')}`;
  }
  if (p.above !== undefined) {
    return `must be more than ${v(issue, 'above')}`;
  }
  return `must be at least ${v(issue, 'min')}`;
}

export function issueText(issue: DomainIssue): string {
  const code = issue.code;
  if (isEmgIssueCode(code)) {
    return EMG_EN.issue[code](issue);
  }
  if (isRecordsIssueCode(code)) {
    return RECORDS_ISSUE_TEXT[code](issue);
  }
  if (isInterviewCode(code)) {
    return INTERVIEW_ISSUE_TEXT[code](issue);
  }
  if (isFhirIssue(code)) {
    return FHIR_ISSUE_TEXT[code](issue);
  }
  const field = fieldPath(issue.path);
  switch (code) {
    case 'input.invalid_json':
      return `not valid JSON: ${v(issue, 'detail')}`;
    case 'input.required':
      return `${field}: is required (expected ${v(issue, 'expected')})`;
    case 'input.invalid_type':
      return `${field}: expected ${v(issue, 'expected')}, got ${v(issue, 'value')}`;
    case 'input.unknown_id':
      return `${field}: unknown ${VOCABULARY[v(issue, 'vocabulary')] ?? v(issue, 'vocabulary')} id ${v(issue, 'id')}${issue.params?.allowed === undefined ? '' : ` (allowed: ${v(issue, 'allowed')})`}`;
    case 'input.unknown_key':
      return `${field}: unknown field "${v(issue, 'key')}"`;
    case 'input.out_of_range':
      return `${field}: ${rangeRule(issue)} (got ${v(issue, 'value')})`;
    case 'input.not_integer':
      return `${field}: must be a whole number (got ${v(issue, 'value')})`;
    case 'input.invalid_value':
      return `${field}: ${v(issue, 'rule')}`;
    case 'input.too_long':
      return `${field}: at most ${plural('en', v(issue, 'max'), { one: '# entry', other: '# entries' })}`;
    case 'input.psfs_severity_without_frequency':
      return `${field}: PSFS severity is only given when spasm frequency is 1 or more`;
    case 'input.unknown_loinc':
      return `${field}: unknown LOINC code ${v(issue, 'loinc')}`;
    case 'input.unit_not_convertible':
      return `${field}: unit "${v(issue, 'unit')}" cannot measure ${v(issue, 'analyte')} (LOINC ${v(issue, 'loinc')}); allowed: ${v(issue, 'allowed')}`;
    case 'input.lab_value_implausible':
      return `${field}: ${v(issue, 'value')} ${v(issue, 'unit')} is outside the possible range for ${v(issue, 'analyte')}`;
    case 'input.unsupported_format':
      return `${field}: unsupported format ${v(issue, 'format')}`;
    case 'input.duplicate':
      return `${field}: duplicate ${v(issue, 'what')}`;
    case 'input.duplicate_key':
      return `${field}: the key "${v(issue, 'key')}" is given twice; give each key once`;
    case 'input.forbidden_key':
      return `${field}: the key "${v(issue, 'key')}" is not allowed anywhere in a document`;
    case 'input.too_deep':
      return `${field}: nested more than ${v(issue, 'max')} levels deep`;
    case 'input.contradicts_sex':
      return `${field}: ${v(issue, 'condition')} cannot be recorded for a patient whose ${v(issue, 'other')} is ${v(issue, 'sex')}; correct one of the two`;
    case 'input.contradicts_age':
      return `${field}: ${v(issue, 'condition')} cannot be recorded at ${v(issue, 'other')} ${v(issue, 'age')} (the youngest possible is ${v(issue, 'minAge')}); correct one of the two`;
    case 'input.date_after_order':
      return `${field}: ${v(issue, 'value')} is after the order date ${v(issue, 'orderDate')}; a past event cannot be later than the order`;
    case 'input.dose_required':
      return `${field}: a dose is required unless the order stops the drug`;
    case 'input.units_only_for_botulinum_toxin':
      return `${field}: units (U) are only for botulinum toxin`;
    case 'input.botulinum_toxin_in_units':
      return `${field}: botulinum toxin is dosed in units (U)`;
    case 'input.empty_assessment':
      return `${field}: enter at least one history item, symptom, sign or result beyond age and sex: an empty assessment is not an encounter`;
    case 'input.none_with_others':
      return `${field}: "${v(issue, 'none')}" cannot be listed with another ${VOCABULARY[String(issue.path.at(-1))] ?? 'entry'} (${v(issue, 'others')}); keep one or the other`;
    case 'input.names_prescription':
      return `${field}: names a prescription drug or a dose ("${v(issue, 'found')}"); the patient reads this, so a drug goes in an order, where it is checked`;
    case 'input.too_large':
      return `${field}: ${v(issue, 'length')} characters, more than the ${v(issue, 'max')} allowed`;
  }
}

export const NOTICE = 'Decision support, not a diagnosis: a clinician must confirm every result.';

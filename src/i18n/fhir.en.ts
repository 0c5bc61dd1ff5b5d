/** @module English for FHIR import and CDS Hooks: issue messages, what an import could not map and why. */
import type { ImportNote, UnmappedReason } from '../domain/fhir/index.js';
import type { FhirIssueCode } from '../domain/fhir/issues.js';
import type { DomainIssue, IssueCode } from '../domain/shared/index.js';
import { fieldPath } from './issues.en.js';
import { plural } from './plural.js';

function p(issue: DomainIssue, key: string): string {
  return String(issue.params?.[key] ?? '?');
}

/** Why a CDS client's token was refused. */
const AUTH_FAILURE_TEXT: Readonly<Record<string, string>> = {
  missing_token: 'a bearer JWT is required (Authorization: Bearer <JWT>)',
  malformed_token: 'not a signed JWT with a kid and typ JWT',
  algorithm_not_allowed:
    'the JWT must be signed with an asymmetric algorithm (ES384 or RS384 recommended), never none or HMAC',
  unknown_issuer: 'the JWT’s issuer (iss) is not one this service trusts',
  jku_not_allowed: 'the JWT’s jku is not the key-set URL configured for its issuer',
  bad_signature: 'the JWT’s signature does not verify with its issuer’s keys',
  expired: 'the JWT has expired',
  wrong_audience: 'the JWT’s aud is not the URL of this endpoint',
  missing_claim: 'the JWT must carry iss, aud, exp, iat and jti',
};

export const FHIR_ISSUE_TEXT: Readonly<Record<FhirIssueCode, (issue: DomainIssue) => string>> = {
  'fhir.not_a_bundle': (i) =>
    `${fieldPath(i.path)}: expected a FHIR Bundle (resourceType "Bundle"), got ${p(i, 'got')}`,
  'fhir.invalid_resource': (i) =>
    `${fieldPath(i.path)}: not a valid FHIR R4 resource: ${p(i, 'detail')}`,
  'fhir.several_values': (i) =>
    `${fieldPath(i.path)}: only one value[x] may be given (found ${p(i, 'found')})`,
  'fhir.patient_missing': () =>
    'the bundle holds no Patient and no age: Tonus needs to know whom it assesses',
  'fhir.patient_ambiguous': (i) =>
    `the bundle is about ${plural('en', p(i, 'count'), { one: '# patient', other: '# different patients' })}; import one patient at a time`,
  'fhir.other_patient': (i) =>
    `${fieldPath(i.path)}: refers to patient ${p(i, 'patient')}, not the patient of this bundle`,
  'fhir.duplicate_id': (i) =>
    `${fieldPath(i.path)}: ${p(i, 'id')} appears twice (first at ${p(i, 'first')})`,
  'cds.unknown_service': (i) => `no CDS service "${p(i, 'service')}" (known: ${p(i, 'known')})`,
  'cds.hook_mismatch': (i) =>
    `hook: service ${p(i, 'service')} answers "${p(i, 'expected')}", not "${p(i, 'got')}"`,
  'cds.prefetch_unavailable': (i) =>
    `prefetch.${p(i, 'key')}: not given and no FHIR server to fetch it from (send it, or fhirServer and fhirAuthorization)`,
  'cds.fhir_server_failed': (i) => `fhirServer: fetching ${p(i, 'key')} failed (${p(i, 'detail')})`,
  'cds.unauthorized': (i) =>
    `Authorization: ${AUTH_FAILURE_TEXT[p(i, 'reason')] ?? p(i, 'reason')}`,
};

export function isFhirIssue(code: IssueCode): code is FhirIssueCode {
  return Object.hasOwn(FHIR_ISSUE_TEXT, code);
}

export const UNMAPPED_REASON_TEXT: Readonly<Record<UnmappedReason, string>> = {
  unsupported_resource: 'a resource type Tonus does not read',
  unknown_code: 'no code Tonus knows',
  not_current: 'not current (stopped, resolved, refuted, cancelled or entered in error)',
  no_value: 'no usable value',
  value_type: 'a value of the wrong type for its code',
  unit_not_convertible: 'a unit that cannot measure what the code names',
  rejected_value: 'a value the assessment does not accept',
  superseded: 'a newer result for the same thing was taken instead',
  record_only:
    'an order with its check, or an EMG study: exported for other systems, not imported (the check’s patient context and the study’s file are not in the Bundle)',
};

export const IMPORT_NOTE_TEXT: Readonly<Record<ImportNote, string>> = {
  list_from_items:
    'taken as the complete list, so what is not on it is read as absent (the source did not say the list was asked)',
  medication_by_name: 'recognised by the ingredient’s name, not by an ingredient code',
  age_from_birth_date: 'age worked out from the birth date on the day of the assessment',
  age_unknown:
    'no birth date and no age Observation (LOINC 30525-0): assessed with the age unknown, so age-based rules could not apply',
  sex_unknown: 'no gender given: assessed with the sex unknown, so sex-based rules could not apply',
  derived_recomputed:
    'Tonus results (triage, differential, plan, checks, provenance) recomputed from the input, not read back',
};

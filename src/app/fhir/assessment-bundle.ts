/**
 * @module Use cases: an assessment (or a case file) as a FHIR R4 collection Bundle with the engine's
 * answer and its provenance; and a Bundle read back into an assessment with a report of what could not
 * be mapped. Nothing is read when the Bundle breaks the official schema or a profile.
 */
import type { Bundle, Resource } from '@medplum/fhirtypes';
import type { Assessment } from '../../domain/assessment/index.js';
import { assess, type AssessmentResult } from '../../domain/engine/index.js';
import {
  assessmentFromFhir,
  assessmentToFhir,
  collectionBundle,
  patientResource,
  profiles,
  provenanceOf,
  referenceTo,
  resultToFhir,
  tonusDevice,
  type AssessmentImport,
  type Software,
  type WriteContext,
} from '../../domain/fhir/index.js';
import {
  fail,
  fromZodIssues,
  ok,
  type DomainIssue,
  type Result,
} from '../../domain/shared/index.js';
import { parseAssessmentDocument } from '../assess-document.js';

export interface BundleClock {
  /** A new resource id: a UUID. */
  readonly newId: () => string;
  /** Now, as an instant (`2026-11-25T10:00:00.000Z`). */
  readonly now: string;
  readonly software: Software;
}

/** The resources of one assessment and its answer about one patient, with Tonus's provenance. */
export function assessmentResources(
  assessment: Assessment,
  result: AssessmentResult,
  ctx: WriteContext,
  patientId: string,
  clock: BundleClock,
): Resource[] {
  const written: Resource[] = [
    patientResource(patientId, assessment.patient.sex),
    ...assessmentToFhir(assessment, ctx),
    ...resultToFhir(result, ctx),
  ];
  const device = tonusDevice(ctx, clock.software);
  return [...written, device, provenanceOf(written, device, ctx, clock.now)];
}

/** An assessment document (assessment or case file) as a collection Bundle with its answer. */
export function exportAssessmentBundle(input: unknown, clock: BundleClock): Result<Bundle> {
  const parsed = parseAssessmentDocument(input);
  if (!parsed.ok) {
    return parsed;
  }
  const patientId = clock.newId();
  const ctx: WriteContext = {
    subject: referenceTo('urn', 'Patient', patientId),
    effective: clock.now,
    newId: clock.newId,
    style: 'urn',
  };
  const result = assess(parsed.value, { audience: 'clinician', asOf: clock.now.slice(0, 10) });
  const resources = assessmentResources(parsed.value.assessment, result, ctx, patientId, clock);
  return ok(collectionBundle(clock.newId(), clock.now, resources));
}

/**
 * Reads a Bundle into an assessment.
 * @param schemaIssues - The official-schema check (an adapter's); every issue it finds makes the Bundle invalid.
 */
export function importAssessmentBundle(
  input: unknown,
  asOf: string,
  schemaIssues: (bundle: unknown) => readonly DomainIssue[],
): Result<AssessmentImport> {
  const structural = schemaIssues(input);
  if (structural.length > 0) {
    return fail(structural);
  }
  const bundle = profiles.Bundle.safeParse(input, { reportInput: true });
  if (!bundle.success) {
    return fail(fromZodIssues(bundle.error.issues));
  }
  return assessmentFromFhir(
    (bundle.data.entry ?? []).map((e, i) => ({ resource: e.resource, at: `entry[${i}].resource` })),
    { asOf },
  );
}

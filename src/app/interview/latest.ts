/**
 * @module Use case: the patient's latest saved check, with its answers and language, so any device the
 * patient signs in on can follow it (ask the stateless interview for its result in the page's language)
 * instead of only the device that ran it. Read as the encounters are: the patient and their clinicians.
 */
import { fail, ok, type Result } from '../../domain/shared/index.js';
import {
  auditRead,
  issue,
  openPatient,
  type CoreDeps,
  type RequestContext,
} from '../shared/index.js';
import type { LatestInterview } from './saved.js';

export async function latestInterview(
  deps: CoreDeps,
  ctx: RequestContext,
  patientId: unknown,
): Promise<Result<LatestInterview>> {
  const access = await openPatient(deps, ctx, patientId, 'encounter.read', [
    'patient',
    'clinician',
    'admin',
  ]);
  if (!access.ok) {
    return access;
  }
  const row = await deps.store.read.encounters.latestInterview(access.value.patientId);
  // the read is audited whether or not a check was saved: the record was looked at
  await auditRead(deps, ctx, {
    action: 'encounter.read',
    resourceType: 'encounter',
    resourceId: row?.id ?? null,
    patientId: access.value.patientId,
  });
  const kept = row?.interview ?? null;
  if (row === undefined || kept === null) {
    return fail([issue('record.not_found', { resource: 'encounter' })]);
  }
  return ok({ encounterId: row.id, at: row.createdAt, answers: kept.answers, locale: kept.locale });
}

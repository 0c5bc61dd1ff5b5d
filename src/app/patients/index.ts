/**
 * @module Use cases over patient records: the list a user may see, one record, its date of birth and sex,
 * and the chart summary.
 */
import {
  birthDateIssues,
  DemographicsInput,
  summarizePatient,
  type PatientRecord,
  type PatientSummary,
} from '../../domain/records/index.js';
import { fail, ok, type Result } from '../../domain/shared/index.js';
import {
  appendAudit,
  auditRead,
  issue,
  openPatient,
  parseInput,
  readPatientData,
  requireUser,
  transactOnPatient,
  type CoreDeps,
  type RequestContext,
} from '../shared/index.js';

export { createSummaryCache } from './summary-cache.js';

/** A patient sees their own record; clinicians and admins the patients assigned to them. */
export async function listPatients(
  deps: CoreDeps,
  ctx: RequestContext,
): Promise<Result<PatientRecord[]>> {
  const user = requireUser(ctx);
  if (!user.ok) {
    return user;
  }
  const { patientId, role, userId } = user.value;
  let rows: PatientRecord[];
  if (role === 'patient') {
    const own = patientId === null ? undefined : await deps.store.read.patients.byId(patientId);
    rows = own === undefined ? [] : [own];
  } else {
    rows = await deps.store.read.patients.listForClinician(userId);
  }
  await auditRead(deps, ctx, { action: 'patient.list', resourceType: 'patient' });
  return ok(rows);
}

export async function getPatient(
  deps: CoreDeps,
  ctx: RequestContext,
  patientId: unknown,
): Promise<Result<PatientRecord>> {
  const r = await readPatientData(deps, ctx, patientId, {
    action: 'patient.read',
    resourceType: 'patient',
    roles: ['patient', 'clinician', 'admin'],
    read: (repos, access) => repos.patients.byId(access.patientId),
  });
  if (!r.ok) {
    return r;
  }
  return r.value === undefined
    ? fail([issue('record.not_found', { resource: 'patient' })])
    : ok(r.value);
}

/**
 * Sets a record's date of birth and sex (`null` clears one, a field left out stays): the patient themself
 * and their assigned clinicians; the change and its audit entry in one commit.
 */
export async function updateDemographics(
  deps: CoreDeps,
  ctx: RequestContext,
  patientId: unknown,
  body: unknown,
): Promise<Result<PatientRecord>> {
  const access = await openPatient(deps, ctx, patientId, 'patient.update', [
    'patient',
    'clinician',
  ]);
  if (!access.ok) {
    return access;
  }
  const input = parseInput(DemographicsInput, body);
  if (!input.ok) {
    return input;
  }
  const { birthDate } = input.value;
  const born =
    birthDate === undefined || birthDate === null
      ? []
      : birthDateIssues(birthDate, deps.clock.now());
  if (born.length > 0) {
    return fail(born);
  }
  const id = access.value.patientId;
  return transactOnPatient(deps, ctx, access.value, 'patient.update', async (tx) => {
    await tx.patients.setDemographics(id, input.value);
    const updated = await tx.patients.byId(id);
    if (updated === undefined) {
      return fail([issue('record.not_found', { resource: 'patient' })]);
    }
    await appendAudit(deps, tx, ctx, {
      action: 'patient.update',
      resourceType: 'patient',
      resourceId: id,
      patientId: id,
      outcome: 'allowed',
    });
    return ok(updated);
  });
}

export function getSummary(
  deps: CoreDeps,
  ctx: RequestContext,
  patientId: unknown,
): Promise<Result<PatientSummary>> {
  return readPatientData(deps, ctx, patientId, {
    action: 'summary.read',
    resourceType: 'patient',
    roles: ['patient', 'clinician', 'admin'],
    read: async (repos, { patientId }) => {
      const stamp = await repos.charts.stamp(patientId);
      const kept = stamp === null ? undefined : deps.summaries.get(patientId, stamp);
      if (kept !== undefined) {
        return kept;
      }
      const [diary, outcomes] = await Promise.all([
        repos.diary.daily(patientId),
        repos.outcomes.points(patientId),
      ]);
      const summary = summarizePatient(patientId, diary, outcomes);
      // unchanged stamp: no change to this chart committed while it was read, so the summary is its state
      if (stamp !== null && (await repos.charts.stamp(patientId)) === stamp) {
        deps.summaries.keep(patientId, stamp, summary);
      }
      return summary;
    },
  });
}

/**
 * @module Use cases of a patient's record in FHIR: the whole record as a collection Bundle (a patient
 * their own, clinicians and admins those assigned to them; orders and EMG studies for clinicians and
 * admins only, as in the API), and a Bundle imported as a new patient assigned to the importing clinician,
 * everything in one transaction: nothing is stored when the Bundle is invalid. Both are audited.
 */
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { parseAssessment } from '../../domain/assessment/index.js';
import { assess } from '../../domain/engine/index.js';
import {
  collectionBundle,
  profiles,
  provenanceOf,
  recordFromFhir,
  recordToFhir,
  tonusDevice,
  type ImportReport,
  type PatientRecordData,
  type RecordEncounter,
  type RecordOrder,
  type Software,
} from '../../domain/fhir/index.js';
import { checkOrder } from '../../domain/orders/index.js';
import {
  RecordId,
  scoreOutcome,
  type DiaryEntry,
  type Outcome,
} from '../../domain/records/index.js';
import {
  fail,
  fromZodIssues,
  ok,
  type DomainIssue,
  type Result,
} from '../../domain/shared/index.js';
import { encounterRow } from '../encounters/index.js';
import {
  appendAudit,
  audit,
  issue,
  readPatientData,
  requireRole,
  type CoreDeps,
  type EncounterRow,
  type Repos,
  type RequestContext,
} from '../shared/index.js';

export interface FhirRecordDeps {
  readonly core: CoreDeps;
  readonly software: Software;
  /** The official-schema check (an adapter's): any issue makes the Bundle invalid. */
  readonly schemaIssues: (bundle: unknown) => readonly DomainIssue[];
}

/** An encounter's assessment as entered, without the case file's own fields. */
function assessmentOf(row: EncounterRow): RecordEncounter | undefined {
  const {
    format: _format,
    id: _id,
    summary: _summary,
    ...input
  } = row.input as Record<string, unknown>;
  const parsed = parseAssessment(input);
  if (!parsed.ok) {
    return undefined;
  }
  return {
    id: row.id,
    createdAt: row.createdAt,
    assessment: parsed.value.assessment,
    // the engine is deterministic for an assessment and a day: the answer is the one frozen then
    result: assess(parsed.value, { audience: 'clinician', asOf: row.createdAt.slice(0, 10) }),
  };
}

async function recordData(
  repos: Repos,
  patientId: string,
  clinical: boolean,
): Promise<PatientRecordData | undefined> {
  const patient = await repos.patients.byId(patientId);
  if (patient === undefined) {
    return undefined;
  }
  const [encounters, diary, outcomes, selfCare, plans, orders, emgStudies] = await Promise.all([
    repos.encounters.list(patientId),
    repos.diary.list(patientId),
    repos.outcomes.list(patientId),
    repos.selfCare.list(patientId),
    repos.plans.list(patientId),
    clinical ? repos.orders.list(patientId) : Promise.resolve([]),
    clinical ? repos.emgStudies.list(patientId) : Promise.resolve([]),
  ]);
  return {
    patient,
    encounters: encounters.flatMap((e) => assessmentOf(e) ?? []),
    diary,
    outcomes,
    selfCare,
    plans,
    orders: orders.map((o): RecordOrder => ({
      id: o.id,
      order: o.request.order,
      result: checkOrder(o.request),
      createdAt: o.createdAt,
    })),
    emgStudies,
  };
}

/** The operator at the host's command line reads any record (they hold the database); audited too. */
async function operatorRead(
  deps: CoreDeps,
  ctx: RequestContext,
  patientId: unknown,
): Promise<Result<PatientRecordData | undefined>> {
  const id = RecordId.safeParse(patientId);
  const data = id.success ? await recordData(deps.store.read, id.data, true) : undefined;
  await audit(deps, ctx, {
    action: 'fhir.export',
    resourceType: 'patient',
    resourceId: id.success ? id.data : null,
    patientId: data === undefined ? null : data.patient.id,
    outcome: data === undefined ? 'failed' : 'allowed',
  });
  return ok(data);
}

/** The whole record as a FHIR R4 Bundle of type `collection`, with Tonus's Device and Provenance. */
export async function exportPatientFhir(
  d: FhirRecordDeps,
  ctx: RequestContext,
  patientId: unknown,
): Promise<Result<Bundle>> {
  const r =
    ctx.actor?.kind === 'operator'
      ? await operatorRead(d.core, ctx, patientId)
      : await readPatientData(d.core, ctx, patientId, {
          action: 'fhir.export',
          resourceType: 'patient',
          roles: ['patient', 'clinician', 'admin'],
          read: (repos, access) =>
            recordData(repos, access.patientId, access.actor.role !== 'patient'),
        });
  if (!r.ok) {
    return r;
  }
  if (r.value === undefined) {
    return fail([issue('record.not_found', { resource: 'patient' })]);
  }
  const data = r.value;
  const now = d.core.clock.now();
  const newId = (): string => d.core.ids.newId();
  const written = recordToFhir(data, {
    style: 'urn',
    newId,
    emgFileUrl: (studyId) => `/api/patients/${data.patient.id}/emg-studies/${studyId}`,
  });
  const ctxOut = {
    subject: { reference: `urn:uuid:${data.patient.id}` },
    effective: now,
    newId,
    style: 'urn' as const,
  };
  const device = tonusDevice(ctxOut, d.software);
  const resources: Resource[] = [...written, device, provenanceOf(written, device, ctxOut, now)];
  return ok(collectionBundle(newId(), now, resources));
}

/** A FHIR dateTime as the records keep instants, or `fallback` when it names no instant. */
function instantOr(dateTime: string | undefined, fallback: string): string {
  const t = dateTime === undefined ? Number.NaN : Date.parse(dateTime);
  return Number.isNaN(t) ? fallback : new Date(t).toISOString();
}

export interface FhirImportResult {
  readonly patientId: string;
  readonly stored: {
    readonly encounters: number;
    readonly diary: number;
    readonly outcomes: number;
    readonly selfCare: number;
    readonly plans: number;
  };
  readonly report: Pick<ImportReport, 'mapped' | 'unmapped' | 'derived' | 'notes'>;
}

/** Who imports: a clinician (the new patient is assigned to them), or the operator at the host's CLI. */
export interface ImportTarget {
  /** The clinician the new patient is assigned to, and who the records are created by. */
  readonly clinicianId: string;
}

/** The import for a clinician through the API: the new patient is theirs. */
export async function importPatientFhir(
  d: FhirRecordDeps,
  ctx: RequestContext,
  body: unknown,
): Promise<Result<FhirImportResult>> {
  const user = await requireRole(d.core, ctx, ['clinician'], {
    action: 'fhir.import',
    resourceType: 'patient',
  });
  if (!user.ok) {
    return user;
  }
  return importRecord(d, ctx, body, { clinicianId: user.value.userId });
}

/** The import by the operator at the host's command line, for a clinician named by their user id. */
export async function importForClinician(
  d: FhirRecordDeps,
  ctx: RequestContext,
  body: unknown,
  clinicianId: string,
): Promise<Result<FhirImportResult>> {
  const user = RecordId.safeParse(clinicianId).success
    ? await d.core.store.read.users.byId(clinicianId)
    : undefined;
  if (user?.role !== 'clinician') {
    return fail([
      { code: 'record.not_found', path: ['clinician'], params: { resource: 'clinician' } },
    ]);
  }
  return importRecord(d, ctx, body, { clinicianId });
}

/**
 * Validates the Bundle (official schema, then profiles), reads it, and stores the new patient with
 * everything read in one transaction with its audit entry; nothing when any part is invalid.
 */
export async function importRecord(
  d: FhirRecordDeps,
  ctx: RequestContext,
  body: unknown,
  target: ImportTarget,
): Promise<Result<FhirImportResult>> {
  const deps = d.core;
  const structural = d.schemaIssues(body);
  if (structural.length > 0) {
    return fail(structural);
  }
  const bundle = profiles.Bundle.safeParse(body, { reportInput: true });
  if (!bundle.success) {
    return fail(fromZodIssues(bundle.error.issues));
  }
  const now = deps.clock.now();
  const read = recordFromFhir(
    (bundle.data.entry ?? []).map((e, i) => ({
      resource: e.resource,
      at: `entry[${i}].resource`,
    })),
    { asOf: now.slice(0, 10) },
  );
  if (!read.ok) {
    return read;
  }
  const rec = read.value;
  const patientId = deps.ids.newId();
  const by = target.clinicianId;
  return deps.store.transact(async (tx) => {
    await tx.patients.insert({
      id: patientId,
      name: rec.name ?? 'Imported patient',
      birthDate: rec.birthDate,
      sex: rec.sex,
      createdAt: now,
    });
    await tx.assignments.insert({ clinicianId: by, patientId, createdAt: now });
    const encounterIds = new Map<string, string>();
    for (const e of rec.encounters) {
      const row = encounterRow(deps, {
        input: e.parsed.assessment,
        parsed: e.parsed,
        patientId,
        createdBy: by,
        createdAt: instantOr(e.at, now),
      });
      await tx.encounters.insert(row);
      if (e.ref !== undefined) {
        encounterIds.set(e.ref, row.id);
      }
    }
    for (const x of rec.diary) {
      const entry: DiaryEntry = {
        id: deps.ids.newId(),
        patientId,
        startedAt: x.startedAt,
        durationMinutes: x.durationMinutes,
        psfsSeverity: x.psfsSeverity,
        painNrs: x.painNrs,
        trigger: x.trigger ?? null,
        helped: x.helped ?? null,
        note: x.note ?? null,
        createdAt: now,
        createdBy: by,
        enteredInError: null,
      };
      await tx.diary.insert(entry);
    }
    for (const x of rec.outcomes) {
      const outcome: Outcome = {
        id: deps.ids.newId(),
        patientId,
        instrument: x.instrument,
        takenAt: x.takenAt,
        answers: x.answers,
        score: scoreOutcome(x),
        createdAt: now,
        createdBy: by,
      };
      await tx.outcomes.insert(outcome);
    }
    for (const x of rec.selfCare) {
      await tx.selfCare.insert({
        ...x,
        id: deps.ids.newId(),
        patientId,
        createdAt: now,
        createdBy: by,
      });
    }
    for (const p of rec.plans) {
      const encounterId =
        p.encounterRef === undefined ? undefined : encounterIds.get(p.encounterRef);
      await tx.plans.insert({
        id: deps.ids.newId(),
        patientId,
        body: { ...p.body, ...(encounterId === undefined ? {} : { encounterId }) },
        createdAt: instantOr(p.at, now),
        createdBy: by,
      });
    }
    await appendAudit(deps, tx, ctx, {
      action: 'fhir.import',
      resourceType: 'patient',
      resourceId: patientId,
      patientId,
      outcome: 'allowed',
    });
    return ok({
      patientId,
      stored: {
        encounters: rec.encounters.length,
        diary: rec.diary.length,
        outcomes: rec.outcomes.length,
        selfCare: rec.selfCare.length,
        plans: rec.plans.length,
      },
      report: rec.report,
    });
  });
}

/**
 * @module Use cases of encounters: a clinician enters an assessment, the engine runs once, and the input,
 * the result as computed (for each audience) and the knowledge-base version are frozen together. A patient
 * reads the patient result, a clinician the clinician result.
 */
import {
  emptyAssessmentIssues,
  parseAssessment,
  type ParsedAssessment,
} from '../../domain/assessment/index.js';
import { assess } from '../../domain/engine/index.js';
import { KB_VERSION } from '../../domain/kb/index.js';
import { z } from 'zod';
import {
  Encounter as EncounterRecord,
  EncounterInput,
  RecordId,
} from '../../domain/records/index.js';
import { ClinicianView, PatientView, toClinicianView, toPatientView } from '../views/index.js';
import { fail, ok, type Result } from '../../domain/shared/index.js';
import {
  createPatientData,
  issue,
  readPatientData,
  type CoreDeps,
  type CreateRequest,
  type EncounterRow,
  type RequestContext,
  type UserActor,
} from '../shared/index.js';

/** An encounter as a reader gets it: the clinician view for clinicians, the patient view for the patient. */
export const Encounter = EncounterRecord.extend({ result: z.union([ClinicianView, PatientView]) });
export type Encounter = z.infer<typeof Encounter>;

export function encounterFor(row: EncounterRow, reader: UserActor): Encounter {
  return {
    id: row.id,
    patientId: row.patientId,
    kbVersion: row.kbVersion,
    input: row.input,
    result: reader.role === 'patient' ? row.patientResult : row.clinicianResult,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
  };
}

/**
 * An encounter as kept: the engine runs once for each audience on the day it took place, and the
 * result is frozen with the knowledge-base version (the FHIR import builds its encounters here too).
 */
export function encounterRow(
  deps: CoreDeps,
  e: {
    readonly input: unknown;
    readonly parsed: ParsedAssessment;
    readonly patientId: string;
    readonly createdBy: string;
    readonly createdAt: string;
  },
): EncounterRow {
  const asOf = e.createdAt.slice(0, 10);
  return {
    id: deps.ids.newId(),
    patientId: e.patientId,
    kbVersion: KB_VERSION,
    input: e.input,
    clinicianResult: toClinicianView(
      assess(e.parsed, { audience: 'clinician', asOf }),
      deps.messages,
    ),
    patientResult: toPatientView(assess(e.parsed, { audience: 'patient', asOf }), deps.messages),
    interview: null,
    createdAt: e.createdAt,
    createdBy: e.createdBy,
  };
}

export function createEncounter(
  deps: CoreDeps,
  ctx: RequestContext,
  req: CreateRequest,
): Promise<Result<Encounter>> {
  return createPatientData(deps, ctx, req, {
    action: 'encounter.create',
    resourceType: 'encounter',
    roles: ['clinician'],
    schema: EncounterInput,
    create: async (tx, input, access) => {
      const { format: _format, id: _id, summary: _summary, ...assessment } = input;
      const parsed = parseAssessment(assessment);
      if (!parsed.ok) {
        return parsed;
      }
      const empty = emptyAssessmentIssues(parsed.value.assessment);
      if (empty.length > 0) {
        return fail(empty);
      }
      const row = encounterRow(deps, {
        input,
        parsed: parsed.value,
        patientId: access.patientId,
        createdBy: access.actor.userId,
        createdAt: deps.clock.now(),
      });
      await tx.encounters.insert(row);
      return ok(encounterFor(row, access.actor));
    },
  });
}

export function listEncounters(
  deps: CoreDeps,
  ctx: RequestContext,
  patientId: unknown,
): Promise<Result<Encounter[]>> {
  return readPatientData(deps, ctx, patientId, {
    action: 'encounter.list',
    resourceType: 'encounter',
    roles: ['patient', 'clinician', 'admin'],
    read: async (repos, access) =>
      (await repos.encounters.list(access.patientId)).map((r) => encounterFor(r, access.actor)),
  });
}

export async function getEncounter(
  deps: CoreDeps,
  ctx: RequestContext,
  patientId: unknown,
  encounterId: unknown,
): Promise<Result<Encounter>> {
  // a malformed id is simply not found, and is not copied into the audit log
  const id = RecordId.safeParse(encounterId).success ? String(encounterId) : '';
  const r = await readPatientData(deps, ctx, patientId, {
    action: 'encounter.read',
    resourceType: 'encounter',
    resourceId: id === '' ? null : id,
    roles: ['patient', 'clinician', 'admin'],
    read: async (repos, access) => {
      const row = await repos.encounters.byId(access.patientId, id);
      return row === undefined ? undefined : encounterFor(row, access.actor);
    },
  });
  if (!r.ok) {
    return r;
  }
  return r.value === undefined
    ? fail([issue('record.not_found', { resource: 'encounter' })])
    : ok(r.value);
}

/**
 * @module The two shapes of every patient-data use case: read a list (access checked, read audited) and
 * create a record (access checked, body validated, record and its audit entry in one idempotent commit, in
 * which a clinician's access is checked again: `transactOnPatient`).
 */
import type { z } from 'zod';
import type { AuditAction, Role } from '../../domain/records/index.js';
import { fail, ok, type Result } from '../../domain/shared/index.js';
import {
  appendAudit,
  auditedRead,
  openPatient,
  transactOnPatient,
  type PatientAccess,
} from './access.js';
import type { RequestContext } from './context.js';
import { checkIdempotencyKey, createOnce } from './idempotency.js';
import { parseInput } from './parse.js';
import type { CoreDeps, Repos } from './ports.js';

export interface ReadSpec<T> {
  readonly action: AuditAction;
  readonly resourceType: string;
  readonly roles: readonly Role[];
  readonly read: (repos: Repos, access: PatientAccess) => Promise<T>;
  /** The id of the one record read, when it is one; for the audit entry. */
  readonly resourceId?: string | null;
}

export async function readPatientData<T>(
  deps: CoreDeps,
  ctx: RequestContext,
  rawPatientId: unknown,
  spec: ReadSpec<T>,
): Promise<Result<T>> {
  const access = await openPatient(deps, ctx, rawPatientId, spec.action, spec.roles);
  if (!access.ok) {
    return access;
  }
  return auditedRead(
    deps,
    ctx,
    {
      action: spec.action,
      resourceType: spec.resourceType,
      resourceId: spec.resourceId ?? null,
      patientId: access.value.patientId,
    },
    () => spec.read(deps.store.read, access.value),
  );
}

export interface CreateSpec<S extends z.ZodType, T extends { readonly id: string }> {
  readonly action: AuditAction;
  readonly resourceType: string;
  readonly roles: readonly Role[];
  readonly schema: S;
  readonly create: (tx: Repos, input: z.output<S>, access: PatientAccess) => Promise<Result<T>>;
}

export interface CreateRequest {
  readonly patientId: unknown;
  readonly body: unknown;
  readonly idempotencyKey?: unknown;
}

export async function createPatientData<S extends z.ZodType, T extends { readonly id: string }>(
  deps: CoreDeps,
  ctx: RequestContext,
  req: CreateRequest,
  spec: CreateSpec<S, T>,
): Promise<Result<T>> {
  const access = await openPatient(deps, ctx, req.patientId, spec.action, spec.roles);
  if (!access.ok) {
    return access;
  }
  const key = checkIdempotencyKey(req.idempotencyKey);
  if (!key.ok) {
    return key;
  }
  const input = parseInput(spec.schema, req.body);
  if (!input.ok) {
    return input;
  }
  return createOnce(deps, {
    actorId: access.value.actor.userId,
    key: key.value,
    scope: `${spec.action}:${access.value.patientId}`,
    body: req.body,
    transact: (work) => transactOnPatient(deps, ctx, access.value, spec.action, work),
    create: async (tx) => {
      const created = await spec.create(tx, input.value, access.value);
      if (!created.ok) {
        return fail(created.issues);
      }
      await appendAudit(deps, tx, ctx, {
        action: spec.action,
        resourceType: spec.resourceType,
        resourceId: created.value.id,
        patientId: access.value.patientId,
        outcome: 'allowed',
      });
      return ok(created.value);
    },
  });
}

/**
 * @module Authorisation of patient data, checked in the use cases: a patient reaches only their own record,
 * clinicians and admins only patients assigned to them. Anything else answers "not found", as if it did not
 * exist; a role that may see the record but not do this gets "forbidden". Every decision is audited.
 */
import {
  RecordId,
  type AuditAction,
  type AuditEntry,
  type AuditOutcome,
  type Role,
} from '../../domain/records/index.js';
import { fail, ok, type DomainIssue, type Result } from '../../domain/shared/index.js';
import type { CoreDeps, Repos } from './ports.js';
import { actorId, actorRole, type RequestContext, type UserActor } from './context.js';

export interface AuditNote {
  readonly action: AuditAction;
  readonly resourceType: string;
  readonly resourceId?: string | null;
  readonly patientId?: string | null;
  readonly outcome: AuditOutcome;
}

/** The audit entry of `note`, by the request's actor, now. */
function auditEntry(deps: CoreDeps, ctx: RequestContext, note: AuditNote): AuditEntry {
  return {
    id: deps.ids.newId(),
    at: deps.clock.now(),
    actorId: actorId(ctx.actor),
    actorRole: actorRole(ctx.actor),
    action: note.action,
    resourceType: note.resourceType,
    resourceId: note.resourceId ?? null,
    patientId: note.patientId ?? null,
    outcome: note.outcome,
    requestId: ctx.requestId,
  };
}

/** Appends one audit entry inside the caller's transaction. */
export async function appendAudit(
  deps: CoreDeps,
  tx: Repos,
  ctx: RequestContext,
  note: AuditNote,
): Promise<void> {
  await tx.audit.append(auditEntry(deps, ctx, note));
}

/** Appends one audit entry in its own (durable, possibly shared) commit. */
export async function audit(deps: CoreDeps, ctx: RequestContext, note: AuditNote): Promise<void> {
  await deps.store.transact(async (tx) => {
    await appendAudit(deps, tx, ctx, note);
    return ok(undefined);
  });
}

/**
 * Appends the audit entry of an allowed read, committed before the read is answered and made durable by
 * the next flush without waiting for it (`Store.recordRead`).
 */
export async function auditRead(
  deps: CoreDeps,
  ctx: RequestContext,
  note: Omit<AuditNote, 'outcome'>,
): Promise<void> {
  await deps.store.recordRead(auditEntry(deps, ctx, { ...note, outcome: 'allowed' }));
}

export function issue(code: DomainIssue['code'], params?: DomainIssue['params']): DomainIssue {
  return params === undefined ? { code, path: [] } : { code, path: [], params };
}

/** The signed-in user, or "unauthenticated". */
export function requireUser(ctx: RequestContext): Result<UserActor> {
  return ctx.actor?.kind === 'user' ? ok(ctx.actor) : fail([issue('auth.unauthenticated')]);
}

/** The signed-in user with one of `roles`, or "unauthenticated" / "forbidden" (audited when denied). */
export async function requireRole(
  deps: CoreDeps,
  ctx: RequestContext,
  roles: readonly Role[],
  denied: Omit<AuditNote, 'outcome'>,
): Promise<Result<UserActor>> {
  const user = requireUser(ctx);
  if (!user.ok) {
    return user;
  }
  if (!roles.includes(user.value.role)) {
    await audit(deps, ctx, { ...denied, outcome: 'denied' });
    return fail([issue('auth.forbidden')]);
  }
  return user;
}

export interface PatientAccess {
  readonly actor: UserActor;
  readonly patientId: string;
}

async function canSee(deps: CoreDeps, actor: UserActor, patientId: string): Promise<boolean> {
  if (actor.role === 'patient') {
    return actor.patientId === patientId;
  }
  return deps.store.read.assignments.exists(actor.userId, patientId);
}

/**
 * Opens one patient's data for `action`: signed in, the record visible to the actor (else "not found"),
 * and the actor's role among `roles` (else "forbidden"). Denials are audited here; the caller audits the
 * allowed access together with its work.
 */
export async function openPatient(
  deps: CoreDeps,
  ctx: RequestContext,
  rawPatientId: unknown,
  action: AuditAction,
  roles: readonly Role[],
): Promise<Result<PatientAccess>> {
  const user = requireUser(ctx);
  if (!user.ok) {
    return user;
  }
  const id = RecordId.safeParse(rawPatientId);
  const patientId = id.success ? id.data : null;
  const visible = patientId !== null && (await canSee(deps, user.value, patientId));
  if (!visible || !roles.includes(user.value.role)) {
    await audit(deps, ctx, {
      action,
      resourceType: 'patient',
      resourceId: patientId,
      patientId: visible ? patientId : null,
      outcome: 'denied',
    });
    return fail([
      visible ? issue('auth.forbidden') : issue('record.not_found', { resource: 'patient' }),
    ]);
  }
  return ok({ actor: user.value, patientId: patientId });
}

/** What a write's unit answers when the access it was opened with has ended since. */
const ENDED: unique symbol = Symbol('access ended');

/**
 * Runs a write to the patient's data that `openPatient` allowed in one transaction (`Store.transact`),
 * checking the access again inside it, before `work`: an admin may have ended the clinician's assignment
 * (`unassign`) after `openPatient` looked. The assignment is held until the commit (`assignments.hold`),
 * so it cannot end while the write is under way. When it has ended, nothing of `work` runs or is stored,
 * the answer is the "not found" of a clinician never assigned, and the denial is audited in that same
 * commit (the unit answers ok, so its audit entry is kept while the work is not done). A patient's
 * access to their own record rests on their account's link to it, which never changes: no check again.
 */
export async function transactOnPatient<T>(
  deps: CoreDeps,
  ctx: RequestContext,
  access: PatientAccess,
  action: AuditAction,
  work: (tx: Repos) => Promise<Result<T>>,
): Promise<Result<T>> {
  const { actor, patientId } = access;
  if (actor.role === 'patient') {
    return deps.store.transact(work);
  }
  const r = await deps.store.transact<T | typeof ENDED>(async (tx) => {
    if (await tx.assignments.hold(actor.userId, patientId)) {
      return work(tx);
    }
    // as `openPatient` audits a record the actor does not see
    await appendAudit(deps, tx, ctx, {
      action,
      resourceType: 'patient',
      resourceId: patientId,
      patientId: null,
      outcome: 'denied',
    });
    return ok(ENDED);
  });
  if (!r.ok) {
    return r;
  }
  return r.value === ENDED
    ? fail([issue('record.not_found', { resource: 'patient' })])
    : ok(r.value);
}

/** Reads patient data and audits the allowed read, committed before returning it (see `auditRead`). */
export async function auditedRead<T>(
  deps: CoreDeps,
  ctx: RequestContext,
  note: Omit<AuditNote, 'outcome'>,
  read: () => Promise<T>,
): Promise<Result<T>> {
  const value = await read();
  await auditRead(deps, ctx, note);
  return ok(value);
}

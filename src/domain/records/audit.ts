/** @module The append-only audit log: who did what to which resource, with what outcome, when, in which request. */
import { z } from 'zod';
import { Instant, RecordId } from './primitives.js';

export const AUDIT_ACTIONS = [
  'auth.register',
  'auth.login',
  'auth.logout',
  'auth.token_created',
  'auth.invite_created',
  'auth.invite_accepted',
  'auth.password_changed',
  'auth.password_reset',
  'invitation.list',
  'invitation.revoke',
  'assignment.create',
  'assignment.list',
  'assignment.delete',
  'user.list',
  'user.disable',
  'user.enable',
  'user.reset_link',
  'audit.read',
  'patient.list',
  'patient.read',
  'patient.update',
  'summary.read',
  'diary.list',
  'diary.create',
  'diary.entered_in_error',
  'self_care.list',
  'self_care.create',
  'outcome.list',
  'outcome.create',
  'encounter.list',
  'encounter.read',
  'encounter.create',
  'plan.list',
  'plan.create',
  'order.list',
  'order.create',
  'emg_study.list',
  'emg_study.read',
  'emg_study.trace',
  'emg_study.create',
  'emg_study.analysed',
  'fhir.export',
  'fhir.import',
  'cds.call',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditOutcome = z.enum(['allowed', 'denied', 'failed']);
export type AuditOutcome = z.infer<typeof AuditOutcome>;

/** Who acted: a user's role, nobody signed in, the operator on the host (CLI), or the server's own job runner. */
export const AuditActorRole = z.enum([
  'patient',
  'clinician',
  'admin',
  'anonymous',
  'operator',
  'system',
]);
export type AuditActorRole = z.infer<typeof AuditActorRole>;

export const AuditEntry = z.strictObject({
  id: RecordId,
  at: Instant,
  actorId: RecordId.nullable(),
  actorRole: AuditActorRole,
  action: AuditAction,
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  patientId: RecordId.nullable(),
  outcome: AuditOutcome,
  requestId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.strictObject({
  patientId: RecordId.optional(),
  actorId: RecordId.optional(),
  action: AuditAction.optional(),
  since: Instant.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

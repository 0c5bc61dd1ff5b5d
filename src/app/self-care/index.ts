/** @module Use cases of self-care sessions: a patient logs the measures they did; their clinicians read them. */
import { SelfCareSessionInput, type SelfCareSession } from '../../domain/records/index.js';
import { ok, type Result } from '../../domain/shared/index.js';
import { notInFuture } from '../diary/index.js';
import {
  createPatientData,
  readPatientData,
  type CoreDeps,
  type CreateRequest,
  type RequestContext,
} from '../shared/index.js';

export function recordSelfCare(
  deps: CoreDeps,
  ctx: RequestContext,
  req: CreateRequest,
): Promise<Result<SelfCareSession>> {
  return createPatientData(deps, ctx, req, {
    action: 'self_care.create',
    resourceType: 'self_care_session',
    roles: ['patient'],
    schema: SelfCareSessionInput,
    create: async (tx, input, access) => {
      const when = notInFuture(deps, 'startedAt', input.startedAt);
      if (!when.ok) {
        return when;
      }
      const session: SelfCareSession = {
        ...input,
        id: deps.ids.newId(),
        patientId: access.patientId,
        createdAt: deps.clock.now(),
        createdBy: access.actor.userId,
      };
      await tx.selfCare.insert(session);
      return ok(session);
    },
  });
}

export function listSelfCare(
  deps: CoreDeps,
  ctx: RequestContext,
  patientId: unknown,
): Promise<Result<SelfCareSession[]>> {
  return readPatientData(deps, ctx, patientId, {
    action: 'self_care.list',
    resourceType: 'self_care_session',
    roles: ['patient', 'clinician', 'admin'],
    read: (repos, access) => repos.selfCare.list(access.patientId),
  });
}

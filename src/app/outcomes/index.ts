/** @module Use cases of outcome measures: answers kept, scores computed by the domain's scales. */
import { OutcomeInput, scoreOutcome, type Outcome } from '../../domain/records/index.js';
import { ok, type Result } from '../../domain/shared/index.js';
import { notInFuture } from '../diary/index.js';
import {
  createPatientData,
  readPatientData,
  type CoreDeps,
  type CreateRequest,
  type RequestContext,
} from '../shared/index.js';

/** A patient fills in a questionnaire at home; a clinician may record one taken in clinic. */
export function recordOutcome(
  deps: CoreDeps,
  ctx: RequestContext,
  req: CreateRequest,
): Promise<Result<Outcome>> {
  return createPatientData(deps, ctx, req, {
    action: 'outcome.create',
    resourceType: 'outcome',
    roles: ['patient', 'clinician'],
    schema: OutcomeInput,
    create: async (tx, input, access) => {
      const when = notInFuture(deps, 'takenAt', input.takenAt);
      if (!when.ok) {
        return when;
      }
      const outcome: Outcome = {
        id: deps.ids.newId(),
        patientId: access.patientId,
        instrument: input.instrument,
        takenAt: input.takenAt,
        answers: input.answers,
        score: scoreOutcome(input),
        createdAt: deps.clock.now(),
        createdBy: access.actor.userId,
      };
      await tx.outcomes.insert(outcome);
      return ok(outcome);
    },
  });
}

export function listOutcomes(
  deps: CoreDeps,
  ctx: RequestContext,
  patientId: unknown,
): Promise<Result<Outcome[]>> {
  return readPatientData(deps, ctx, patientId, {
    action: 'outcome.list',
    resourceType: 'outcome',
    roles: ['patient', 'clinician', 'admin'],
    read: (repos, access) => repos.outcomes.list(access.patientId),
  });
}

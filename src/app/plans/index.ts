/** @module Use cases of treatment plans: a clinician writes one; the patient and their clinicians read them. */
import { prescriptionMention } from '../../domain/kb/index.js';
import { PlanInput, type Plan } from '../../domain/records/index.js';
import { fail, ok, type Result } from '../../domain/shared/index.js';
import {
  createPatientData,
  readPatientData,
  type CoreDeps,
  type CreateRequest,
  type RequestContext,
} from '../shared/index.js';

export function createPlan(
  deps: CoreDeps,
  ctx: RequestContext,
  req: CreateRequest,
): Promise<Result<Plan>> {
  return createPatientData(deps, ctx, req, {
    action: 'plan.create',
    resourceType: 'plan',
    roles: ['clinician'],
    schema: PlanInput,
    create: async (tx, input, access) => {
      if (
        input.encounterId !== undefined &&
        (await tx.encounters.byId(access.patientId, input.encounterId)) === undefined
      ) {
        return fail([
          { code: 'record.not_found', path: ['encounterId'], params: { resource: 'encounter' } },
        ]);
      }
      const plan: Plan = {
        id: deps.ids.newId(),
        patientId: access.patientId,
        body: input,
        createdAt: deps.clock.now(),
        createdBy: access.actor.userId,
      };
      await tx.plans.insert(plan);
      return ok(plan);
    },
  });
}

export function listPlans(
  deps: CoreDeps,
  ctx: RequestContext,
  patientId: unknown,
): Promise<Result<Plan[]>> {
  return readPatientData(deps, ctx, patientId, {
    action: 'plan.list',
    resourceType: 'plan',
    roles: ['patient', 'clinician', 'admin'],
    read: async (repos, access) => {
      const plans = await repos.plans.list(access.patientId);
      return access.actor.role === 'patient' ? plans.map(forPatient) : plans;
    },
  });
}

/**
 * A plan as its patient reads it: a goal or note that names a prescription drug or a dose is left out.
 * Plans are refused such text when written (PlanInput), but one kept before a word joined the check is
 * read back as stored, and its patient must still not read the drug or the dose.
 */
export function forPatient(plan: Plan): Plan {
  const { note, goals, ...body } = plan.body;
  return {
    ...plan,
    body: {
      ...body,
      goals: goals.filter((g) => prescriptionMention(g) === undefined),
      ...(note === undefined || prescriptionMention(note) !== undefined ? {} : { note }),
    },
  };
}

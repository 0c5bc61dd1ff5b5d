/**
 * @module Use cases of prescription orders: the order check runs on every order and its result is kept with
 * it; an order with a hard stop is saved only with the prescriber's override reason. The check runs on the
 * patient context the prescriber sent joined with what the patient's record says (`withRecord`), so a
 * medication left out of the form cannot pass a hard stop the record would raise. Clinicians only: a
 * patient never reads a prescription through the service.
 */
import type { z } from 'zod';
import { parseAssessment } from '../../domain/assessment/index.js';
import { extractEvidence } from '../../domain/evidence/index.js';
import { checkOrder, withRecord, type OrderContext } from '../../domain/orders/index.js';
import { orderContextFrom } from '../../domain/treatment/index.js';
import { OrderInput, StoredOrder } from '../../domain/records/index.js';
import { OrderCheckView, toOrderCheckView } from '../views/index.js';
import { fail, ok, type Result } from '../../domain/shared/index.js';
import {
  createPatientData,
  readPatientData,
  type CoreDeps,
  type CreateRequest,
  type Repos,
  type RequestContext,
} from '../shared/index.js';

/** An order as kept and returned: the request and its check as the order-check view. */
export const OrderRecord = StoredOrder.extend({ check: OrderCheckView });
export type OrderRecord = z.infer<typeof OrderRecord>;

/**
 * A list (conditions or medications) as the record knows it, newest encounter first: each member is what
 * the latest encounter that answered about it said. An encounter answers a whole list, or only the members
 * its scope names (`known`: a symptom check asks about a few); a list it did not give answers nothing. So
 * a check that asked only about diuretics leaves the clinician's earlier ciprofloxacin standing.
 */
function listOnRecord<T extends string>(
  newestFirst: readonly {
    readonly list: readonly T[] | undefined;
    readonly scope: readonly T[] | undefined;
  }[],
): T[] {
  const present: T[] = [];
  const decided = new Set<T>();
  for (const { list, scope } of newestFirst) {
    if (list === undefined) {
      continue;
    }
    for (const member of list) {
      if (!decided.has(member) && !present.includes(member)) {
        present.push(member);
      }
    }
    if (scope === undefined) {
      // the whole list was answered: older encounters say nothing more about it
      return present;
    }
    for (const member of [...scope, ...list]) {
      decided.add(member);
    }
  }
  return present;
}

/**
 * What the patient's record says for an order check: kidney and liver from the latest encounter, and each
 * list (conditions, medications) as the encounters answered it (`listOnRecord`). `undefined` when the
 * record holds no encounter.
 */
async function recordContext(tx: Repos, patientId: string): Promise<OrderContext | undefined> {
  const assessments = (await tx.encounters.list(patientId))
    .map((e) => parseAssessment(e.input))
    .flatMap((p) => (p.ok ? [p.value] : []))
    .reverse();
  const latest = assessments[0];
  if (latest === undefined) {
    return undefined;
  }
  const context = orderContextFrom(extractEvidence(latest.assessment, latest.labs));
  return {
    ...context,
    conditions: listOnRecord(
      assessments.map(({ assessment: a }) => ({ list: a.conditions, scope: a.known?.conditions })),
    ),
    medications: listOnRecord(
      assessments.map(({ assessment: a }) => ({
        list: a.medications,
        scope: a.known?.medications,
      })),
    ),
  };
}

export function createOrder(
  deps: CoreDeps,
  ctx: RequestContext,
  req: CreateRequest,
): Promise<Result<OrderRecord>> {
  return createPatientData(deps, ctx, req, {
    action: 'order.create',
    resourceType: 'order',
    roles: ['clinician'],
    schema: OrderInput,
    create: async (tx, input, access) => {
      const { overrideReason, ...sent } = input;
      const record = await recordContext(tx, access.patientId);
      // the check and the stored order hold the context the check ran on
      const request =
        record === undefined ? sent : { ...sent, patient: withRecord(sent.patient, record) };
      const check = checkOrder(request);
      if (check.blocked && overrideReason === undefined) {
        const rules = check.findings.filter((f) => f.severity === 'hard_stop').map((f) => f.rule);
        return fail([
          {
            code: 'order.override_required',
            path: ['overrideReason'],
            params: { rules: rules.join(', ') },
          },
        ]);
      }
      const order: OrderRecord = {
        id: deps.ids.newId(),
        patientId: access.patientId,
        request,
        check: toOrderCheckView({ request, result: check }, deps.messages),
        blocked: check.blocked,
        overrideReason: overrideReason ?? null,
        createdAt: deps.clock.now(),
        createdBy: access.actor.userId,
      };
      await tx.orders.insert(order);
      return ok(order);
    },
  });
}

export function listOrders(
  deps: CoreDeps,
  ctx: RequestContext,
  patientId: unknown,
): Promise<Result<OrderRecord[]>> {
  return readPatientData(deps, ctx, patientId, {
    action: 'order.list',
    resourceType: 'order',
    roles: ['clinician', 'admin'],
    read: (repos, access) => repos.orders.list(access.patientId),
  });
}

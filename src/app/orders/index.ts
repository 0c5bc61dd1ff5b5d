/**
 * @module Use cases of prescription orders: the order check runs on every order and its result is kept with
 * it; an order with a hard stop is saved only with the prescriber's override reason. Clinicians only: a
 * patient never reads a prescription through the service.
 */
import type { z } from 'zod';
import { checkOrder } from '../../domain/orders/index.js';
import { OrderInput, StoredOrder } from '../../domain/records/index.js';
import { OrderCheckView, toOrderCheckView } from '../views/index.js';
import { fail, ok, type Result } from '../../domain/shared/index.js';
import {
  createPatientData,
  readPatientData,
  type CoreDeps,
  type CreateRequest,
  type RequestContext,
} from '../shared/index.js';

/** An order as kept and returned: the request and its check as the order-check view. */
export const OrderRecord = StoredOrder.extend({ check: OrderCheckView });
export type OrderRecord = z.infer<typeof OrderRecord>;

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
      const { overrideReason, ...request } = input;
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

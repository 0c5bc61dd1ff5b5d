/** @module Use case: check a proposed prescription against the order rules. */
import { checkOrder, OrderCheckRequest, type OrderCheckResult } from '../domain/orders/index.js';
import { fail, fromZodIssues, ok, type Result } from '../domain/shared/index.js';

export interface OrderCheckRun {
  readonly request: OrderCheckRequest;
  readonly result: OrderCheckResult;
}

/** Checks a proposed prescription given as parsed JSON: `{ order, patient }`. */
export function checkOrderDocument(input: unknown): Result<OrderCheckRun> {
  const parsed = OrderCheckRequest.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return fail(fromZodIssues(parsed.error.issues));
  }
  return ok({ request: parsed.data, result: checkOrder(parsed.data) });
}

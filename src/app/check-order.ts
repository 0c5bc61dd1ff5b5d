/** @module Use case: check a proposed prescription against the order rules. */
import { checkOrder, OrderCheckRequest, type OrderCheckResult } from '../domain/orders/index.js';
import { fail, fromZodIssues, ok, type Result } from '../domain/shared/index.js';
import { parseJson } from './json.js';

export interface OrderCheckRun {
  readonly request: OrderCheckRequest;
  readonly result: OrderCheckResult;
}

export function checkOrderDocument(text: string): Result<OrderCheckRun> {
  const json = parseJson(text);
  if (!json.ok) {
    return fail(json.issues);
  }
  const parsed = OrderCheckRequest.safeParse(json.value, { reportInput: true });
  if (!parsed.success) {
    return fail(fromZodIssues(parsed.error.issues));
  }
  return ok({ request: parsed.data, result: checkOrder(parsed.data) });
}

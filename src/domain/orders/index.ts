/** @module Prescription order checks (PRODUCT C5): schema, rules and the check. */
export * from './schema.js';
export {
  ORDER_RULES,
  dailyDose,
  gabapentinMaxForCrcl,
  drugsOf,
  factsFor,
  type DrugFactTable,
  type OrderParams,
  type OrderRule,
  type OrderRuleId,
  type Severity,
} from './rules.js';
export { checkOrder, type OrderCheckResult, type OrderFinding } from './check.js';
export { orderCatalog } from './catalog.js';
export { withRecord } from './record-context.js';

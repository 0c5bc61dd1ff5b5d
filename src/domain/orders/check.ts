/** @module Runs every order rule against a proposed prescription: every broken rule is returned, most severe first. */
import type { SourceId } from '../kb/index.js';
import {
  factsFor,
  ORDER_RULES,
  type DrugFactTable,
  type OrderRule,
  type OrderRuleId,
  type Severity,
} from './rules.js';
import type { OrderCheckRequest } from './schema.js';

export interface OrderFinding {
  readonly rule: OrderRuleId;
  readonly version: number;
  readonly severity: Severity;
  readonly sourceIds: readonly SourceId[];
  readonly status: OrderRule['status'];
  readonly params: Readonly<Record<string, string | number>>;
}

export interface OrderCheckResult {
  readonly findings: readonly OrderFinding[];
  /** True when any finding is a hard stop: the order must not go ahead as written. */
  readonly blocked: boolean;
}

const RANK: Record<Severity, number> = { hard_stop: 2, warning: 1, info: 0 };

/** Each rule's declared facts, picked once per rule. */
const PICKED = new WeakMap<OrderRule<OrderRuleId>, Partial<DrugFactTable>>();

function declaredFacts(rule: OrderRule<OrderRuleId>): Partial<DrugFactTable> {
  let facts = PICKED.get(rule);
  if (facts === undefined) {
    facts = factsFor(rule);
    PICKED.set(rule, facts);
  }
  return facts;
}

export function checkOrder(
  req: OrderCheckRequest,
  rules: readonly OrderRule<OrderRuleId>[] = ORDER_RULES,
): OrderCheckResult {
  const findings: OrderFinding[] = [];
  for (const rule of rules) {
    const params = rule.test(req.order, req.patient, declaredFacts(rule) as DrugFactTable);
    if (params !== null) {
      findings.push({
        rule: rule.id,
        version: rule.version,
        severity: rule.severity,
        sourceIds: rule.sourceIds,
        status: rule.status,
        params,
      });
    }
  }
  findings.sort((a, b) => RANK[b.severity] - RANK[a.severity]);
  return { findings, blocked: findings.some((f) => f.severity === 'hard_stop') };
}

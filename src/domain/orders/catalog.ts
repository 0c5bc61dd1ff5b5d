/** @module The order-check rules as catalog entries, each with the drug facts it rests on. */
import type { CatalogFact } from '../kb/index.js';
import { ORDER_RULES } from './rules.js';

export function orderCatalog(): CatalogFact[] {
  return ORDER_RULES.map((rule) => ({
    id: `order.${rule.id}`,
    kind: 'order_rule',
    sourceIds: rule.sourceIds,
    status: rule.status,
    detail: { severity: rule.severity, version: rule.version },
    restsOn: rule.facts.map((f) => `drug_fact.${f}`),
  }));
}

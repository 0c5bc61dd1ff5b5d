/** @module One broken order rule as a view: its severity, source and message. Shared by order checks and drug options. */
import { z } from 'zod';
import { FactStatus, SourceId } from '../../domain/kb/index.js';
import type { OrderFinding } from '../../domain/orders/index.js';
import type { ClinicianMessages } from '../../i18n/index.js';

export const OrderFindingView = z.strictObject({
  rule: z.string(),
  version: z.int(),
  severity: z.enum(['info', 'warning', 'hard_stop']),
  sourceIds: z.array(SourceId),
  status: FactStatus,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});
export type OrderFindingView = z.infer<typeof OrderFindingView>;

export function orderFindingView(f: OrderFinding, m: ClinicianMessages): OrderFindingView {
  return {
    rule: f.rule,
    version: f.version,
    severity: f.severity,
    sourceIds: [...f.sourceIds],
    status: f.status,
    params: { ...f.params },
    message: m.orderFinding(f),
  };
}

/** @module The result of an order check as a view: the order as read, whether it is blocked, every broken rule. */
import { z } from 'zod';
import { ProposedOrder } from '../../domain/orders/index.js';
import type { ClinicianMessages } from '../../i18n/index.js';
import type { OrderCheckRun } from '../check-order.js';
import { OrderFindingView, orderFindingView } from './order-finding.js';

export const OrderCheckView = z.strictObject({
  view: z.literal('order-check/1'),
  order: ProposedOrder,
  /** True when a hard stop fired: the order must not go ahead as written. */
  blocked: z.boolean(),
  findings: z.array(OrderFindingView),
  notice: z.string(),
});
export type OrderCheckView = z.infer<typeof OrderCheckView>;

export function toOrderCheckView(run: OrderCheckRun, m: ClinicianMessages): OrderCheckView {
  return {
    view: 'order-check/1',
    order: run.request.order,
    blocked: run.result.blocked,
    findings: run.result.findings.map((f) => orderFindingView(f, m)),
    notice: m.notice,
  };
}

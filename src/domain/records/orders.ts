/** @module Prescription orders kept with their order-check result; a hard stop is saved only with an override reason. */
import { z } from 'zod';
import { OrderCheckRequest } from '../orders/index.js';
import { freeText, Instant, RecordId } from './primitives.js';

export const OrderInput = OrderCheckRequest.extend({
  /** Why the prescriber goes ahead despite a hard stop; required when the check blocks the order. */
  overrideReason: freeText(1000).min(10).optional(),
});
export type OrderInput = z.infer<typeof OrderInput>;

export const StoredOrder = z.strictObject({
  id: RecordId,
  patientId: RecordId,
  request: OrderCheckRequest,
  check: z.unknown(),
  blocked: z.boolean(),
  overrideReason: z.string().nullable(),
  createdAt: Instant,
  createdBy: RecordId,
});
export type StoredOrder = z.infer<typeof StoredOrder>;

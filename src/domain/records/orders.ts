/** @module Prescription orders kept with their order-check result; a hard stop is saved only with an override reason. */
import { z } from 'zod';
import { OrderCheckRequest } from '../orders/index.js';
import { freeText, Instant, RecordId } from './primitives.js';

/** Letters and digits a real reason must hold: spaces or a run of dots is no reason. */
export const OVERRIDE_REASON_MIN_TEXT = 10;

/** How many letters and digits a text holds. */
export function realTextLength(s: string): number {
  return s.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

export const OrderInput = OrderCheckRequest.extend({
  /**
   * Why the prescriber goes ahead despite a hard stop; required when the check blocks the order. Trimmed,
   * and at least 10 letters or digits long.
   */
  overrideReason: freeText(1000)
    .trim()
    .min(OVERRIDE_REASON_MIN_TEXT)
    .refine((s) => realTextLength(s) >= OVERRIDE_REASON_MIN_TEXT, {
      message: `must be a reason in words: at least ${OVERRIDE_REASON_MIN_TEXT} letters or digits, not spaces or punctuation`,
    })
    .optional(),
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

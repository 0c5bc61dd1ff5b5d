/**
 * @module Treatment plans a clinician writes for a patient: the self-care measures to follow and the goals.
 * A patient reads the plan, so it holds no prescription: drugs go through orders and their checks.
 */
import { z } from 'zod';
import { freeText, Instant, RecordId } from './primitives.js';
import { SelfCareMeasure } from './self-care.js';

export const PlanInput = z.strictObject({
  selfCare: z
    .array(
      z.strictObject({
        measure: SelfCareMeasure,
        timesPerDay: z.int().min(1).max(12),
      }),
    )
    .min(1)
    .max(10),
  goals: z.array(freeText(300).min(1)).max(10),
  reviewOn: z.iso.date().optional(),
  encounterId: RecordId.optional(),
  note: freeText(2000).optional(),
});
export type PlanInput = z.infer<typeof PlanInput>;

export const Plan = z.strictObject({
  id: RecordId,
  patientId: RecordId,
  body: PlanInput,
  createdAt: Instant,
  createdBy: RecordId,
});
export type Plan = z.infer<typeof Plan>;

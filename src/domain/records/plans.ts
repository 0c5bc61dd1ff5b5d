/**
 * @module Treatment plans a clinician writes for a patient: the self-care measures to follow and the goals.
 * A patient reads the plan, so it holds no prescription: drugs go through orders and their checks, and a
 * goal or note that names a prescription drug or a dose is refused when a plan is written or imported.
 */
import { z } from 'zod';
import { prescriptionMention } from '../kb/index.js';
import { refine } from '../shared/index.js';
import { freeText, Instant, RecordId } from './primitives.js';
import { SelfCareMeasure } from './self-care.js';

/** A plan's content as kept. Plans are read back with it as stored, whatever rule a later version adds. */
export const PlanBody = z.strictObject({
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
export type PlanBody = z.infer<typeof PlanBody>;

/** Refuses a goal or note that names a prescription drug or a dose, naming the field and what it found. */
export function refinePatientReadable(
  plan: { readonly goals: readonly string[]; readonly note?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  const texts: [string, (string | number)[]][] = plan.goals.map((g, i) => [g, ['goals', i]]);
  if (plan.note !== undefined) {
    texts.push([plan.note, ['note']]);
  }
  for (const [text, path] of texts) {
    const found = prescriptionMention(text);
    if (found !== undefined) {
      refine(ctx, 'input.names_prescription', text, path, { found });
    }
  }
}

/** A plan as a clinician writes it. */
export const PlanInput = PlanBody.superRefine(refinePatientReadable);
export type PlanInput = z.infer<typeof PlanInput>;

export const Plan = z.strictObject({
  id: RecordId,
  patientId: RecordId,
  body: PlanBody,
  createdAt: Instant,
  createdBy: RecordId,
});
export type Plan = z.infer<typeof Plan>;

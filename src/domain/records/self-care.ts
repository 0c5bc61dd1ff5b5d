/** @module Self-care sessions: which of the article's measures, when it started, how many minutes. */
import { z } from 'zod';
import { SELF_CARE, type SelfCareMeasureId } from '../kb/index.js';
import { Instant, RecordId } from './primitives.js';

const MEASURES = Object.keys(SELF_CARE) as [SelfCareMeasureId, ...SelfCareMeasureId[]];

export const SelfCareMeasure = z.enum(MEASURES);
export type SelfCareMeasure = z.infer<typeof SelfCareMeasure>;

export const SelfCareSessionInput = z.strictObject({
  measure: SelfCareMeasure,
  startedAt: Instant,
  minutes: z.int().min(0).max(600),
});
export type SelfCareSessionInput = z.infer<typeof SelfCareSessionInput>;

export const SelfCareSession = SelfCareSessionInput.extend({
  id: RecordId,
  patientId: RecordId,
  createdAt: Instant,
  createdBy: RecordId,
});
export type SelfCareSession = z.infer<typeof SelfCareSession>;

/**
 * @module A finished interview as its encounter keeps it: the interview's own answers (refs to values,
 * `null` for "I don't know") and the language it was answered in, so the result can be worded again in
 * another language and a patient's other devices can follow their last check. Encounters entered by a
 * clinician, and interviews saved before the answers were kept, have none.
 */
import { z } from 'zod';
import { Instant, RecordId } from '../../domain/records/index.js';
import { LOCALES } from '../../i18n/index.js';

/** The interview's answers as kept: what `parseAnswers` accepted, by ref. */
export const SavedAnswers = z.record(
  z.string(),
  z.union([z.boolean(), z.number(), z.string(), z.null()]),
);
export type SavedAnswers = z.infer<typeof SavedAnswers>;

export const SavedInterview = z.strictObject({
  answers: SavedAnswers,
  locale: z.enum(LOCALES),
});
export type SavedInterview = z.infer<typeof SavedInterview>;

/** The patient's latest saved check, as `GET /api/patients/:id/interviews/latest` answers it. */
export const LatestInterview = SavedInterview.extend({
  encounterId: RecordId,
  /** When the check was saved on the record. */
  at: Instant,
});
export type LatestInterview = z.infer<typeof LatestInterview>;

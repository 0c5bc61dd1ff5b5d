/** @module Spasm diary entries (PRODUCT C7): time, duration, PSFS severity, pain, trigger and what helped. */
import { z } from 'zod';
import { Trigger } from '../kb/index.js';
import { PainNrs, PsfsSeverity } from '../scales/index.js';
import { freeText, Instant, RecordId } from './primitives.js';

export const DiaryEntryInput = z.strictObject({
  startedAt: Instant,
  /** A spasm episode lasting a whole day is already an outlier; longer is a typing slip. */
  durationMinutes: z.int().min(0).max(1440),
  psfsSeverity: PsfsSeverity,
  painNrs: PainNrs,
  trigger: Trigger.optional(),
  helped: freeText(500).optional(),
  note: freeText(2000).optional(),
});
export type DiaryEntryInput = z.infer<typeof DiaryEntryInput>;

/**
 * A patient's mark that an entry was entered in error (a wrong day, a slip of the finger): the entry is
 * kept, as FHIR keeps an Observation with status `entered-in-error`, but no chart, summary or trend counts it.
 */
export const DiaryEntryInError = z.strictObject({
  at: Instant,
  by: RecordId,
  reason: z.string().nullable(),
});
export type DiaryEntryInError = z.infer<typeof DiaryEntryInError>;

/** What a patient may send when marking an entry as entered in error: an optional reason. */
export const DiaryEntryInErrorInput = z.strictObject({
  reason: freeText(500).optional(),
});
export type DiaryEntryInErrorInput = z.infer<typeof DiaryEntryInErrorInput>;

export const DiaryEntry = z.strictObject({
  id: RecordId,
  patientId: RecordId,
  startedAt: Instant,
  durationMinutes: z.int(),
  psfsSeverity: PsfsSeverity,
  painNrs: PainNrs,
  trigger: Trigger.nullable(),
  helped: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: Instant,
  createdBy: RecordId,
  /** `null` while the entry stands. */
  enteredInError: DiaryEntryInError.nullable(),
});
export type DiaryEntry = z.infer<typeof DiaryEntry>;

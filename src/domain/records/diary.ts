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
});
export type DiaryEntry = z.infer<typeof DiaryEntry>;

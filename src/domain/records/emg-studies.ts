/** @module EMG studies: the uploaded file by content hash, and its analysis as a job that survives a restart. */
import { z } from 'zod';
import { freeText, Instant, RecordId } from './primitives.js';

export const JobState = z.enum(['queued', 'running', 'done', 'failed']);
export type JobState = z.infer<typeof JobState>;

export const EmgUploadMeta = z.strictObject({
  /** The file's name as uploaded, kept for people; the extension picks the reader. */
  fileName: freeText(200)
    .min(1)
    .regex(/^[^/\\]+$/, 'a file name without folders'),
});
export type EmgUploadMeta = z.infer<typeof EmgUploadMeta>;

export const EmgStudy = z.strictObject({
  id: RecordId,
  patientId: RecordId,
  fileName: z.string(),
  sha256: z.string(),
  sizeBytes: z.int(),
  state: JobState,
  /** 0–1, the share of the recording analysed so far. */
  progress: z.number(),
  attempts: z.int(),
  error: z.string().nullable(),
  analysis: z.unknown(),
  createdAt: Instant,
  createdBy: RecordId,
  finishedAt: Instant.nullable(),
});
export type EmgStudy = z.infer<typeof EmgStudy>;

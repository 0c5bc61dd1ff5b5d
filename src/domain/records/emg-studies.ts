/** @module EMG studies: the uploaded file by content hash, and its analysis as a job that survives a restart. */
import { z } from 'zod';
import { Phase } from '../emg/index.js';
import { freeText, Instant, RecordId } from './primitives.js';

export const JobState = z.enum(['queued', 'running', 'done', 'failed']);
export type JobState = z.infer<typeof JobState>;

/**
 * The most phases an upload's query can carry: a request line holds about 16 KB, and a phase is some
 * 50–70 characters of JSON. A protocol with more phases belongs in the file's EDF+/BDF+ annotations.
 */
export const MAX_UPLOAD_PHASES = 150;
const MAX_PHASES_TEXT = 12_000;

/** The phases an upload gives, as the CLI's `--phases` file holds them. */
export const UploadPhases = z.array(Phase).max(MAX_UPLOAD_PHASES);
export type UploadPhases = z.infer<typeof UploadPhases>;

/**
 * The query of an upload (the body is the file itself). Rest information, as the CLI takes it: `phases`
 * (the JSON text of a phases file) or `atRest=true`; without either, the file's own EDF+/BDF+
 * annotations give the phases, and without those the episodes are only spasm candidates.
 */
export const EmgUploadMeta = z.strictObject({
  /** The file's name as uploaded, kept for people; the extension picks the reader. */
  fileName: freeText(200)
    .min(1)
    .regex(/^[^/\\]+$/, 'a file name without folders'),
  phases: z
    .string()
    .max(MAX_PHASES_TEXT)
    .optional()
    .meta({
      description: `Rest, task and flexion–relaxation phases as the JSON text of a phases file (at most ${MAX_UPLOAD_PHASES}); they replace the file's annotations.`,
      contentMediaType: 'application/json',
      contentSchema: z.toJSONSchema(UploadPhases, { io: 'input', unrepresentable: 'any' }),
    }),
  atRest: z.enum(['true', 'false']).optional().meta({
    description:
      'The whole recording was made at rest: every episode outside a task phase is a spasm at rest.',
  }),
});
export type EmgUploadMeta = z.infer<typeof EmgUploadMeta>;

export const EmgStudy = z.strictObject({
  id: RecordId,
  patientId: RecordId,
  fileName: z.string(),
  sha256: z.string(),
  sizeBytes: z.int(),
  /** Phases given with the upload (null: none given; the file's annotations, if any, apply). */
  phases: UploadPhases.nullable(),
  /** The upload said the whole recording was made at rest. */
  atRest: z.boolean(),
  state: JobState,
  /** 0–1, the share of the recording analysed so far. */
  progress: z.number(),
  attempts: z.int(),
  error: z.string().nullable(),
  /** The `emg-analysis/1` view once done; the service checks it against that schema when read. */
  analysis: z.unknown(),
  createdAt: Instant,
  createdBy: RecordId,
  finishedAt: Instant.nullable(),
});
export type EmgStudy = z.infer<typeof EmgStudy>;

/**
 * @module What an analysis is asked to do, as one schema every surface parses its input with (CLI
 * options, an HTTP body, a worker's message): checked before any work, each problem naming its field.
 */
import { z } from 'zod';
import { MAX_RATE_HZ, Phase } from '../../domain/emg/index.js';
import { fail, fromZodIssues, ok, type Result } from '../../domain/shared/index.js';

/** A time, seconds from the start of a recording: up to a year, well inside exact arithmetic. */
const Time = z
  .number()
  .min(0)
  .max(366 * 86400);

export const AnalyzeRequest = z
  .strictObject({
    /** Zero-phase streamed (default), zero-phase over the whole recording (short ones only), or causal. */
    mode: z.enum(['streaming', 'offline', 'causal']).default('streaming'),
    notch: z.union([z.enum(['auto', 'off']), z.literal(50), z.literal(60)]).default('auto'),
    onsetMethod: z.enum(['hodges_bui', 'tkeo', 'bonato']).default('hodges_bui'),
    /** High-pass at 30 Hz (order 4) against ECG on trunk channels, instead of the 20–450 Hz band-pass. */
    trunk: z.boolean().default(false),
    fromS: Time.optional(),
    toS: Time.optional(),
    /** Phases (flexion–relaxation, rest, tasks); without them, the file's annotations give them. */
    phases: z.array(Phase).max(100_000).optional(),
    /** The recording was made at rest: every moment outside a task phase is rest. */
    atRest: z.boolean().default(false),
    /** A window to plot, drawn in `columns` columns. */
    plot: z
      .strictObject({
        fromS: Time,
        toS: Time,
        columns: z.int().min(10).max(100_000).default(1000),
      })
      .refine((p) => p.toS > p.fromS, { path: ['toS'], error: 'must come after plot.fromS' })
      .optional(),
    /** Sampling rate of a CSV file without a time column. */
    fs: z.number().positive().max(MAX_RATE_HZ).optional(),
    /** Analyse the complete records of a file whose last record is cut short. */
    allowTruncated: z.boolean().default(false),
  })
  .refine((r) => r.toS === undefined || r.toS > (r.fromS ?? 0), {
    path: ['toS'],
    error: 'must come after fromS',
  });
export type AnalyzeRequest = z.infer<typeof AnalyzeRequest>;

export function parseAnalyzeRequest(input: unknown): Result<AnalyzeRequest> {
  const r = AnalyzeRequest.safeParse(input, { reportInput: true });
  return r.success ? ok(r.data) : fail(fromZodIssues(r.error.issues));
}

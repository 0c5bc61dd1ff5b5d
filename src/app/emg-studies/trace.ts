/**
 * @module A viewer's window of a stored EMG study: one channel from one time to another, streamed from the
 * stored file through the recording readers (a continuous EDF/BDF from the record that holds the window,
 * so an hour of eight channels is never held) and reduced to at most `points` columns of the signal's
 * minimum and maximum and of its 100 ms RMS envelope (EMG_DEFAULTS.rmsWindowS, Visual3D), with the bursts
 * and spasm episodes the stored analysis found in that window. A read of patient data: access checked
 * and audited as `emg_study.trace`.
 */
import { z } from 'zod';
import { EMG_DEFAULTS, TraceWindow } from '../../domain/emg/index.js';
import { JobState, type EmgStudy } from '../../domain/records/index.js';
import { fail, ok, type Result } from '../../domain/shared/index.js';
import {
  EmgBurstView,
  EmgSpasmView,
  openRecording,
  recordingKindOf,
  type EmgAnalysisView,
  type RecordingSource,
} from '../emg/index.js';
import { parseInput, type RequestContext } from '../shared/index.js';
import type { EmgDeps } from './ports.js';
import { getStudy } from './studies.js';

/** A time, seconds from the start of a recording: up to a year. */
const Time = z.coerce
  .number()
  .min(0)
  .max(366 * 86400);

/** The query of a window; query strings are text, so numbers are read from it. */
export const EmgTraceQuery = z
  .strictObject({
    /** The channel's index among the recording's signals (annotation signals left out). */
    channel: z.coerce.number().int().min(0).max(4095).default(0),
    from: Time.default(0),
    /** Default: 30 s after `from`, or the end of the recording. */
    to: Time.optional(),
    /** Columns to reduce the window to (about one per pixel). */
    points: z.coerce.number().int().min(10).max(5000).default(1000),
  })
  .refine((q) => q.to === undefined || q.to > q.from, {
    path: ['to'],
    error: 'must come after from',
  });
export type EmgTraceQuery = z.infer<typeof EmgTraceQuery>;

const Column = z.array(z.number().nullable());

export const EmgTraceView = z.strictObject({
  view: z.literal('emg-trace/1'),
  studyId: z.string(),
  channel: z.int(),
  label: z.string(),
  fs: z.number(),
  /** Every channel's label, for a channel picker. */
  channels: z.array(z.string()),
  /** The recording's length, seconds; null when the format cannot tell without reading it all (CSV). */
  recordingS: z.number().nullable(),
  fromS: z.number(),
  toS: z.number(),
  /** Seconds per column; column i starts at fromS + i × columnS. */
  columnS: z.number(),
  /** Per column, µV: the signal as recorded, and its moving RMS about the local mean; null where no sample fell. */
  min: Column,
  max: Column,
  envelopeMin: Column,
  envelopeMax: Column,
  envelopeWindowS: z.number(),
  /** The analysis job's state: the bursts and episodes are there once it is done. */
  analysis: JobState,
  bursts: z.array(EmgBurstView),
  spasms: z.array(EmgSpasmView),
});
export type EmgTraceView = z.infer<typeof EmgTraceView>;

/** Default length of a window when the query names no end, seconds. */
const DEFAULT_WINDOW_S = 30;

const column = (a: Float64Array): (number | null)[] =>
  Array.from(a, (v) => (Number.isNaN(v) ? null : v));

function inWindow<T extends { onsetS: number; offsetS: number }>(
  items: readonly T[],
  fromS: number,
  toS: number,
): T[] {
  return items.filter((e) => e.offsetS > fromS && e.onsetS < toS);
}

/** The stored analysis of the channel of that label (the analysis lists only the channels it analysed). */
function analysedChannel(
  analysis: EmgAnalysisView | null,
  label: string,
): EmgAnalysisView['channels'][number] | undefined {
  return analysis?.channels.find((c) => c.label === label);
}

export async function readStudyTrace(
  deps: EmgDeps,
  ctx: RequestContext,
  patientId: unknown,
  studyId: unknown,
  rawQuery: unknown,
): Promise<Result<EmgTraceView>> {
  const study = await getStudy(deps, ctx, patientId, studyId, 'emg_study.trace');
  if (!study.ok) {
    return study;
  }
  const query = parseInput(EmgTraceQuery, rawQuery);
  if (!query.ok) {
    return query;
  }
  const bytes = await deps.recordings.open(study.value);
  if (!bytes.ok) {
    return bytes;
  }
  const q = query.value;
  // the records from a little before the window: the centred envelope needs half a window of lead
  const opened = await openRecording(bytes.value, recordingKindOf(study.value.fileName), {
    startS: Math.max(0, q.from - EMG_DEFAULTS.rmsWindowS),
  });
  if (!opened.ok) {
    await bytes.value.close();
    return opened;
  }
  try {
    return await reduce(study.value, opened.value, q);
  } finally {
    await opened.value.close();
  }
}

async function reduce(
  study: EmgStudy,
  source: RecordingSource,
  q: EmgTraceQuery,
): Promise<Result<EmgTraceView>> {
  const { labels, rates, durationS } = source.info;
  const fs = rates[q.channel];
  const label = labels[q.channel];
  if (fs === undefined || label === undefined) {
    return fail([
      {
        code: 'input.out_of_range',
        path: ['channel'],
        params: { max: labels.length - 1, value: q.channel },
      },
    ]);
  }
  if (durationS !== null && q.from >= durationS) {
    return fail([
      { code: 'input.out_of_range', path: ['from'], params: { below: durationS, value: q.from } },
    ]);
  }
  const wanted = q.to ?? q.from + DEFAULT_WINDOW_S;
  const toS = durationS === null ? wanted : Math.min(wanted, durationS);
  const window = new TraceWindow(fs, q.from, toS, q.points, EMG_DEFAULTS.rmsWindowS);
  for (;;) {
    const block = await source.next();
    if (!block.ok) {
      return block;
    }
    const b = block.value;
    if (b === null || b.startS >= window.readToS) {
      break;
    }
    const x = b.channels[q.channel];
    // blocks wholly before the lead-in cost nothing but their reading (a CSV is read from its start)
    if (x !== undefined && b.startS + x.length / fs > window.readFromS) {
      window.push(b.startS, x);
    }
  }
  const r = window.result();
  const analysis = study.analysis as EmgAnalysisView | null;
  const analysed = analysedChannel(analysis, label);
  return ok({
    view: 'emg-trace/1',
    studyId: study.id,
    channel: q.channel,
    label,
    fs,
    channels: [...labels],
    recordingS: durationS,
    fromS: r.fromS,
    toS: r.toS,
    columnS: r.columnS,
    min: column(r.min),
    max: column(r.max),
    envelopeMin: column(r.envelopeMin),
    envelopeMax: column(r.envelopeMax),
    envelopeWindowS: EMG_DEFAULTS.rmsWindowS,
    analysis: study.state,
    bursts: inWindow(analysed?.bursts ?? [], r.fromS, r.toS),
    spasms: inWindow(analysed?.spasms ?? [], r.fromS, r.toS),
  });
}

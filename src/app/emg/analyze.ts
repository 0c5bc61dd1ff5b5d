/**
 * @module Use case: analyse a recording channel by channel from a source that streams blocks, with
 * memory bounded by the block size. Gaps of a discontinuous EDF+ file start a new segment.
 */
import {
  ChannelProcessor,
  EMG_DEFAULTS,
  mergeSegments,
  phasesFromAnnotations,
  restContext,
  Scratch,
  shiftRestContext,
  type ChannelResult,
  type FilterMode,
  type FormatError,
  type OnsetMethod,
  type Phase,
} from '../../domain/emg/index.js';
import type { RecordingSource } from './ports.js';

export interface AnalyzeOptions {
  readonly mode: FilterMode;
  readonly notch: 'auto' | 'off' | 50 | 60;
  readonly onsetMethod: OnsetMethod;
  readonly trunk: boolean;
  readonly fromS?: number;
  readonly toS?: number;
  /** Phases (flexion–relaxation, rest, tasks); when absent they are taken from the file's annotations. */
  readonly phases?: readonly Phase[];
  /** The recording was made at rest: every moment outside a task phase is rest. */
  readonly atRest?: boolean;
  /** The window to keep for the plot, and how many columns it is drawn in. */
  readonly plot?: { readonly fromS: number; readonly toS: number; readonly columns: number };
}

/** Where the analysis learnt when the patient was at rest: a spasm at rest needs rest. */
export type RestSource = 'at_rest_option' | 'phases_file' | 'annotations' | 'none';

export interface ChannelReport extends ChannelResult {
  readonly label: string;
  readonly fs: number;
}

export interface RecordingReport {
  readonly format: string;
  readonly analysedFromS: number;
  readonly analysedToS: number;
  readonly segments: number;
  readonly phases: readonly Phase[];
  readonly rest: { readonly source: RestSource; readonly restS: number; readonly taskS: number };
  readonly onsetMethod: OnsetMethod;
  readonly channels: readonly ChannelReport[];
  /** Channels sampled too slowly for EMG analysis (for example a 1 Hz temperature or a marker signal). */
  readonly skipped: readonly {
    readonly label: string;
    readonly fs: number;
    readonly reason: 'rate_too_low';
  }[];
}

type Segment = { startS: number; processors: (ChannelProcessor | null)[] };

export function analyzeRecording(
  source: RecordingSource,
  options: AnalyzeOptions,
  onProgress?: (doneS: number) => void,
): { ok: true; value: RecordingReport } | { ok: false; error: FormatError } {
  const { info } = source;
  const analysable = info.rates.map((fs) => fs >= EMG_DEFAULTS.minRateHz);
  if (!analysable.includes(true)) {
    return {
      ok: false,
      error: {
        code: 'emg.rate_too_low',
        field: 'sampling rate',
        at: 0,
        detail: `no channel is sampled at ${EMG_DEFAULTS.minRateHz} Hz or more (${info.rates.map((r) => `${r} Hz`).join(', ')}); EMG analysis needs it`,
      },
    };
  }
  const from = options.fromS ?? 0;
  const to = options.toS ?? Infinity;
  const phases = options.phases ?? phasesFromAnnotations(info.annotations);
  const atRest = options.atRest === true;
  const rest = restContext(phases, atRest);
  const restSource = ((): RestSource => {
    if (atRest) {
      return 'at_rest_option';
    }
    if (rest.rest.length === 0) {
      return 'none';
    }
    return options.phases === undefined ? 'annotations' : 'phases_file';
  })();
  // the channels of one analysis run one after another on each block, so they can share work buffers
  const work = new Scratch();
  const newSegment = (startS: number): Segment => ({
    startS,
    processors: info.rates.map((fs, i) =>
      analysable[i] !== true
        ? null
        : new ChannelProcessor({
            fs,
            mode: options.mode,
            notch: options.notch,
            onsetMethod: options.onsetMethod,
            trunk: options.trunk,
            phases: phases.map((p) => ({
              ...p,
              onsetS: p.onsetS - startS,
              offsetS: p.offsetS - startS,
            })),
            rest: shiftRestContext(rest, startS),
            work,
            ...(options.plot === undefined
              ? {}
              : {
                  trace: {
                    fromS: options.plot.fromS - startS,
                    toS: options.plot.toS - startS,
                    columns: options.plot.columns,
                  },
                }),
          }),
    ),
  });
  const results: ChannelResult[][] = info.labels.map(() => []);
  const starts: number[] = [];
  let segment: Segment | null = null;
  let expectedS = 0;
  let firstS: number | null = null;
  let lastS = from;
  const close = (s: Segment): void => {
    s.processors.forEach((p, i) => {
      if (p !== null) {
        results[i]?.push(p.finish());
      }
    });
    starts.push(s.startS);
  };
  for (;;) {
    const r = source.next();
    if (!r.ok) {
      return r;
    }
    const block = r.value;
    if (block === null) {
      break;
    }
    const fs0 = info.rates[0] ?? 1;
    const len0 = block.channels[0]?.length ?? 0;
    const blockEnd = block.startS + len0 / fs0;
    if (blockEnd <= from) {
      continue;
    }
    if (block.startS >= to) {
      break;
    }
    // a gap of more than one sample between blocks (EDF+D) ends the segment
    if (segment !== null && Math.abs(block.startS - expectedS) > 1 / fs0) {
      close(segment);
      segment = null;
    }
    const cutFrom = Math.max(from, block.startS);
    const cutTo = Math.min(to, blockEnd);
    segment ??= newSegment(cutFrom);
    firstS ??= cutFrom;
    block.channels.forEach((x, i) => {
      const fs = info.rates[i] ?? fs0;
      const a = Math.max(0, Math.round((cutFrom - block.startS) * fs));
      const b = Math.min(x.length, Math.round((cutTo - block.startS) * fs));
      segment?.processors[i]?.push(x.subarray(a, b));
    });
    expectedS = blockEnd;
    lastS = cutTo;
    onProgress?.(cutTo);
  }
  if (segment !== null) {
    close(segment);
  }
  const channels = info.labels.flatMap((label, i): ChannelReport[] =>
    analysable[i] === true
      ? [{ label, fs: info.rates[i] ?? NaN, ...mergeSegments(results[i] ?? [], starts) }]
      : [],
  );
  const skipped = info.labels.flatMap((label, i) =>
    analysable[i] === true
      ? []
      : [{ label, fs: info.rates[i] ?? NaN, reason: 'rate_too_low' as const }],
  );
  const analysedFromS = firstS ?? from;
  const within = (ivs: readonly { onsetS: number; offsetS: number }[]): number =>
    ivs.reduce(
      (s, iv) => s + Math.max(0, Math.min(iv.offsetS, lastS) - Math.max(iv.onsetS, analysedFromS)),
      0,
    );
  return {
    ok: true,
    value: {
      format: info.format,
      analysedFromS,
      analysedToS: lastS,
      segments: starts.length,
      phases,
      rest: {
        source: restSource,
        restS: atRest ? lastS - analysedFromS - within(rest.task) : within(rest.rest),
        taskS: within(rest.task),
      },
      onsetMethod: options.onsetMethod,
      channels,
      skipped,
    },
  };
}

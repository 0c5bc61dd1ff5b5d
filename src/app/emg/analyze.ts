/**
 * @module Use case: analyse a recording channel by channel from a source that streams blocks, with
 * memory bounded by the block size. Gaps of a discontinuous EDF+ file start a new segment. What can be
 * refused is refused before the first block is read.
 */
import {
  ChannelProcessor,
  EMG_DEFAULTS,
  emgIssue,
  mergeSegments,
  phasesFromAnnotations,
  restContext,
  Scratch,
  shiftRestContext,
  type ChannelResult,
  type EmgWarning,
  type OnsetMethod,
  type Phase,
  type RestSource,
} from '../../domain/emg/index.js';
import { fail, ok, type DomainIssue, type Result } from '../../domain/shared/index.js';
import type { RecordingFormat, RecordingSource } from './ports.js';
import type { AnalyzeRequest } from './request.js';

/** The most channels analysed at once: each holds its own filters, canceller and baselines (a few MB). */
export const MAX_ANALYSED_CHANNELS = 64;
/**
 * Offline zero-phase filtering holds every sample of every channel several times over (about 45 bytes a
 * sample); it takes at most this many samples in all (8 channels at 2 kHz for 5 minutes, 2 channels for
 * 20), which peaks near 350 MB. Streaming gives the same result within 1e-9 in bounded memory.
 */
export const MAX_OFFLINE_SAMPLES = 4_800_000;

export interface ChannelReport extends ChannelResult {
  readonly label: string;
  readonly fs: number;
}

export type SkipReason = 'rate_too_low' | 'range_implausible';

export interface RecordingReport {
  readonly format: RecordingFormat;
  readonly analysedFromS: number;
  readonly analysedToS: number;
  readonly segments: number;
  readonly phases: readonly Phase[];
  readonly rest: { readonly source: RestSource; readonly restS: number; readonly taskS: number };
  readonly onsetMethod: OnsetMethod;
  readonly channels: readonly ChannelReport[];
  /** Channels not analysed as EMG: sampled too slowly (a 1 Hz temperature), or with a range no EMG has. */
  readonly skipped: readonly {
    readonly label: string;
    readonly fs: number;
    readonly reason: SkipReason;
  }[];
  readonly warnings: readonly EmgWarning[];
}

type Segment = { startS: number; processors: (ChannelProcessor | null)[] };

/** Why a channel is not analysed, or null. */
function skipReason(fs: number, implausible: boolean): SkipReason | null {
  if (fs < EMG_DEFAULTS.minRateHz) {
    return 'rate_too_low';
  }
  return implausible ? 'range_implausible' : null;
}

/** The refusals that need no sample: channels, the time window, the mode's memory. */
function refuse(source: RecordingSource, request: AnalyzeRequest): DomainIssue[] {
  const { info } = source;
  const reasons = info.rates.map((fs, i) => skipReason(fs, info.implausible[i] === true));
  const analysable = reasons.filter((r) => r === null).length;
  if (analysable === 0) {
    if (reasons.includes('range_implausible')) {
      return info.warnings
        .filter((w) => w.code === 'emg.channel_range_implausible')
        .map((w) => ({
          code: 'emg.physical_range_implausible',
          path: w.path,
          ...(w.params === undefined ? {} : { params: w.params }),
        }));
    }
    return [
      emgIssue('emg.rate_too_low', ['signals'], {
        min: EMG_DEFAULTS.minRateHz,
        rates: info.rates.map((r) => `${r} Hz`).join(', '),
      }),
    ];
  }
  if (analysable > MAX_ANALYSED_CHANNELS) {
    return [
      emgIssue('emg.too_many_channels', ['signals'], {
        value: analysable,
        max: MAX_ANALYSED_CHANNELS,
      }),
    ];
  }
  const from = request.fromS ?? 0;
  const duration = info.durationS;
  if (duration !== null && from >= duration) {
    return [emgIssue('emg.window_past_end', ['fromS'], { fromS: from, durationS: duration })];
  }
  if (request.mode === 'offline' && duration !== null) {
    const rate = info.rates.reduce((s, r, i) => (reasons[i] === null ? s + r : s), 0);
    const seconds = Math.min(request.toS ?? Infinity, duration) - from;
    if (seconds * rate > MAX_OFFLINE_SAMPLES) {
      return [tooLongForOffline(seconds, rate, analysable)];
    }
  }
  return [];
}

function tooLongForOffline(seconds: number, rate: number, channels: number): DomainIssue {
  return emgIssue('emg.too_long_for_mode', ['mode'], {
    mode: 'offline',
    durationS: Math.round(seconds * 10) / 10,
    maxS: Math.floor(MAX_OFFLINE_SAMPLES / rate),
    channels,
    use: 'streaming',
  });
}

export async function analyzeRecording(
  source: RecordingSource,
  request: AnalyzeRequest,
  onProgress?: (doneS: number) => void,
): Promise<Result<RecordingReport>> {
  const { info } = source;
  const refused = refuse(source, request);
  if (refused.length > 0) {
    return fail(refused);
  }
  const reasons = info.rates.map((fs, i) => skipReason(fs, info.implausible[i] === true));
  const analysedRate = info.rates.reduce((s, r, i) => (reasons[i] === null ? s + r : s), 0);
  const from = request.fromS ?? 0;
  const to = request.toS ?? Infinity;
  const phases = request.phases ?? phasesFromAnnotations(info.annotations);
  const rest = restContext(phases, request.atRest);
  const restSource = ((): RestSource => {
    if (request.atRest) {
      return 'at_rest_option';
    }
    if (rest.rest.length === 0) {
      return 'none';
    }
    return request.phases === undefined ? 'annotations' : 'phases_file';
  })();
  // the channels of one analysis run one after another on each block, so they can share work buffers
  const work = new Scratch();
  const plot = request.plot;
  const newSegment = (startS: number): Segment => ({
    startS,
    processors: info.rates.map((fs, i) =>
      reasons[i] !== null
        ? null
        : new ChannelProcessor({
            fs,
            mode: request.mode,
            notch: request.notch,
            onsetMethod: request.onsetMethod,
            trunk: request.trunk,
            phases: phases.map((p) => ({
              ...p,
              onsetS: p.onsetS - startS,
              offsetS: p.offsetS - startS,
            })),
            rest: shiftRestContext(rest, startS),
            work,
            ...(plot === undefined
              ? {}
              : {
                  trace: {
                    fromS: plot.fromS - startS,
                    toS: plot.toS - startS,
                    columns: plot.columns,
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
    const r = await source.next();
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
    // a source of unknown length (CSV) is held to the offline limit as it is read
    if (
      request.mode === 'offline' &&
      (cutTo - (firstS ?? cutFrom)) * analysedRate > MAX_OFFLINE_SAMPLES
    ) {
      return fail([
        tooLongForOffline(
          cutTo - (firstS ?? cutFrom),
          analysedRate,
          reasons.filter((x) => x === null).length,
        ),
      ]);
    }
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
  if (firstS === null) {
    return fail([emgIssue('emg.window_past_end', ['fromS'], { fromS: from, durationS: lastS })]);
  }
  const channels = info.labels.flatMap((label, i): ChannelReport[] =>
    reasons[i] === null
      ? [{ label, fs: info.rates[i] ?? NaN, ...mergeSegments(results[i] ?? [], starts) }]
      : [],
  );
  const skipped = info.labels.flatMap((label, i) => {
    const reason = reasons[i];
    return reason === null || reason === undefined
      ? []
      : [{ label, fs: info.rates[i] ?? NaN, reason }];
  });
  const warnings: EmgWarning[] = [
    // an assumed unit matters only where the channel is analysed
    ...info.warnings.filter(
      (w) => w.code !== 'emg.unit_assumed' || reasons[Number(w.params?.channel)] === null,
    ),
    ...info.labels.flatMap((label, i): EmgWarning[] =>
      reasons[i] === 'rate_too_low'
        ? [
            {
              code: 'emg.channel_rate_too_low',
              path: ['signals', i],
              params: { label, fs: info.rates[i] ?? NaN, min: EMG_DEFAULTS.minRateHz },
            },
          ]
        : [],
    ),
  ];
  const analysedFromS = firstS;
  const within = (ivs: readonly { onsetS: number; offsetS: number }[]): number =>
    ivs.reduce(
      (s, iv) => s + Math.max(0, Math.min(iv.offsetS, lastS) - Math.max(iv.onsetS, analysedFromS)),
      0,
    );
  return ok({
    format: info.format,
    analysedFromS,
    analysedToS: lastS,
    segments: starts.length,
    phases,
    rest: {
      source: restSource,
      restS: request.atRest ? lastS - analysedFromS - within(rest.task) : within(rest.rest),
      taskS: within(rest.task),
    },
    onsetMethod: request.onsetMethod,
    channels,
    skipped,
    warnings,
  });
}

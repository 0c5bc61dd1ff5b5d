/**
 * @module Use case: analyse a recording channel by channel from a source that streams blocks, with
 * memory bounded by the block size. Gaps of a discontinuous EDF+ file start a new segment.
 */
import {
  burstEvent,
  ChannelProcessor,
  EMG_DEFAULTS,
  EventTable,
  spasmEpisode,
  Phase,
  phaseFromText,
  type Annotation,
  type ChannelResult,
  type FilterMode,
  type FormatError,
  type OnsetMethod,
} from '../../domain/emg/index.js';
import type { RecordingSource } from './ports.js';

export interface AnalyzeOptions {
  readonly mode: FilterMode;
  readonly notch: 'auto' | 'off' | 50 | 60;
  readonly onsetMethod: OnsetMethod;
  readonly trunk: boolean;
  readonly fromS?: number;
  readonly toS?: number;
  /** Phases of a flexion–relaxation protocol; when absent they are taken from the file's annotations. */
  readonly phases?: readonly Phase[];
  /** The window to keep for the plot. */
  readonly plot?: { readonly fromS: number; readonly toS: number };
}

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
  readonly channels: readonly ChannelReport[];
  /** Channels sampled too slowly for EMG analysis (for example a 1 Hz temperature or a marker signal). */
  readonly skipped: readonly {
    readonly label: string;
    readonly fs: number;
    readonly reason: 'rate_too_low';
  }[];
}

/** Phases from EDF+ annotations: each annotation names a phase and lasts its duration or until the next one. */
export function phasesFromAnnotations(annotations: readonly Annotation[]): Phase[] {
  const named = annotations
    .map((a) => ({ a, phase: phaseFromText(a.text) }))
    .filter(
      (x): x is { a: Annotation; phase: NonNullable<ReturnType<typeof phaseFromText>> } =>
        x.phase !== null,
    )
    .sort((p, q) => p.a.onsetS - q.a.onsetS);
  return named.map(({ a, phase }, i) => ({
    phase,
    onsetS: a.onsetS,
    offsetS: a.durationS === null ? (named[i + 1]?.a.onsetS ?? a.onsetS) : a.onsetS + a.durationS,
  }));
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
            ...(options.plot === undefined
              ? {}
              : { trace: { fromS: options.plot.fromS - startS, toS: options.plot.toS - startS } }),
          }),
    ),
  });
  const results: ChannelResult[][] = info.labels.map(() => []);
  const offsets: number[] = [];
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
    offsets.push(s.startS);
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
      ? [{ label, fs: info.rates[i] ?? NaN, ...merge(results[i] ?? [], offsets) }]
      : [],
  );
  const skipped = info.labels.flatMap((label, i) =>
    analysable[i] === true
      ? []
      : [{ label, fs: info.rates[i] ?? NaN, reason: 'rate_too_low' as const }],
  );
  return {
    ok: true,
    value: {
      format: info.format,
      analysedFromS: firstS ?? from,
      analysedToS: lastS,
      segments: offsets.length,
      phases,
      channels,
      skipped,
    },
  };
}

/** Joins the results of a channel's segments, shifting each segment's times by its start. */
function merge(parts: readonly ChannelResult[], offsets: readonly number[]): ChannelResult {
  const first = parts[0];
  if (first === undefined) {
    return emptyResult();
  }
  if (parts.length === 1) {
    const by = offsets[0] ?? 0;
    return {
      ...first,
      // no copy when nothing moves (the usual case: a continuous file from its start)
      bursts: by === 0 ? first.bursts : EventTable.join([first.bursts], [by], burstEvent),
      spasms: by === 0 ? first.spasms : EventTable.join([first.spasms], [by], spasmEpisode),
      spectral: { ...first.spectral, perMinute: first.spectral.perMinute },
      trace: first.trace === null ? null : { ...first.trace, t0S: first.trace.t0S + by },
    };
  }
  const samples = parts.reduce((s, p) => s + p.samples, 0);
  const weighted = (f: (p: ChannelResult) => number | null): number | null => {
    let s = 0;
    let w = 0;
    for (const p of parts) {
      const v = f(p);
      if (v !== null && Number.isFinite(v)) {
        s += v * p.samples;
        w += p.samples;
      }
    }
    return w === 0 ? null : s / w;
  };
  return {
    ...first,
    bursts: EventTable.join(
      parts.map((p) => p.bursts),
      offsets,
      burstEvent,
    ),
    spasms: EventTable.join(
      parts.map((p) => p.spasms),
      offsets,
      spasmEpisode,
    ),
    restRmsUv: weighted((p) => p.restRmsUv) ?? NaN,
    activeFraction: weighted((p) => p.activeFraction) ?? 0,
    ecg: { beats: parts.reduce((s, p) => s + p.ecg.beats, 0), bpm: weighted((p) => p.ecg.bpm) },
    spectral: {
      activeEpochs: parts.reduce((s, p) => s + p.spectral.activeEpochs, 0),
      meanMnfHz: weighted((p) => p.spectral.meanMnfHz),
      meanMdfHz: weighted((p) => p.spectral.meanMdfHz),
      // a fatigue slope only means something within one continuous stretch: the first segment's
      mnfSlope: first.spectral.mnfSlope,
      mdfSlope: first.spectral.mdfSlope,
      perMinute: parts.flatMap((p, i) =>
        p.spectral.perMinute.map((m) => ({
          ...m,
          minute: m.minute + Math.floor((offsets[i] ?? 0) / 60),
        })),
      ),
    },
    amplitude: {
      rms100msMeanUv: weighted((p) => p.amplitude.rms100msMeanUv),
      rms100msPeakUv: peak(parts.map((p) => p.amplitude.rms100msPeakUv)),
      linearEnvelopeMeanUv: weighted((p) => p.amplitude.linearEnvelopeMeanUv),
      linearEnvelopePeakUv: peak(parts.map((p) => p.amplitude.linearEnvelopePeakUv)),
    },
    trace: parts.find((p) => p.trace !== null && p.trace.signal.length > 0)?.trace ?? first.trace,
    samples,
  };
}

function peak(xs: readonly (number | null)[]): number | null {
  const known = xs.filter((x): x is number => x !== null);
  return known.length === 0 ? null : Math.max(...known);
}

function emptyResult(): ChannelResult {
  return {
    notchHz: null,
    bursts: EventTable.empty(burstEvent),
    spasms: EventTable.empty(spasmEpisode),
    restRmsUv: NaN,
    onsetBaseline: null,
    activeFraction: 0,
    ecg: { beats: 0, bpm: null },
    spectral: {
      activeEpochs: 0,
      meanMnfHz: null,
      meanMdfHz: null,
      mdfSlope: null,
      mnfSlope: null,
      perMinute: [],
    },
    frr: null,
    amplitude: {
      rms100msMeanUv: null,
      rms100msPeakUv: null,
      linearEnvelopeMeanUv: null,
      linearEnvelopePeakUv: null,
    },
    trace: null,
    samples: 0,
  };
}

export { Phase };

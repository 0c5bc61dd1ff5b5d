/**
 * @module Evaluation against synthetic ground truth: the acceptance scenarios of the EMG issues, a
 * channel-by-channel analysis of a synthetic recording, and the matching of detected events to true
 * ones. The tests assert the bounds; `npm run bench:emg:accuracy` prints the figures.
 */
import {
  ChannelProcessor,
  medianInPlace,
  NO_REST_INFORMATION,
  restContext,
  synthesize,
  type ChannelResult,
  type FilterMode,
  type OnsetMethod,
  type Phase,
  type SynthSpec,
  type SynthTruth,
} from '../index.js';

export interface EvaluationOptions {
  readonly onsetMethod?: OnsetMethod;
  readonly mode?: FilterMode;
  readonly trunk?: boolean;
  /** What the analysis is told about rest: nothing, that the whole recording is at rest, or the true phases. */
  readonly rest?: 'none' | 'at_rest' | 'phases';
}

/** Analyses every channel of a synthetic recording, fed in odd-sized blocks as a stream would be. */
export function analyseSynthetic(
  spec: SynthSpec,
  {
    onsetMethod = 'hodges_bui',
    mode = 'streaming',
    trunk = false,
    rest = 'none',
  }: EvaluationOptions = {},
): { results: ChannelResult[]; truth: SynthTruth; fs: number } {
  const { signals, truth, fs } = synthesize(spec);
  const phases: Phase[] = truth.phases.map((p) => ({
    phase: p.phase,
    onsetS: p.onsetS,
    offsetS: p.offsetS,
  }));
  const context =
    rest === 'none'
      ? NO_REST_INFORMATION
      : restContext(rest === 'phases' ? phases : [], rest === 'at_rest');
  const results = signals.map((x) => {
    const p = new ChannelProcessor({
      fs,
      mode,
      notch: 'auto',
      onsetMethod,
      trunk,
      phases,
      rest: context,
    });
    // a prime block length, so no block boundary lines up with anything in the signal
    for (let i = 0; i < x.length; i += 7919) {
      p.push(x.subarray(i, i + 7919));
    }
    return p.finish();
  });
  return { results, truth, fs };
}

export interface EventScore {
  readonly f1: number;
  /** Mean, median and SD of detected minus true onset, over matched events, ms. */
  readonly meanMs: number;
  readonly medianMs: number;
  readonly sdMs: number;
  readonly matched: number;
  readonly found: number;
  readonly truth: number;
}

/** Greedy one-to-one matching of onsets within `tolS`. */
export function scoreEvents(
  found: readonly { onsetS: number }[],
  truth: readonly { onsetS: number }[],
  tolS: number,
): EventScore {
  const used = new Set<number>();
  const errors: number[] = [];
  for (const f of found) {
    let best = -1;
    let bestD = Infinity;
    truth.forEach((t, i) => {
      const d = Math.abs(t.onsetS - f.onsetS);
      if (!used.has(i) && d < bestD) {
        best = i;
        bestD = d;
      }
    });
    if (best >= 0 && bestD <= tolS) {
      used.add(best);
      errors.push(f.onsetS - (truth[best]?.onsetS ?? NaN));
    }
  }
  const tp = errors.length;
  const mean = errors.reduce((s, e) => s + e, 0) / Math.max(1, tp);
  const sd = Math.sqrt(errors.reduce((s, e) => s + (e - mean) ** 2, 0) / Math.max(1, tp - 1));
  const median = medianInPlace(Float64Array.from(errors));
  return {
    f1: (2 * tp) / Math.max(1, found.length + truth.length),
    meanMs: mean * 1000,
    medianMs: median * 1000,
    sdMs: sd * 1000,
    matched: tp,
    found: found.length,
    truth: truth.length,
  };
}

/** The acceptance scenarios (at least 50 true events where events are counted). */
export const SCENARIOS = {
  bursts: (snrDb: number): SynthSpec => ({
    seed: 31,
    durationS: 240,
    channels: 2,
    bursts: { count: 30, snrDb, durationS: [0.3, 2], minGapS: 1 },
  }),
  /** Bursts over heartbeats and mains hum with its third harmonic, as on a trunk channel. */
  burstsWithEcgAndMains: (snrDb: number, bpm: number, ecgUv: number): SynthSpec => ({
    seed: 38,
    durationS: 300,
    channels: 2,
    bursts: { count: 30, snrDb, durationS: [0.3, 2], minGapS: 1 },
    ecg: { bpm, amplitudeUv: ecgUv },
    mains: { hz: 50, amplitudeUv: 20 },
  }),
  /** Rest with heartbeats, mains hum and a slow baseline wander, and nothing else. */
  restWithEcgMainsAndWander: {
    seed: 39,
    durationS: 600,
    channels: 2,
    ecg: { bpm: 80, amplitudeUv: 200 },
    mains: { hz: 50, amplitudeUv: 20 },
    wanderUv: 150,
  },
  /** Voluntary bursts only inside annotated task phases, rest between them. */
  burstsInTasks: {
    seed: 40,
    durationS: 600,
    channels: 2,
    tasks: { count: 10, durationS: [15, 30] },
    bursts: { count: 30, snrDb: 15, durationS: [0.5, 3], minGapS: 1 },
  },
  spasmsWithMainsAndEcg: {
    seed: 32,
    durationS: 900,
    channels: 2,
    spasms: { count: 30, snrDb: 12, durationS: [0.5, 20] },
    ecg: { bpm: 105, amplitudeUv: 250 },
    mains: { hz: 50, amplitudeUv: 15 },
  },
  ecgAlone: (bpm: number): SynthSpec => ({
    seed: 33,
    durationS: 240,
    channels: 2,
    ecg: { bpm, amplitudeUv: 300 },
  }),
  steadyContraction: {
    seed: 35,
    durationS: 100,
    channels: 2,
    contraction: { onsetS: 10, durationS: 80, snrDb: 30, fatiguePercentPerMin: 0 },
  },
  noiseActivity: {
    seed: 36,
    durationS: 420,
    channels: 1,
    spasms: { count: 4, snrDb: 35, durationS: [50, 50] },
  },
  fatiguingContraction: {
    seed: 37,
    durationS: 100,
    channels: 2,
    contraction: { onsetS: 10, durationS: 80, snrDb: 30, fatiguePercentPerMin: 15 },
  },
} as const satisfies Record<
  string,
  SynthSpec | ((x: number) => SynthSpec) | ((a: number, b: number, c: number) => SynthSpec)
>;

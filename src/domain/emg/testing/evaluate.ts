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

/** Detected minus true onset of each one-to-one match within `tolS`, closest pairs first. */
function matchOnsets(
  found: readonly { onsetS: number }[],
  truth: readonly { onsetS: number }[],
  tolS: number,
): number[] {
  const pairs: { f: number; t: number; d: number }[] = [];
  found.forEach((f, i) => {
    truth.forEach((t, j) => {
      const d = f.onsetS - t.onsetS;
      if (Math.abs(d) <= tolS) {
        pairs.push({ f: i, t: j, d });
      }
    });
  });
  pairs.sort((a, b) => Math.abs(a.d) - Math.abs(b.d));
  const usedF = new Set<number>();
  const usedT = new Set<number>();
  const errors: number[] = [];
  for (const p of pairs) {
    if (!usedF.has(p.f) && !usedT.has(p.t)) {
      usedF.add(p.f);
      usedT.add(p.t);
      errors.push(p.d);
    }
  }
  return errors;
}

/**
 * One-to-one matching of onsets within `tolS`, channel by channel (a detection on one channel never
 * takes the true event of another), pooled over the channels. Each element pairs one channel's detected
 * and true events.
 */
export function scoreChannels(
  channels: readonly {
    readonly found: readonly { onsetS: number }[];
    readonly truth: readonly { onsetS: number }[];
  }[],
  tolS: number,
): EventScore {
  const errors = channels.flatMap((c) => matchOnsets(c.found, c.truth, tolS));
  const found = channels.reduce((n, c) => n + c.found.length, 0);
  const truth = channels.reduce((n, c) => n + c.truth.length, 0);
  const tp = errors.length;
  const mean = errors.reduce((s, e) => s + e, 0) / Math.max(1, tp);
  const sd = Math.sqrt(errors.reduce((s, e) => s + (e - mean) ** 2, 0) / Math.max(1, tp - 1));
  const median = medianInPlace(Float64Array.from(errors));
  return {
    f1: (2 * tp) / Math.max(1, found + truth),
    meanMs: mean * 1000,
    medianMs: median * 1000,
    sdMs: sd * 1000,
    matched: tp,
    found,
    truth,
  };
}

/** The burst onsets of an analysis scored against the truth, channel by channel, within 50 ms. */
export function scoreBursts(results: readonly ChannelResult[], truth: SynthTruth): EventScore {
  return scoreChannels(
    results.map((r, i) => ({
      found: r.bursts.toArray(),
      truth: truth.channels[i]?.bursts ?? [],
    })),
    0.05,
  );
}

/** The spasm episodes of an analysis scored against the truth, channel by channel, within `tolS`. */
export function scoreSpasms(
  results: readonly ChannelResult[],
  truth: SynthTruth,
  tolS: number,
): EventScore {
  return scoreChannels(
    results.map((r, i) => ({
      found: r.spasms.toArray(),
      truth: truth.channels[i]?.spasms ?? [],
    })),
    tolS,
  );
}

/**
 * Seeds the detector's settings were chosen on, and seeds kept out of that choice to check it
 * (`npm run bench:emg:accuracy` reports both; tests assert on the tuning seeds and the scenarios' own).
 */
export const TUNING_SEEDS = [1, 2, 3] as const;
export const HELD_OUT_SEEDS = [101, 102, 103, 104, 105] as const;

/** The acceptance scenarios (at least 50 true events where events are counted). */
export const SCENARIOS = {
  bursts: (snrDb: number, seed = 31): SynthSpec => ({
    seed,
    durationS: 240,
    channels: 2,
    bursts: { count: 30, snrDb, durationS: [0.3, 2], minGapS: 1 },
  }),
  /** Bursts over heartbeats and mains hum with its third harmonic, as on a trunk channel. */
  burstsWithEcgAndMains: (snrDb: number, bpm: number, ecgUv: number, seed = 38): SynthSpec => ({
    seed,
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
  | SynthSpec
  | ((x: number, seed?: number) => SynthSpec)
  | ((a: number, b: number, c: number, seed?: number) => SynthSpec)
>;

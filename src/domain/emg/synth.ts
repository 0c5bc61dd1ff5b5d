/**
 * @module Seeded synthetic surface EMG with known ground truth (emg.md §5.5): band-limited Gaussian
 * activity switched on and off with 5 ms raised-cosine ramps, over band-limited background noise at a
 * chosen SNR, plus optional mains hum, ECG spikes, baseline wander, a fatiguing contraction whose mean
 * and median frequency are known analytically, and flexion–relaxation phases. It streams block by
 * block, so recordings of any length are generated in bounded memory.
 */
import { z } from 'zod';
import { butter, sectionCoefficients, sections, sosfiltInPlace, type Sos } from './dsp/index.js';
import { EMG_DEFAULTS } from './defaults.js';
import { Random } from './random.js';

const Range = z.tuple([z.number().positive(), z.number().positive()]);

export const SynthSpec = z.strictObject({
  seed: z.int().min(0).default(1),
  // the synthetic activity spans 30–300 Hz and the noise up to 450 Hz: they must lie below fs/2
  fs: z
    .number()
    .min(1000, { error: 'must be at least 1000 Hz, so the synthetic activity lies below fs/2' })
    .max(20000)
    .default(2000),
  durationS: z
    .number()
    .positive()
    .max(7 * 86400),
  channels: z.int().min(1).max(64).default(2),
  labels: z.array(z.string().min(1).max(16)).optional(),
  /** RMS of the background noise in µV (rest baseline of 3–5 µV, emg.md §5.4). */
  noiseRmsUv: z.number().positive().max(1000).default(4),
  bursts: z
    .strictObject({
      count: z.int().min(0).default(0),
      durationS: Range.default([0.3, 2]),
      snrDb: z.number().min(-20).max(60).default(10),
      minGapS: z.number().min(0).default(1),
    })
    .default({ count: 0, durationS: [0.3, 2], snrDb: 10, minGapS: 1 }),
  spasms: z
    .strictObject({
      count: z.int().min(0).default(0),
      durationS: Range.default([0.5, 20]),
      snrDb: z.number().min(-20).max(60).default(12),
    })
    .default({ count: 0, durationS: [0.5, 20], snrDb: 12 }),
  mains: z
    .strictObject({
      hz: z.union([z.literal(50), z.literal(60)], { error: 'must be 50 or 60 Hz' }),
      amplitudeUv: z.number().min(0),
    })
    .optional(),
  ecg: z
    .strictObject({ bpm: z.number().min(30).max(200), amplitudeUv: z.number().min(0) })
    .optional(),
  wanderUv: z.number().min(0).default(0),
  contraction: z
    .strictObject({
      onsetS: z.number().min(0),
      durationS: z.number().positive(),
      snrDb: z.number().default(20),
      /** Downward shift of every frequency, percent of the starting value per minute. */
      fatiguePercentPerMin: z.number().min(0).max(50).default(0),
    })
    .optional(),
  flexionRelaxation: z
    .strictObject({
      cycles: z.int().min(1).max(50),
      phaseS: z.number().min(0.5).max(30).default(3),
      snrDb: z.number().default(20),
    })
    .optional(),
  /**
   * A rest/task protocol: task phases of the given durations; bursts (voluntary activity) fall only
   * inside them and spasms only outside, and the time between tasks is annotated as rest.
   */
  tasks: z
    .strictObject({
      count: z.int().min(1).max(10000),
      durationS: Range.default([10, 30]),
    })
    .optional(),
});
export type SynthSpec = z.input<typeof SynthSpec>;
/** A spec with its defaults filled in, as parsing returns it. */
export type ParsedSynthSpec = z.infer<typeof SynthSpec>;
type Spec = ParsedSynthSpec;

const Seconds = z.number();

export const TrueEvent = z.strictObject({
  onsetS: Seconds,
  offsetS: Seconds,
  amplitudeUv: z.number(),
});
export type TrueEvent = z.infer<typeof TrueEvent>;

export const TrueSpasm = TrueEvent.extend({ kind: z.enum(['phasic', 'sustained']) });
export type TrueSpasm = z.infer<typeof TrueSpasm>;

/** Flexion–relaxation phases (with the RMS the generator gave them) and rest/task phases (without). */
export const TruePhase = z.strictObject({
  phase: z.enum(['standing', 'flexion', 'full_flexion', 'extension', 'rest', 'task']),
  onsetS: Seconds,
  offsetS: Seconds,
  rmsUv: z.number().nullable(),
});
export type TruePhase = z.infer<typeof TruePhase>;

export const ChannelTruth = z.strictObject({
  label: z.string(),
  bursts: z.array(TrueEvent),
  spasms: z.array(TrueSpasm),
  /** Peak of this channel's ECG spikes (the heart is the same for every channel, its size is not). */
  ecgAmplitudeUv: z.number().nullable(),
});
export type ChannelTruth = z.infer<typeof ChannelTruth>;

export const ContractionTruth = z.strictObject({
  onsetS: Seconds,
  offsetS: Seconds,
  /** Mean and median frequency at the start of the contraction. */
  mnfHz: z.number(),
  mdfHz: z.number(),
  /** Both scale by (1 − rate·t); the slopes in Hz/s. */
  mnfSlopeHzPerS: z.number(),
  mdfSlopeHzPerS: z.number(),
});
export type ContractionTruth = z.infer<typeof ContractionTruth>;

/**
 * The ground truth of a synthetic recording. Every key is present for every file (an absent feature is
 * `null` or an empty list), so a reader needs one shape.
 */
export const SynthTruth = z.strictObject({
  schema: z.literal('tonus-emg-truth/1'),
  seed: z.int(),
  fs: z.number(),
  durationS: z.number(),
  noiseRmsUv: z.number(),
  channels: z.array(ChannelTruth),
  /** The R-peak time of every heartbeat, seconds; empty without ECG. */
  ecgBeatsS: z.array(Seconds),
  mainsHz: z.union([z.literal(50), z.literal(60)]).nullable(),
  contraction: ContractionTruth.nullable(),
  phases: z.array(TruePhase),
  /** Analytic mean and median frequency of the activity content, as the default analysis chain (band-pass, 20–450 Hz) sees it. */
  activity: z.strictObject({ mnfHz: z.number(), mdfHz: z.number() }),
});
export type SynthTruth = z.infer<typeof SynthTruth>;

const RAMP_S = 0.005;
/** Activity and background are shaped by band-pass filters (emg.md §5.5: a band-pass is an acceptable shaping). */
const ACTIVITY_BAND: [number, number] = [30, 300];
const NOISE_BAND: [number, number] = [20, 450];
const MULTISINE_COMPONENTS = 800;

interface Interval {
  onsetS: number;
  offsetS: number;
}

/**
 * Tries up to 200 times to put an interval of `d` seconds where `pick` says (given its duration), at
 * least `gap` from every interval taken or placed; adds it to `out` when it fits.
 */
function tryPlace(
  d: number,
  pick: () => number | null,
  gap: number,
  taken: readonly Interval[],
  out: Interval[],
): void {
  for (let attempt = 0; attempt < 200; attempt++) {
    const on = pick();
    if (on === null) {
      continue;
    }
    const iv = { onsetS: on, offsetS: on + d };
    const clash = (t: Interval): boolean =>
      iv.onsetS < t.offsetS + gap && t.onsetS < iv.offsetS + gap;
    if (!taken.some(clash) && !out.some(clash)) {
      out.push(iv);
      return;
    }
  }
}

function place(
  rng: Random,
  count: number,
  range: readonly [number, number],
  total: number,
  gap: number,
  taken: Interval[],
): Interval[] {
  const out: Interval[] = [];
  for (let i = 0; i < count; i++) {
    const d = rng.between(range[0], range[1]);
    tryPlace(d, () => rng.between(gap, Math.max(gap, total - d - gap)), gap, taken, out);
  }
  return out.sort((a, b) => a.onsetS - b.onsetS);
}

/** Like `place`, but each interval lies inside one of `within` (task phases), `gap` from its edges. */
function placeWithin(
  rng: Random,
  count: number,
  range: readonly [number, number],
  within: readonly Interval[],
  gap: number,
  taken: Interval[],
): Interval[] {
  const out: Interval[] = [];
  for (let i = 0; i < count && within.length > 0; i++) {
    const d = rng.between(range[0], range[1]);
    const pick = (): number | null => {
      const box = within[Math.floor(rng.uniform() * within.length)];
      if (box === undefined || box.offsetS - box.onsetS < d + 2 * gap) {
        return null;
      }
      return rng.between(box.onsetS + gap, box.offsetS - gap - d);
    };
    tryPlace(d, pick, gap, taken, out);
  }
  return out.sort((a, b) => a.onsetS - b.onsetS);
}

/** Gain envelope of an event at time t: raised-cosine ramps of 5 ms at each end. */
function gate(t: number, on: number, off: number): number {
  if (t < on || t >= off) {
    return 0;
  }
  if (t < on + RAMP_S) {
    return 0.5 - 0.5 * Math.cos((Math.PI * (t - on)) / RAMP_S);
  }
  if (t > off - RAMP_S) {
    return 0.5 - 0.5 * Math.cos((Math.PI * (off - t)) / RAMP_S);
  }
  return 1;
}

function magnitudeSquared(sos: Sos, f: number, fs: number): number {
  const w = (2 * Math.PI * f) / fs;
  let mag2 = 1;
  for (let s = 0; s < sections(sos); s++) {
    const [b0, b1, b2, , a1, a2] = sectionCoefficients(sos, s);
    const nRe = b0 + b1 * Math.cos(w) + b2 * Math.cos(2 * w);
    const nIm = -(b1 * Math.sin(w) + b2 * Math.sin(2 * w));
    const dRe = 1 + a1 * Math.cos(w) + a2 * Math.cos(2 * w);
    const dIm = -(a1 * Math.sin(w) + a2 * Math.sin(2 * w));
    mag2 *= (nRe * nRe + nIm * nIm) / (dRe * dRe + dIm * dIm);
  }
  return mag2;
}

/** RMS gain of the shaping filter for unit white noise: variance = (2/fs)·∫₀^{fs/2} |H|² df. */
function noiseGain(sos: Sos, fs: number): number {
  const df = 0.05;
  let total = 0;
  for (let f = 0; f <= fs / 2; f += df) {
    total += magnitudeSquared(sos, f, fs);
  }
  return Math.sqrt((2 * total * df) / fs);
}

/**
 * Mean and median frequency of the activity's power spectrum as the default analysis sees it: shaped
 * by the activity filter, through the zero-phase analysis band-pass (|H|⁴), over the analysis band.
 */
function analyticMeanMedian(
  shaping: Sos,
  analysis: Sos,
  band: readonly [number, number],
  fs: number,
): { mnfHz: number; mdfHz: number } {
  const df = 0.05;
  const freqs: number[] = [];
  const power: number[] = [];
  for (let f = band[0]; f <= band[1]; f += df) {
    freqs.push(f);
    power.push(magnitudeSquared(shaping, f, fs) * magnitudeSquared(analysis, f, fs) ** 2);
  }
  const total = power.reduce((s, p) => s + p, 0);
  const mnfHz = power.reduce((s, p, i) => s + p * (freqs[i] ?? 0), 0) / total;
  let cum = 0;
  let mdfHz = NaN;
  for (let i = 0; i < power.length; i++) {
    cum += power[i] ?? 0;
    if (cum >= total / 2) {
      mdfHz = freqs[i] ?? NaN;
      break;
    }
  }
  return { mnfHz, mdfHz };
}

interface Multisine {
  readonly freqs: Float64Array;
  readonly amps: Float64Array;
  readonly phases: Float64Array;
  readonly mnfHz: number;
  readonly mdfHz: number;
}

/** A contraction signal as a sum of sinusoids with a bell-shaped spectrum: its MNF and MDF are exact. */
function multisine(rng: Random): Multisine {
  const freqs = new Float64Array(MULTISINE_COMPONENTS);
  const amps = new Float64Array(MULTISINE_COMPONENTS);
  const phases = new Float64Array(MULTISINE_COMPONENTS);
  let p = 0;
  let pf = 0;
  for (let k = 0; k < MULTISINE_COMPONENTS; k++) {
    const f = 30 + (k * (350 - 30)) / (MULTISINE_COMPONENTS - 1);
    // log-normal-like bell peaking near 90 Hz
    const power = Math.exp(-((Math.log(f / 90) / 0.55) ** 2));
    freqs[k] = f;
    amps[k] = Math.sqrt(power);
    phases[k] = rng.between(0, 2 * Math.PI);
    p += power;
    pf += power * f;
  }
  // continuous median: each component carries its power over its share of the frequency axis
  const spacing = (350 - 30) / (MULTISINE_COMPONENTS - 1);
  let cum = 0;
  let mdfHz = NaN;
  for (let k = 0; k < MULTISINE_COMPONENTS; k++) {
    const power = (amps[k] ?? 0) ** 2;
    if (cum + power >= p / 2) {
      mdfHz = (freqs[k] ?? 0) - spacing / 2 + ((p / 2 - cum) / power) * spacing;
      break;
    }
    cum += power;
  }
  const norm = Math.sqrt(2 / p);
  for (let k = 0; k < MULTISINE_COMPONENTS; k++) {
    amps[k] = (amps[k] ?? 0) * norm;
  }
  return { freqs, amps, phases, mnfHz: pf / p, mdfHz };
}

interface ChannelState {
  readonly label: string;
  readonly rng: Random;
  readonly bursts: TrueEvent[];
  readonly spasms: TrueSpasm[];
  readonly activityState: Float64Array;
  readonly noiseState: Float64Array;
  readonly mainsPhase: number;
  readonly ecgJitter: number;
  readonly multisine?: Multisine;
  /** Bursts and spasms by onset; they never overlap, so they are in offset order too. */
  readonly events: readonly { onsetS: number; offsetS: number; amplitudeUv: number }[];
  /** Blocks come in order: the first event and ECG beat that can still reach the current block. */
  readonly cursor: { event: number; beat: number };
}

export class SynthStream {
  readonly fs: number;
  readonly labels: readonly string[];
  readonly truth: SynthTruth;
  readonly totalSamples: number;
  private readonly spec: Spec;
  private readonly channels: ChannelState[];
  private readonly activitySos: Sos;
  private readonly noiseSos: Sos;
  private readonly activityGain: number;
  private readonly noiseGain: number;
  private readonly ecgTimes: number[];
  private readonly phaseList: TruePhase[];
  private position = 0;

  constructor(input: SynthSpec) {
    const spec = SynthSpec.parse(input);
    this.spec = spec;
    this.fs = spec.fs;
    this.totalSamples = Math.round(spec.durationS * spec.fs);
    this.activitySos = butter({ order: 2, cutoffHz: ACTIVITY_BAND, type: 'bandpass', fs: spec.fs });
    this.noiseSos = butter({
      order: 2,
      cutoffHz: [NOISE_BAND[0], Math.min(NOISE_BAND[1], spec.fs * 0.45)],
      type: 'bandpass',
      fs: spec.fs,
    });
    const analysis = butter({
      order: EMG_DEFAULTS.bandpass.order,
      cutoffHz: [
        EMG_DEFAULTS.bandpass.lowHz,
        Math.min(EMG_DEFAULTS.bandpass.highHz, 0.45 * spec.fs),
      ],
      type: 'bandpass',
      fs: spec.fs,
    });
    const act = analyticMeanMedian(
      this.activitySos,
      analysis,
      EMG_DEFAULTS.spectral.bandHz,
      spec.fs,
    );
    this.activityGain = noiseGain(this.activitySos, spec.fs);
    this.noiseGain = noiseGain(this.noiseSos, spec.fs);
    const master = new Random(spec.seed);
    this.labels = Array.from(
      { length: spec.channels },
      (_, i) => spec.labels?.[i] ?? `EMG ${i + 1}`,
    );
    this.ecgTimes = [];
    if (spec.ecg !== undefined) {
      const rr = 60 / spec.ecg.bpm;
      for (
        let t = master.between(0, rr);
        t < spec.durationS;
        t += rr * (1 + 0.03 * (2 * master.uniform() - 1))
      ) {
        this.ecgTimes.push(t);
      }
    }
    const blocked: Interval[] = [];
    const contraction = spec.contraction;
    if (contraction !== undefined) {
      blocked.push({
        onsetS: contraction.onsetS,
        offsetS: contraction.onsetS + contraction.durationS,
      });
    }
    this.phaseList = [];
    const fr = spec.flexionRelaxation;
    if (fr !== undefined) {
      const order = ['standing', 'flexion', 'full_flexion', 'extension'] as const;
      const active = spec.noiseRmsUv * 10 ** (fr.snrDb / 20);
      const levels: Record<(typeof order)[number], number> = {
        standing: 0.25 * active,
        flexion: active,
        full_flexion: 0.1 * active,
        extension: 1.2 * active,
      };
      let t = 1;
      for (let c = 0; c < fr.cycles; c++) {
        for (const phase of order) {
          this.phaseList.push({ phase, onsetS: t, offsetS: t + fr.phaseS, rmsUv: levels[phase] });
          t += fr.phaseS;
        }
      }
      blocked.push({ onsetS: 0, offsetS: t + 1 });
    }
    const tasks =
      spec.tasks === undefined
        ? null
        : place(master, spec.tasks.count, spec.tasks.durationS, spec.durationS, 2, blocked);
    if (tasks !== null) {
      let restFrom = 0;
      for (const task of tasks) {
        if (task.onsetS > restFrom) {
          this.phaseList.push({
            phase: 'rest',
            onsetS: restFrom,
            offsetS: task.onsetS,
            rmsUv: null,
          });
        }
        this.phaseList.push({ phase: 'task', ...task, rmsUv: null });
        restFrom = task.offsetS;
      }
      if (restFrom < spec.durationS) {
        this.phaseList.push({
          phase: 'rest',
          onsetS: restFrom,
          offsetS: spec.durationS,
          rmsUv: null,
        });
      }
    }
    this.channels = this.labels.map((label, ci) => {
      const rng = new Random((spec.seed * 1_000_003 + ci * 7919 + 17) >>> 0);
      // with a rest/task protocol, spasms happen at rest and voluntary bursts during the tasks
      const spasmIv = place(rng, spec.spasms.count, spec.spasms.durationS, spec.durationS, 1.5, [
        ...blocked,
        ...(tasks ?? []),
      ]);
      const burstIv =
        tasks === null
          ? place(
              rng,
              spec.bursts.count,
              spec.bursts.durationS,
              spec.durationS,
              spec.bursts.minGapS,
              [...blocked, ...spasmIv],
            )
          : placeWithin(rng, spec.bursts.count, spec.bursts.durationS, tasks, 1, [
              ...blocked,
              ...spasmIv,
            ]);
      const burstAmp = spec.noiseRmsUv * 10 ** (spec.bursts.snrDb / 20);
      const spasmAmp = spec.noiseRmsUv * 10 ** (spec.spasms.snrDb / 20);
      return {
        label,
        rng,
        bursts: burstIv.map((iv) => ({ ...iv, amplitudeUv: burstAmp })),
        spasms: spasmIv.map((iv) => ({
          ...iv,
          amplitudeUv: spasmAmp,
          kind: iv.offsetS - iv.onsetS >= 5 ? ('sustained' as const) : ('phasic' as const),
        })),
        activityState: new Float64Array(4),
        noiseState: new Float64Array(4),
        mainsPhase: rng.between(0, 2 * Math.PI),
        ecgJitter: 0.8 + 0.4 * rng.uniform(),
        ...(contraction === undefined ? {} : { multisine: multisine(rng) }),
        events: [
          ...burstIv.map((iv) => ({ ...iv, amplitudeUv: burstAmp })),
          ...spasmIv.map((iv) => ({ ...iv, amplitudeUv: spasmAmp })),
        ].sort((a, b) => a.onsetS - b.onsetS),
        cursor: { event: 0, beat: 0 },
      };
    });
    const ms = this.channels[0]?.multisine;
    const rate = (contraction?.fatiguePercentPerMin ?? 0) / 100 / 60;
    const ecg = spec.ecg;
    this.truth = {
      schema: 'tonus-emg-truth/1',
      seed: spec.seed,
      fs: spec.fs,
      durationS: spec.durationS,
      noiseRmsUv: spec.noiseRmsUv,
      channels: this.channels.map((c) => ({
        label: c.label,
        bursts: c.bursts,
        spasms: c.spasms,
        ecgAmplitudeUv: ecg === undefined ? null : ecg.amplitudeUv * c.ecgJitter,
      })),
      ecgBeatsS: this.ecgTimes,
      mainsHz: spec.mains?.hz ?? null,
      contraction:
        contraction === undefined || ms === undefined
          ? null
          : {
              onsetS: contraction.onsetS,
              offsetS: contraction.onsetS + contraction.durationS,
              mnfHz: ms.mnfHz,
              mdfHz: ms.mdfHz,
              // 0 − x, not −x: without fatigue the slope is 0, not −0, which JSON cannot keep
              mnfSlopeHzPerS: 0 - ms.mnfHz * rate,
              mdfSlopeHzPerS: 0 - ms.mdfHz * rate,
            },
      phases: this.phaseList,
      activity: { mnfHz: act.mnfHz, mdfHz: act.mdfHz },
    };
  }

  get done(): boolean {
    return this.position >= this.totalSamples;
  }

  /** The next block of at most `n` samples per channel, in µV. */
  next(n: number): Float64Array[] {
    const count = Math.min(n, this.totalSamples - this.position);
    const start = this.position;
    this.position += count;
    return this.channels.map((c) => this.render(c, start, count));
  }

  private render(c: ChannelState, start: number, count: number): Float64Array {
    const { fs, spec } = this;
    const noise = new Float64Array(count);
    const act = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      noise[i] = c.rng.gaussian();
      act[i] = c.rng.gaussian();
    }
    sosfiltInPlace(this.noiseSos, noise, c.noiseState);
    sosfiltInPlace(this.activitySos, act, c.activityState);
    const out = new Float64Array(count);
    const t0 = start / fs;
    const t1 = (start + count) / fs;
    while ((c.events[c.cursor.event]?.offsetS ?? Infinity) <= t0) {
      c.cursor.event += 1;
    }
    const events = [];
    for (let k = c.cursor.event; k < c.events.length; k++) {
      const e = c.events[k];
      if (e === undefined || e.onsetS >= t1) {
        break;
      }
      events.push(e);
    }
    // rest and task phases carry no level of their own: their activity is the bursts and spasms
    const phases = this.phaseList.filter(
      (p): p is TruePhase & { rmsUv: number } =>
        p.rmsUv !== null && p.onsetS < t1 + RAMP_S && p.offsetS > t0 - RAMP_S,
    );
    const noiseScale = spec.noiseRmsUv / this.noiseGain;
    const actScale = 1 / this.activityGain;
    for (let i = 0; i < count; i++) {
      const t = (start + i) / fs;
      let g = 0;
      for (const e of events) {
        g = Math.max(g, gate(t, e.onsetS, e.offsetS) * e.amplitudeUv);
      }
      for (const p of phases) {
        g = Math.max(
          g,
          gate(t, p.onsetS, p.offsetS) *
            Math.sqrt(Math.max(0, p.rmsUv ** 2 - spec.noiseRmsUv ** 2)),
        );
      }
      out[i] = (noise[i] ?? 0) * noiseScale + (act[i] ?? 0) * actScale * g;
    }
    this.addContraction(c, start, out);
    this.addInterference(c, start, out);
    return out;
  }

  private addContraction(c: ChannelState, start: number, out: Float64Array): void {
    const k = this.spec.contraction;
    const ms = c.multisine;
    if (k === undefined || ms === undefined) {
      return;
    }
    const rate = k.fatiguePercentPerMin / 100 / 60;
    const amp = this.spec.noiseRmsUv * 10 ** (k.snrDb / 20);
    const on = Math.max(0, Math.ceil(k.onsetS * this.fs) - start);
    const off = Math.min(out.length, Math.floor((k.onsetS + k.durationS) * this.fs) - start);
    if (off <= on) {
      return;
    }
    const n = ms.freqs.length;
    // every component as a rotating phasor; its phase 2π·f·(t − rate·t²/2) is set exactly at the start of
    // each short run, inside which the rotation step is held (the frequency barely moves over 32 samples)
    const re = new Float64Array(n);
    const im = new Float64Array(n);
    const stepRe = new Float64Array(n);
    const stepIm = new Float64Array(n);
    const RUN = 32;
    for (let i0 = on; i0 < off; i0 += RUN) {
      const tr = (start + i0) / this.fs - k.onsetS;
      const warped = tr - (rate * tr * tr) / 2;
      const s = 1 - rate * (tr + RUN / (2 * this.fs));
      for (let j = 0; j < n; j++) {
        const f = ms.freqs[j] ?? 0;
        const phase = 2 * Math.PI * f * warped + (ms.phases[j] ?? 0);
        re[j] = Math.cos(phase);
        im[j] = Math.sin(phase);
        const w = (2 * Math.PI * f * s) / this.fs;
        stepRe[j] = Math.cos(w);
        stepIm[j] = Math.sin(w);
      }
      for (let i = i0; i < Math.min(off, i0 + RUN); i++) {
        const t = (start + i) / this.fs;
        const g = gate(t, k.onsetS, k.onsetS + k.durationS);
        let v = 0;
        for (let j = 0; j < n; j++) {
          const a = ms.amps[j] ?? 0;
          const r = re[j] ?? 0;
          const q = im[j] ?? 0;
          v += a * q;
          const sr = stepRe[j] ?? 1;
          const si = stepIm[j] ?? 0;
          re[j] = r * sr - q * si;
          im[j] = r * si + q * sr;
        }
        out[i] = (out[i] ?? 0) + amp * g * v;
      }
    }
  }

  private addInterference(c: ChannelState, start: number, out: Float64Array): void {
    const { spec, fs } = this;
    if (spec.mains !== undefined && spec.mains.amplitudeUv > 0) {
      const { hz, amplitudeUv } = spec.mains;
      for (let i = 0; i < out.length; i++) {
        const t = (start + i) / fs;
        out[i] =
          (out[i] ?? 0) +
          amplitudeUv * Math.sin(2 * Math.PI * hz * t + c.mainsPhase) +
          0.2 * amplitudeUv * Math.sin(6 * Math.PI * hz * t);
      }
    }
    if (spec.ecg !== undefined && spec.ecg.amplitudeUv > 0) {
      const a = spec.ecg.amplitudeUv * c.ecgJitter;
      const t0 = start / fs;
      const t1 = (start + out.length) / fs;
      while ((this.ecgTimes[c.cursor.beat] ?? Infinity) < t0 - 0.1) {
        c.cursor.beat += 1;
      }
      for (let k = c.cursor.beat; k < this.ecgTimes.length; k++) {
        const beat = this.ecgTimes[k] ?? Infinity;
        if (beat > t1 + 0.1) {
          break;
        }
        const from = Math.max(0, Math.floor((beat - 0.06 - t0) * fs));
        const to = Math.min(out.length, Math.ceil((beat + 0.1 - t0) * fs));
        for (let i = from; i < to; i++) {
          const dt = (start + i) / fs - beat;
          // R wave and a smaller, wider S wave
          out[i] =
            (out[i] ?? 0) +
            a *
              (Math.exp(-((dt / 0.008) ** 2) / 2) -
                0.35 * Math.exp(-(((dt - 0.025) / 0.012) ** 2) / 2));
        }
      }
    }
    if (spec.wanderUv > 0) {
      for (let i = 0; i < out.length; i++) {
        const t = (start + i) / fs;
        out[i] = (out[i] ?? 0) + spec.wanderUv * Math.sin(2 * Math.PI * 0.3 * t);
      }
    }
  }

  /** Annotations for an EDF+ or BDF+ file: the flexion–relaxation or rest/task phases. */
  annotations(): { onsetS: number; durationS: number; text: string }[] {
    return this.phaseList.map((p) => ({
      onsetS: p.onsetS,
      durationS: p.offsetS - p.onsetS,
      text: p.phase,
    }));
  }
}

/** Renders a whole recording into memory (tests and short files). */
export function synthesize(spec: SynthSpec): {
  signals: Float64Array[];
  truth: SynthTruth;
  labels: readonly string[];
  fs: number;
} {
  const s = new SynthStream(spec);
  const signals = s.labels.map(() => new Float64Array(s.totalSamples));
  let at = 0;
  while (!s.done) {
    const block = s.next(Math.round(s.fs * 10));
    block.forEach((b, i) => signals[i]?.set(b, at));
    at += block[0]?.length ?? 0;
  }
  return { signals, truth: s.truth, labels: s.labels, fs: s.fs };
}

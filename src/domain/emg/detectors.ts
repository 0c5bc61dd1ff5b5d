/**
 * @module Detectors that calibrate themselves: the first horizon of a trace sets the baseline, which is
 * then re-estimated over each following horizon, so a 24-hour recording adapts to posture and electrode
 * changes while memory stays one horizon long. Also the Bonato double-threshold detector (option).
 */
import { BaselineSampler, type Baseline } from './baseline.js';
import { BurstDetector, type Burst, type OnsetOptions } from './onset.js';

export class CalibratedDetector {
  private readonly horizon: number;
  private readonly options: OnsetOptions;
  private readonly adjust: (b: Baseline) => Baseline;
  private readonly quietFraction: number;
  private detector: BurstDetector | null = null;
  /**
   * The first horizon, replayed through the detector once its baseline is known, then released. Single
   * precision (7 digits, far below any envelope's noise) halves the start-up memory: every channel holds
   * a minute of two traces at once.
   */
  private first: Float32Array | null;
  /** The signal power over the first horizon, when the detector refines by changepoint. */
  private firstPower: Float32Array | null;
  /** What the next baseline is estimated from: the horizon being filled. */
  private readonly sampler: BaselineSampler;
  private fill = 0;
  private firstBaseline: Baseline | null = null;

  /**
   * @param adjust - Turns the raw baseline into the one the threshold uses (spasms: mean + 3 SD must be at least twice the mean).
   */
  constructor(
    options: OnsetOptions,
    horizonS: number,
    quietFraction: number,
    adjust: (b: Baseline) => Baseline = (b) => b,
  ) {
    this.options = options;
    this.quietFraction = quietFraction;
    this.horizon = Math.max(1, Math.round(horizonS * options.fs));
    this.adjust = adjust;
    this.first = new Float32Array(this.horizon);
    this.firstPower = options.refine === 'changepoint' ? new Float32Array(this.horizon) : null;
    this.sampler = new BaselineSampler(options.fs, 1, Math.ceil(horizonS));
  }

  get baseline(): Baseline | null {
    return this.firstBaseline;
  }

  /** Feeds the trace, and the signal power at the same indices when the detector refines by changepoint. */
  push(trace: Float64Array, power?: Float64Array): Burst[] {
    if (this.detector !== null) {
      return this.feed(trace, power);
    }
    const take = Math.min(trace.length, this.horizon - this.fill);
    this.first?.set(trace.subarray(0, take), this.fill);
    if (power !== undefined) {
      this.firstPower?.set(power.subarray(0, take), this.fill);
    }
    this.sampler.push(trace.subarray(0, take));
    this.fill += take;
    if (this.fill < this.horizon) {
      return [];
    }
    return [...this.start(), ...this.feed(trace.subarray(take), power?.subarray(take))];
  }

  finish(): Burst[] {
    const early = this.detector === null ? this.start() : [];
    return [...early, ...(this.detector?.finish() ?? [])];
  }

  /** The first horizon (or all there is of it) sets the baseline, however the stream was cut into blocks. */
  private start(): Burst[] {
    const first = this.first?.subarray(0, this.fill) ?? new Float32Array(0);
    const firstPower = this.firstPower?.subarray(0, this.fill);
    this.first = null;
    this.firstPower = null;
    const b = this.sampler.estimate(this.quietFraction);
    this.sampler.clear();
    this.firstBaseline = b;
    const d = new BurstDetector(this.options, this.adjust(b));
    this.detector = d;
    this.fill = 0;
    return d.push(first, firstPower);
  }

  /** Feeds the detector, re-estimating the baseline at every horizon boundary. */
  private feed(trace: Float64Array, power?: Float64Array): Burst[] {
    const d = this.detector;
    if (d === null) {
      return [];
    }
    const out: Burst[] = [];
    let i = 0;
    while (i < trace.length) {
      const take = Math.min(trace.length - i, this.horizon - this.fill);
      const part = trace.subarray(i, i + take);
      out.push(...d.push(part, power?.subarray(i, i + take)));
      this.sampler.push(part);
      this.fill += take;
      i += take;
      if (this.fill === this.horizon) {
        d.setBaseline(this.adjust(this.sampler.estimate(this.quietFraction)));
        this.sampler.clear();
        this.fill = 0;
      }
    }
    return out;
  }
}

export interface BonatoOptions {
  readonly pfa?: number;
  readonly m?: number;
  readonly r0?: number;
  readonly minS?: number;
}

/**
 * Bonato, D'Alessio & Knaflitz 1998 double threshold on the raw band-passed signal. The statistic is
 * (x₁² + x₂²)/σ² on non-overlapping pairs of samples about 1 ms apart (where band-passed EMG is nearly
 * white, as at the method's 1 kHz); a pair is "above" when it exceeds ζ, activity lasts while at least
 * r0 of the last m pairs are above, and is kept only if it lasts `minS` (the second threshold). ζ
 * follows from the false-alarm probability; defaults Pfa 0.05, m 5, r0 1 as in biosignalEMG, and the
 * 50 ms minimum the other detectors use.
 */
export class BonatoDetector {
  private readonly zeta: number;
  private readonly sigma2: number;
  private readonly m: number;
  private readonly minPairs: number;
  private readonly spacing: number;
  private phase = 0;
  private carry: number | null = null;
  private pair = 0;
  private active = false;
  private start = 0;
  private lastAbove = -Infinity;
  private readonly runs: { start: number; end: number }[] = [];
  private readonly out: Burst[] = [];

  constructor(
    fs: number,
    noiseSd: number,
    { pfa = 0.05, m = 5, r0 = 1, minS = 0.05 }: BonatoOptions = {},
  ) {
    if (r0 !== 1) {
      throw new RangeError('only r0 = 1 is implemented');
    }
    // r0 = 1 of m: P(at least one of m above) = Pfa, and the statistic is χ² with 2 degrees of freedom
    this.zeta = -2 * Math.log(1 - (1 - pfa) ** (1 / m));
    this.sigma2 = noiseSd * noiseSd;
    this.m = m;
    this.spacing = Math.max(1, Math.round(fs / 1000));
    this.minPairs = Math.max(1, Math.round((minS * fs) / (2 * this.spacing)));
  }

  push(x: Float64Array): Burst[] {
    for (const v of x) {
      const keep = this.phase % this.spacing === 0;
      this.phase += 1;
      if (!keep) {
        continue;
      }
      if (this.carry === null) {
        this.carry = v;
        continue;
      }
      this.test((this.carry * this.carry + v * v) / this.sigma2);
      this.carry = null;
    }
    return this.out.splice(0, this.out.length);
  }

  finish(): Burst[] {
    this.close();
    this.emitRuns(Infinity);
    return this.out.splice(0, this.out.length);
  }

  private test(g: number): void {
    const k = this.pair;
    this.pair += 1;
    if (g > this.zeta) {
      if (!this.active) {
        this.active = true;
        this.start = k;
      }
      this.lastAbove = k;
    } else if (this.active && k - this.lastAbove >= this.m) {
      this.close();
    } else if (!this.active) {
      this.emitRuns(k);
    }
  }

  /**
   * Ends an active run. A run shorter than the minimum duration is dropped (the second threshold); two
   * runs that both passed it and are separated by less than it are one burst with a brief dip.
   */
  private close(): void {
    if (this.active && this.lastAbove + 1 - this.start >= this.minPairs) {
      const prev = this.runs[this.runs.length - 1];
      if (prev !== undefined && this.start - prev.end < this.minPairs) {
        prev.end = this.lastAbove + 1;
      } else {
        this.runs.push({ start: this.start, end: this.lastAbove + 1 });
      }
    }
    this.active = false;
    this.emitRuns(this.pair);
  }

  /** Emits runs that can no longer be joined. */
  private emitRuns(now: number): void {
    const perPair = 2 * this.spacing;
    while (this.runs.length > 0) {
      const r = this.runs[0];
      if (r === undefined || now - r.end < this.minPairs) {
        break;
      }
      this.runs.shift();
      this.out.push({ onset: perPair * r.start, offset: perPair * r.end, level: NaN });
    }
  }
}

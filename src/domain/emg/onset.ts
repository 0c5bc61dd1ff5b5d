/**
 * @module Burst onset and offset detection on an amplitude envelope (Hodges & Bui 1996 style, emg.md §0):
 * baseline mean and SD from the quietest windows, threshold mean + h·SD, a burst must stay above for
 * `minOnS` and ends after `minOffS` below; gaps shorter than `mergeGapS` are merged and bursts shorter
 * than `minBurstS` dropped. A state machine, so it runs on a stream.
 *
 * The crossing of a fixed threshold shifts with burst amplitude and with the envelope's smoothing, so
 * each onset and offset is then refined:
 * - `changepoint` (bursts): the maximum-likelihood point where the variance of the band-passed signal
 *   changes, searched around the crossing on the signal's power fed alongside the envelope. Changepoint
 *   methods were the most accurate class in Tenan, Tweedell & Haynes 2017 (emg.md §1.5), and they do not
 *   inherit the envelope's smoothing, so the envelope can be smooth enough to hold at 0 dB SNR.
 * - `half_height` (spasm episodes): where the envelope crosses half its height; a zero-phase envelope of
 *   a step crosses half height at the step itself.
 *
 * Over hours of rest, an envelope crosses mean + 3 SD for 50 ms by chance many times, so a burst must
 * also be significant as a whole: its level, in standard errors of a mean over ≈ 2·f_c·T independent
 * envelope values, at least `minSignificance` (our choice, set on synthetic rest and 0 dB bursts), and,
 * with a power trace, its mean power at least `minPowerZ` standard errors above the baseline's: the
 * power over the whole burst holds far more independent samples than its smooth envelope does.
 */

import { estimateBaseline, type Baseline } from './baseline.js';
import { medianInPlace } from './stats.js';

export interface OnsetOptions {
  readonly fs: number;
  /** A burst lasts while the envelope stays above mean + thresholdSd·SD. */
  readonly thresholdSd?: number;
  /** A burst starts only where the envelope rises above mean + startSd·SD (default: thresholdSd). */
  readonly startSd?: number;
  readonly minOnS?: number;
  readonly minOffS?: number;
  readonly mergeGapS?: number;
  readonly minBurstS?: number;
  /** How crossings are refined (default half height). `changepoint` reads the power trace given with the envelope. */
  readonly refine?: 'changepoint' | 'half_height' | 'threshold';
  /** Bursts less significant than this are dropped; 0 (default) keeps every burst. */
  readonly minSignificance?: number;
  /** Low-pass cut-off of the envelope, Hz: with the duration it sets how many independent values a burst holds. */
  readonly envelopeHz?: number;
  /** Changepoint refinement: how far before the crossing an onset is searched for, s. */
  readonly onsetSearchS?: number;
  /** With a power trace: bursts whose mean power is less than this many standard errors above the baseline's are dropped; 0 (default) keeps them. */
  readonly minPowerZ?: number;
  /** Noise bandwidth the power test counts independent samples by, Hz. */
  readonly powerBandwidthHz?: number;
}

export interface Burst {
  /** Sample index of the onset (fractional after refinement). */
  readonly onset: number;
  readonly offset: number;
  /** Median envelope over the burst, in envelope units. */
  readonly level: number;
}

interface Resolved {
  readonly thresholdSd: number;
  readonly startSd: number;
  readonly minOn: number;
  readonly minOff: number;
  readonly mergeGap: number;
  readonly minBurst: number;
  readonly refine: 'changepoint' | 'half_height' | 'threshold';
  readonly minSignificance: number;
  readonly envelopeHz: number;
  readonly minPowerZ: number;
  readonly powerBandwidthHz: number;
  /** Changepoint search: how far before and after an onset's and an offset's crossing, samples. */
  readonly onBefore: number;
  readonly onAfter: number;
  readonly offBefore: number;
  readonly offAfter: number;
  /** Shortest stretch on either side of a changepoint, samples. */
  readonly minSide: number;
}

function resolve(o: OnsetOptions): Resolved {
  const changepoint = o.refine === 'changepoint';
  const s = (seconds: number): number => Math.round(seconds * o.fs);
  return {
    thresholdSd: o.thresholdSd ?? 3,
    startSd: Math.max(o.startSd ?? o.thresholdSd ?? 3, o.thresholdSd ?? 3),
    minOn: Math.max(1, s(o.minOnS ?? 0.03)),
    minOff: Math.max(1, s(o.minOffS ?? 0.05)),
    mergeGap: s(o.mergeGapS ?? 0.05),
    minBurst: s(o.minBurstS ?? 0.05),
    refine: o.refine ?? 'half_height',
    minSignificance: o.minSignificance ?? 0,
    envelopeHz: o.envelopeHz ?? 6,
    minPowerZ: changepoint ? (o.minPowerZ ?? 0) : 0,
    powerBandwidthHz: o.powerBandwidthHz ?? 200,
    // a smooth envelope crosses the threshold up to ~1/(2·f_c) from the change: search that far and more
    onBefore: changepoint ? s(o.onsetSearchS ?? 0.25) : 0,
    onAfter: changepoint ? s(0.3) : 0,
    offBefore: changepoint ? s(0.3) : 0,
    offAfter: changepoint ? s(0.25) : 0,
    minSide: Math.max(2, s(0.01)),
  };
}

/** A fixed-length history of the most recent samples, addressed by global sample index. */
class History {
  private readonly buf: Float64Array;
  private count = 0;
  private write = 0;

  constructor(length: number) {
    this.buf = new Float64Array(Math.max(1, length));
  }

  push(v: number): void {
    this.buf[this.write] = v;
    this.write = this.write + 1 === this.buf.length ? 0 : this.write + 1;
    this.count += 1;
  }

  /** Sample at global index i, or NaN when it has left the history. */
  at(i: number): number {
    if (i < 0 || i >= this.count || i < this.count - this.buf.length) {
      return NaN;
    }
    return this.buf[i % this.buf.length] ?? NaN;
  }

  get oldest(): number {
    return Math.max(0, this.count - this.buf.length);
  }
}

/**
 * The maximum-likelihood changepoint of the variance of a zero-mean signal, from its power samples
 * `power.at(a … b−1)`: the k that maximises −k·ln v₁ − (n−k)·ln v₂, with the variance rising across it
 * (`rising`) or falling. Returns the first index of the second part, or null when no split qualifies.
 */
function varianceChangepoint(
  power: History,
  a: number,
  b: number,
  rising: boolean,
  minSide: number,
  cum: Float64Array,
): number | null {
  const from = Math.max(Math.ceil(a), power.oldest);
  const n = Math.floor(b) - from;
  if (n < 2 * minSide || n + 1 > cum.length) {
    return null;
  }
  cum[0] = 0;
  for (let i = 0; i < n; i++) {
    cum[i + 1] = (cum[i] ?? 0) + power.at(from + i);
  }
  const total = cum[n] ?? 0;
  let best: number | null = null;
  let bestScore = -Infinity;
  for (let k = minSide; k <= n - minSide; k++) {
    const left = cum[k] ?? 0;
    const v1 = left / k;
    const v2 = (total - left) / (n - k);
    if (rising ? !(v2 > v1) : !(v2 < v1)) {
      continue;
    }
    const score = -k * Math.log(v1 + 1e-300) - (n - k) * Math.log(v2 + 1e-300);
    if (score > bestScore) {
      bestScore = score;
      best = from + k;
    }
  }
  return best;
}

type Phase = 'idle' | 'arming' | 'active' | 'disarming';

/** A burst that has ended but whose offset waits for the samples after it. */
interface Closing {
  readonly onset: number;
  readonly coarseOffset: number;
  readonly level: number;
  /** Cumulative signal power at the onset (NaN without a power trace). */
  readonly onsetCum: number;
}

/** A burst with the signal energy inside it, while it may still merge with the next. */
interface Pending extends Burst {
  /** Sum of the signal power over the burst's samples, and how many samples that is (gaps left out). */
  readonly energy: number;
  readonly samples: number;
}

export class BurstDetector {
  private readonly opt: Resolved;
  private readonly fs: number;
  private baseline: Baseline;
  /** mean + h·SD of the current baseline: a burst lasts while above it. */
  private threshold: number;
  /** The level a burst must rise above to start. */
  private startThreshold: number;
  private readonly history: History;
  private readonly power: History | null;
  /** Running sum of the power, by sample: the energy between two indices still in the history. */
  private readonly cumPower: History | null;
  private powerTotal = 0;
  private onsetCum = NaN;
  /** Offset of the latest burst settled: the next onset is not searched for before it. */
  private lastOffset = -Infinity;
  private readonly cum: Float64Array;
  private index = 0;
  private phase: Phase = 'idle';
  private runStart = 0;
  private onset = 0;
  private onsetRefined = false;
  private belowStart = 0;
  /** Envelope samples over the open burst, every `levelStride`-th, for its median level. */
  private readonly levelSamples = new Float64Array(2000);
  private levelCount = 0;
  private readonly levelStride: number;
  private readonly closing: Closing[] = [];
  private pending: Pending | null = null;
  private readonly out: Burst[] = [];

  constructor(options: OnsetOptions, baseline: Baseline) {
    this.opt = resolve(options);
    this.fs = options.fs;
    this.baseline = baseline;
    this.threshold = baseline.mean + this.opt.thresholdSd * baseline.sd;
    this.startThreshold = baseline.mean + this.opt.startSd * baseline.sd;
    this.history = new History(Math.round(2 * options.fs));
    const o = this.opt;
    this.power = o.refine === 'changepoint' ? new History(Math.round(2 * options.fs)) : null;
    this.cumPower = o.refine === 'changepoint' ? new History(Math.round(2 * options.fs)) : null;
    this.cum = new Float64Array(
      o.refine === 'changepoint'
        ? Math.max(o.onBefore + o.onAfter, o.offBefore + o.offAfter) + 2
        : 0,
    );
    this.levelStride = Math.max(1, Math.round(options.fs / 500));
  }

  /** Replaces the baseline (for example a rolling estimate on long recordings). */
  setBaseline(b: Baseline): void {
    this.baseline = b;
    this.threshold = b.mean + this.opt.thresholdSd * b.sd;
    this.startThreshold = b.mean + this.opt.startSd * b.sd;
  }

  /**
   * Feeds envelope samples, and with `changepoint` refinement the power of the signal at the same
   * sample indices; returns bursts that are now complete.
   */
  push(env: ArrayLike<number>, power?: ArrayLike<number>): Burst[] {
    const p = this.power;
    const c = this.cumPower;
    for (let k = 0; k < env.length; k++) {
      const v = env[k] ?? 0;
      if (c !== null) {
        this.powerTotal += power?.[k] ?? 0;
        c.push(this.powerTotal);
      }
      // most samples are rest below threshold with nothing pending: only the histories move
      if (
        this.phase === 'idle' &&
        this.pending === null &&
        this.closing.length === 0 &&
        !(v > this.threshold)
      ) {
        this.history.push(v);
        p?.push(power?.[k] ?? 0);
        this.index += 1;
        continue;
      }
      p?.push(power?.[k] ?? 0);
      this.step(v);
    }
    return this.out.splice(0, this.out.length);
  }

  /** Ends the stream, closing a burst still open. */
  finish(): Burst[] {
    if (this.phase === 'active' || this.phase === 'disarming') {
      this.close(this.phase === 'disarming' ? this.belowStart : this.index);
    }
    this.phase = 'idle';
    this.settle(Infinity);
    this.flushPending(Infinity);
    return this.out.splice(0, this.out.length);
  }

  private step(v: number): void {
    this.history.push(v);
    const i = this.index;
    this.index += 1;
    const above = v > this.threshold;
    switch (this.phase) {
      case 'idle':
        if (v > this.startThreshold) {
          // hysteresis: the burst began where this run rose above the lower threshold
          let j = i;
          while (j > this.history.oldest && this.history.at(j - 1) > this.threshold) {
            j -= 1;
          }
          this.phase = 'arming';
          this.runStart = j;
        }
        break;
      case 'arming':
        if (!above) {
          this.phase = 'idle';
        } else if (i - this.runStart + 1 >= this.opt.minOn) {
          this.phase = 'active';
          this.onset = this.runStart;
          this.onsetRefined = false;
          this.levelCount = 0;
        }
        break;
      case 'active':
        // every few milliseconds is enough for the plateau's median, and keeps long bursts cheap
        if (
          (i - this.onset) % this.levelStride === 0 &&
          this.levelCount < this.levelSamples.length
        ) {
          this.levelSamples[this.levelCount++] = v;
        }
        if (!above) {
          this.phase = 'disarming';
          this.belowStart = i;
        }
        break;
      case 'disarming':
        if (above) {
          this.phase = 'active';
        } else if (i - this.belowStart + 1 >= this.opt.minOff) {
          this.close(this.belowStart);
          this.phase = 'idle';
        }
        break;
    }
    // the onset of a long burst is refined while its surroundings are still in the history
    if (
      this.opt.refine === 'changepoint' &&
      (this.phase === 'active' || this.phase === 'disarming') &&
      !this.onsetRefined &&
      i >= this.onset + this.opt.onAfter
    ) {
      this.onset = this.changepointOnset(this.onset, this.onset + this.opt.onAfter);
      this.onsetRefined = true;
      this.onsetCum = this.cumAt(this.onset);
    }
    this.settle(i);
    this.flushPending(i);
  }

  private close(offsetIndex: number): void {
    const level =
      this.levelCount > 0 ? medianInPlace(this.levelSamples, this.levelCount) : this.threshold;
    let on = this.onset;
    switch (this.opt.refine) {
      case 'changepoint':
        if (!this.onsetRefined) {
          on = this.changepointOnset(
            on,
            Math.min(on + this.opt.onAfter, (on + offsetIndex) / 2, this.index),
          );
          this.onsetCum = this.cumAt(on);
        }
        break;
      case 'half_height': {
        const half = this.baseline.mean + 0.5 * (level - this.baseline.mean);
        on = this.crossingUp(on, half);
        offsetIndex = this.crossingDown(offsetIndex, half);
        break;
      }
      case 'threshold':
        break;
    }
    this.onsetRefined = false;
    this.closing.push({
      onset: on,
      coarseOffset: offsetIndex,
      level,
      onsetCum: this.onsetCum,
    });
    this.lastOffset = Math.max(this.lastOffset, offsetIndex);
    this.onsetCum = NaN;
    this.settle(this.index - 1);
  }

  /** Refines the offsets whose after-window has arrived, then merges them into the pending burst. */
  private settle(now: number): void {
    while (this.closing.length > 0) {
      const c = this.closing[0];
      if (c === undefined || (now !== Infinity && now < c.coarseOffset + this.opt.offAfter)) {
        break;
      }
      this.closing.shift();
      let off = c.coarseOffset;
      if (this.opt.refine === 'changepoint') {
        // the search stops where the next burst begins
        const next = this.phase === 'idle' ? Infinity : this.runStart;
        const cp = varianceChangepoint(
          this.powerHistory(),
          Math.max(c.coarseOffset - this.opt.offBefore, (c.onset + c.coarseOffset) / 2),
          Math.min(c.coarseOffset + this.opt.offAfter, next, this.index),
          false,
          this.opt.minSide,
          this.cum,
        );
        off = cp ?? off;
      }
      const offset = Math.max(c.onset, off);
      this.merge({
        onset: c.onset,
        offset,
        level: c.level,
        energy: this.cumAt(offset) - c.onsetCum,
        samples: offset - c.onset,
      });
    }
  }

  /** The running power sum at (the sample before) index i, or NaN without a power trace or out of the history. */
  private cumAt(i: number): number {
    return this.cumPower?.at(Math.round(i) - 1) ?? NaN;
  }

  private powerHistory(): History {
    return this.power ?? this.history;
  }

  private changepointOnset(coarse: number, right: number): number {
    const cp = varianceChangepoint(
      this.powerHistory(),
      Math.max(coarse - this.opt.onBefore, this.lastOffset + this.opt.minSide),
      right,
      true,
      this.opt.minSide,
      this.cum,
    );
    return cp ?? coarse;
  }

  private merge(burst: Pending): void {
    this.lastOffset = Math.max(this.lastOffset, burst.offset);
    const p = this.pending;
    if (p !== null && burst.onset - p.offset < this.opt.mergeGap) {
      this.pending = {
        onset: p.onset,
        offset: burst.offset,
        level: Math.max(p.level, burst.level),
        energy: p.energy + burst.energy,
        samples: p.samples + burst.samples,
      };
    } else {
      if (p !== null) {
        this.emit(p);
      }
      this.pending = burst;
    }
  }

  /**
   * Emits the pending burst once no later burst can merge with it: a later onset can be refined back by
   * the changepoint search, so the wait covers that too.
   */
  private flushPending(now: number): void {
    const p = this.pending;
    if (
      p !== null &&
      (now === Infinity ||
        (this.phase === 'idle' &&
          this.closing.length === 0 &&
          now - p.offset >= this.opt.mergeGap + this.opt.onBefore))
    ) {
      this.emit(p);
      this.pending = null;
    }
  }

  private emit(b: Pending): void {
    if (b.offset - b.onset < this.opt.minBurst) {
      return;
    }
    if (this.opt.minSignificance > 0 && this.significance(b) < this.opt.minSignificance) {
      return;
    }
    if (this.opt.minPowerZ > 0 && this.powerZ(b) < this.opt.minPowerZ) {
      return;
    }
    this.out.push({ onset: b.onset, offset: b.offset, level: b.level });
  }

  /** The burst's level above the baseline in standard errors of a mean over its independent envelope values. */
  private significance(b: Burst): number {
    const { mean, sd } = this.baseline;
    const rise = b.level - mean;
    if (!(sd > 0)) {
      return rise > 0 ? Infinity : 0;
    }
    const independent = Math.max(1, (2 * this.opt.envelopeHz * (b.offset - b.onset)) / this.fs);
    return (rise / sd) * Math.sqrt(independent);
  }

  /**
   * How far the burst's mean power stands above the baseline's, in standard errors of a mean of squared
   * Gaussian samples over ≈ 2·B·T independent ones (B the noise bandwidth). The baseline power follows
   * from the envelope's baseline mean, E|x| = σ·√(2/π) for Gaussian noise. Infinity (the test passes)
   * without a power trace or when the burst's start has left the history.
   */
  private powerZ(b: Pending): number {
    const p0 = (Math.PI / 2) * this.baseline.mean ** 2;
    if (!(p0 > 0) || !(b.samples > 0) || !Number.isFinite(b.energy)) {
      return Infinity;
    }
    const independent = Math.max(1, (2 * this.opt.powerBandwidthHz * b.samples) / this.fs);
    return (b.energy / b.samples / p0 - 1) * Math.sqrt(independent / 2);
  }

  /** Where the envelope last rose through `level` at or before the first above-threshold sample, interpolated. */
  private crossingUp(from: number, level: number): number {
    const limit = Math.max(this.history.oldest, from - Math.round(0.3 * this.fs));
    // walk forward to the first sample at or above half height, then back to where it rose through it
    let j = from;
    const stop = Math.min(this.index - 1, from + Math.round(0.3 * this.fs));
    while (j < stop && this.history.at(j) < level) {
      j += 1;
    }
    while (j > limit && this.history.at(j - 1) >= level) {
      j -= 1;
    }
    const a = this.history.at(j - 1);
    const b = this.history.at(j);
    if (!Number.isFinite(a) || !Number.isFinite(b) || b === a) {
      return j;
    }
    return j - 1 + (level - a) / (b - a);
  }

  /** Where the envelope fell through `level` around the first below-threshold sample, interpolated. */
  private crossingDown(below: number, level: number): number {
    const limit = Math.max(this.history.oldest + 1, below - Math.round(0.5 * this.fs));
    let j = below;
    // half height can lie above or below the threshold: walk to the sample just after the last one at or above it
    while (j < this.index - 1 && this.history.at(j) >= level) {
      j += 1;
    }
    while (j > limit && this.history.at(j - 1) < level) {
      j -= 1;
    }
    const a = this.history.at(j - 1);
    const b = this.history.at(j);
    if (!Number.isFinite(a) || !Number.isFinite(b) || a === b) {
      return j;
    }
    return j - 1 + (a - level) / (a - b);
  }
}

/** Offline convenience: baseline from the whole envelope, then the detector over it. */
export function detectBursts(
  env: Float64Array,
  options: OnsetOptions,
  baseline: Baseline = estimateBaseline(env, options.fs),
  power?: Float64Array,
): Burst[] {
  const d = new BurstDetector(options, baseline);
  return [...d.push(env, power), ...d.finish()];
}

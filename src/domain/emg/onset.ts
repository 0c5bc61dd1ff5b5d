/**
 * @module Burst onset and offset detection on an amplitude envelope (Hodges & Bui 1996 style, emg.md §0):
 * baseline mean and SD from the quietest windows, threshold mean + h·SD, a burst must stay above for
 * `minOnS` and ends after `minOffS` below; gaps shorter than `mergeGapS` are merged and bursts shorter
 * than `minBurstS` dropped. The crossing of a fixed threshold shifts with burst amplitude, so each
 * onset and offset is then refined to where the envelope crosses half its height: a zero-phase envelope
 * of a step crosses half height at the step itself. A state machine, so it runs on a stream.
 */

import { estimateBaseline, type Baseline } from './baseline.js';
import { medianInPlace } from './stats.js';

export interface OnsetOptions {
  readonly fs: number;
  readonly thresholdSd?: number;
  readonly minOnS?: number;
  readonly minOffS?: number;
  readonly mergeGapS?: number;
  readonly minBurstS?: number;
  /** Refine onsets and offsets to half height (default), or report the threshold crossings. */
  readonly refine?: 'half_height' | 'threshold';
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
  readonly minOn: number;
  readonly minOff: number;
  readonly mergeGap: number;
  readonly minBurst: number;
  readonly refine: 'half_height' | 'threshold';
}

function resolve(o: OnsetOptions): Resolved {
  return {
    thresholdSd: o.thresholdSd ?? 3,
    minOn: Math.max(1, Math.round((o.minOnS ?? 0.03) * o.fs)),
    minOff: Math.max(1, Math.round((o.minOffS ?? 0.05) * o.fs)),
    mergeGap: Math.round((o.mergeGapS ?? 0.05) * o.fs),
    minBurst: Math.round((o.minBurstS ?? 0.05) * o.fs),
    refine: o.refine ?? 'half_height',
  };
}

/** A fixed-length history of the most recent envelope samples, addressed by global sample index. */
class History {
  private readonly buf: Float64Array;
  private count = 0;

  constructor(length: number) {
    this.buf = new Float64Array(length);
  }

  private write = 0;

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

type Phase = 'idle' | 'arming' | 'active' | 'disarming';

export class BurstDetector {
  private readonly opt: Resolved;
  private readonly fs: number;
  private baseline: Baseline;
  /** mean + h·SD of the current baseline. */
  private threshold: number;
  private readonly history: History;
  private index = 0;
  private phase: Phase = 'idle';
  private runStart = 0;
  private onset = 0;
  private belowStart = 0;
  /** Envelope samples over the open burst, every `levelStride`-th, for its median level. */
  private readonly levelSamples = new Float64Array(2000);
  private levelCount = 0;
  private readonly levelStride: number;
  private pending: Burst | null = null;
  private readonly out: Burst[] = [];

  constructor(options: OnsetOptions, baseline: Baseline) {
    this.opt = resolve(options);
    this.fs = options.fs;
    this.baseline = baseline;
    this.threshold = baseline.mean + this.opt.thresholdSd * baseline.sd;
    this.history = new History(Math.round(2 * options.fs));
    this.levelStride = Math.max(1, Math.round(options.fs / 500));
  }

  /** Replaces the baseline (for example a rolling estimate on long recordings). */
  setBaseline(b: Baseline): void {
    this.baseline = b;
    this.threshold = b.mean + this.opt.thresholdSd * b.sd;
  }

  /** Feeds envelope samples; returns bursts that are now complete. */
  push(env: ArrayLike<number>): Burst[] {
    for (let k = 0; k < env.length; k++) {
      const v = env[k] ?? 0;
      // most samples are rest below threshold with nothing pending: only the history moves
      if (this.phase === 'idle' && this.pending === null && !(v > this.threshold)) {
        this.history.push(v);
        this.index += 1;
        continue;
      }
      this.step(v);
    }
    return this.out.splice(0, this.out.length);
  }

  /** Ends the stream, closing a burst still open. */
  finish(): Burst[] {
    if (this.phase === 'active' || this.phase === 'disarming') {
      const off = this.phase === 'disarming' ? this.belowStart : this.index;
      this.close(off);
    }
    this.flushPending(Infinity);
    this.phase = 'idle';
    return this.out.splice(0, this.out.length);
  }

  private step(v: number): void {
    this.history.push(v);
    const i = this.index;
    this.index += 1;
    const above = v > this.threshold;
    switch (this.phase) {
      case 'idle':
        if (above) {
          this.phase = 'arming';
          this.runStart = i;
        }
        break;
      case 'arming':
        if (!above) {
          this.phase = 'idle';
        } else if (i - this.runStart + 1 >= this.opt.minOn) {
          this.phase = 'active';
          this.onset = this.runStart;
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
    this.flushPending(i);
  }

  private close(offsetIndex: number): void {
    const level =
      this.levelCount > 0 ? medianInPlace(this.levelSamples, this.levelCount) : this.threshold;
    let on = this.onset;
    let off = offsetIndex;
    if (this.opt.refine === 'half_height') {
      const half = this.baseline.mean + 0.5 * (level - this.baseline.mean);
      on = this.crossingUp(this.onset, half);
      off = this.crossingDown(offsetIndex, half);
    }
    const burst = { onset: on, offset: Math.max(on, off), level };
    const p = this.pending;
    if (p !== null && burst.onset - p.offset < this.opt.mergeGap) {
      this.pending = {
        onset: p.onset,
        offset: burst.offset,
        level: Math.max(p.level, burst.level),
      };
    } else {
      if (p !== null) {
        this.emit(p);
      }
      this.pending = burst;
    }
  }

  /** Emits the pending burst once no later burst can merge with it. */
  private flushPending(now: number): void {
    const p = this.pending;
    if (
      p !== null &&
      (now === Infinity || (this.phase === 'idle' && now - p.offset >= this.opt.mergeGap))
    ) {
      this.emit(p);
      this.pending = null;
    }
  }

  private emit(b: Burst): void {
    if (b.offset - b.onset >= this.opt.minBurst) {
      this.out.push(b);
    }
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
): Burst[] {
  const d = new BurstDetector(options, baseline);
  return [...d.push(env), ...d.finish()];
}

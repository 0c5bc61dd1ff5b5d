/**
 * @module Baseline of an envelope: pool the samples of the quieter windows (by window mean, so bursts are
 * left out without a separate rest recording, after Delsys' "smallest mean of scattered windows"), then
 * take their median and a MAD-based SD, which one leftover burst cannot inflate.
 *
 * The sampler keeps only what the estimate needs — each window's mean and about 250 samples per window —
 * so re-estimating every horizon of a 24-hour, 16-channel stream costs an eighth of the raw trace's memory at 2 kHz.
 * The traces it sees are low-passed (≤ 12 Hz envelopes, 250 ms RMS), so 250 samples per second lose nothing.
 */
import { medianInPlace } from './stats.js';

export interface Baseline {
  readonly mean: number;
  readonly sd: number;
}

/** Enough pooled samples for a stable median and MAD; more only costs time. */
const MAX_POOLED = 20000;
const KEPT_PER_WINDOW = 250;

export class BaselineSampler {
  private readonly w: number;
  private readonly keep: number;
  private readonly perWindow: number;
  private means: number[] = [];
  private values: Float64Array;
  private count = 0;
  private sum = 0;
  private inWindow = 0;
  /** Reused by every estimate: a 24-hour stream re-estimates each channel's baseline 1440 times. */
  private pooled = new Float64Array(0);

  /** @param capacityWindows - Windows to allocate for up front (it grows beyond if needed). */
  constructor(fs: number, windowS = 1, capacityWindows = 8) {
    this.w = Math.max(2, Math.round(windowS * fs));
    this.keep = Math.max(1, Math.floor(this.w / KEPT_PER_WINDOW));
    this.perWindow = Math.ceil(this.w / this.keep);
    this.values = new Float64Array(this.perWindow * (capacityWindows + 1));
  }

  push(x: ArrayLike<number>): void {
    for (let k = 0; k < x.length; k++) {
      const v = x[k] ?? 0;
      if (this.inWindow % this.keep === 0) {
        if (this.count === this.values.length) {
          const grown = new Float64Array(2 * this.values.length);
          grown.set(this.values);
          this.values = grown;
        }
        this.values[this.count++] = v;
      }
      this.sum += v;
      this.inWindow += 1;
      if (this.inWindow === this.w) {
        this.means.push(this.sum / this.w);
        this.sum = 0;
        this.inWindow = 0;
      }
    }
  }

  /** The baseline from the quietest `quietFraction` of the complete windows (the partial one if there is none). */
  estimate(quietFraction: number): Baseline {
    const full = this.means.length;
    const windows =
      full === 0
        ? [{ start: 0, n: this.count, mean: 0 }]
        : this.means.map((mean, i) => ({ start: i * this.perWindow, n: this.perWindow, mean }));
    windows.sort((a, b) => a.mean - b.mean);
    const quiet = windows.slice(0, Math.max(1, Math.ceil(windows.length * quietFraction)));
    // a stride keeps the pooled sample small on long recordings without changing its distribution much
    const stride = Math.max(1, Math.floor((quiet.length * this.perWindow) / MAX_POOLED));
    const need = quiet.length * Math.ceil(this.perWindow / stride);
    if (this.pooled.length < need) {
      this.pooled = new Float64Array(need);
    }
    const pooled = this.pooled;
    let n = 0;
    for (const q of quiet) {
      for (let i = q.start; i < q.start + q.n; i += stride) {
        pooled[n++] = this.values[i] ?? 0;
      }
    }
    const m = medianInPlace(pooled, n);
    for (let i = 0; i < n; i++) {
      pooled[i] = Math.abs((pooled[i] ?? 0) - m);
    }
    return { mean: m, sd: 1.4826 * medianInPlace(pooled, n) };
  }

  /** Starts a new horizon. */
  clear(): void {
    this.means = [];
    this.count = 0;
    this.sum = 0;
    this.inWindow = 0;
  }
}

/** The baseline of a whole trace at once. */
export function estimateBaseline(
  env: ArrayLike<number>,
  fs: number,
  windowS = 1,
  quietFraction = 0.5,
): Baseline {
  const s = new BaselineSampler(fs, windowS, Math.ceil(env.length / Math.max(2, windowS * fs)));
  s.push(env);
  return s.estimate(quietFraction);
}

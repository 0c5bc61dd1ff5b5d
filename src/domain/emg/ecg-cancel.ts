/**
 * @module ECG removal before anything else reads the band-passed signal. Beats are found in 10 s chunks
 * with 1 s of context on each side (ecg.ts), aligned to a running template of the heartbeat by
 * cross-correlation to a fraction of a sample, and the template, scaled by least squares, is subtracted:
 * template subtraction, which Drake & Callaghan 2006 found as good as a 30 Hz high-pass against ECG
 * (emg.md §1.4) while it leaves the EMG band whole and does not move onsets, as blanking would.
 *
 * The cleaned samples come out about one chunk later than they go in. With them come the beats that
 * touch them (for the spasm RMS mask and the heart rate): every beat that can change an emitted sample
 * has been found and subtracted before the sample is emitted.
 */
import { EMG_DEFAULTS } from './defaults.js';
import { Fifo } from './dsp/index.js';
import { detectEcg } from './ecg.js';
import type { Scratch } from './scratch.js';

const D = EMG_DEFAULTS;

/** Receives cleaned samples from absolute index `start`, and a mask that is 1 inside a blanked beat; views valid during the call. */
export type CleanSink = (start: number, clean: Float64Array, mask: Uint8Array) => void;

/** Catmull–Rom value of `x` at the fractional index `p`; outside the array the nearest end counts as 0. */
function cubicAt(x: Float64Array, p: number): number {
  const i = Math.floor(p);
  const t = p - i;
  const a = x[i - 1] ?? 0;
  const b = x[i] ?? 0;
  const c = x[i + 1] ?? 0;
  const d = x[i + 2] ?? 0;
  return b + 0.5 * t * (c - a + t * (2 * a - 5 * b + 4 * c - d + t * (3 * (b - c) + d - a)));
}

export class EcgCanceller {
  private readonly fs: number;
  private readonly work: Scratch;
  private readonly chunk: number;
  private readonly margin: number;
  /** Template extent before and after a beat's reference point, samples. */
  private readonly pre: number;
  private readonly length: number;
  private readonly search: number;
  private readonly coarseStep: number;
  private readonly raw = new Fifo();
  private readonly clean = new Fifo();
  /** Absolute index of the buffers' first sample. */
  private consumed = 0;
  /** Buffer index of the first sample not yet emitted. */
  private next = 0;
  private lastHandled = -Infinity;
  private template: Float64Array | null = null;
  private templateWeight = 0;
  private readonly segment: Float64Array;
  /** Beats found, for the heart rate. */
  beats = 0;
  private lastBeat: number | null = null;
  /** RR intervals in 10 ms bins from 0.3 to 2 s: the heart rate is their median, robust to a missed beat. */
  readonly rrHistogram = new Uint32Array(171);
  /** Beats of the last minute, absolute sample indices, in order. */
  readonly recentBeats: number[] = [];
  /** Samples before this absolute index have been emitted, with every beat that touches them. */
  finalUpTo = 0;

  constructor(fs: number, work: Scratch) {
    this.fs = fs;
    this.work = work;
    this.chunk = Math.round(D.ecgTemplate.chunkS * fs);
    this.margin = Math.round(D.ecgTemplate.marginS * fs);
    this.pre = Math.round(D.ecgTemplate.beforeS * fs);
    this.length = this.pre + Math.round(D.ecgTemplate.afterS * fs) + 1;
    this.search = Math.round(D.ecgTemplate.searchS * fs);
    this.coarseStep = Math.max(1, Math.round(fs / 1000));
    this.segment = new Float64Array(this.length);
  }

  push(x: Float64Array, emit: CleanSink): void {
    this.raw.push(x);
    this.clean.push(x);
    while (this.raw.length - this.next >= this.chunk + this.margin) {
      this.step(this.next + this.chunk, false, emit);
    }
  }

  finish(emit: CleanSink): void {
    if (this.raw.length > this.next) {
      this.step(this.raw.length, true, emit);
    }
  }

  /** Handles the beats before buffer index `end`, then emits what no later beat can change. */
  private step(end: number, final: boolean, emit: CleanSink): void {
    const raw = this.raw.view();
    const clean = this.clean.view();
    const from = Math.max(0, this.next - this.margin);
    const to = Math.min(raw.length, end + this.margin);
    const found = detectEcg(
      raw.subarray(from, to),
      this.fs,
      D.ecg,
      this.work,
      this.beats >= 3 ? this.medianRrS() : null,
    ).beats;
    // a beat seen again from the next chunk's window, perhaps a few samples away, is not a new one
    const gap = 0.5 * D.ecg.minRrS * this.fs;
    const beats: number[] = [];
    for (const b of found) {
      const at = from + b;
      if ((final || at < end) && this.consumed + at > this.lastHandled + gap) {
        beats.push(at);
      }
    }
    if (beats.length > 0) {
      this.cancel(raw, clean, beats);
    }
    const stop = final ? raw.length : end - this.pre;
    const mask = this.work.uint8('ecgCancel.mask', stop - this.next).fill(0);
    const before = Math.round(D.ecg.blankBeforeS * this.fs);
    const after = Math.round(D.ecg.blankAfterS * this.fs);
    const base = this.consumed + this.next;
    for (const b of this.recentBeats) {
      const lo = Math.max(0, b - before - base);
      const hi = Math.min(mask.length, b + after + 1 - base);
      if (hi > lo) {
        mask.fill(1, lo, hi);
      }
    }
    emit(base, clean.subarray(this.next, stop), mask);
    this.finalUpTo = this.consumed + stop;
    while ((this.recentBeats[0] ?? Infinity) < this.finalUpTo - 60 * this.fs) {
      this.recentBeats.shift();
    }
    // keep the margin of history the next chunk's detection needs
    const keepFrom = Math.max(0, stop - this.margin);
    this.consumed += keepFrom;
    this.raw.drop(keepFrom);
    this.clean.drop(keepFrom);
    this.next = stop - keepFrom;
  }

  private cancel(raw: Float64Array, clean: Float64Array, beats: readonly number[]): void {
    let aligned = beats.map((b) => this.align(raw, b, this.template));
    if (this.template === null) {
      // the first template: aligned on each beat's largest sample, then twice on the template itself,
      // as the first guess may catch the R wave of one beat and the S wave of another
      for (let round = 0; round < 2; round++) {
        const first = this.average(raw, aligned);
        if (first === null) {
          break;
        }
        aligned = beats.map((b) => this.align(raw, b, first.template));
      }
    }
    const chunk = this.average(raw, aligned);
    if (chunk !== null) {
      if (this.template === null) {
        this.template = chunk.template;
      } else {
        // a running mean over the last twenty or so beats follows slow changes of the heart's axis
        const w = Math.min(this.templateWeight, 20);
        const t = this.template;
        for (let k = 0; k < t.length; k++) {
          t[k] = ((t[k] ?? 0) * w + (chunk.template[k] ?? 0) * chunk.count) / (w + chunk.count);
        }
      }
      this.templateWeight += chunk.count;
    }
    const t = this.template;
    for (const at of aligned) {
      if (t !== null) {
        this.subtract(raw, clean, at, t);
      }
      this.count(Math.round(at));
    }
    this.lastHandled = this.consumed + Math.max(...beats);
  }

  /**
   * A beat's reference point: with a template, the fractional lag of best cross-correlation (searched
   * every millisecond, then sample by sample, then a parabola through the peak); without one, the
   * largest sample nearby.
   */
  private align(raw: Float64Array, b: number, template: Float64Array | null): number {
    const { search, pre, length } = this;
    if (template === null) {
      let best = b;
      let peak = -1;
      for (let i = Math.max(0, b - search); i <= Math.min(raw.length - 1, b + search); i++) {
        const v = Math.abs(raw[i] ?? 0);
        if (v > peak) {
          peak = v;
          best = i;
        }
      }
      return best;
    }
    const xcorr = (lag: number, stride: number): number => {
      let s = 0;
      const start = b + lag - pre;
      for (let k = 0; k < length; k += stride) {
        s += (template[k] ?? 0) * (raw[start + k] ?? 0);
      }
      return s;
    };
    let bestLag = 0;
    let best = -Infinity;
    for (let lag = -search; lag <= search; lag += this.coarseStep) {
      const s = xcorr(lag, 2);
      if (s > best) {
        best = s;
        bestLag = lag;
      }
    }
    const coarse = bestLag;
    best = -Infinity;
    for (let lag = coarse - this.coarseStep; lag <= coarse + this.coarseStep; lag++) {
      const s = xcorr(lag, 1);
      if (s > best) {
        best = s;
        bestLag = lag;
      }
    }
    const left = xcorr(bestLag - 1, 1);
    const right = xcorr(bestLag + 1, 1);
    const curvature = left - 2 * best + right;
    const delta = curvature < 0 ? (0.5 * (left - right)) / curvature : 0;
    return b + bestLag + Math.max(-0.5, Math.min(0.5, delta));
  }

  /** The mean of the beats whose whole template window lies in the buffer, or null when none does. */
  private average(
    raw: Float64Array,
    aligned: readonly number[],
  ): { template: Float64Array; count: number } | null {
    const { pre, length } = this;
    const sum = new Float64Array(length);
    let count = 0;
    for (const at of aligned) {
      const start = at - pre;
      if (start < 1 || start + length + 1 >= raw.length) {
        continue;
      }
      for (let k = 0; k < length; k++) {
        sum[k] = (sum[k] ?? 0) + cubicAt(raw, start + k);
      }
      count += 1;
    }
    if (count === 0) {
      return null;
    }
    for (let k = 0; k < length; k++) {
      sum[k] = (sum[k] ?? 0) / count;
    }
    return { template: sum, count };
  }

  /**
   * Subtracts the template, shifted to the beat's fractional position and scaled by least squares. A
   * detection whose least-squares scale is far from the others' is not a heartbeat like them: it is left
   * as it is (the spasm RMS still blanks it).
   */
  private subtract(
    raw: Float64Array,
    clean: Float64Array,
    at: number,
    template: Float64Array,
  ): void {
    const first = Math.max(0, Math.ceil(at - this.pre));
    const last = Math.min(raw.length - 1, Math.floor(at - this.pre + this.length - 1));
    const seg = this.segment;
    let num = 0;
    let den = 0;
    for (let i = first; i <= last; i++) {
      const v = cubicAt(template, i - at + this.pre);
      seg[i - first] = v;
      num += v * (raw[i] ?? 0);
      den += v * v;
    }
    const gain = den > 0 ? num / den : 0;
    if (!(gain >= D.ecgTemplate.minGain && gain <= D.ecgTemplate.maxGain)) {
      return;
    }
    // samples already emitted are past changing; the part of the beat after them is still removed
    for (let i = Math.max(first, this.next); i <= last; i++) {
      clean[i] = (clean[i] ?? 0) - gain * (seg[i - first] ?? 0);
    }
  }

  private count(at: number): void {
    const abs = this.consumed + at;
    if (this.lastBeat !== null) {
      const bin = Math.round(((abs - this.lastBeat) / this.fs - 0.3) * 100);
      if (bin >= 0 && bin < this.rrHistogram.length) {
        this.rrHistogram[bin] = (this.rrHistogram[bin] ?? 0) + 1;
      }
    }
    this.beats += 1;
    this.lastBeat = abs;
    this.recentBeats.push(abs);
  }

  /** Median RR interval, seconds, or null before two beats. */
  medianRrS(): number | null {
    const h = this.rrHistogram;
    const total = h.reduce((t, v) => t + v, 0);
    if (total === 0) {
      return null;
    }
    let cum = 0;
    for (let i = 0; i < h.length; i++) {
      cum += h[i] ?? 0;
      if (cum * 2 >= total) {
        return 0.3 + i / 100;
      }
    }
    return null;
  }
}

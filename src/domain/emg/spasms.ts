/**
 * @module Spasm-at-rest episodes (emg.md §0, our proposal): the 250 ms RMS of the ECG-cleaned signal, with
 * heartbeats blanked as well, against the rest baseline; an episode is above max(mean + 3 SD, 2 × mean)
 * for at least 0.5 s, phasic below 5 s and sustained from 5 s.
 *
 * A spasm at rest needs rest. Activity inside a task phase is voluntary and never a spasm; an episode
 * wholly inside rest (a rest phase, or any time when the whole recording was made at rest) is a spasm
 * at rest; any other episode is only a candidate, since nothing says the patient was at rest.
 */
import { EMG_DEFAULTS } from './defaults.js';
import { CalibratedDetector } from './detectors.js';
import { EventLog, type EventTable } from './event-log.js';
import type { Baseline } from './baseline.js';

const D = EMG_DEFAULTS;

export interface Interval {
  readonly onsetS: number;
  readonly offsetS: number;
}

/** What is known about rest, in seconds from the start of the stream being analysed. */
export interface RestContext {
  /** The recording was made at rest: every moment outside a task phase is rest. */
  readonly everywhere: boolean;
  readonly rest: readonly Interval[];
  readonly task: readonly Interval[];
}

export const NO_REST_INFORMATION: RestContext = { everywhere: false, rest: [], task: [] };

export interface EventOut {
  readonly onsetS: number;
  readonly offsetS: number;
  readonly durationS: number;
}

export interface SpasmEpisode extends EventOut {
  readonly kind: 'phasic' | 'sustained';
  readonly rmsUv: number;
  /** `rest`: a spasm at rest; `unknown`: a candidate, as nothing says the patient was at rest then. */
  readonly context: 'rest' | 'unknown';
}

const CONTEXTS = ['rest', 'unknown'] as const;

/** A spasm episode from its columns: phasic below 5 s, sustained from 5 s (D.spasm). */
export const spasmEpisode = (
  onsetS: number,
  offsetS: number,
  rmsUv: number,
  tag: number,
): SpasmEpisode => ({
  onsetS,
  offsetS,
  durationS: offsetS - onsetS,
  kind: offsetS - onsetS >= D.spasm.sustainedS ? 'sustained' : 'phasic',
  rmsUv,
  context: CONTEXTS[tag] ?? 'unknown',
});

/**
 * A centred moving RMS over the samples the mask leaves in, on a stream: each output comes once its
 * window has arrived; at the ends the window holds the samples that exist, and a window with none left
 * repeats the last value. The same values as `maskedMovingRms` over the whole signal.
 */
export class MaskedRmsStream {
  private readonly w: number;
  private readonly half: number;
  /** The last w + 1 samples' squares (0 where masked) and whether each counts, by index mod the ring. */
  private readonly sq: Float64Array;
  private readonly kept: Uint8Array;
  private received = 0;
  private emitted = 0;
  private sum = 0;
  private count = 0;
  /** Index of the oldest sample inside the running sums, and its slot in the ring. */
  private lo = 0;
  private loSlot = 0;
  private writeSlot = 0;
  /** Outputs until the running sums are added up afresh (they drift over a day). */
  private untilResum = 0;
  private last = 0;
  private out = new Float64Array(0);

  constructor(window: number) {
    this.w = Math.max(1, Math.round(window));
    this.half = Math.floor(this.w / 2);
    this.sq = new Float64Array(this.w + 1);
    this.kept = new Uint8Array(this.w + 1);
    this.untilResum = 16 * this.sq.length;
  }

  /** Returns the outputs now ready, a view valid until the next call. */
  push(x: Float64Array, mask: Uint8Array): Float64Array {
    if (this.out.length < x.length) {
      this.out = new Float64Array(x.length);
    }
    const { sq, kept, out } = this;
    const ring = sq.length;
    const lag = this.w - this.half - 1;
    let n = 0;
    for (let k = 0; k < x.length; k++) {
      const v = x[k] ?? 0;
      const keep = mask[k] === 1 ? 0 : 1;
      const s = keep === 1 ? v * v : 0;
      sq[this.writeSlot] = s;
      kept[this.writeSlot] = keep;
      this.writeSlot = this.writeSlot + 1 === ring ? 0 : this.writeSlot + 1;
      this.sum += s;
      this.count += keep;
      // output i's window is [i − half, i − half + w): it is complete with the sample just received
      const i = this.received - lag;
      this.received += 1;
      if (i >= 0) {
        out[n++] = this.value(i);
      }
    }
    return out.subarray(0, n);
  }

  /** The outputs whose windows run past the end of the stream. */
  finish(): Float64Array {
    const n = this.received - this.emitted;
    const out = new Float64Array(Math.max(0, n));
    for (let k = 0; k < n; k++) {
      out[k] = this.value(this.emitted);
    }
    return out;
  }

  private value(i: number): number {
    const ring = this.sq.length;
    const lo = i > this.half ? i - this.half : 0;
    while (this.lo < lo) {
      this.sum -= this.sq[this.loSlot] ?? 0;
      this.count -= this.kept[this.loSlot] ?? 0;
      this.lo += 1;
      this.loSlot = this.loSlot + 1 === ring ? 0 : this.loSlot + 1;
    }
    this.emitted = i + 1;
    if (this.count > 0) {
      const m = this.sum / this.count;
      this.last = m > 0 ? Math.sqrt(m) : 0;
    }
    this.untilResum -= 1;
    if (this.untilResum <= 0) {
      this.resum();
    }
    return this.last;
  }

  private resum(): void {
    const ring = this.sq.length;
    let s = 0;
    let c = 0;
    let slot = this.loSlot;
    for (let j = this.lo; j < this.received; j++) {
      s += this.sq[slot] ?? 0;
      c += this.kept[slot] ?? 0;
      slot = slot + 1 === ring ? 0 : slot + 1;
    }
    this.sum = s;
    this.count = c;
    this.untilResum = 16 * ring;
  }
}

/** Whether [a, b] lies within the union of sorted, possibly touching intervals. */
function covered(a: number, b: number, intervals: readonly Interval[]): boolean {
  let at = a;
  for (const iv of intervals) {
    if (iv.offsetS <= at) {
      continue;
    }
    if (iv.onsetS > at + 1e-9) {
      return false;
    }
    at = iv.offsetS;
    if (at >= b) {
      return true;
    }
  }
  return at >= b;
}

const overlaps = (a: number, b: number, intervals: readonly Interval[]): boolean =>
  intervals.some((iv) => a < iv.offsetS && iv.onsetS < b);

export interface SpasmSummary {
  readonly spasms: EventTable<SpasmEpisode>;
  /** Episodes inside task phases, left out as voluntary activity. */
  readonly inTask: number;
  /** The rest baseline of the 250 ms RMS, µV. */
  readonly restRmsUv: number;
}

export class SpasmTracker {
  private readonly fs: number;
  private readonly rest: RestContext;
  private readonly rms: MaskedRmsStream;
  private readonly detector: CalibratedDetector;
  private readonly log = new EventLog();

  constructor(fs: number, rest: RestContext) {
    this.fs = fs;
    this.rest = {
      everywhere: rest.everywhere,
      rest: [...rest.rest].sort((p, q) => p.onsetS - q.onsetS),
      task: rest.task,
    };
    this.rms = new MaskedRmsStream(D.spasm.rmsWindowS * fs);
    this.detector = new CalibratedDetector(
      {
        fs,
        thresholdSd: D.spasm.thresholdSd,
        minOnS: 0.05,
        minOffS: 0.1,
        mergeGapS: D.spasm.mergeGapS,
        minBurstS: D.spasm.minDurationS,
      },
      D.baselineHorizonS,
      D.quietFraction.spasms,
      // the threshold is max(mean + 3 SD, 2 × mean): raise the SD when twice the mean is higher
      (b) => ({
        mean: b.mean,
        sd: Math.max(b.sd, ((D.spasm.meanFactor - 1) * b.mean) / D.spasm.thresholdSd),
      }),
    );
  }

  /** The rest baseline of the RMS, once the first horizon has set it. */
  get baseline(): Baseline | null {
    return this.detector.baseline;
  }

  /** The level an RMS must clear to count as activity, Infinity before the baseline is known. */
  threshold(): number {
    const b = this.detector.baseline;
    return b === null
      ? Infinity
      : Math.max(b.mean + D.spasm.thresholdSd * b.sd, D.spasm.meanFactor * b.mean);
  }

  /** Feeds cleaned samples and their beat mask; returns the RMS now ready (a view valid until the next call). */
  push(x: Float64Array, mask: Uint8Array): Float64Array {
    const r = this.rms.push(x, mask);
    this.log.push(...this.detector.push(r));
    return r;
  }

  /** Ends the stream; returns the last RMS values. */
  finish(): Float64Array {
    const r = this.rms.finish();
    this.log.push(...this.detector.push(r), ...this.detector.finish());
    return r;
  }

  result(): SpasmSummary {
    const fs = this.fs;
    let inTask = 0;
    const kept = new EventLog();
    for (let i = 0; i < this.log.length; i++) {
      const e = this.log.at(i);
      const on = e.onset / fs;
      const off = e.offset / fs;
      if (overlaps(on, off, this.rest.task)) {
        inTask += 1;
        continue;
      }
      const atRest = this.rest.everywhere || covered(on, off, this.rest.rest);
      kept.push({ ...e, tag: atRest ? 0 : 1 });
    }
    return {
      spasms: kept.table(fs, spasmEpisode),
      inTask,
      restRmsUv: this.detector.baseline?.mean ?? NaN,
    };
  }
}

/**
 * @module A window of one channel kept for plotting, reduced as it streams past to a fixed number of
 * columns (the signal's minimum and maximum and the envelope's maximum in each), so a plot of an hour
 * costs as little memory as a plot of ten seconds and draws the same as every sample would.
 */

export interface Trace {
  /** Start of the window, seconds from the start of the recording. */
  readonly t0S: number;
  readonly durationS: number;
  readonly fs: number;
  /** Per column: the band-passed signal's extremes and the detection envelope's maximum, µV; NaN where no sample fell. */
  readonly signalMin: Float32Array;
  readonly signalMax: Float32Array;
  readonly envelope: Float32Array;
  /** The onset threshold, µV (NaN when the detector has none). */
  readonly threshold: number;
}

export class TraceTracker {
  private readonly fs: number;
  private readonly fromS: number;
  private readonly toS: number;
  private readonly a: number;
  private readonly perColumn: number;
  private readonly min: Float32Array;
  private readonly max: Float32Array;
  private readonly env: Float32Array;

  /** A window from `fromS` to `toS`, seconds from the start of the stream, in `columns` columns. */
  constructor(fs: number, fromS: number, toS: number, columns: number) {
    this.fs = fs;
    this.fromS = fromS;
    this.toS = toS;
    this.a = Math.round(fromS * fs);
    const samples = Math.max(1, Math.round(toS * fs) - this.a);
    const n = Math.max(1, Math.min(columns, samples));
    this.perColumn = samples / n;
    this.min = new Float32Array(n).fill(NaN);
    this.max = new Float32Array(n).fill(NaN);
    this.env = new Float32Array(n).fill(NaN);
  }

  /** Band-passed samples from absolute index `start`. */
  signal(start: number, x: Float64Array): void {
    this.each(start, x, (col, v) => {
      const lo = this.min[col] ?? NaN;
      const hi = this.max[col] ?? NaN;
      this.min[col] = Number.isNaN(lo) || v < lo ? v : lo;
      this.max[col] = Number.isNaN(hi) || v > hi ? v : hi;
    });
  }

  /** Detection envelope samples from absolute index `start`. */
  envelope(start: number, e: Float64Array): void {
    this.each(start, e, (col, v) => {
      const hi = this.env[col] ?? NaN;
      this.env[col] = Number.isNaN(hi) || v > hi ? v : hi;
    });
  }

  result(threshold: number): Trace {
    return {
      t0S: this.fromS,
      durationS: this.toS - this.fromS,
      fs: this.fs,
      signalMin: this.min,
      signalMax: this.max,
      envelope: this.env,
      threshold,
    };
  }

  private each(start: number, x: Float64Array, f: (col: number, v: number) => void): void {
    const n = this.min.length;
    const from = Math.max(start, this.a);
    const to = Math.min(start + x.length, this.a + Math.ceil(n * this.perColumn));
    for (let i = from; i < to; i++) {
      const col = Math.floor((i - this.a) / this.perColumn);
      if (col >= 0 && col < n) {
        f(col, x[i - start] ?? 0);
      }
    }
  }
}

/**
 * @module A viewer's window of one channel, reduced as the recording streams past: per column (one pixel
 * bucket) the signal's minimum and maximum, so a spike one sample wide still shows at any zoom, and the
 * same for a centred moving RMS envelope. Memory is the column count plus one RMS window, whatever the
 * length of the window or of the recording; blocks may come with gaps (EDF+D), which restart the RMS.
 */

/** What a column holds; NaN where no sample fell (a gap, or past the end of the recording). */
export interface TraceWindowResult {
  readonly fromS: number;
  readonly toS: number;
  /** Seconds per column. */
  readonly columnS: number;
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly envelopeMin: Float64Array;
  readonly envelopeMax: Float64Array;
  /** Samples that fell in the window. */
  readonly samples: number;
}

export class TraceWindow {
  private readonly fs: number;
  private readonly fromS: number;
  private readonly toS: number;
  private readonly columnS: number;
  private readonly w: number;
  private readonly half: number;
  private readonly min: Float64Array;
  private readonly max: Float64Array;
  private readonly envMin: Float64Array;
  private readonly envMax: Float64Array;
  /** The last samples of the current contiguous segment, enough for one RMS window. */
  private readonly ring: Float64Array;
  private segT0 = NaN;
  /** Samples in the current segment so far. */
  private k = 0;
  /** Next sample whose envelope is due, and the envelope's window [lo, hi) with its sums. */
  private nextJ = 0;
  private lo = 0;
  private hi = 0;
  private s1 = 0;
  private s2 = 0;
  private sinceExact = 0;
  private samples = 0;

  /**
   * A window from `fromS` to `toS` (seconds from the start of the recording) in at most `columns` columns
   * (never more than there are samples), with an RMS envelope over `rmsWindowS`.
   */
  constructor(fs: number, fromS: number, toS: number, columns: number, rmsWindowS: number) {
    this.fs = fs;
    this.fromS = fromS;
    this.toS = toS;
    const n = Math.max(1, Math.min(Math.floor(columns), Math.round((toS - fromS) * fs)));
    this.columnS = (toS - fromS) / n;
    this.w = Math.max(1, Math.round(rmsWindowS * fs));
    this.half = Math.floor(this.w / 2);
    this.min = new Float64Array(n).fill(NaN);
    this.max = new Float64Array(n).fill(NaN);
    this.envMin = new Float64Array(n).fill(NaN);
    this.envMax = new Float64Array(n).fill(NaN);
    this.ring = new Float64Array(this.w + 2);
  }

  /** Where reading should begin: the window's start less half an RMS window, for the centred envelope. */
  get readFromS(): number {
    return Math.max(0, this.fromS - (this.half + 1) / this.fs);
  }

  /** Once a block starts at or after this, nothing more can reach the window. */
  get readToS(): number {
    return this.toS + (this.w + 1) / this.fs;
  }

  /** A block of contiguous samples whose first is at `startS`. */
  push(startS: number, x: ArrayLike<number>): void {
    const expected = this.segT0 + this.k / this.fs;
    if (Number.isNaN(this.segT0) || Math.abs(startS - expected) > 0.5 / this.fs) {
      this.endSegment();
      this.segT0 = startS;
    }
    const size = this.ring.length;
    for (let i = 0; i < x.length; i++) {
      const v = x[i] ?? 0;
      const col = this.columnOf(this.segT0 + this.k / this.fs);
      if (col >= 0) {
        this.samples++;
        const lo = this.min[col] ?? NaN;
        const hi = this.max[col] ?? NaN;
        if (!(v >= lo)) {
          this.min[col] = v;
        }
        if (!(v <= hi)) {
          this.max[col] = v;
        }
      }
      this.ring[this.k % size] = v;
      this.k++;
      // the envelope of sample j needs samples up to j − half + w − 1
      while (this.nextJ - this.half + this.w <= this.k) {
        this.emit(this.nextJ, this.nextJ - this.half + this.w);
      }
    }
  }

  result(): TraceWindowResult {
    this.endSegment();
    return {
      fromS: this.fromS,
      toS: this.toS,
      columnS: this.columnS,
      min: this.min,
      max: this.max,
      envelopeMin: this.envMin,
      envelopeMax: this.envMax,
      samples: this.samples,
    };
  }

  /** The segment's last envelopes, their windows cut at its end (as `movingRms` does at an edge). */
  private endSegment(): void {
    while (this.nextJ < this.k) {
      this.emit(this.nextJ, this.k);
    }
    this.k = 0;
    this.nextJ = 0;
    this.lo = 0;
    this.hi = 0;
    this.s1 = 0;
    this.s2 = 0;
    this.sinceExact = 0;
  }

  /** The envelope of sample `j`: RMS about the mean over [max(0, j − half), hiTarget). */
  private emit(j: number, hiTarget: number): void {
    const size = this.ring.length;
    while (this.hi < hiTarget) {
      const v = this.ring[this.hi % size] ?? 0;
      this.s1 += v;
      this.s2 += v * v;
      this.hi++;
    }
    const loTarget = Math.max(0, j - this.half);
    while (this.lo < loTarget) {
      const v = this.ring[this.lo % size] ?? 0;
      this.s1 -= v;
      this.s2 -= v * v;
      this.lo++;
    }
    // running sums drift as samples come and go: recount them exactly once per window
    if (++this.sinceExact >= this.w) {
      this.sinceExact = 0;
      this.s1 = 0;
      this.s2 = 0;
      for (let i = this.lo; i < this.hi; i++) {
        const v = this.ring[i % size] ?? 0;
        this.s1 += v;
        this.s2 += v * v;
      }
    }
    const n = this.hi - this.lo;
    const mean = this.s1 / n;
    const e = Math.sqrt(Math.max(0, this.s2 / n - mean * mean));
    this.nextJ = j + 1;
    const col = this.columnOf(this.segT0 + j / this.fs);
    if (col >= 0) {
      const lo = this.envMin[col] ?? NaN;
      const hi = this.envMax[col] ?? NaN;
      if (!(e >= lo)) {
        this.envMin[col] = e;
      }
      if (!(e <= hi)) {
        this.envMax[col] = e;
      }
    }
  }

  /** The column a sample at `t` falls in, or −1 outside the window. */
  private columnOf(t: number): number {
    if (t < this.fromS || t >= this.toS) {
      return -1;
    }
    return Math.min(this.min.length - 1, Math.floor((t - this.fromS) / this.columnS));
  }
}

/**
 * @module Spectra of the active epochs of one channel: Welch MNF and MDF per 1 s epoch of the cleaned
 * signal, kept only where the spasm RMS clears its threshold over nearly the whole epoch (heartbeats
 * alone never make an epoch active, and an epoch half at rest would mix rest noise into the spectrum),
 * their means, the fatigue slope by least squares, and a mean per minute for trend plots.
 */
import { EMG_DEFAULTS } from './defaults.js';
import { epochSpectrum, spectrumWork, type FatigueSlope, type SpectrumWork } from './spectral.js';

const D = EMG_DEFAULTS;

export interface SpectralSummary {
  readonly activeEpochs: number;
  readonly meanMnfHz: number | null;
  readonly meanMdfHz: number | null;
  readonly mdfSlope: FatigueSlope | null;
  readonly mnfSlope: FatigueSlope | null;
  /** Mean MNF/MDF per minute of active epochs, for trend plots (bounded: one entry per minute). */
  readonly perMinute: readonly {
    readonly minute: number;
    readonly mnfHz: number;
    readonly mdfHz: number;
    readonly epochs: number;
  }[];
}

/** Running sums for a least-squares line, so epochs need not be kept. */
export class OlsSums {
  n = 0;
  private st = 0;
  private sy = 0;
  private stt = 0;
  private sty = 0;
  private t0: number | null = null;

  add(t: number, y: number): void {
    // centring on the first time keeps the sums well conditioned over 24 hours
    this.t0 ??= t;
    const u = t - this.t0;
    this.n += 1;
    this.st += u;
    this.sy += y;
    this.stt += u * u;
    this.sty += u * y;
  }

  meanY(): number | null {
    return this.n === 0 ? null : this.sy / this.n;
  }

  slope(): FatigueSlope | null {
    if (this.n < 3) {
      return null;
    }
    const denom = this.n * this.stt - this.st * this.st;
    if (denom === 0) {
      return null;
    }
    const slope = (this.n * this.sty - this.st * this.sy) / denom;
    const intercept = (this.sy - slope * this.st) / this.n;
    return { hzPerS: slope, percentPerS: (100 * slope) / intercept, epochs: this.n };
  }
}

export class SpectraTracker {
  private readonly fs: number;
  private readonly threshold: () => number;
  private readonly epoch: Float64Array;
  private epochFill = 0;
  private readonly work: SpectrumWork;
  private readonly pending: { index: number; tS: number; mnf: number; mdf: number }[] = [];
  /**
   * The spasm RMS over each epoch not yet judged, by epoch index (at most a baseline horizon of them),
   * every `stride`-th sample: the 250 ms RMS is smooth, and 500 per second judge 90 % exactly enough.
   */
  private readonly epochRms = new Map<number, Float64Array>();
  private readonly stride: number;
  private readonly spare: Float64Array[] = [];
  private rmsCount = 0;
  private readonly mnf = new OlsSums();
  private readonly mdf = new OlsSums();
  private readonly minutes = new Map<number, { mnf: number; mdf: number; n: number }>();

  /** @param threshold - The level the spasm RMS must clear; Infinity until its baseline is known. */
  constructor(fs: number, threshold: () => number) {
    this.fs = fs;
    this.threshold = threshold;
    this.epoch = new Float64Array(Math.round(D.spectral.epochS * fs));
    this.stride = Math.max(1, Math.floor(fs / 500));
    this.work = spectrumWork(Math.min(D.spectral.nperseg, this.epoch.length), fs);
  }

  /** Cleaned samples from absolute index `start`, in order. */
  signal(start: number, x: Float64Array): void {
    let i = 0;
    while (i < x.length) {
      const take = Math.min(x.length - i, this.epoch.length - this.epochFill);
      this.epoch.set(x.subarray(i, i + take), this.epochFill);
      this.epochFill += take;
      i += take;
      if (this.epochFill === this.epoch.length) {
        const endIndex = start + i;
        const tS = (endIndex - this.epoch.length / 2) / this.fs;
        const s = epochSpectrum(
          this.epoch,
          this.fs,
          tS,
          D.spectral.nperseg,
          D.spectral.bandHz,
          this.work,
        );
        this.pending.push({
          index: endIndex / this.epoch.length - 1,
          tS,
          mnf: s.mnfHz,
          mdf: s.mdfHz,
        });
        this.epochFill = 0;
        this.flush(false);
      }
    }
  }

  /** The spasm RMS, in order from the stream's start. */
  rms(r: Float64Array): void {
    const start = this.rmsCount;
    this.rmsCount += r.length;
    const e = this.epoch.length;
    const stride = this.stride;
    let i = 0;
    while (i < r.length) {
      const at = start + i;
      const k = Math.floor(at / e);
      let buf = this.epochRms.get(k);
      if (buf === undefined) {
        buf = this.spare.pop()?.fill(0) ?? new Float64Array(Math.ceil(e / stride));
        this.epochRms.set(k, buf);
      }
      const off = at - k * e;
      const take = Math.min(r.length - i, e - off);
      for (let p = Math.ceil(off / stride) * stride; p < off + take; p += stride) {
        buf[p / stride] = r[i + p - off] ?? 0;
      }
      i += take;
    }
    this.flush(false);
  }

  finish(): void {
    this.flush(true);
  }

  result(): SpectralSummary {
    return {
      activeEpochs: this.mnf.n,
      meanMnfHz: this.mnf.meanY(),
      meanMdfHz: this.mdf.meanY(),
      mdfSlope: this.mdf.slope(),
      mnfSlope: this.mnf.slope(),
      perMinute: [...this.minutes.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([minute, m]) => ({ minute, mnfHz: m.mnf / m.n, mdfHz: m.mdf / m.n, epochs: m.n })),
    };
  }

  /** Judges the epochs whose RMS has all arrived, once the threshold is known (or at the end). */
  private flush(final: boolean): void {
    const threshold = this.threshold();
    if (threshold === Infinity && !final) {
      return;
    }
    const e = this.epoch.length;
    while (this.pending.length > 0) {
      const p = this.pending[0];
      if (p === undefined || (!final && this.rmsCount < (p.index + 1) * e)) {
        break;
      }
      this.pending.shift();
      const rms = this.epochRms.get(p.index);
      this.epochRms.delete(p.index);
      let above = 0;
      if (rms !== undefined) {
        for (let j = 0; j < rms.length; j++) {
          if ((rms[j] ?? 0) >= threshold) {
            above += 1;
          }
        }
        // the RMS comes in chunks of about 10 s, so a dozen spares cover the steady state; the backlog
        // of the first minute is let go
        if (this.spare.length < 12) {
          this.spare.push(rms);
        }
      }
      if (
        above >= D.spectral.activeFraction * Math.ceil(e / this.stride) &&
        Number.isFinite(p.mnf) &&
        Number.isFinite(p.mdf)
      ) {
        this.mnf.add(p.tS, p.mnf);
        this.mdf.add(p.tS, p.mdf);
        const minute = Math.floor(p.tS / 60);
        const m = this.minutes.get(minute) ?? { mnf: 0, mdf: 0, n: 0 };
        this.minutes.set(minute, { mnf: m.mnf + p.mnf, mdf: m.mdf + p.mdf, n: m.n + 1 });
      }
    }
    if (final) {
      this.epochRms.clear();
    }
  }
}

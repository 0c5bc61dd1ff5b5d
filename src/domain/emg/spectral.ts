/**
 * @module Spectral features per epoch: Welch spectrum, mean and median frequency over 20–450 Hz, and the
 * fatigue slope as the least-squares slope of MDF and MNF against time, in Hz/s and in %/s of the
 * starting value (emg.md §0).
 */
import { meanMedianFrequency, welchInto, WelchWorkspace } from './dsp/index.js';

/** What spectra of one segment length need: the Welch workspace and a PSD that each epoch overwrites. */
export interface SpectrumWork {
  readonly welch: WelchWorkspace;
  readonly psd: Float64Array;
}

export function spectrumWork(nperseg: number, fs: number): SpectrumWork {
  const welch = new WelchWorkspace(nperseg, fs);
  return { welch, psd: new Float64Array(welch.re.length) };
}

export interface EpochSpectrum {
  /** Epoch centre, seconds from the start of the recording. */
  readonly tS: number;
  readonly mnfHz: number;
  readonly mdfHz: number;
  readonly rmsUv: number;
}

export interface FatigueSlope {
  readonly hzPerS: number;
  /** Relative to the fitted value at the first epoch. */
  readonly percentPerS: number;
  readonly epochs: number;
}

/**
 * MNF and MDF of one epoch. `work` (from `spectrumWork`) must match the segment length and rate; a caller
 * that computes many spectra keeps one, and one is made for a single call without it.
 */
export function epochSpectrum(
  x: Float64Array,
  fs: number,
  tS: number,
  nperseg: number,
  band: readonly [number, number],
  work?: SpectrumWork,
): EpochSpectrum {
  let sq = 0;
  for (let i = 0; i < x.length; i++) {
    sq += (x[i] ?? 0) ** 2;
  }
  const rmsUv = Math.sqrt(sq / Math.max(1, x.length));
  const n = Math.min(nperseg, x.length);
  const w =
    work !== undefined && work.welch.nperseg === n && work.welch.fs === fs
      ? work
      : spectrumWork(n, fs);
  const s = welchInto(x, w.welch, w.psd);
  const { mnf, mdf } = meanMedianFrequency(s, band[0], band[1]);
  return { tS, mnfHz: mnf, mdfHz: mdf, rmsUv };
}

/** Ordinary least squares slope of `y` on `t`; `null` with fewer than 3 points. */
export function fatigueSlope(points: readonly { t: number; y: number }[]): FatigueSlope | null {
  const n = points.length;
  if (n < 3) {
    return null;
  }
  const mt = points.reduce((s, p) => s + p.t, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.t - mt) * (p.y - my);
    sxx += (p.t - mt) ** 2;
  }
  if (sxx === 0) {
    return null;
  }
  const slope = sxy / sxx;
  const first = points.reduce((m, p) => Math.min(m, p.t), Infinity);
  const start = my + slope * (first - mt);
  return { hzPerS: slope, percentPerS: (100 * slope) / start, epochs: n };
}

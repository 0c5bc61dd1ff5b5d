/**
 * @module Welch power spectral density, as scipy.signal.welch with a periodic Hann window, constant
 * detrending, one-sided density scaling and mean averaging; and the mean and median frequency.
 */
import { createRealFft, type RealFft } from './fft.js';

export interface WelchOptions {
  readonly fs: number;
  readonly nperseg: number;
  /** Defaults to half a segment. */
  readonly noverlap?: number;
}

export interface Spectrum {
  readonly freqs: Float64Array;
  /** Power spectral density, units²/Hz. */
  readonly psd: Float64Array;
  readonly segments: number;
}

/** scipy.signal.get_window('hann', n): the periodic (DFT-even) Hann window, and the sum of its squares. */
export function hann(n: number): { w: Float64Array; sumSq: number } {
  const w = new Float64Array(n);
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const v = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / n);
    w[i] = v;
    sumSq += v * v;
  }
  return { w, sumSq };
}

/**
 * The window, transform and buffers of Welch spectra of one segment length: a caller that computes a
 * spectrum every second of a day keeps one, so nothing is allocated per spectrum and nothing is shared.
 */
export class WelchWorkspace {
  readonly nperseg: number;
  readonly fs: number;
  readonly window: Float64Array;
  readonly sumSq: number;
  readonly seg: Float64Array;
  readonly re: Float64Array;
  readonly im: Float64Array;
  /** The frequency of each PSD bin: a table shared by every spectrum of this workspace, not to be written. */
  readonly freqs: Float64Array;
  readonly fft: RealFft;

  constructor(nperseg: number, fs: number) {
    if (!Number.isInteger(nperseg) || nperseg < 2) {
      throw new RangeError('nperseg must be an integer of at least 2');
    }
    const nFreq = Math.floor(nperseg / 2) + 1;
    const { w, sumSq } = hann(nperseg);
    this.nperseg = nperseg;
    this.fs = fs;
    this.window = w;
    this.sumSq = sumSq;
    this.seg = new Float64Array(nperseg);
    this.re = new Float64Array(nFreq);
    this.im = new Float64Array(nFreq);
    this.freqs = Float64Array.from({ length: nFreq }, (_, k) => (k * fs) / nperseg);
    this.fft = createRealFft(nperseg);
  }
}

export function welch(x: ArrayLike<number>, options: WelchOptions): Spectrum {
  const ws = new WelchWorkspace(options.nperseg, options.fs);
  const s = welchInto(x, ws, new Float64Array(ws.re.length), options.noverlap);
  return { ...s, freqs: Float64Array.from(s.freqs) };
}

/**
 * Welch into `psd` (nperseg/2 + 1 values) with the workspace's segment length and rate; the
 * frequencies returned are the workspace's table.
 */
export function welchInto(
  x: ArrayLike<number>,
  ws: WelchWorkspace,
  psd: Float64Array,
  noverlap = Math.floor(ws.nperseg / 2),
): Spectrum {
  const { nperseg, fs, window: w, sumSq, seg, re, im, freqs } = ws;
  if (x.length < nperseg) {
    throw new RangeError(
      `the signal (${x.length} samples) is shorter than one segment (${nperseg})`,
    );
  }
  const step = nperseg - noverlap;
  const segments = Math.floor((x.length - noverlap) / step);
  const nFreq = Math.floor(nperseg / 2) + 1;
  const scale = 1 / (fs * sumSq);
  if (psd.length < nFreq) {
    throw new RangeError(`psd holds ${psd.length} values; nperseg ${nperseg} needs ${nFreq}`);
  }
  psd.fill(0, 0, nFreq);
  for (let s = 0; s < segments; s++) {
    const start = s * step;
    let mean = 0;
    for (let i = 0; i < nperseg; i++) {
      mean += x[start + i] ?? 0;
    }
    mean /= nperseg;
    for (let i = 0; i < nperseg; i++) {
      seg[i] = (w[i] ?? 0) * ((x[start + i] ?? 0) - mean);
    }
    ws.fft(seg, re, im);
    for (let k = 0; k < nFreq; k++) {
      const r = re[k] ?? 0;
      const j = im[k] ?? 0;
      psd[k] = (psd[k] ?? 0) + (r * r + j * j) * scale;
    }
  }
  const evenLast = nperseg % 2 === 0 ? nFreq - 1 : nFreq;
  for (let k = 0; k < nFreq; k++) {
    const doubled = k > 0 && k < evenLast ? 2 : 1;
    psd[k] = ((psd[k] ?? 0) * doubled) / segments;
  }
  return { freqs, psd: psd.subarray(0, nFreq), segments };
}

/** Mean and median frequency of a spectrum within [lowHz, highHz]; the median is interpolated between bins. */
export function meanMedianFrequency(
  s: Spectrum,
  lowHz: number,
  highHz: number,
): { mnf: number; mdf: number; power: number } {
  let total = 0;
  let weighted = 0;
  for (let k = 0; k < s.freqs.length; k++) {
    const f = s.freqs[k] ?? 0;
    if (f >= lowHz && f <= highHz) {
      const p = s.psd[k] ?? 0;
      total += p;
      weighted += f * p;
    }
  }
  if (total <= 0) {
    return { mnf: NaN, mdf: NaN, power: 0 };
  }
  const half = total / 2;
  let cum = 0;
  let mdf = NaN;
  for (let k = 0; k < s.freqs.length; k++) {
    const f = s.freqs[k] ?? 0;
    if (f < lowHz || f > highHz) {
      continue;
    }
    const p = s.psd[k] ?? 0;
    if (cum + p >= half) {
      // the bin's power is spread evenly across its width
      const binWidth = (s.freqs[1] ?? 1) - (s.freqs[0] ?? 0);
      mdf = f - binWidth / 2 + ((half - cum) / p) * binWidth;
      break;
    }
    cum += p;
  }
  return { mnf: weighted / total, mdf, power: total };
}

/**
 * @module Decides whether mains hum is present, and at which of its harmonics: the Welch power density
 * at 50 or 60 Hz (and at its multiples) against the median density of the neighbouring bands. The notch
 * stays off unless the ratio test fires (emg.md §0); a harmonic gets its own notch when it passes the
 * same test, as a 150 Hz residue left in the EMG band would lower the SNR of every burst.
 */
import { welch, type Spectrum } from './dsp/index.js';
import { EMG_DEFAULTS } from './defaults.js';

/** The Welch spectrum of the first seconds, with enough resolution to tell a line from the EMG around it. */
function lineSpectrum(x: Float64Array, fs: number): Spectrum | null {
  const nperseg = Math.min(4096, 2 ** Math.floor(Math.log2(Math.max(16, x.length))));
  if (x.length < nperseg || fs < 130) {
    return null;
  }
  return welch(x, { fs, nperseg });
}

/** Power at `hz` against the median of its neighbours 3–8 Hz away, dB. */
function ratioDb(s: Spectrum, fs: number, hz: number): number {
  const df = fs / ((s.psd.length - 1) * 2);
  const at = (f: number): number => s.psd[Math.round(f / df)] ?? 0;
  const peak = Math.max(at(hz - df), at(hz), at(hz + df));
  const v: number[] = [];
  for (let f = hz - 8; f <= hz + 8; f += df) {
    if (Math.abs(f - hz) >= 3) {
      v.push(at(f));
    }
  }
  v.sort((a, b) => a - b);
  return 10 * Math.log10(peak / Math.max(v[Math.floor(v.length / 2)] ?? 0, 1e-300));
}

export function detectMains(
  x: Float64Array,
  fs: number,
  thresholdDb: number = EMG_DEFAULTS.notch.lineRatioDb,
): 50 | 60 | null {
  const s = lineSpectrum(x, fs);
  if (s === null) {
    return null;
  }
  const r50 = ratioDb(s, fs, 50);
  const r60 = ratioDb(s, fs, 60);
  if (Math.max(r50, r60) < thresholdDb) {
    return null;
  }
  return r50 >= r60 ? 50 : 60;
}

/**
 * The frequencies to notch: the mains fundamental when present, and each harmonic up to the top of the
 * analysed band that passes the same test. Empty when there is no hum.
 */
export function mainsNotches(
  x: Float64Array,
  fs: number,
  topHz: number,
  thresholdDb: number = EMG_DEFAULTS.notch.lineRatioDb,
): number[] {
  const hz = detectMains(x, fs, thresholdDb);
  const s = hz === null ? null : lineSpectrum(x, fs);
  if (hz === null || s === null) {
    return [];
  }
  const out: number[] = [hz];
  for (let k = 2; k * hz + 8 < Math.min(topHz, fs / 2); k++) {
    if (ratioDb(s, fs, k * hz) >= thresholdDb) {
      out.push(k * hz);
    }
  }
  return out;
}

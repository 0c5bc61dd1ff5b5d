/**
 * @module Decides whether mains hum is present: the Welch power density at 50 or 60 Hz against the median
 * density of the neighbouring bands. The notch stays off unless the ratio test fires (emg.md §0).
 */
import { welch } from './dsp/index.js';
import { EMG_DEFAULTS } from './defaults.js';

export function detectMains(
  x: Float64Array,
  fs: number,
  thresholdDb: number = EMG_DEFAULTS.notch.lineRatioDb,
): 50 | 60 | null {
  const nperseg = Math.min(4096, 2 ** Math.floor(Math.log2(Math.max(16, x.length))));
  if (x.length < nperseg || fs < 130) {
    return null;
  }
  const s = welch(x, { fs, nperseg });
  const df = fs / nperseg;
  const at = (hz: number): number => s.psd[Math.round(hz / df)] ?? 0;
  const peak = (hz: number): number => Math.max(at(hz - df), at(hz), at(hz + df));
  const around = (hz: number): number => {
    const v: number[] = [];
    for (let f = hz - 8; f <= hz + 8; f += df) {
      if (Math.abs(f - hz) >= 3) {
        v.push(at(f));
      }
    }
    v.sort((a, b) => a - b);
    return v[Math.floor(v.length / 2)] ?? 0;
  };
  const ratioDb = (hz: number): number => 10 * Math.log10(peak(hz) / Math.max(around(hz), 1e-300));
  const r50 = ratioDb(50);
  const r60 = ratioDb(60);
  if (Math.max(r50, r60) < thresholdDb) {
    return null;
  }
  return r50 >= r60 ? 50 : 60;
}

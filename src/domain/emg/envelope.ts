/** @module Amplitude envelopes: full-wave rectification, moving RMS, and TKEO conditioning. */
import { float64, type Scratch } from './scratch.js';

/** Full-wave rectification in place. */
export function rectifyInPlace(x: Float64Array): Float64Array {
  for (let i = 0; i < x.length; i++) {
    x[i] = Math.abs(x[i] ?? 0);
  }
  return x;
}

/**
 * Centred moving RMS over `window` samples (odd windows are exactly centred; even ones lean one sample
 * late). At the edges the mean is over the samples that exist. Never negative, same length as the input.
 * With `work`, the result lives in its buffers until their next use.
 */
export function movingRms(x: ArrayLike<number>, window: number, work?: Scratch): Float64Array {
  const n = x.length;
  const w = Math.max(1, Math.round(window));
  const half = Math.floor(w / 2);
  // prefix sums of squares; each output is one difference, so long signals do not drift
  const prefix = float64(work, 'movingRms.prefix', n + 1);
  let s = 0;
  prefix[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = x[i] ?? 0;
    s += v * v;
    prefix[i + 1] = s;
  }
  const out = float64(work, 'movingRms.out', n);
  for (let i = 0; i < n; i++) {
    const lo = i > half ? i - half : 0;
    const hi = i - half + w < n ? i - half + w : n;
    const mean = ((prefix[hi] ?? 0) - (prefix[lo] ?? 0)) / (hi - lo);
    out[i] = mean > 0 ? Math.sqrt(mean) : 0;
  }
  return out;
}

/** Teager–Kaiser energy x[n]² − x[n−1]·x[n+1], edges copied from their neighbours (Solnik 2008). */
export function tkeo(x: ArrayLike<number>): Float64Array {
  const n = x.length;
  const out = new Float64Array(n);
  for (let i = 1; i < n - 1; i++) {
    const v = x[i] ?? 0;
    out[i] = v * v - (x[i - 1] ?? 0) * (x[i + 1] ?? 0);
  }
  if (n > 2) {
    out[0] = out[1] ?? 0;
    out[n - 1] = out[n - 2] ?? 0;
  }
  return out;
}

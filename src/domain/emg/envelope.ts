/** @module Amplitude envelopes: full-wave rectification, moving RMS, and TKEO conditioning. */

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
 */
export function movingRms(x: ArrayLike<number>, window: number): Float64Array {
  const n = x.length;
  const w = Math.max(1, Math.round(window));
  const half = Math.floor(w / 2);
  // prefix sums of squares; each output is one difference, so long signals do not drift
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const v = x[i] ?? 0;
    prefix[i + 1] = (prefix[i] ?? 0) + v * v;
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const lo = Math.max(0, i - half);
    const hi = Math.min(n, i - half + w);
    const mean = ((prefix[hi] ?? 0) - (prefix[lo] ?? 0)) / (hi - lo);
    out[i] = Math.sqrt(Math.max(0, mean));
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

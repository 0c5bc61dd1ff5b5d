/**
 * @module Offline zero-phase filtering, as scipy.signal.sosfiltfilt with its defaults: odd extension of
 * 3·ntaps samples at each end, steady-state initial conditions, forward then backward.
 */
import { sections, type Sos } from './butter.js';
import { sosfiltInPlace, sosfiltReverseInPlace, sosfiltZi } from './sosfilt.js';

/** The default edge: 3·(2·sections + 1), less one tap per section pair whose b2 and a2 are both zero. */
export function padLength(sos: Sos): number {
  const nSec = sections(sos);
  let b2zero = 0;
  let a2zero = 0;
  for (let s = 0; s < nSec; s++) {
    if (sos[s * 6 + 2] === 0) {
      b2zero += 1;
    }
    if (sos[s * 6 + 5] === 0) {
      a2zero += 1;
    }
  }
  return 3 * (2 * nSec + 1 - Math.min(b2zero, a2zero));
}

/**
 * Builds the `edge` samples before a signal's start (`side` left, from its first samples) or after its
 * end (`side` right, from its last samples, in order), as the zero-phase filters pad their ends.
 */
export type EdgePadding = (
  x: ArrayLike<number>,
  edge: number,
  side: 'left' | 'right',
) => Float64Array;

/** scipy's padding: the odd extension about the end sample. */
export const oddExtension: EdgePadding = (x, edge, side) => {
  const n = x.length;
  const out = new Float64Array(edge);
  if (side === 'left') {
    const first = x[0] ?? 0;
    for (let i = 0; i < edge; i++) {
      out[i] = 2 * first - (x[edge - i] ?? 0);
    }
  } else {
    const last = x[n - 1] ?? 0;
    for (let i = 0; i < edge; i++) {
      out[i] = 2 * last - (x[n - 2 - i] ?? 0);
    }
  }
  return out;
};

/**
 * Even extension: the signal mirrored about its end sample. For an envelope of a rectified signal,
 * whose first sample can be anything from zero to a spike: odd extension about it would swing the
 * padding by twice that sample's distance from the level around it.
 */
export const evenExtension: EdgePadding = (x, edge, side) => {
  const n = x.length;
  const out = new Float64Array(edge);
  for (let i = 0; i < edge; i++) {
    out[i] = side === 'left' ? (x[edge - i] ?? 0) : (x[n - 2 - i] ?? 0);
  }
  return out;
};

/**
 * Padding for a notch: the hum at `hz` (fitted by least squares over up to `fitS` seconds at the end)
 * is continued as the sinusoid it is, and the rest is reflected as scipy reflects it. Odd extension
 * reflects the hum too, with a jump of phase at the end that a narrow notch rings with for a second.
 */
export function lineContinuation(hz: number, fs: number, fitS = 1): EdgePadding {
  const w = (2 * Math.PI * hz) / fs;
  return (x, edge, side) => {
    const n = x.length;
    const m = Math.min(n, Math.max(2, Math.round(fitS * fs)));
    // the fit's time origin is the end sample: t = 0 there, negative inward for the right end
    const at = (k: number): number => (side === 'left' ? k : k - (n - 1));
    const from = side === 'left' ? 0 : n - m;
    let cc = 0;
    let ss = 0;
    let cs = 0;
    let xc = 0;
    let xs = 0;
    for (let k = from; k < from + m; k++) {
      const c = Math.cos(w * at(k));
      const sn = Math.sin(w * at(k));
      const v = x[k] ?? 0;
      cc += c * c;
      ss += sn * sn;
      cs += c * sn;
      xc += v * c;
      xs += v * sn;
    }
    const det = cc * ss - cs * cs;
    const a = det === 0 ? 0 : (xc * ss - xs * cs) / det;
    const b = det === 0 ? 0 : (xs * cc - xc * cs) / det;
    const line = (t: number): number => a * Math.cos(w * t) + b * Math.sin(w * t);
    const rest = (k: number): number => (x[k] ?? 0) - line(at(k));
    const out = new Float64Array(edge);
    if (side === 'left') {
      const r0 = rest(0);
      for (let i = 0; i < edge; i++) {
        out[i] = line(i - edge) + 2 * r0 - rest(edge - i);
      }
    } else {
      const r0 = rest(n - 1);
      for (let i = 0; i < edge; i++) {
        out[i] = line(i + 1) + 2 * r0 - rest(n - 2 - i);
      }
    }
    return out;
  };
}

export function sosfiltfilt(
  sos: Sos,
  x: ArrayLike<number>,
  padlen: number = padLength(sos),
  padding: EdgePadding = oddExtension,
): Float64Array {
  const n = x.length;
  const edge = padlen;
  if (n <= edge) {
    throw new RangeError(`the signal must be longer than the padding (${edge} samples)`);
  }
  const ext = new Float64Array(n + 2 * edge);
  ext.set(padding(x, edge, 'left'), 0);
  ext.set(padding(x, edge, 'right'), edge + n);
  for (let i = 0; i < n; i++) {
    ext[edge + i] = x[i] ?? 0;
  }
  const zi = sosfiltZi(sos);
  const state = zi.map((z) => z * (ext[0] ?? 0));
  sosfiltInPlace(sos, ext, state);
  const back = zi.map((z) => z * (ext[ext.length - 1] ?? 0));
  sosfiltReverseInPlace(sos, ext, back);
  return ext.slice(edge, edge + n);
}

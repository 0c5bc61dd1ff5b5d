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

export function sosfiltfilt(
  sos: Sos,
  x: ArrayLike<number>,
  padlen: number = padLength(sos),
): Float64Array {
  const n = x.length;
  const edge = padlen;
  if (n <= edge) {
    throw new RangeError(`the signal must be longer than the padding (${edge} samples)`);
  }
  const ext = new Float64Array(n + 2 * edge);
  const first = x[0] ?? 0;
  const last = x[n - 1] ?? 0;
  for (let i = 0; i < edge; i++) {
    ext[i] = 2 * first - (x[edge - i] ?? 0);
    ext[edge + n + i] = 2 * last - (x[n - 2 - i] ?? 0);
  }
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

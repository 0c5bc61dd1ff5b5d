/** @module Second-order IIR notch, as scipy.signal.iirnotch(w0, Q, fs), returned as one section. */
import type { Sos } from './butter.js';

export function iirnotch(w0Hz: number, q: number, fs: number): Sos {
  let w0 = (2 * w0Hz) / fs;
  if (!(w0 > 0 && w0 < 1)) {
    throw new RangeError(`notch frequency must lie between 0 and fs/2 = ${fs / 2} Hz`);
  }
  const bw = (w0 / q) * Math.PI;
  w0 = w0 * Math.PI;
  const gain = 1 / (1 + Math.tan(bw / 2));
  return Float64Array.from([
    gain * 1,
    gain * (-2 * Math.cos(w0)),
    gain * 1,
    1,
    -2 * gain * Math.cos(w0),
    2 * gain - 1,
  ]);
}

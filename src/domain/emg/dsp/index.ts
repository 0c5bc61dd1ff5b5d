/** @module Signal processing for EMG: Butterworth and notch design, biquad cascades, zero-phase filtering, Welch spectra. */
export {
  butter,
  sectionCoefficients,
  sections,
  type BandType,
  type ButterOptions,
  type Sos,
} from './butter.js';
export { iirnotch } from './notch.js';
export { sosfilt, sosfiltInPlace, sosfiltZi } from './sosfilt.js';
export {
  sosfiltfilt,
  padLength,
  oddExtension,
  evenExtension,
  lineContinuation,
  type EdgePadding,
} from './filtfilt.js';
export {
  welch,
  welchInto,
  WelchWorkspace,
  hann,
  meanMedianFrequency,
  type Spectrum,
  type WelchOptions,
} from './welch.js';
export { rfft, createRealFft, type RealFft } from './fft.js';
export { ZeroPhaseStream, CausalStream } from './streaming.js';
export { Fifo } from './fifo.js';

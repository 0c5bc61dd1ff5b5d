/** @module What the EMG analysis needs from a recording, whatever file it comes from. */
import type { Annotation, FormatError } from '../../domain/emg/index.js';

export interface RecordingInfo {
  readonly format: 'edf' | 'edf+c' | 'edf+d' | 'bdf' | 'bdf+c' | 'bdf+d' | 'csv';
  readonly labels: readonly string[];
  /** Sampling rate of each channel (EDF allows different rates per signal). */
  readonly rates: readonly number[];
  /** Known duration, seconds; `null` when the source cannot tell before reading (CSV). */
  readonly durationS: number | null;
  readonly annotations: readonly Annotation[];
}

export interface Block {
  /** Time of the block's first sample, seconds from the start of the recording. */
  readonly startS: number;
  /** Samples per channel, µV. */
  readonly channels: readonly Float64Array[];
}

export interface RecordingSource {
  readonly info: RecordingInfo;
  /**
   * The next block, `null` at the end; an error for a malformed part found while reading. A block's
   * arrays may be reused by the following call: copy what must outlive it.
   */
  next():
    | { readonly ok: true; readonly value: Block | null }
    | { readonly ok: false; readonly error: FormatError };
  close(): void;
}

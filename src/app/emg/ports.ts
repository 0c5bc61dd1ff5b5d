/**
 * @module What the EMG use cases need from the outside. Bytes come from a `ByteSource` (a file, an
 * upload spooled to disk) and go to a `ByteSink`; a `RecordingSource` is a recording decoded from bytes
 * as a stream of blocks. Every call is asynchronous, so a server keeps answering while a recording is
 * read, and nothing holds more than a block.
 */
import type { Annotation, EmgWarning } from '../../domain/emg/index.js';
import type { Result } from '../../domain/shared/index.js';
import type { ChannelReport } from './analyze.js';

/** Random-access bytes of known length. */
export interface ByteSource {
  /** Bytes in all. */
  readonly size: number;
  /** Up to `length` bytes from `position`; fewer only at the end. */
  read(position: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Where bytes are written, in order. An acknowledged write is on its way to storage. */
export interface ByteSink {
  write(bytes: Uint8Array): Promise<void>;
  /** Ends the stream: everything written is stored when this resolves. */
  close(): Promise<void>;
}

export type RecordingFormat = 'edf' | 'edf+c' | 'edf+d' | 'bdf' | 'bdf+c' | 'bdf+d' | 'csv';

export interface RecordingInfo {
  readonly format: RecordingFormat;
  readonly labels: readonly string[];
  /** Sampling rate of each channel (EDF allows different rates per signal). */
  readonly rates: readonly number[];
  /** Channels whose physical range no EMG reaches (a status or marker channel): not analysed. */
  readonly implausible: readonly boolean[];
  /** Known duration, seconds; `null` when the source cannot tell before reading (CSV). */
  readonly durationS: number | null;
  readonly annotations: readonly Annotation[];
  /** What the reader had to assume. */
  readonly warnings: readonly EmgWarning[];
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
   * The next block, `null` at the end; an issue for a malformed part found while reading. A block's
   * arrays may be reused by the following call: copy what must outlive it.
   */
  next(): Promise<Result<Block | null>>;
  close(): Promise<void>;
}

/**
 * What a surface's EMG commands need from the machine they run on: files to read and write, and a plot
 * renderer. The composition root hands the real ones in; tests can hand in others.
 */
export interface EmgHost {
  /**
   * A regular file to read, or issues (`emg.not_a_file` for a device or a FIFO); rejects with the
   * system's error (its `code`: ENOENT, EACCES) for a missing or unreadable file.
   */
  openBytes(path: string): Promise<Result<ByteSource>>;
  /** Creates or truncates a file to write; rejects with the system's error. */
  createSink(path: string): Promise<ByteSink>;
  /** Whether a file could be written at `path`, without creating it: null, or the system's error code. */
  canWrite(path: string): Promise<string | null>;
  /** An SVG of each channel's plot window. */
  renderPlot(channels: readonly ChannelReport[], title: string): string;
  /** How many columns the plot draws: the analysis reduces each window to that many. */
  readonly plotColumns: number;
}

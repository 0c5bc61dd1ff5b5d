/** @module Opens a recording by its extension (or contents) as a streaming source. */
import { closeSync, openSync, readSync } from 'node:fs';
import type { FormatError } from '../../domain/emg/index.js';
import type { RecordingSource } from '../../app/emg/index.js';
import { openCsv } from './csv-source.js';
import { openEdf } from './edf-source.js';

export interface OpenOptions {
  readonly allowTruncated: boolean;
  /** Sampling rate for CSV files without a time column. */
  readonly fs?: number;
}

/** By extension (.csv/.txt, .edf/.bdf/.rec); otherwise by the first byte of an EDF or BDF header. */
export function openRecording(
  path: string,
  options: OpenOptions,
): { ok: true; value: RecordingSource } | { ok: false; error: FormatError } {
  if (/\.(csv|txt)$/i.test(path)) {
    return openCsv(path, options.fs);
  }
  if (/\.(edf|bdf|rec)$/i.test(path)) {
    return openEdf(path, { allowTruncated: options.allowTruncated });
  }
  const fd = openSync(path, 'r');
  const first = Buffer.alloc(1);
  const n = readSync(fd, first, 0, 1, 0);
  closeSync(fd);
  if (n === 1 && (first[0] === 0x30 || first[0] === 0xff)) {
    return openEdf(path, { allowTruncated: options.allowTruncated });
  }
  return openCsv(path, options.fs);
}

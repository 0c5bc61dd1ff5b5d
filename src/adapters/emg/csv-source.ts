/** @module Reads a CSV recording from disk in chunks of text. */
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { CsvDecoder, type FormatError } from '../../domain/emg/index.js';
import type { RecordingSource } from '../../app/emg/index.js';

const CHUNK = 1 << 20;

export function openCsv(
  path: string,
  fs?: number,
): { ok: true; value: RecordingSource } | { ok: false; error: FormatError } {
  const fd = openSync(path, 'r');
  const decoder = new CsvDecoder(fs);
  const text = new StringDecoder('utf8');
  const buf = Buffer.allocUnsafeSlow(CHUNK);
  let position = 0;
  let samples = 0;
  let done = false;
  let pending: Float64Array[] | null = null;
  // read until the header and the rate are known, so the info is complete before the first block
  while (decoder.rate === null || decoder.labels.length === 0) {
    const n = readSync(fd, buf, 0, CHUNK, position);
    position += n;
    const r = n === 0 ? decoder.finish() : decoder.push(text.write(buf.subarray(0, n)));
    if (!r.ok) {
      closeSync(fd);
      return r;
    }
    pending = r.value;
    if (n === 0) {
      done = true;
      break;
    }
  }
  const rate = decoder.rate ?? 1;
  let open = true;
  const close = (): void => {
    if (open) {
      closeSync(fd);
      open = false;
    }
  };
  return {
    ok: true,
    value: {
      info: {
        format: 'csv',
        labels: decoder.labels,
        rates: decoder.labels.map(() => rate),
        durationS: null,
        annotations: [],
      },
      next: () => {
        for (;;) {
          if (pending !== null && (pending[0]?.length ?? 0) > 0) {
            const block = { startS: samples / rate, channels: pending };
            samples += pending[0]?.length ?? 0;
            pending = null;
            return { ok: true, value: block };
          }
          pending = null;
          if (done) {
            return { ok: true, value: null };
          }
          const n = readSync(fd, buf, 0, CHUNK, position);
          position += n;
          const r = n === 0 ? decoder.finish() : decoder.push(text.write(buf.subarray(0, n)));
          if (!r.ok) {
            return r;
          }
          pending = r.value;
          if (n === 0) {
            done = true;
          }
        }
      },
      close,
    },
  };
}

/**
 * @module Reads an EDF, EDF+ or BDF file from disk as a stream of blocks: the header first, then a few
 * data records at a time into one reused buffer, so memory does not grow with the file's length.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import {
  decodeRecords,
  parseEdfHeader,
  parseTals,
  planRecords,
  type Annotation,
  type EdfHeader,
  type FormatError,
} from '../../domain/emg/index.js';
import type { Block, RecordingSource } from '../../app/emg/index.js';

export interface EdfSourceOptions {
  readonly allowTruncated: boolean;
  /**
   * About how many seconds of signal to decode per block (default 2). Every filter holds a block plus
   * its look-ahead, so shorter blocks use less memory; much shorter ones repeat the notch's 4 s
   * look-ahead too often (bench/emg: 2 s costs ~5 % of the time of 10 s and saves ~1 MB a channel).
   */
  readonly blockS?: number;
}

type Opened =
  | {
      ok: true;
      value: RecordingSource & { readonly header: EdfHeader; readonly plannedRecords: number };
    }
  | { ok: false; error: FormatError };

export function openEdf(path: string, options: EdfSourceOptions): Opened {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const fixed = Buffer.alloc(Math.min(256, size));
    readSync(fd, fixed, 0, fixed.length, 0);
    const nsText = fixed.length >= 256 ? fixed.subarray(252, 256).toString('latin1').trim() : '';
    const ns = /^\d+$/.test(nsText) ? Math.min(4096, Number(nsText)) : 0;
    const head = Buffer.alloc(Math.min(size, 256 * (ns + 1)));
    readSync(fd, head, 0, head.length, 0);
    const parsed = parseEdfHeader(head);
    if (!parsed.ok) {
      closeSync(fd);
      return parsed;
    }
    const h = parsed.value;
    const plan = planRecords(h, size, options.allowTruncated);
    if (!plan.ok) {
      closeSync(fd);
      return plan;
    }
    const records = plan.value.records;
    const annotations = scanAnnotations(fd, h, records);
    if (!annotations.ok) {
      closeSync(fd);
      return annotations;
    }
    const perBlock = Math.max(1, Math.round((options.blockS ?? 2) / h.recordDurationS));
    // a slow (unpooled) buffer: decoding reads bytes one by one, so its offset never matters
    const buffer = Buffer.allocUnsafeSlow(perBlock * h.recordBytes);
    const data = h.signals.filter((s) => !s.annotations);
    if (data.length === 0) {
      closeSync(fd);
      return {
        ok: false,
        error: {
          code: 'emg.no_signals',
          field: 'signals',
          at: 252,
          detail: 'the file holds only annotations',
        },
      };
    }
    // blocks are decoded into these, so a stream allocates nothing per block (ports.ts: a block is valid until the next call)
    const decoded = data.map((s) => new Float64Array(perBlock * s.samplesPerRecord));
    let next = 0;
    let open = true;
    return {
      ok: true,
      value: {
        header: h,
        plannedRecords: records,
        info: {
          format: h.variant,
          labels: data.map((s) => s.label),
          rates: data.map((s) => s.samplesPerRecord / h.recordDurationS),
          durationS: records * h.recordDurationS,
          annotations: annotations.value,
        },
        next: () => {
          if (next >= records) {
            return { ok: true, value: null };
          }
          const count = Math.min(perBlock, records - next);
          const bytes = count * h.recordBytes;
          readSync(fd, buffer, 0, bytes, h.headerBytes + next * h.recordBytes);
          const d = decodeRecords(h, buffer.subarray(0, bytes), next, count, decoded);
          if (!d.ok) {
            return {
              ok: false,
              error: { ...d.error, at: d.error.at + h.headerBytes + next * h.recordBytes },
            };
          }
          const block: Block = {
            startS: d.value.recordStartsS[0] ?? next * h.recordDurationS,
            channels: d.value.signals,
          };
          // EDF+D: records inside one block must be contiguous, else split the block at the gap
          const starts = d.value.recordStartsS;
          const gapAt = starts.findIndex(
            (s, i) => i > 0 && Math.abs(s - (starts[i - 1] ?? 0) - h.recordDurationS) > 1e-6,
          );
          if (gapAt > 0) {
            next += gapAt;
            return {
              ok: true,
              value: {
                startS: block.startS,
                channels: block.channels.map((x, i) =>
                  x.subarray(0, gapAt * (data[i]?.samplesPerRecord ?? 0)),
                ),
              },
            };
          }
          next += count;
          return { ok: true, value: block };
        },
        close: () => {
          if (open) {
            closeSync(fd);
            open = false;
          }
        },
      },
    };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

/** Reads just the annotation signal of every record (one small read each), for phases known up front. */
function scanAnnotations(
  fd: number,
  h: EdfHeader,
  records: number,
): { ok: true; value: Annotation[] } | { ok: false; error: FormatError } {
  const idx = h.signals.findIndex((s) => s.annotations);
  if (idx < 0) {
    return { ok: true, value: [] };
  }
  const before = h.signals
    .slice(0, idx)
    .reduce((s, sig) => s + sig.samplesPerRecord * h.bytesPerSample, 0);
  const len = (h.signals[idx]?.samplesPerRecord ?? 0) * h.bytesPerSample;
  const buf = Buffer.alloc(len);
  const out: Annotation[] = [];
  for (let r = 0; r < records; r++) {
    const at = h.headerBytes + r * h.recordBytes + before;
    readSync(fd, buf, 0, len, at);
    const tals = parseTals(buf);
    if (!tals.ok) {
      return { ok: false, error: { ...tals.error, at: tals.error.at + at } };
    }
    out.push(...tals.value.filter((a) => a.text !== ''));
  }
  return { ok: true, value: out };
}

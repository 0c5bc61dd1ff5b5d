/**
 * @module Recordings decoded from bytes as streams of blocks: EDF, EDF+ and BDF(+) a few data records at a
 * time into reused arrays, CSV a chunk of text at a time. Everything that can be checked before the
 * analysis is checked when the recording is opened: the header, the data size, every record's
 * time-keeping (an EDF+C file whose time is broken is refused, not read with data in the wrong place).
 */
import {
  CsvDecoder,
  decodeRecords,
  emgIssue,
  MAX_MICROVOLTS,
  parseEdfHeader,
  parseTals,
  planRecords,
  rangeImplausible,
  timekeepingIssue,
  type Annotation,
  type EdfHeader,
  type EmgWarning,
} from '../../domain/emg/index.js';
import { fail, ok, type Result } from '../../domain/shared/index.js';
import type { Block, ByteSource, RecordingSource } from './ports.js';

export interface SourceOptions {
  /** Analyse the complete records of a file whose last record is cut short. */
  readonly allowTruncated?: boolean;
  /** Sampling rate of a CSV file without a time column (with one, it must agree). */
  readonly fs?: number;
  /**
   * About how many seconds of signal to decode per block (default 2). Every filter holds a block plus
   * its look-ahead, so shorter blocks use less memory; much shorter ones repeat the notch's 4 s
   * look-ahead too often (bench/emg: 2 s costs ~5 % of the time of 10 s and saves ~1 MB a channel).
   */
  readonly blockS?: number;
  /**
   * Begin at the record that holds this time, seconds (a viewer's window): continuous EDF/BDF only, whose
   * records sit at fixed times; a discontinuous file and CSV are read from their start.
   */
  readonly startS?: number;
}

/** A block is never more than this many bytes, however long its records. */
const MAX_BLOCK_BYTES = 8 * 2 ** 20;
/** Annotation reads in flight at once while the time-keeping is checked. */
const PARALLEL_READS = 64;
/** More annotations than this are no recording's phases and events. */
export const MAX_ANNOTATIONS = 100_000;

/** The reader a file's name asks for: CSV by `.csv`/`.txt`, EDF/BDF by `.edf`/`.bdf`/`.rec`, else its first byte. */
export function recordingKindOf(fileName: string): 'edf' | 'csv' | 'auto' {
  if (/\.(csv|txt)$/i.test(fileName)) {
    return 'csv';
  }
  return /\.(edf|bdf|rec)$/i.test(fileName) ? 'edf' : 'auto';
}

/** EDF and BDF by their first byte ('0' or 0xFF); anything else is read as CSV. */
export async function openRecording(
  bytes: ByteSource,
  kind: 'edf' | 'csv' | 'auto',
  options: SourceOptions = {},
): Promise<Result<RecordingSource>> {
  let k = kind;
  if (k === 'auto') {
    const first = bytes.size === 0 ? new Uint8Array(0) : await bytes.read(0, 1);
    k = first[0] === 0x30 || first[0] === 0xff ? 'edf' : 'csv';
  }
  return k === 'edf' ? openEdfSource(bytes, options) : openCsvSource(bytes, options);
}

export async function openEdfSource(
  bytes: ByteSource,
  options: SourceOptions = {},
): Promise<Result<RecordingSource & { readonly header: EdfHeader }>> {
  const size = bytes.size;
  const fixed = await bytes.read(0, Math.min(256, size));
  let nsText = '';
  for (let i = 252; i < Math.min(256, fixed.length); i++) {
    nsText += String.fromCharCode(fixed[i] ?? 32);
  }
  const ns = /^\s*\d+\s*$/.test(nsText) ? Math.min(4096, Number(nsText)) : 0;
  const head = await bytes.read(0, Math.min(size, 256 * (ns + 1)));
  const parsed = parseEdfHeader(head);
  if (!parsed.ok) {
    return parsed;
  }
  const h = parsed.value;
  const plan = planRecords(h, size, options.allowTruncated === true);
  if (!plan.ok) {
    return plan;
  }
  const records = plan.value.records;
  const dataIndex = h.signals.flatMap((s, i) => (s.annotations ? [] : [i]));
  if (dataIndex.length === 0) {
    return fail([emgIssue('emg.only_annotations', ['signals'], { byte: 256 })]);
  }
  const scanned = await scanAnnotations(bytes, h, records);
  if (!scanned.ok) {
    return scanned;
  }
  const data = dataIndex.map((i) => h.signals[i]).filter((s) => s !== undefined);
  const warnings: EmgWarning[] = [];
  const n = h.signals.length;
  dataIndex.forEach((i, channel) => {
    const s = h.signals[i];
    if (s === undefined) {
      return;
    }
    if (s.microvoltsPerUnit === null) {
      warnings.push({
        code: 'emg.unit_assumed',
        path: ['signals', i, 'physicalDimension'],
        params: { byte: 256 + 96 * n + 8 * i, label: s.label, dimension: s.dimension, channel },
      });
    }
    if (rangeImplausible(s)) {
      warnings.push({
        code: 'emg.channel_range_implausible',
        path: ['signals', i, 'physicalMaximum'],
        params: {
          byte: 256 + 112 * n + 8 * i,
          label: s.label,
          physicalMin: s.physicalMin,
          physicalMax: s.physicalMax,
          unit: s.dimension === '' ? 'µV (assumed)' : s.dimension,
          max: MAX_MICROVOLTS,
        },
      });
    }
  });
  const perBlock = Math.max(
    1,
    Math.min(
      Math.round((options.blockS ?? 2) / h.recordDurationS),
      Math.floor(MAX_BLOCK_BYTES / h.recordBytes),
    ),
  );
  // blocks are decoded into these, so a stream allocates nothing per block (a block is valid until the next call)
  const decoded = data.map((s) => new Float64Array(perBlock * s.samplesPerRecord));
  const seekable = h.variant !== 'edf+d' && h.variant !== 'bdf+d';
  let next =
    seekable && options.startS !== undefined
      ? Math.min(records, Math.max(0, Math.floor(options.startS / h.recordDurationS)))
      : 0;
  let open = true;
  return ok({
    header: h,
    info: {
      format: h.variant,
      labels: data.map((s) => s.label),
      rates: data.map((s) => s.samplesPerRecord / h.recordDurationS),
      implausible: data.map(rangeImplausible),
      durationS: records * h.recordDurationS,
      annotations: scanned.value,
      warnings,
    },
    next: async (): Promise<Result<Block | null>> => {
      if (next >= records) {
        return ok(null);
      }
      const count = Math.min(perBlock, records - next);
      const at = h.headerBytes + next * h.recordBytes;
      const chunk = await bytes.read(at, count * h.recordBytes);
      const d = decodeRecords(h, chunk, next, count, decoded);
      if (!d.ok) {
        return fail(d.issues.map((i) => shiftByte(i, at)));
      }
      const starts = d.value.recordStartsS;
      const block: Block = {
        startS: starts[0] ?? next * h.recordDurationS,
        channels: d.value.signals,
      };
      // EDF+D: records inside one block must be contiguous, else the block ends at the gap
      const gapAt = starts.findIndex(
        (s, i) => i > 0 && Math.abs(s - (starts[i - 1] ?? 0) - h.recordDurationS) > 1e-6,
      );
      if (gapAt > 0) {
        next += gapAt;
        return ok({
          startS: block.startS,
          channels: block.channels.map((x, i) =>
            x.subarray(0, gapAt * (data[i]?.samplesPerRecord ?? 0)),
          ),
        });
      }
      next += count;
      return ok(block);
    },
    close: async () => {
      if (open) {
        open = false;
        await bytes.close();
      }
    },
  });
}

function shiftByte<T extends { readonly params?: Readonly<Record<string, string | number>> }>(
  issue: T,
  by: number,
): T {
  const b = issue.params?.byte;
  return typeof b === 'number' ? { ...issue, params: { ...issue.params, byte: b + by } } : issue;
}

/**
 * Reads the annotation signal of every record (one small read each, a few dozen at a time), for phases
 * known up front and to check the time-keeping before any analysis begins.
 */
async function scanAnnotations(
  bytes: ByteSource,
  h: EdfHeader,
  records: number,
): Promise<Result<Annotation[]>> {
  const idx = h.signals.findIndex((s) => s.annotations);
  if (idx < 0) {
    return ok([]);
  }
  const before = h.signals
    .slice(0, idx)
    .reduce((s, sig) => s + sig.samplesPerRecord * h.bytesPerSample, 0);
  const len = (h.signals[idx]?.samplesPerRecord ?? 0) * h.bytesPerSample;
  const out: Annotation[] = [];
  let first: number | null = null;
  let previous: number | null = null;
  for (let r0 = 0; r0 < records; r0 += PARALLEL_READS) {
    const batch = Array.from({ length: Math.min(PARALLEL_READS, records - r0) }, (_, k) => {
      const at = h.headerBytes + (r0 + k) * h.recordBytes + before;
      return bytes.read(at, len).then((b) => ({ at, b }));
    });
    const read = await Promise.all(batch);
    for (let k = 0; k < read.length; k++) {
      const item = read[k];
      if (item === undefined) {
        continue;
      }
      const tals = parseTals(item.b, item.at);
      if (!tals.ok) {
        return tals;
      }
      // the first TAL of a record's first annotation signal keeps its time (EDF+ §2.2.4)
      const keep = tals.value[0];
      const start = keep !== undefined && keep.text === '' ? keep.onsetS : null;
      const problem = timekeepingIssue(h, r0 + k, item.at, start, first, previous);
      if (problem !== null) {
        return fail([problem]);
      }
      first ??= start;
      previous = start;
      out.push(...tals.value.filter((a) => a.text !== ''));
      if (out.length > MAX_ANNOTATIONS) {
        return fail([
          emgIssue('emg.too_many_annotations', ['annotations'], {
            byte: item.at,
            max: MAX_ANNOTATIONS,
          }),
        ]);
      }
    }
  }
  return ok(out);
}

/** Reads the header and enough rows to know the sampling rate, then streams blocks of rows. */
export async function openCsvSource(
  bytes: ByteSource,
  options: SourceOptions = {},
): Promise<Result<RecordingSource>> {
  const CHUNK = 1 << 20;
  const decoder = new CsvDecoder(options.fs);
  const text = new TextDecoder('utf-8');
  let position = 0;
  let samples = 0;
  // an object, not a variable: `step` ends it from inside a closure
  const state = { done: false };
  let pending: Float64Array[] | null = null;
  const step = async (): Promise<Result<Float64Array[]>> => {
    const n = Math.min(CHUNK, bytes.size - position);
    const chunk = n > 0 ? await bytes.read(position, n) : new Uint8Array(0);
    position += chunk.length;
    if (chunk.length === 0) {
      state.done = true;
      const tail = text.decode();
      if (tail !== '') {
        const r = decoder.push(tail);
        if (!r.ok) {
          return r;
        }
      }
      return decoder.finish();
    }
    return decoder.push(text.decode(chunk, { stream: true }));
  };
  // read until the header and the rate are known, so the info is complete before the first block
  while (decoder.rate === null || decoder.labels.length === 0) {
    const r = await step();
    if (!r.ok) {
      await bytes.close();
      return r;
    }
    pending = r.value;
    if (state.done) {
      break;
    }
  }
  const rate = decoder.rate ?? 1;
  let open = true;
  return ok({
    info: {
      format: 'csv',
      labels: decoder.labels,
      rates: decoder.labels.map(() => rate),
      implausible: decoder.labels.map(() => false),
      durationS: null,
      annotations: [],
      warnings: [],
    },
    next: async (): Promise<Result<Block | null>> => {
      for (;;) {
        if (pending !== null && (pending[0]?.length ?? 0) > 0) {
          const block = { startS: samples / rate, channels: pending };
          samples += pending[0]?.length ?? 0;
          pending = null;
          return ok(block);
        }
        pending = null;
        if (state.done) {
          return ok(null);
        }
        const r = await step();
        if (!r.ok) {
          return r;
        }
        pending = r.value;
      }
    },
    close: async () => {
      if (open) {
        open = false;
        await bytes.close();
      }
    },
  });
}

/**
 * @module Data records: little-endian int16 (EDF) or int24 (BDF) samples scaled to physical units by the
 * header, and the EDF+ annotation signal's time-stamped annotation lists (TALs).
 */
import { fail, ok, type DomainIssue, type Result } from '../../shared/index.js';
import { emgIssue } from '../issues.js';
import type { EdfHeader } from './edf-header.js';

export interface Annotation {
  readonly onsetS: number;
  readonly durationS: number | null;
  readonly text: string;
}

export interface DecodedRecords {
  /** One array per data (non-annotation) signal, physical units. */
  readonly signals: Float64Array[];
  /** Start time of each record from its time-keeping TAL (EDF+), else from its position. */
  readonly recordStartsS: number[];
  readonly annotations: Annotation[];
}

interface Scale {
  readonly gain: number;
  readonly offset: number;
}

/** Digital values to µV: the header's physical range, times the µV in its unit (µV assumed when unknown). */
function scaleOf(s: EdfHeader['signals'][number]): Scale {
  const unit = s.microvoltsPerUnit ?? 1;
  const gain = ((s.physicalMax - s.physicalMin) / (s.digitalMax - s.digitalMin)) * unit;
  return { gain, offset: s.physicalMin * unit - s.digitalMin * gain };
}

/** The largest magnitude, µV, a sample of surface or needle EMG can have; beyond it a range is not an EMG's. */
export const MAX_MICROVOLTS = 1e7;

/** Whether a signal's physical range, in µV, goes beyond what any EMG measures (±10 V). */
export function rangeImplausible(s: EdfHeader['signals'][number]): boolean {
  const unit = s.microvoltsPerUnit ?? 1;
  return Math.max(Math.abs(s.physicalMin), Math.abs(s.physicalMax)) * unit > MAX_MICROVOLTS;
}

/**
 * Checks the time-keeping annotation of record `record` (absolute file offset `byte`): in EDF+C every
 * record starts one record duration after the one before; in EDF+D records may leave gaps but never go
 * back in time or overlap. Plain EDF and BDF have no time-keeping. Null when all is well.
 */
export function timekeepingIssue(
  h: EdfHeader,
  record: number,
  byte: number,
  startS: number | null,
  firstStartS: number | null,
  previousStartS: number | null,
): DomainIssue | null {
  if (h.variant === 'edf' || h.variant === 'bdf') {
    return null;
  }
  if (startS === null) {
    return emgIssue('emg.timekeeping_missing', ['records', record, 'timekeeping'], {
      byte,
      record: record + 1,
    });
  }
  const tolerance = 1e-6 * Math.max(1, Math.abs(startS));
  if (h.variant === 'edf+c' || h.variant === 'bdf+c') {
    const expected = (firstStartS ?? startS) + record * h.recordDurationS;
    if (Math.abs(startS - expected) > tolerance) {
      return emgIssue('emg.timekeeping_broken', ['records', record, 'timekeeping'], {
        byte,
        record: record + 1,
        expectedS: expected,
        foundS: startS,
      });
    }
    return null;
  }
  if (previousStartS !== null && startS < previousStartS + h.recordDurationS - tolerance) {
    return emgIssue('emg.records_out_of_order', ['records', record, 'timekeeping'], {
      byte,
      record: record + 1,
      previousS: previousStartS,
      foundS: startS,
      durationS: h.recordDurationS,
    });
  }
  return null;
}

/**
 * Decodes `count` whole records starting at record number `firstRecord` from `bytes`. With `into` (one
 * array per data signal, each at least `count` records long), the samples are written there and the
 * signals returned are views of it: a stream reuses one set of arrays for every block.
 */
export function decodeRecords(
  h: EdfHeader,
  bytes: Uint8Array,
  firstRecord: number,
  count: number,
  into?: readonly Float64Array[],
): Result<DecodedRecords> {
  const data = h.signals.map((s, i) => ({ s, i })).filter((x) => !x.s.annotations);
  const scales = h.signals.map(scaleOf);
  const signals = data.map(({ s }, k) => {
    const n = s.samplesPerRecord * count;
    const target = into?.[k];
    return target !== undefined && target.length >= n ? target.subarray(0, n) : new Float64Array(n);
  });
  const recordStartsS: number[] = [];
  const annotations: Annotation[] = [];
  const bps = h.bytesPerSample;
  for (let r = 0; r < count; r++) {
    let at = r * h.recordBytes;
    let timekeeping: number | null = null;
    let dataIndex = 0;
    for (let si = 0; si < h.signals.length; si++) {
      const s = h.signals[si];
      if (s === undefined) {
        continue;
      }
      const n = s.samplesPerRecord;
      if (s.annotations) {
        const tal = parseTals(bytes.subarray(at, at + n * bps), at);
        if (!tal.ok) {
          return tal;
        }
        for (const a of tal.value) {
          if (a.text === '' && timekeeping === null) {
            timekeeping = a.onsetS;
          } else if (a.text !== '') {
            annotations.push(a);
          }
        }
        at += n * bps;
        continue;
      }
      const out = signals[dataIndex];
      const { gain, offset } = scales[si] ?? { gain: 1, offset: 0 };
      dataIndex += 1;
      if (out === undefined) {
        at += n * bps;
        continue;
      }
      const base = r * n;
      if (bps === 2) {
        for (let k = 0; k < n; k++) {
          const lo = bytes[at] ?? 0;
          const hi = bytes[at + 1] ?? 0;
          out[base + k] = (((hi << 24) >> 16) | lo) * gain + offset;
          at += 2;
        }
      } else {
        for (let k = 0; k < n; k++) {
          const v =
            ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16)) << 8;
          out[base + k] = (v >> 8) * gain + offset;
          at += 3;
        }
      }
    }
    recordStartsS.push(timekeeping ?? (firstRecord + r) * h.recordDurationS);
  }
  return ok({ signals, recordStartsS, annotations });
}

/**
 * Parses one annotation signal's bytes: "+onset[\x15duration]\x14[text\x14]*\x00", zero padded. Offsets
 * in issues are `base` plus the position in `bytes` (give the file offset of `bytes`).
 */
export function parseTals(bytes: Uint8Array, base = 0): Result<Annotation[]> {
  const out: Annotation[] = [];
  const decoder = new TextDecoder('utf-8');
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i] === 0) {
      i += 1;
      continue;
    }
    const start = i;
    let end = i;
    while (end < bytes.length && bytes[end] !== 0) {
      end += 1;
    }
    const tal = bytes.subarray(start, end);
    const sep = tal.indexOf(0x14);
    const where = ['annotations'];
    if (sep < 0) {
      return fail([emgIssue('emg.annotation_no_separator', where, { byte: base + start })]);
    }
    const head = decoder.decode(tal.subarray(0, sep));
    const [onsetText = '', durationText] = head.split('\x15');
    if (!/^[+-]\d+(\.\d+)?$/.test(onsetText)) {
      return fail([
        emgIssue('emg.annotation_bad_onset', where, { byte: base + start, value: onsetText }),
      ]);
    }
    const onsetS = Number(onsetText);
    const durationS =
      durationText === undefined || durationText === '' ? null : Number(durationText);
    if (durationS !== null && !(Number.isFinite(durationS) && durationS >= 0)) {
      return fail([
        emgIssue('emg.annotation_bad_duration', where, {
          byte: base + start,
          value: durationText ?? '',
        }),
      ]);
    }
    const texts = decoder.decode(tal.subarray(sep + 1)).split('\x14');
    // a TAL ends with 0x14, so the last split part is empty; an empty list is the time-keeping TAL
    const annotated = texts.slice(0, -1);
    if (annotated.length === 0 || annotated.every((t) => t === '')) {
      out.push({ onsetS, durationS, text: '' });
    } else {
      for (const text of annotated) {
        if (text !== '') {
          out.push({ onsetS, durationS, text });
        }
      }
    }
    i = end;
  }
  return ok(out);
}

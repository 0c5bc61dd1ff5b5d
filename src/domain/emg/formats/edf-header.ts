/**
 * @module EDF, EDF+ and BDF headers (emg.md §3.1): 256 fixed bytes, then 256 per signal stored field by
 * field; every field ASCII and space-padded. Parsing never throws: a bad header comes back as an issue
 * whose path names the field (`['signals', 1, 'physicalMinimum']`) and whose params hold its byte offset.
 */
import { fail, ok, type Result } from '../../shared/index.js';
import { emgIssue } from '../issues.js';

export type EdfVariant = 'edf' | 'edf+c' | 'edf+d' | 'bdf' | 'bdf+c' | 'bdf+d';

export interface EdfSignal {
  readonly label: string;
  readonly transducer: string;
  readonly dimension: string;
  readonly physicalMin: number;
  readonly physicalMax: number;
  readonly digitalMin: number;
  readonly digitalMax: number;
  readonly prefiltering: string;
  readonly samplesPerRecord: number;
  /** True for the "EDF Annotations" / "BDF Annotations" signal. */
  readonly annotations: boolean;
  /** µV per physical unit, from the dimension; null when the unit is not a voltage we know (then µV is assumed). */
  readonly microvoltsPerUnit: number | null;
}

export interface EdfHeader {
  readonly variant: EdfVariant;
  readonly bytesPerSample: 2 | 3;
  readonly patient: string;
  readonly recording: string;
  readonly startDate: string;
  readonly startTime: string;
  readonly headerBytes: number;
  /** −1 when unknown (a recording still being written). */
  readonly numRecords: number;
  readonly recordDurationS: number;
  readonly signals: readonly EdfSignal[];
  /** Bytes of one data record. */
  readonly recordBytes: number;
}

/** Surface EMG is sampled at 1–10 kHz, needle EMG up to ~50 kHz; far above that, the header is wrong. */
export const MAX_RATE_HZ = 200_000;
/** A data record larger than this is no recording's (16 channels of 2 kHz in 1 s records take 64 kB). */
export const MAX_RECORD_BYTES = 64 * 2 ** 20;

const ascii = (bytes: Uint8Array, from: number, len: number): string => {
  let s = '';
  for (let i = from; i < from + len && i < bytes.length; i++) {
    s += String.fromCharCode(bytes[i] ?? 32);
  }
  return s;
};

/** The µV in one unit of an EDF physical dimension, or null for a unit that is not a voltage we know. */
export function microvoltsPerUnit(dimension: string): number | null {
  const d = dimension.trim();
  if (/^(u|µ|μ)v$/i.test(d)) {
    return 1;
  }
  if (/^mv$/i.test(d)) {
    return 1000;
  }
  if (/^v$/i.test(d)) {
    return 1e6;
  }
  if (/^nv$/i.test(d)) {
    return 1e-3;
  }
  return null;
}

/** Strict number: the whole trimmed field must be a decimal number, and a finite one. */
function num(
  bytes: Uint8Array,
  at: number,
  len: number,
  path: readonly (string | number)[],
  integer: boolean,
  label?: string,
): Result<number> {
  const raw = ascii(bytes, at, len).trim();
  const pattern = integer ? /^[+-]?\d+$/ : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
  const where = { byte: at, ...(label === undefined ? {} : { label }) };
  if (!pattern.test(raw)) {
    return fail([
      emgIssue('emg.not_a_number', path, {
        ...where,
        value: raw,
        expected: integer ? 'integer' : 'number',
      }),
    ]);
  }
  const value = Number(raw);
  if (!Number.isFinite(value) || (integer && !Number.isSafeInteger(value))) {
    return fail([emgIssue('emg.number_overflow', path, { ...where, value: raw })]);
  }
  return ok(value);
}

/** Parses the fixed part and the signal part. `bytes` must hold at least the whole header. */
export function parseEdfHeader(bytes: Uint8Array): Result<EdfHeader> {
  if (bytes.length < 256) {
    return fail([
      emgIssue('emg.truncated_header', ['header'], {
        byte: bytes.length,
        have: bytes.length,
        need: 256,
      }),
    ]);
  }
  let variantBase: 'edf' | 'bdf';
  if (bytes[0] === 0xff && ascii(bytes, 1, 7) === 'BIOSEMI') {
    variantBase = 'bdf';
  } else if (ascii(bytes, 0, 8) === '0       ') {
    variantBase = 'edf';
  } else {
    return fail([
      emgIssue('emg.bad_version', ['header', 'version'], { byte: 0, value: ascii(bytes, 0, 8) }),
    ]);
  }
  const headerBytes = num(bytes, 184, 8, ['header', 'numberOfHeaderBytes'], true);
  if (!headerBytes.ok) {
    return headerBytes;
  }
  const numRecords = num(bytes, 236, 8, ['header', 'numberOfDataRecords'], true);
  if (!numRecords.ok) {
    return numRecords;
  }
  if (numRecords.value < -1) {
    return fail([
      emgIssue('emg.record_count_negative', ['header', 'numberOfDataRecords'], {
        byte: 236,
        value: numRecords.value,
      }),
    ]);
  }
  const duration = num(bytes, 244, 8, ['header', 'durationOfDataRecord'], false);
  if (!duration.ok) {
    return duration;
  }
  if (!(duration.value > 0)) {
    return fail([
      emgIssue('emg.record_duration_not_positive', ['header', 'durationOfDataRecord'], {
        byte: 244,
        value: duration.value,
      }),
    ]);
  }
  const ns = num(bytes, 252, 4, ['header', 'numberOfSignals'], true);
  if (!ns.ok) {
    return ns;
  }
  if (ns.value < 1 || ns.value > 4096) {
    return fail([
      emgIssue('emg.signal_count_out_of_range', ['header', 'numberOfSignals'], {
        byte: 252,
        value: ns.value,
        min: 1,
        max: 4096,
      }),
    ]);
  }
  const n = ns.value;
  if (headerBytes.value !== 256 * (n + 1)) {
    return fail([
      emgIssue('emg.header_size', ['header', 'numberOfHeaderBytes'], {
        byte: 184,
        value: headerBytes.value,
        expected: 256 * (n + 1),
      }),
    ]);
  }
  if (bytes.length < headerBytes.value) {
    return fail([
      emgIssue('emg.truncated_header', ['signals'], {
        byte: bytes.length,
        have: bytes.length,
        need: headerBytes.value,
      }),
    ]);
  }
  const reserved = ascii(bytes, 192, 44).trim();
  let variant: EdfVariant = variantBase;
  if (reserved.startsWith('EDF+C') || reserved.startsWith('BDF+C')) {
    variant = variantBase === 'edf' ? 'edf+c' : 'bdf+c';
  } else if (reserved.startsWith('EDF+D') || reserved.startsWith('BDF+D')) {
    variant = variantBase === 'edf' ? 'edf+d' : 'bdf+d';
  }
  const bytesPerSample: 2 | 3 = variantBase === 'bdf' ? 3 : 2;
  const field = (offset: number, size: number, i: number): number => 256 + offset * n + size * i;
  const signals: EdfSignal[] = [];
  for (let i = 0; i < n; i++) {
    const label = ascii(bytes, field(0, 16, i), 16).trim();
    const numbers: number[] = [];
    for (const [offset, name, integer] of [
      [104, 'physicalMinimum', false],
      [112, 'physicalMaximum', false],
      [120, 'digitalMinimum', true],
      [128, 'digitalMaximum', true],
    ] as const) {
      const v = num(bytes, field(offset, 8, i), 8, ['signals', i, name], integer, label);
      if (!v.ok) {
        return v;
      }
      numbers.push(v.value);
    }
    const sprPath = ['signals', i, 'samplesPerRecord'];
    const spr = num(bytes, field(216, 8, i), 8, sprPath, true, label);
    if (!spr.ok) {
      return spr;
    }
    const [physicalMin = 0, physicalMax = 0, digitalMin = 0, digitalMax = 0] = numbers;
    const annotations = label === 'EDF Annotations' || label === 'BDF Annotations';
    if (spr.value < 1) {
      return fail([
        emgIssue('emg.samples_per_record_not_positive', sprPath, {
          byte: field(216, 8, i),
          label,
          value: spr.value,
        }),
      ]);
    }
    const rate = spr.value / duration.value;
    if (!annotations && rate > MAX_RATE_HZ) {
      return fail([
        emgIssue('emg.rate_too_high', ['header', 'durationOfDataRecord'], {
          byte: 244,
          label,
          samplesPerRecord: spr.value,
          durationS: duration.value,
          rateHz: rate,
          max: MAX_RATE_HZ,
        }),
      ]);
    }
    if (!annotations && (digitalMax <= digitalMin || physicalMax === physicalMin)) {
      return fail([
        emgIssue('emg.empty_range', ['signals', i, 'digitalMinimum'], {
          byte: field(120, 8, i),
          label,
          digitalMin,
          digitalMax,
          physicalMin,
          physicalMax,
        }),
      ]);
    }
    const limit = bytesPerSample === 2 ? 32768 : 8388608;
    if (!annotations && (digitalMin < -limit || digitalMax > limit - 1)) {
      return fail([
        emgIssue('emg.digital_range_too_wide', ['signals', i, 'digitalMinimum'], {
          byte: field(120, 8, i),
          label,
          digitalMin,
          digitalMax,
          bits: 8 * bytesPerSample,
        }),
      ]);
    }
    const dimension = ascii(bytes, field(96, 8, i), 8).trim();
    signals.push({
      label,
      transducer: ascii(bytes, field(16, 80, i), 80).trim(),
      dimension,
      physicalMin,
      physicalMax,
      digitalMin,
      digitalMax,
      prefiltering: ascii(bytes, field(136, 80, i), 80).trim(),
      samplesPerRecord: spr.value,
      annotations,
      microvoltsPerUnit: microvoltsPerUnit(dimension),
    });
  }
  const recordBytes = signals.reduce((s, sig) => s + sig.samplesPerRecord * bytesPerSample, 0);
  if (recordBytes > MAX_RECORD_BYTES) {
    return fail([
      emgIssue('emg.record_too_large', ['signals'], {
        byte: 256 + 216 * n,
        value: recordBytes,
        max: MAX_RECORD_BYTES,
      }),
    ]);
  }
  return ok({
    variant,
    bytesPerSample,
    patient: ascii(bytes, 8, 80).trim(),
    recording: ascii(bytes, 88, 80).trim(),
    startDate: ascii(bytes, 168, 8).trim(),
    startTime: ascii(bytes, 176, 8).trim(),
    headerBytes: headerBytes.value,
    numRecords: numRecords.value,
    recordDurationS: duration.value,
    signals,
    recordBytes,
  });
}

export interface RecordPlan {
  /** Records that are complete in the file. */
  readonly records: number;
  /** Bytes after the last complete record. */
  readonly leftover: number;
}

/**
 * Checks the data size against the header. A size that disagrees with the declared record count is an
 * error; a partial last record is an error unless `allowTruncated`, which then reads the complete ones.
 * A file with no complete record has nothing to analyse.
 */
export function planRecords(
  h: EdfHeader,
  fileBytes: number,
  allowTruncated: boolean,
): Result<RecordPlan> {
  const data = fileBytes - h.headerBytes;
  const complete = Math.floor(data / h.recordBytes);
  const leftover = data - complete * h.recordBytes;
  if (h.numRecords >= 0 && complete > h.numRecords) {
    return fail([
      emgIssue('emg.record_size_mismatch', ['header', 'numberOfDataRecords'], {
        byte: 236,
        declared: h.numRecords,
        recordBytes: h.recordBytes,
        dataBytes: data,
        complete,
      }),
    ]);
  }
  const declaredShort = h.numRecords >= 0 && complete < h.numRecords;
  if ((leftover !== 0 || declaredShort) && !allowTruncated) {
    return fail([
      emgIssue('emg.truncated_record', ['records', complete], {
        byte: h.headerBytes + complete * h.recordBytes,
        complete,
        recordBytes: h.recordBytes,
        expected: h.numRecords >= 0 ? h.numRecords : complete + 1,
        leftover,
      }),
    ]);
  }
  if (complete === 0) {
    return fail([
      emgIssue('emg.no_records', ['header', 'numberOfDataRecords'], {
        byte: 236,
        declared: h.numRecords,
        dataBytes: Math.max(0, data),
      }),
    ]);
  }
  return ok({ records: complete, leftover });
}

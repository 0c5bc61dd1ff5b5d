/**
 * @module EDF, EDF+ and BDF headers (emg.md §3.1): 256 fixed bytes, then 256 per signal stored field by
 * field; every field ASCII and space-padded. Parsing never throws: a bad header comes back as an error
 * that names the field and its byte offset.
 */

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

export interface FormatError {
  readonly code:
    | 'emg.bad_version'
    | 'emg.not_a_number'
    | 'emg.bad_value'
    | 'emg.header_size'
    | 'emg.truncated_header'
    | 'emg.record_size_mismatch'
    | 'emg.truncated_record'
    | 'emg.bad_annotation'
    | 'emg.csv_bad_value'
    | 'emg.csv_columns'
    | 'emg.csv_time'
    | 'emg.csv_no_rate'
    | 'emg.no_signals'
    | 'emg.rate_too_low';
  /** The header field or the part of the file at fault. */
  readonly field: string;
  /** Byte offset in the file, or line number for CSV. */
  readonly at: number;
  readonly detail: string;
}

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: FormatError };

const ascii = (bytes: Uint8Array, from: number, len: number): string => {
  let s = '';
  for (let i = from; i < from + len && i < bytes.length; i++) {
    s += String.fromCharCode(bytes[i] ?? 32);
  }
  return s;
};

/** A format error as a failed result. */
export function fail(
  code: FormatError['code'],
  field: string,
  at: number,
  detail: string,
): { ok: false; error: FormatError } {
  return { ok: false, error: { code, field, at, detail } };
}

/** Strict number: the whole trimmed field must be a decimal number. */
function num(
  bytes: Uint8Array,
  at: number,
  len: number,
  field: string,
  integer: boolean,
): Parsed<number> {
  const raw = ascii(bytes, at, len).trim();
  const pattern = integer ? /^[+-]?\d+$/ : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
  if (!pattern.test(raw)) {
    return fail(
      'emg.not_a_number',
      field,
      at,
      `"${raw}" is not ${integer ? 'an integer' : 'a number'}`,
    );
  }
  return { ok: true, value: Number(raw) };
}

/** Parses the fixed part and the signal part. `bytes` must hold at least the whole header. */
export function parseEdfHeader(bytes: Uint8Array): Parsed<EdfHeader> {
  if (bytes.length < 256) {
    return fail(
      'emg.truncated_header',
      'fixed header',
      bytes.length,
      `the file has ${bytes.length} bytes; an EDF header has at least 256`,
    );
  }
  let variantBase: 'edf' | 'bdf';
  if (bytes[0] === 0xff && ascii(bytes, 1, 7) === 'BIOSEMI') {
    variantBase = 'bdf';
  } else if (ascii(bytes, 0, 8) === '0       ') {
    variantBase = 'edf';
  } else {
    return fail(
      'emg.bad_version',
      'version',
      0,
      `expected "0" (EDF) or 0xFF "BIOSEMI" (BDF), found "${ascii(bytes, 0, 8).replace(/[^\x20-\x7e]/g, '?')}"`,
    );
  }
  const headerBytes = num(bytes, 184, 8, 'number of header bytes', true);
  if (!headerBytes.ok) {
    return headerBytes;
  }
  const numRecords = num(bytes, 236, 8, 'number of data records', true);
  if (!numRecords.ok) {
    return numRecords;
  }
  if (numRecords.value < -1) {
    return fail('emg.bad_value', 'number of data records', 236, `${numRecords.value} is negative`);
  }
  const duration = num(bytes, 244, 8, 'duration of a data record', false);
  if (!duration.ok) {
    return duration;
  }
  if (!(duration.value > 0) || !Number.isFinite(duration.value)) {
    return fail(
      'emg.bad_value',
      'duration of a data record',
      244,
      `${duration.value} s: signal files need records longer than 0 s`,
    );
  }
  const ns = num(bytes, 252, 4, 'number of signals', true);
  if (!ns.ok) {
    return ns;
  }
  if (ns.value < 1 || ns.value > 4096) {
    return fail('emg.bad_value', 'number of signals', 252, `${ns.value} is not between 1 and 4096`);
  }
  const n = ns.value;
  if (headerBytes.value !== 256 * (n + 1)) {
    return fail(
      'emg.header_size',
      'number of header bytes',
      184,
      `${headerBytes.value} does not equal 256 × (number of signals + 1) = ${256 * (n + 1)}`,
    );
  }
  if (bytes.length < headerBytes.value) {
    return fail(
      'emg.truncated_header',
      'signal header',
      bytes.length,
      `the header needs ${headerBytes.value} bytes, the file has ${bytes.length}`,
    );
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
      [104, 'physical minimum', false],
      [112, 'physical maximum', false],
      [120, 'digital minimum', true],
      [128, 'digital maximum', true],
    ] as const) {
      const v = num(
        bytes,
        field(offset, 8, i),
        8,
        `${name} of signal ${i + 1} (${label})`,
        integer,
      );
      if (!v.ok) {
        return v;
      }
      numbers.push(v.value);
    }
    const spr = num(
      bytes,
      field(216, 8, i),
      8,
      `samples per record of signal ${i + 1} (${label})`,
      true,
    );
    if (!spr.ok) {
      return spr;
    }
    const [physicalMin = 0, physicalMax = 0, digitalMin = 0, digitalMax = 0] = numbers;
    const annotations = label === 'EDF Annotations' || label === 'BDF Annotations';
    if (spr.value < 1) {
      return fail(
        'emg.bad_value',
        `samples per record of signal ${i + 1} (${label})`,
        field(216, 8, i),
        `${spr.value} is not at least 1`,
      );
    }
    if (!annotations && (digitalMax <= digitalMin || physicalMax === physicalMin)) {
      return fail(
        'emg.bad_value',
        `digital/physical range of signal ${i + 1} (${label})`,
        field(120, 8, i),
        `digital ${digitalMin}…${digitalMax}, physical ${physicalMin}…${physicalMax}: the ranges must not be empty`,
      );
    }
    const limit = bytesPerSample === 2 ? 32768 : 8388608;
    if (!annotations && (digitalMin < -limit || digitalMax > limit - 1)) {
      return fail(
        'emg.bad_value',
        `digital range of signal ${i + 1} (${label})`,
        field(120, 8, i),
        `${digitalMin}…${digitalMax} does not fit ${8 * bytesPerSample}-bit samples`,
      );
    }
    signals.push({
      label,
      transducer: ascii(bytes, field(16, 80, i), 80).trim(),
      dimension: ascii(bytes, field(96, 8, i), 8).trim(),
      physicalMin,
      physicalMax,
      digitalMin,
      digitalMax,
      prefiltering: ascii(bytes, field(136, 80, i), 80).trim(),
      samplesPerRecord: spr.value,
      annotations,
    });
  }
  const recordBytes = signals.reduce((s, sig) => s + sig.samplesPerRecord * bytesPerSample, 0);
  return {
    ok: true,
    value: {
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
    },
  };
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
 */
export function planRecords(
  h: EdfHeader,
  fileBytes: number,
  allowTruncated: boolean,
): Parsed<RecordPlan> {
  const data = fileBytes - h.headerBytes;
  const complete = Math.floor(data / h.recordBytes);
  const leftover = data - complete * h.recordBytes;
  if (h.numRecords >= 0 && complete > h.numRecords) {
    return fail(
      'emg.record_size_mismatch',
      'number of data records',
      236,
      `the header declares ${h.numRecords} records of ${h.recordBytes} bytes but the data holds ${data} bytes (${complete} records)`,
    );
  }
  const declaredShort = h.numRecords >= 0 && complete < h.numRecords;
  if (leftover !== 0 || declaredShort) {
    const expected = h.numRecords >= 0 ? h.numRecords : complete + 1;
    if (!allowTruncated) {
      return fail(
        'emg.truncated_record',
        'data records',
        h.headerBytes + complete * h.recordBytes,
        `${complete} complete records of ${h.recordBytes} bytes could be read, the header expects ${expected}; ${leftover} bytes of a partial record remain (read the complete ones with --allow-truncated)`,
      );
    }
  }
  return { ok: true, value: { records: complete, leftover } };
}

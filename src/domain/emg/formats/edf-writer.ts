/** @module Writes EDF, EDF+, BDF and BDF+ (continuous, with annotations): the header, then record by record. */
import type { Annotation } from './edf-data.js';

export interface WriteSignal {
  readonly label: string;
  readonly dimension: string;
  readonly physicalMin: number;
  readonly physicalMax: number;
  readonly samplesPerRecord: number;
  readonly prefiltering?: string;
  readonly transducer?: string;
}

export interface WriteSpec {
  readonly format: 'edf' | 'bdf';
  /** EDF+C / BDF+C with an annotation signal. */
  readonly plus: boolean;
  readonly patient: string;
  readonly recording: string;
  /** dd.mm.yy and hh.mm.ss */
  readonly startDate: string;
  readonly startTime: string;
  readonly recordDurationS: number;
  readonly numRecords: number;
  readonly signals: readonly WriteSignal[];
  /** Bytes reserved per record for annotations (EDF+ only). */
  readonly annotationBytes?: number;
}

const pad = (s: string, n: number): string =>
  s.length > n ? s.slice(0, n) : s + ' '.repeat(n - s.length);

/** Plain decimal text with no trailing zeros after the point ("3276.70" → "3276.7", "2." → "2"). */
function trimDecimal(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/**
 * The text a header number is written as, and the value every reader will parse back from it: the
 * shortest plain decimal that is exactly `x`, or else the most precise one that fits `width` characters.
 * Readers such as EDFlib parse no exponent, so none is written. Scaling must use `value`, never `x`:
 * a physical maximum of 3276.7000000000003 is written "3276.7", and samples scaled with the longer
 * number would be off by a constant for every other reader. `null` when not even the integer part fits.
 */
export function headerNumber(x: number, width: number): { text: string; value: number } | null {
  if (!Number.isFinite(x)) {
    return null;
  }
  let best: string | null = null;
  // toFixed works up to 100 decimals; a field of `width` characters holds fewer
  for (let decimals = 0; decimals <= width; decimals++) {
    const text = trimDecimal(x.toFixed(decimals));
    if (text.length > width || /e/i.test(text)) {
      break;
    }
    best = text;
    if (Number(text) === x) {
      break;
    }
  }
  return best === null ? null : { text: best, value: Number(best) };
}

/** A header number padded to its field; a value that cannot be written is a bug in the caller. */
function field(x: number, width: number, name: string): string {
  const n = headerNumber(x, width);
  if (n === null) {
    throw new RangeError(`${name}: ${x} cannot be written in ${width} characters`);
  }
  return pad(n.text, width);
}

/** The physical range as written in the header, which is what every reader scales with. */
function writtenRange(sig: WriteSignal): { min: number; max: number } {
  const min = headerNumber(sig.physicalMin, 8)?.value ?? NaN;
  const max = headerNumber(sig.physicalMax, 8)?.value ?? NaN;
  if (!(max > min)) {
    throw new RangeError(
      `${sig.label}: physical range ${sig.physicalMin}…${sig.physicalMax} is written as ${min}…${max}, which is empty`,
    );
  }
  return { min, max };
}

interface Layout {
  readonly digitalMin: number;
  readonly digitalMax: number;
  /** The annotation signal's digital range, as EDFlib writes it: the full sample range of the format. */
  readonly annotationMin: number;
  readonly annotationMax: number;
  readonly annotationSamples: number;
  readonly bytesPerSample: number;
}

function layout(spec: WriteSpec): Layout {
  const bytesPerSample = spec.format === 'bdf' ? 3 : 2;
  return {
    bytesPerSample,
    digitalMin: spec.format === 'bdf' ? -8388608 : -32768,
    digitalMax: spec.format === 'bdf' ? 8388607 : 32767,
    annotationMin: spec.format === 'bdf' ? -8388608 : -32768,
    annotationMax: spec.format === 'bdf' ? 8388607 : 32767,
    annotationSamples: spec.plus ? Math.ceil((spec.annotationBytes ?? 120) / bytesPerSample) : 0,
  };
}

/** The header bytes. Every number is written so that the value read back is the value the records use. */
export function encodeHeader(spec: WriteSpec): Uint8Array {
  const L = layout(spec);
  spec.signals.forEach(writtenRange);
  const all = [
    ...spec.signals.map((s) => ({ ...s, annotations: false })),
    ...(spec.plus ? [annotationSignal(spec, L)] : []),
  ];
  const ns = all.length;
  const text =
    (spec.format === 'bdf' ? ' BIOSEMI' : pad('0', 8)) +
    pad(spec.patient, 80) +
    pad(spec.recording, 80) +
    pad(spec.startDate, 8) +
    pad(spec.startTime, 8) +
    field(256 * (ns + 1), 8, 'number of header bytes') +
    pad(reservedField(spec), 44) +
    field(spec.numRecords, 8, 'number of data records') +
    field(spec.recordDurationS, 8, 'duration of a data record') +
    field(ns, 4, 'number of signals') +
    all.map((s) => pad(s.label, 16)).join('') +
    all.map((s) => pad(s.transducer ?? '', 80)).join('') +
    all.map((s) => pad(s.dimension, 8)).join('') +
    all.map((s) => field(s.physicalMin, 8, `physical minimum of ${s.label}`)).join('') +
    all.map((s) => field(s.physicalMax, 8, `physical maximum of ${s.label}`)).join('') +
    all
      .map((s) => field(s.annotations ? L.annotationMin : L.digitalMin, 8, 'digital minimum'))
      .join('') +
    all
      .map((s) => field(s.annotations ? L.annotationMax : L.digitalMax, 8, 'digital maximum'))
      .join('') +
    all.map((s) => pad(s.prefiltering ?? '', 80)).join('') +
    all.map((s) => field(s.samplesPerRecord, 8, `samples per record of ${s.label}`)).join('') +
    all.map(() => pad('', 32)).join('');
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    bytes[i] = text.charCodeAt(i) & 0xff;
  }
  if (spec.format === 'bdf') {
    bytes[0] = 0xff;
  }
  return bytes;
}

/** The reserved field names the variant: EDF+C, BDF+C, or 24BIT for plain BDF. */
function reservedField(spec: WriteSpec): string {
  if (spec.plus) {
    return spec.format === 'bdf' ? 'BDF+C' : 'EDF+C';
  }
  return spec.format === 'bdf' ? '24BIT' : '';
}

function annotationSignal(spec: WriteSpec, L: Layout): WriteSignal & { annotations: boolean } {
  return {
    label: spec.format === 'bdf' ? 'BDF Annotations' : 'EDF Annotations',
    dimension: '',
    physicalMin: -1,
    physicalMax: 1,
    samplesPerRecord: L.annotationSamples,
    annotations: true,
  };
}

/** Bytes of one record for the given signals (physical units; out-of-range values are clipped). */
export function encodeRecord(
  spec: WriteSpec,
  recordIndex: number,
  data: readonly Float64Array[],
  annotations: readonly Annotation[] = [],
): Uint8Array {
  const L = layout(spec);
  const dataBytes = spec.signals.reduce((s, sig) => s + sig.samplesPerRecord * L.bytesPerSample, 0);
  const out = new Uint8Array(dataBytes + L.annotationSamples * L.bytesPerSample);
  let at = 0;
  spec.signals.forEach((sig, i) => {
    const x = data[i] ?? new Float64Array(sig.samplesPerRecord);
    const range = writtenRange(sig);
    const gain = (L.digitalMax - L.digitalMin) / (range.max - range.min);
    for (let k = 0; k < sig.samplesPerRecord; k++) {
      let d = Math.round(((x[k] ?? 0) - range.min) * gain + L.digitalMin);
      d = Math.min(L.digitalMax, Math.max(L.digitalMin, d));
      out[at] = d & 0xff;
      out[at + 1] = (d >> 8) & 0xff;
      if (L.bytesPerSample === 3) {
        out[at + 2] = (d >> 16) & 0xff;
      }
      at += L.bytesPerSample;
    }
  });
  if (spec.plus) {
    const start = recordIndex * spec.recordDurationS;
    let tal = `+${formatSeconds(start)}\x14\x14\x00`;
    for (const a of annotations) {
      tal += `+${formatSeconds(a.onsetS)}${a.durationS === null ? '' : `\x15${formatSeconds(a.durationS)}`}\x14${a.text}\x14\x00`;
    }
    const enc = new TextEncoder().encode(tal);
    if (enc.length > L.annotationSamples * L.bytesPerSample) {
      throw new RangeError(
        `annotations of record ${recordIndex} need ${enc.length} bytes; ${L.annotationSamples * L.bytesPerSample} are reserved`,
      );
    }
    out.set(enc, at);
  }
  return out;
}

function formatSeconds(s: number): string {
  return Number.isInteger(s) ? String(s) : s.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
}

/** @module Writes EDF, EDF+ (continuous, with annotations) and BDF: the header, then record by record. */
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

/** A number in at most `n` characters, as EDF fields require. */
function field(x: number, n: number): string {
  let s = String(x);
  if (s.length > n) {
    s = x.toPrecision(Math.max(1, n - 6)).replace(/\.?0+e/, 'e');
    if (s.length > n) {
      s = x.toFixed(Math.max(0, n - String(Math.trunc(x)).length - 1)).slice(0, n);
    }
  }
  return pad(s, n);
}

interface Layout {
  readonly digitalMin: number;
  readonly digitalMax: number;
  readonly annotationSamples: number;
  readonly bytesPerSample: number;
}

function layout(spec: WriteSpec): Layout {
  const bytesPerSample = spec.format === 'bdf' ? 3 : 2;
  return {
    bytesPerSample,
    digitalMin: spec.format === 'bdf' ? -8388608 : -32768,
    digitalMax: spec.format === 'bdf' ? 8388607 : 32767,
    annotationSamples: spec.plus ? Math.ceil((spec.annotationBytes ?? 120) / bytesPerSample) : 0,
  };
}

export function encodeHeader(spec: WriteSpec): Uint8Array {
  const L = layout(spec);
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
    field(256 * (ns + 1), 8) +
    pad(reservedField(spec), 44) +
    field(spec.numRecords, 8) +
    field(spec.recordDurationS, 8) +
    field(ns, 4) +
    all.map((s) => pad(s.label, 16)).join('') +
    all.map((s) => pad(s.transducer ?? '', 80)).join('') +
    all.map((s) => pad(s.dimension, 8)).join('') +
    all.map((s) => field(s.physicalMin, 8)).join('') +
    all.map((s) => field(s.physicalMax, 8)).join('') +
    all.map((s) => field(s.annotations ? -32768 : L.digitalMin, 8)).join('') +
    all.map((s) => field(s.annotations ? 32767 : L.digitalMax, 8)).join('') +
    all.map((s) => pad(s.prefiltering ?? '', 80)).join('') +
    all.map((s) => field(s.samplesPerRecord, 8)).join('') +
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
    const gain = (L.digitalMax - L.digitalMin) / (sig.physicalMax - sig.physicalMin);
    for (let k = 0; k < sig.samplesPerRecord; k++) {
      let d = Math.round(((x[k] ?? 0) - sig.physicalMin) * gain + L.digitalMin);
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

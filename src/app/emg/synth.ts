/**
 * @module Use case: write a seeded synthetic recording (EDF/EDF+, BDF/BDF+ or CSV) to a byte sink, block
 * by block in bounded memory, and return its ground truth. Flexion–relaxation and rest/task phases go
 * into the file as EDF+/BDF+ annotations.
 */
import {
  encodeCsv,
  encodeHeader,
  encodeRecord,
  SynthSpec,
  SynthStream,
  type ParsedSynthSpec,
  type SynthTruth,
  type WriteSpec,
} from '../../domain/emg/index.js';
import { fail, fromZodIssues, ok, type Result } from '../../domain/shared/index.js';
import type { ByteSink } from './ports.js';

export const SYNTH_FORMATS = ['edf', 'bdf', 'csv'] as const;
export type SynthFormat = (typeof SYNTH_FORMATS)[number];

/** ±3276.8 µV at 0.1 µV per step in EDF (emg.md §5.4); BDF keeps the range with 24-bit resolution. */
const RANGE_UV = 3276.8;

/** Checks a synthetic recording's spec (parsed input, e.g. from options or a request body). */
export function parseSynthSpec(input: unknown): Result<ParsedSynthSpec> {
  const r = SynthSpec.safeParse(input, { reportInput: true });
  return r.success ? ok(r.data) : fail(fromZodIssues(r.error.issues));
}

export async function writeSynthetic(
  spec: SynthSpec,
  format: SynthFormat,
  sink: ByteSink,
  onProgress?: (fraction: number) => void,
): Promise<SynthTruth> {
  const stream = new SynthStream(spec);
  const fs = stream.fs;
  try {
    if (format === 'csv') {
      let at = 0;
      while (!stream.done) {
        const block = stream.next(Math.round(fs));
        await sink.write(
          new TextEncoder().encode(encodeCsv(stream.labels, fs, block, at, at === 0)),
        );
        at += block[0]?.length ?? 0;
        onProgress?.(at / stream.totalSamples);
      }
      return stream.truth;
    }
    const annotations = stream.annotations();
    const samplesPerRecord = Math.round(fs);
    const w: WriteSpec = {
      format,
      plus: annotations.length > 0,
      patient: 'X X X Synthetic',
      recording: 'Startdate 25-NOV-2026 X X tonus-emg-synth',
      startDate: '25.11.26',
      startTime: '00.00.00',
      recordDurationS: 1,
      numRecords: Math.ceil(stream.totalSamples / samplesPerRecord),
      signals: stream.labels.map((label) => ({
        label,
        dimension: 'uV',
        physicalMin: -RANGE_UV,
        // one step below the top in EDF, so 0 µV is a digital 0; written as 3276.7 (edf-writer.ts)
        physicalMax: RANGE_UV - (format === 'edf' ? 0.1 : 0),
        samplesPerRecord,
        prefiltering: 'None',
      })),
      annotationBytes: 200,
    };
    await sink.write(encodeHeader(w));
    let next = 0;
    for (let r = 0; r < w.numRecords; r++) {
      const block = stream.next(samplesPerRecord);
      // a short last record is padded with zeros, as EDF records have a fixed size
      const full = block.map((x) => {
        if (x.length === samplesPerRecord) {
          return x;
        }
        const y = new Float64Array(samplesPerRecord);
        y.set(x);
        return y;
      });
      const here = [];
      while (next < annotations.length && (annotations[next]?.onsetS ?? Infinity) < r + 1) {
        const a = annotations[next++];
        if (a !== undefined) {
          here.push(a);
        }
      }
      await sink.write(encodeRecord(w, r, full, here));
      onProgress?.((r + 1) / w.numRecords);
    }
    return stream.truth;
  } finally {
    await sink.close();
  }
}

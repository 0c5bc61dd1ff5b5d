/** @module Writes a synthetic recording to disk record by record (EDF, EDF+, BDF or CSV) with its ground truth. */
import { closeSync, openSync, writeSync } from 'node:fs';
import {
  encodeCsv,
  encodeHeader,
  encodeRecord,
  type SynthStream,
  type WriteSpec,
} from '../../domain/emg/index.js';

export type WriteFormat = 'edf' | 'bdf' | 'csv';

/** ±3276.8 µV at 0.1 µV per step in EDF (emg.md §5.4); BDF keeps the range with 24-bit resolution. */
const RANGE_UV = 3276.8;

export function writeRecording(
  path: string,
  format: WriteFormat,
  stream: SynthStream,
  onProgress?: (fraction: number) => void,
): void {
  const fd = openSync(path, 'w');
  try {
    const fs = stream.fs;
    if (format === 'csv') {
      let first = true;
      let at = 0;
      while (!stream.done) {
        const block = stream.next(Math.round(fs));
        writeSync(fd, encodeCsv(stream.labels, fs, block, at, first));
        first = false;
        at += block[0]?.length ?? 0;
        onProgress?.(at / stream.totalSamples);
      }
      return;
    }
    const annotations = stream.annotations();
    const samplesPerRecord = Math.round(fs);
    const spec: WriteSpec = {
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
        physicalMax: RANGE_UV - (format === 'edf' ? 0.1 : 0),
        samplesPerRecord,
        prefiltering: 'None',
      })),
      annotationBytes: 200,
    };
    writeSync(fd, encodeHeader(spec));
    for (let r = 0; r < spec.numRecords; r++) {
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
      const here = annotations
        .filter((a) => a.onsetS >= r && a.onsetS < r + 1)
        .map((a) => ({ ...a }));
      writeSync(fd, encodeRecord(spec, r, full, here));
      onProgress?.((r + 1) / spec.numRecords);
    }
  } finally {
    closeSync(fd);
  }
}

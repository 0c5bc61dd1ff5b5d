/**
 * @module Wires the EMG analysis of a stored file: the EDF/CSV readers from the EMG adapter and the use case
 * in `src/app/emg`, run in this process. Its JSON is a compact per-channel summary until the EMG analysis
 * view takes over.
 */
import { analyzeRecording, type ChannelReport } from '../app/emg/index.js';
import type { EmgAnalyzer } from '../app/emg-studies/index.js';
import { openRecording } from '../adapters/emg/open.js';
import type { DiskFileStore } from '../adapters/files/index.js';

const round = (x: number | null | undefined, d = 3): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10 ** d) / 10 ** d;

function channelSummary(c: ChannelReport): Record<string, unknown> {
  return {
    label: c.label,
    fs: c.fs,
    restRmsUv: round(c.restRmsUv),
    burstCount: c.bursts.length,
    activeFraction: round(c.activeFraction, 4),
    spasmCount: c.spasms.length,
    phasicSpasms: c.spasms.count((s) => s.kind === 'phasic'),
    sustainedSpasms: c.spasms.count((s) => s.kind === 'sustained'),
    heartRateBpm: round(c.ecg.bpm, 1),
    meanMnfHz: round(c.spectral.meanMnfHz, 2),
    meanMdfHz: round(c.spectral.meanMdfHz, 2),
  };
}

export function localEmgAnalyzer(files: DiskFileStore): EmgAnalyzer {
  return {
    analyze(file, onProgress) {
      try {
        const opened = openRecording(files.pathOf(file), { allowTruncated: false });
        if (!opened.ok) {
          return Promise.resolve({
            ok: false,
            error: `${opened.error.field}: ${opened.error.detail}`,
          });
        }
        const source = opened.value;
        const total = source.info.durationS;
        try {
          const r = analyzeRecording(
            source,
            { mode: 'streaming', notch: 'auto', onsetMethod: 'hodges_bui', trunk: true },
            (doneS) => {
              if (total !== null && total > 0) {
                onProgress(Math.min(1, doneS / total));
              }
            },
          );
          if (!r.ok) {
            return Promise.resolve({ ok: false, error: `${r.error.field}: ${r.error.detail}` });
          }
          return Promise.resolve({
            ok: true,
            value: {
              notice: 'decision_support_not_diagnosis',
              format: r.value.format,
              analysedFromS: r.value.analysedFromS,
              analysedToS: r.value.analysedToS,
              segments: r.value.segments,
              channels: r.value.channels.map(channelSummary),
              skipped: r.value.skipped,
            },
          });
        } finally {
          source.close();
        }
      } catch (e) {
        return Promise.resolve({
          ok: false,
          error: `cannot read the file (${e instanceof Error ? e.message : String(e)})`,
        });
      }
    },
  };
}

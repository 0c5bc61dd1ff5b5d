/**
 * @module Wires the EMG analysis of a stored file for the service's job runner: the file store gives the
 * path, the EMG adapter analyses it in a worker thread (so hours of signal never hold up the HTTP event
 * loop) into the `emg-analysis/1` view, with the same defaults as `tonus emg analyze --json` and the
 * rest information the upload gave (`--phases`, `--at-rest`).
 */
import { recordingKindOf } from '../app/emg/index.js';
import type { EmgAnalyzer } from '../app/emg-studies/index.js';
import { analyzeFileInWorker } from '../adapters/emg/index.js';
import type { DiskFileStore } from '../adapters/files/index.js';
import { issueText } from '../i18n/index.js';

export function workerEmgAnalyzer(files: DiskFileStore): EmgAnalyzer {
  return {
    async analyze(file, onProgress) {
      try {
        const r = await analyzeFileInWorker(
          {
            path: files.pathOf(file),
            kind: recordingKindOf(file.fileName),
            // the upload's phases replace the file's annotations, as a phases file does in the CLI
            request: {
              atRest: file.atRest,
              ...(file.phases === null ? {} : { phases: file.phases }),
            },
            file: file.fileName,
            plot: false,
          },
          (doneS, totalS) => {
            if (totalS !== null && totalS > 0) {
              onProgress(Math.min(1, doneS / totalS));
            }
          },
        );
        if (!r.ok) {
          return { ok: false, error: r.issues.map(issueText).join('; ') };
        }
        return { ok: true, value: r.value.view };
      } catch (e) {
        return {
          ok: false,
          error: `cannot read the file (${e instanceof Error ? e.message : String(e)})`,
        };
      }
    },
  };
}

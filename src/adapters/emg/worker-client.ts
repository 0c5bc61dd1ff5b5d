/**
 * @module Runs an EMG analysis of a file in a worker thread, so the thread that asked (a server's)
 * keeps answering while hours of signal are filtered. The worker reports progress and ends with the
 * analysis view (and the SVG plot, when asked), or with the issues that refused the file.
 *
 * The worker's entry is TypeScript in the source tree and JavaScript in the build (`npm run build` →
 * dist/): from the build, plain node starts `analysis-worker.js`; from the source (tsx, vitest), a tiny
 * bootstrap registers tsx in the new thread and then imports `analysis-worker.ts`.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EmgAnalysisView } from '../../app/emg/index.js';
import type { DomainIssue, Result } from '../../domain/shared/index.js';

export interface WorkerJob {
  /** The file to analyse. */
  readonly path: string;
  readonly kind: 'edf' | 'csv' | 'auto';
  /** The analysis request as parsed input (checked in the worker with the same schema as everywhere). */
  readonly request: unknown;
  /** How the view names the file (null for none). */
  readonly file: string | null;
  /** Draw the SVG plot of the request's plot window. */
  readonly plot: boolean;
}

export interface WorkerResult {
  readonly view: EmgAnalysisView;
  readonly svg: string | null;
}

/** What the worker posts. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly doneS: number; readonly totalS: number | null }
  | { readonly type: 'done'; readonly value: WorkerResult }
  | { readonly type: 'refused'; readonly issues: readonly DomainIssue[] }
  | { readonly type: 'error'; readonly code: string | null; readonly message: string };

function startWorker(job: WorkerJob): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    return new Worker(new URL('./analysis-worker.js', here), { workerData: job });
  }
  // the source tree: register tsx inside the new thread, then import the TypeScript entry
  const require = createRequire(here);
  const api = pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./analysis-worker.ts', here).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: job });
}

/**
 * Analyses `job.path` in a worker thread. Resolves with the view, or with the issues that refused the
 * file; rejects with the system's error for a missing or unreadable file (its `code`, e.g. ENOENT, kept).
 */
export function analyzeFileInWorker(
  job: WorkerJob,
  onProgress?: (doneS: number, totalS: number | null) => void,
): Promise<Result<WorkerResult>> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(job);
    let settled = false;
    worker.on('message', (m: WorkerMessage) => {
      switch (m.type) {
        case 'progress':
          onProgress?.(m.doneS, m.totalS);
          break;
        case 'done':
          settled = true;
          resolve({ ok: true, value: m.value });
          break;
        case 'refused':
          settled = true;
          resolve({ ok: false, issues: m.issues });
          break;
        case 'error': {
          settled = true;
          const e = new Error(m.message) as Error & { code?: string };
          if (m.code !== null) {
            e.code = m.code;
          }
          reject(e);
          break;
        }
      }
    });
    worker.on('error', (e) => {
      if (!settled) {
        settled = true;
        reject(e);
      }
    });
    worker.on('exit', (code) => {
      if (!settled) {
        settled = true;
        reject(new Error(`the analysis worker stopped (exit code ${code}) without a result`));
      }
    });
  });
}

/**
 * @module The worker thread's side of `analyzeFileInWorker`: opens the file, analyses it, and posts
 * progress (at most five times a second) and then the view.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import {
  analyzeRecording,
  openRecording,
  parseAnalyzeRequest,
  toEmgAnalysisView,
} from '../../app/emg/index.js';
import { EMG_EN, NOTICE } from '../../i18n/index.js';
import { openFileBytes } from './files.js';
import { plotSvg } from './svg.js';
import type { WorkerJob, WorkerMessage } from './worker-client.js';

async function run(job: WorkerJob): Promise<WorkerMessage> {
  const request = parseAnalyzeRequest(job.request);
  if (!request.ok) {
    return { type: 'refused', issues: request.issues };
  }
  const bytes = await openFileBytes(job.path);
  if (!bytes.ok) {
    return { type: 'refused', issues: bytes.issues };
  }
  const source = await openRecording(bytes.value, job.kind, {
    allowTruncated: request.value.allowTruncated,
    ...(request.value.fs === undefined ? {} : { fs: request.value.fs }),
  });
  if (!source.ok) {
    await bytes.value.close();
    return { type: 'refused', issues: source.issues };
  }
  const totalS = source.value.info.durationS;
  let last = -Infinity;
  try {
    const report = await analyzeRecording(source.value, request.value, (doneS) => {
      const now = performance.now();
      if (now - last >= 200) {
        last = now;
        post({ type: 'progress', doneS, totalS });
      }
    });
    if (!report.ok) {
      return { type: 'refused', issues: report.issues };
    }
    const view = toEmgAnalysisView(report.value, { emg: EMG_EN, notice: NOTICE }, job.file);
    const svg = job.plot ? plotSvg(report.value.channels, `EMG: ${job.file ?? job.path}`) : null;
    return { type: 'done', value: { view, svg } };
  } finally {
    await source.value.close();
  }
}

/**
 * The analysis yields the processor to the thread that started it: on Linux a priority set with pid 0
 * is this thread's alone, so a server's request thread is scheduled first when both want the CPU.
 */
function yieldToCaller(): void {
  try {
    setPriority(0, 10);
  } catch {
    // not permitted, or not per thread on this platform: run at the normal priority
  }
}

function post(m: WorkerMessage): void {
  parentPort?.postMessage(m);
}

yieldToCaller();
run(workerData as WorkerJob).then(post, (e: unknown) => {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : null;
  post({ type: 'error', code, message: e instanceof Error ? e.message : String(e) });
});

/**
 * @module `npm run bench:emg:worker`: how a thread that hands an hour-long, 8-channel analysis to a worker
 * answers a 50 ms timer, against the same thread analysing in itself, and against an idle thread on the
 * same machine at the same time of day (what the machine's own scheduling costs). Prints the gaps between
 * ticks, and between two ticks the thread's own processor time and how long its event loop was busy
 * (which also counts time the system kept the busy thread waiting).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import {
  AnalyzeRequest,
  analyzeRecording,
  openRecording,
  writeSynthetic,
} from '../../src/app/emg/index.js';
import {
  analyzeFileInWorker,
  createFileSink,
  openFileBytes,
} from '../../src/adapters/emg/index.js';
import { threadCpuMs } from '../../test/fixtures/thread-cpu.js';

const DATA = 'bench/emg/.data';
const file = `${DATA}/8ch-2khz-1h.v2.edf`;

interface Tick {
  readonly gapMs: number;
  readonly busyMs: number;
  /** Processor time of this thread alone between the two ticks (10 ms steps). */
  readonly cpuMs: number;
}

/** Runs `work` while a 50 ms timer ticks on this thread; returns the ticks and the seconds it took. */
async function ticking(work: () => Promise<unknown>): Promise<{ ticks: Tick[]; seconds: number }> {
  const ticks: Tick[] = [];
  let last: number | null = null;
  let elu = performance.eventLoopUtilization();
  let cpu = threadCpuMs() ?? NaN;
  const timer = setInterval(() => {
    const now = performance.now();
    const since = performance.eventLoopUtilization(elu);
    elu = performance.eventLoopUtilization();
    const c = threadCpuMs() ?? NaN;
    if (last !== null) {
      ticks.push({ gapMs: now - last, busyMs: since.active, cpuMs: c - cpu });
    }
    cpu = c;
    last = now;
  }, 50);
  const t0 = performance.now();
  await work();
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  return { ticks, seconds };
}

function summary(label: string, r: { ticks: Tick[]; seconds: number }): void {
  const gaps = r.ticks.map((t) => t.gapMs).sort((a, b) => a - b);
  const busy = Math.max(...r.ticks.map((t) => t.busyMs));
  const cpu = Math.max(...r.ticks.map((t) => t.cpuMs));
  const p99 = gaps[Math.floor(0.99 * (gaps.length - 1))] ?? NaN;
  const over = r.ticks.filter((t) => t.gapMs > 100);
  console.log(
    `${label.padEnd(34)} ${r.seconds.toFixed(1).padStart(5)} s  ${String(r.ticks.length).padStart(4)} ticks  gap max ${(gaps[gaps.length - 1] ?? NaN).toFixed(0).padStart(4)} ms  p99 ${p99.toFixed(0).padStart(3)} ms  >100 ms: ${String(over.length).padStart(2)}  between two ticks at most: thread CPU ${cpu.toFixed(0)} ms, event loop busy ${busy.toFixed(0)} ms`,
  );
}

if (!existsSync(file)) {
  mkdirSync(DATA, { recursive: true });
  await writeSynthetic(
    {
      seed: 2026,
      fs: 2000,
      durationS: 3600,
      channels: 8,
      bursts: { count: 360, snrDb: 10, durationS: [0.3, 2], minGapS: 1 },
      mains: { hz: 50, amplitudeUv: 10 },
    },
    'edf',
    await createFileSink(file),
  );
}

console.log(
  `EMG analysis off the caller's thread: ${cpus()[0]?.model ?? 'CPU'}, ${cpus().length} cores, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; 8 channels × 2 kHz × 1 h`,
);
const worker = await ticking(() =>
  analyzeFileInWorker({ path: file, kind: 'edf', request: {}, file: null, plot: false }),
);
summary('in a worker thread', worker);
const idle = await ticking(
  () =>
    new Promise((resolve) => {
      setTimeout(resolve, worker.seconds * 1000);
    }),
);
summary('idle thread, same length (baseline)', idle);
const inThread = await ticking(async () => {
  const bytes = await openFileBytes(file);
  if (!bytes.ok) {
    throw new Error('the bench file opens');
  }
  const source = await openRecording(bytes.value, 'edf');
  if (!source.ok) {
    throw new Error('the bench file is a recording');
  }
  await analyzeRecording(source.value, AnalyzeRequest.parse({}));
  await source.value.close();
});
summary('in this thread (for contrast)', inThread);

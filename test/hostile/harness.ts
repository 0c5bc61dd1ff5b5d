/**
 * @module Runs the real `tonus` CLI in a child process under a time and memory bound, as a careless or
 * hostile user would call it, and records the worst time and peak memory for the report.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface HostileRun {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
  readonly seconds: number;
  readonly peakMb: number;
}

/** Wall time a single try may take: a few seconds of work plus the TypeScript loader's start-up. */
export const TIME_LIMIT_S = 30;
/** Peak resident memory a single try may reach. */
export const MEMORY_LIMIT_MB = 400;

const OUT = 'test/hostile/out';

/**
 * Runs `tonus ARGS` through a shell (for pipes and redirections), measuring the whole command with
 * GNU time. `shellTail` is appended as is, e.g. `| head -1` or `> /dev/full`.
 */
export function tonus(label: string, args: readonly string[], shellTail = ''): HostileRun {
  const quoted = args.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const metaDir = mkdtempSync(join(tmpdir(), 'tonus-time-'));
  const metaFile = join(metaDir, 'meta');
  const started = performance.now();
  const r = spawnSync(
    'bash',
    [
      '-c',
      `/usr/bin/time -f 'PEAK_KB=%M' -o '${metaFile}' node --import tsx src/main/cli.ts ${quoted} ${shellTail}; echo "EXIT=\${PIPESTATUS[0]}" >> '${metaFile}'`,
    ],
    { encoding: 'utf8', timeout: TIME_LIMIT_S * 1000, maxBuffer: 64 * 1024 * 1024 },
  );
  const seconds = (performance.now() - started) / 1000;
  const meta = readFileSync(metaFile, 'utf8');
  rmSync(metaDir, { recursive: true, force: true });
  const peakKb = Number(/PEAK_KB=(\d+)/.exec(meta)?.[1] ?? NaN);
  const exit = /EXIT=(\d+)/.exec(meta)?.[1];
  const run: HostileRun = {
    code: exit === undefined ? null : Number(exit),
    out: r.stdout,
    err: r.stderr,
    seconds,
    peakMb: peakKb / 1024,
  };
  mkdirSync(OUT, { recursive: true });
  appendFileSync(
    `${OUT}/figures.jsonl`,
    `${JSON.stringify({ label, seconds: run.seconds, peakMb: run.peakMb, code: run.code })}\n`,
  );
  return run;
}

/**
 * @module The CLI over an in-memory I/O port for tests: real files can be read, virtual ones added,
 * and what the CLI prints is collected instead of written.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { EmgHost } from '../../app/emg/index.js';
import { runCli, type CliIo } from './index.js';

/** Without a host, EMG commands find no files: tests that need them pass the real one in. */
const NO_FILES: EmgHost = {
  openBytes: () => Promise.reject(new Error('no files in this test')),
  createSink: () => Promise.reject(new Error('no files in this test')),
  canWrite: () => Promise.resolve('EROFS'),
  renderPlot: () => '',
  plotColumns: 100,
};

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export function memoryCli(
  virtual: Record<string, string> = {},
  emg: EmgHost = NO_FILES,
): {
  run: (...args: string[]) => Promise<CliRun>;
} {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readText: (p) => virtual[p] ?? readFileSync(p, 'utf8'),
    isDirectory: (p) => (p in virtual ? false : statSync(p).isDirectory()),
    listJson: (d) =>
      readdirSync(d)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    today: () => '2026-11-25',
    progress: () => undefined,
    now: () => 0,
    emg,
    // the composition root reads package.json; a test of the commands names its own version
    version: '0.0.0-test',
  };
  return {
    run: async (...args: string[]) => ({
      code: await runCli(args, io),
      out: out.join('\n'),
      err: err.join('\n'),
    }),
  };
}

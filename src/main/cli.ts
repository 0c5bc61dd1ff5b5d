/** @module Composition root of the `tonus` CLI: real files, real streams, today's date. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { runCli, type CliIo } from '../adapters/cli/index.js';
import { emgHost } from '../adapters/emg/index.js';

const io: CliIo = {
  out: (text) => {
    process.stdout.write(`${text}\n`);
  },
  err: (text) => {
    process.stderr.write(`${text}\n`);
  },
  readText: (path) => readFileSync(path, 'utf8'),
  isDirectory: (path) => statSync(path).isDirectory(),
  listJson: (dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort(),
  today: () => new Date().toISOString().slice(0, 10),
  progress: (text) => {
    if (process.stderr.isTTY) {
      process.stderr.write(text === '\n' ? '\n' : `\r${text}`);
    }
  },
  now: () => performance.now(),
  emg: emgHost,
};

process.exitCode = await runCli(process.argv.slice(2), io);

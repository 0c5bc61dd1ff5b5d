/** @module Composition root of the `tonus` CLI: real files, real streams, today's date. */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
} from 'node:fs';
import { DEFAULT_JSON_LIMITS } from '../app/index.js';
import { runCli, type CliIo } from '../adapters/cli/index.js';
import { emgHost } from '../adapters/emg/index.js';
import { serviceRuntime } from './runtime.js';
import { VERSION } from './version.js';

/** A document larger than the JSON reader accepts is refused before it is read. */
const MAX_DOCUMENT_BYTES = DEFAULT_JSON_LIMITS.maxLength * 4;

/** A file error with a Node-style code, so the CLI's messages treat it like the system's own. */
function fileError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/**
 * Reads a document only from a regular file of bounded size: a device (`/dev/zero`) or a FIFO would
 * never end, and a huge file would only be refused after filling the memory.
 */
function readDocumentFile(path: string): string {
  // non-blocking, so opening a FIFO with no writer returns at once and is then refused
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      throw fileError('ENOTREGULAR', 'not a regular file');
    }
    if (st.size > MAX_DOCUMENT_BYTES) {
      throw fileError('EFBIG', `${st.size} bytes`);
    }
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** A closed pipe (`tonus kb | head`) ends the run quietly; a full disk ends it with one line. */
function onOutputError(e: NodeJS.ErrnoException): void {
  if (e.code === 'EPIPE') {
    process.exit(0);
  }
  process.stderr.write(
    `error: cannot write the output (${e.code === 'ENOSPC' ? 'no space left on the device' : (e.code ?? e.message)})\n`,
  );
  process.exit(1);
}
process.stdout.on('error', onOutputError);
process.stderr.on('error', () => {
  process.exit(1);
});

const io: CliIo = {
  out: (text) => {
    process.stdout.write(`${text}\n`);
  },
  err: (text) => {
    process.stderr.write(`${text}\n`);
  },
  readText: readDocumentFile,
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
  version: VERSION,
  runtime: serviceRuntime(process.env),
};

process.exitCode = await runCli(process.argv.slice(2), io);

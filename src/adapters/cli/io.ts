/** @module The CLI's port to the outside world, so commands are testable without a process or a disk. */
import type { EmgHost } from '../../app/emg/index.js';
import type { ServiceRuntime } from '../../app/runtime/index.js';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Reads a UTF-8 file; throws a Node error for missing or unreadable files. */
  readText(path: string): string;
  isDirectory(path: string): boolean;
  /** JSON files directly inside a folder, sorted by name. */
  listJson(dir: string): string[];
  /** Today's date (ISO) for date-based rules. */
  today(): string;
  /** Rewrites the progress line on stderr (no newline); a no-op where there is no terminal. */
  progress(text: string): void;
  /** Milliseconds of a monotonic clock, to pace the progress line. */
  now(): number;
  /** Recordings to read and write, and the EMG plot renderer. */
  readonly emg: EmgHost;
  /** Tonus's version (package.json, read once by the composition root), written into FHIR exports. */
  readonly version: string;
  /** The service (serve, audit, db), given by the composition root; absent in tests of the other commands. */
  readonly runtime?: ServiceRuntime;
}

/**
 * `unavailable`: the database could not be reached or opened, which the operator fixes outside Tonus (sysexits'
 * EX_UNAVAILABLE); `internal` is a bug in Tonus, never the user's input (sysexits' EX_SOFTWARE).
 */
export const EXIT = { ok: 0, failed: 1, badInput: 2, unavailable: 69, internal: 70 } as const;

export function describeFsError(path: string, e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  if (code === 'ENOENT') {
    return `${path}: no such file or folder`;
  }
  if (code === 'EISDIR') {
    return `${path}: is a folder, expected a file`;
  }
  if (code === 'EACCES') {
    return `${path}: permission denied`;
  }
  if (code === 'ENOTREGULAR') {
    return `${path}: not a regular file (a device, pipe or socket never ends); give a file`;
  }
  if (code === 'EFBIG') {
    return `${path}: too large for a document (${e instanceof Error ? e.message : ''}); documents are at most a few megabytes`;
  }
  return `${path}: cannot read (${e instanceof Error ? e.message : String(e)})`;
}

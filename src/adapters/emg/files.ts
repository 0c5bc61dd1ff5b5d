/**
 * @module Recordings on disk as byte sources and sinks. A source must be a regular file: a device such as
 * /dev/zero never ends, and a FIFO blocks its reader until someone writes, so either is refused at once
 * (opened without blocking, then looked at) instead of read without end.
 */
import { constants, type Stats } from 'node:fs';
import { access, open, stat, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ByteSink, ByteSource } from '../../app/emg/index.js';
import { emgIssue } from '../../domain/emg/index.js';
import { fail, ok, type Result } from '../../domain/shared/index.js';

function kindOf(st: Stats): string {
  if (st.isDirectory()) {
    return 'a folder';
  }
  if (st.isFIFO()) {
    return 'a FIFO (named pipe)';
  }
  if (st.isCharacterDevice()) {
    return 'a character device';
  }
  if (st.isBlockDevice()) {
    return 'a block device';
  }
  if (st.isSocket()) {
    return 'a socket';
  }
  return 'not a regular file';
}

/**
 * Opens a regular file for reading. Refuses anything else with `emg.not_a_file`; a missing or
 * unreadable file throws the system's error (ENOENT, EACCES), for the surface to word.
 */
export async function openFileBytes(path: string): Promise<Result<ByteSource>> {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever
  const fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  let st: Stats;
  try {
    st = await fh.stat();
  } catch (e) {
    await fh.close();
    throw e;
  }
  if (!st.isFile()) {
    await fh.close();
    return fail([emgIssue('emg.not_a_file', ['file'], { kind: kindOf(st) })]);
  }
  return ok(fileSource(fh, st.size));
}

function fileSource(fh: FileHandle, size: number): ByteSource {
  let closed = false;
  return {
    size,
    read: async (position, length) => {
      const n = Math.max(0, Math.min(length, size - position));
      const buf = new Uint8Array(n);
      let done = 0;
      while (done < n) {
        const { bytesRead } = await fh.read(buf, done, n - done, position + done);
        if (bytesRead === 0) {
          // the file shrank under us: what was read is all there is
          return buf.subarray(0, done);
        }
        done += bytesRead;
      }
      return buf;
    },
    close: async () => {
      if (!closed) {
        closed = true;
        await fh.close();
      }
    },
  };
}

/**
 * Creates (or truncates) a file to write to. Opening it first, before any work, is how a surface finds
 * an unwritable path while there is still nothing to lose; closing it syncs it to the disk.
 */
export async function createFileSink(path: string): Promise<ByteSink> {
  const fh = await open(path, 'w');
  let closed = false;
  return {
    write: async (bytes) => {
      let done = 0;
      while (done < bytes.length) {
        const { bytesWritten } = await fh.write(bytes, done, bytes.length - done);
        done += bytesWritten;
      }
    },
    close: async () => {
      if (!closed) {
        closed = true;
        try {
          await fh.sync();
        } catch (e) {
          // a device such as /dev/null cannot be synced, and has nothing to keep
          if (!(typeof e === 'object' && e !== null && 'code' in e && e.code === 'EINVAL')) {
            throw e;
          }
        } finally {
          await fh.close();
        }
      }
    },
  };
}

const codeOf = (e: unknown): string =>
  typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : 'EIO';

/**
 * Whether a file could be written at `path`, without creating one: an existing file (or device) must
 * be writable and not a folder; a new one needs a writable folder. Null, or the system's error code.
 */
export async function canWrite(path: string): Promise<string | null> {
  try {
    const st = await stat(path);
    if (st.isDirectory()) {
      return 'EISDIR';
    }
    await access(path, constants.W_OK);
    return null;
  } catch (e) {
    if (codeOf(e) !== 'ENOENT') {
      return codeOf(e);
    }
  }
  try {
    const dir = dirname(path);
    const st = await stat(dir);
    if (!st.isDirectory()) {
      return 'ENOTDIR';
    }
    await access(dir, constants.W_OK);
    return null;
  } catch (e) {
    return codeOf(e);
  }
}

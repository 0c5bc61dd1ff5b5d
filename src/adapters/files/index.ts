/**
 * @module A content-addressed file store on disk: a file is streamed to a temporary name while its SHA-256
 * is computed, and renamed to `<sha256>.<ext>` only when the caller keeps it; past the size limit, on a
 * broken stream, or when the caller discards it, the temporary file is deleted.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { FileStore, StagedFile, StoredFile } from '../../app/emg-studies/index.js';
import { fail, ok, type Result } from '../../domain/shared/index.js';

const EXTENSIONS = new Set(['edf', 'bdf', 'rec', 'csv', 'txt']);

export function extensionOf(fileName: string): string {
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return EXTENSIONS.has(ext) ? ext : 'bin';
}

export interface DiskFileStore extends FileStore {
  pathOf(file: StoredFile & { readonly fileName: string }): string;
}

export function diskFileStore(dir: string): DiskFileStore {
  mkdirSync(dir, { recursive: true });
  const pathOf = (f: { sha256: string; fileName: string }): string =>
    join(dir, `${f.sha256}.${extensionOf(f.fileName)}`);
  return {
    pathOf,
    async put(content, fileName, { limitBytes, headBytes }): Promise<Result<StagedFile>> {
      const tmp = join(dir, `.upload-${randomUUID()}`);
      // flush: the bytes are on disk before the study that names them is committed
      const out = createWriteStream(tmp, { flags: 'wx', flush: true });
      // an error of the file itself reaches the awaits below ('drain', 'finish'); one after the upload was
      // given up (the folder gone before the file's own open returned) must not end the process
      const written: { failed: Error | null } = { failed: null };
      out.on('error', (e: Error) => {
        written.failed ??= e;
      });
      /** Gives the upload up: the file closed (its open settled first), then removed. */
      const abandon = async (): Promise<void> => {
        if (!out.closed) {
          const closed = once(out, 'close').catch(() => undefined);
          out.destroy();
          await closed;
        }
        rmSync(tmp, { force: true });
      };
      const hash = createHash('sha256');
      const head = new Uint8Array(headBytes);
      let size = 0;
      try {
        for await (const chunk of content) {
          if (size < headBytes) {
            head.set(chunk.subarray(0, headBytes - size), size);
          }
          size += chunk.byteLength;
          if (size > limitBytes) {
            await abandon();
            return fail([{ code: 'request.too_large', path: [], params: { limitBytes } }]);
          }
          hash.update(chunk);
          if (!out.write(chunk)) {
            await once(out, 'drain');
          }
        }
        out.end();
        await once(out, 'finish');
        if (written.failed !== null) {
          throw written.failed;
        }
      } catch (e) {
        await abandon();
        // the client went away mid-upload: nothing is kept
        return fail([
          {
            code: 'request.invalid',
            path: [],
            params: {
              detail: `upload interrupted (${e instanceof Error ? e.message : String(e)})`,
            },
          },
        ]);
      }
      const sha256 = hash.digest('hex');
      const target = pathOf({ sha256, fileName });
      let staged = true;
      return ok({
        sha256,
        sizeBytes: size,
        head: head.subarray(0, Math.min(size, headBytes)),
        keep() {
          if (!staged) {
            return;
          }
          staged = false;
          if (existsSync(target)) {
            rmSync(tmp, { force: true });
          } else {
            renameSync(tmp, target);
          }
        },
        discard() {
          if (staged) {
            staged = false;
            rmSync(tmp, { force: true });
          }
        },
      });
    },
  };
}

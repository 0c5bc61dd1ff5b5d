/** @module What EMG studies need beyond the store: a content-addressed file store and an analyser. */
import type { EmgStudy } from '../../domain/records/index.js';
import type { Result } from '../../domain/shared/index.js';
import type { ByteSource, EmgAnalysisView } from '../emg/index.js';
import type { CoreDeps } from '../shared/index.js';

export interface StoredFile {
  readonly sha256: string;
  readonly sizeBytes: number;
}

export interface FileStore {
  /**
   * Streams `content` into the store under its SHA-256, refusing it (and keeping nothing) once it passes
   * `limitBytes`; the extension of `fileName` is kept so readers can tell the format.
   */
  put(
    content: AsyncIterable<Uint8Array>,
    fileName: string,
    limitBytes: number,
  ): Promise<Result<StoredFile>>;
}

export interface EmgAnalyzer {
  /**
   * Analyses a stored file into the `emg-analysis/1` view every surface shows, with the rest
   * information the upload gave (its phases replace the file's annotations; `atRest` as the CLI's
   * `--at-rest`); `onProgress` gets the share done (0–1). A file that cannot be read is a failed result
   * whose error names the problem.
   */
  analyze(
    file: StoredFile & Pick<EmgStudy, 'fileName' | 'phases' | 'atRest'>,
    onProgress: (fraction: number) => void,
  ): Promise<{ ok: true; value: EmgAnalysisView } | { ok: false; error: string }>;
}

/** Stored recordings opened again for reading (a viewer's window of the signal). */
export interface RecordingFiles {
  open(file: StoredFile & { readonly fileName: string }): Promise<Result<ByteSource>>;
}

export interface EmgDeps extends CoreDeps {
  readonly files: FileStore;
  readonly recordings: RecordingFiles;
  readonly analyzer: EmgAnalyzer;
  readonly maxUploadBytes: number;
  /** Tells this process's job runner that a job is waiting. */
  readonly onQueued: () => void;
}

/** @module What EMG studies need beyond the store: a content-addressed file store and an analyser. */
import type { EmgStudy } from '../../domain/records/index.js';
import type { Result } from '../../domain/shared/index.js';
import type { ByteSource, EmgAnalysisView } from '../emg/index.js';
import type { CoreDeps } from '../shared/index.js';

export interface StoredFile {
  readonly sha256: string;
  readonly sizeBytes: number;
}

/** A file received but not yet kept: checked first, then kept under its hash or discarded. */
export interface StagedFile extends StoredFile {
  /** The file's first bytes (as many as `put` was asked for, or all of a shorter file). */
  readonly head: Uint8Array;
  /** Keeps the file under its SHA-256 (a file of the same content already there is kept instead). */
  keep(): void;
  /** Removes the file unless it was kept; nothing of it stays. Safe to call more than once. */
  discard(): void;
}

export interface FileStore {
  /**
   * Streams `content` to a staging place, computing its SHA-256, refusing it (and keeping nothing) once it
   * passes `limitBytes` or when the stream fails (the client went away); the extension of `fileName` is kept
   * for when the file is kept, so readers can tell the format.
   */
  put(
    content: AsyncIterable<Uint8Array>,
    fileName: string,
    o: { readonly limitBytes: number; readonly headBytes: number },
  ): Promise<Result<StagedFile>>;
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

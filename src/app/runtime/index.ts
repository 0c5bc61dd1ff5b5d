/**
 * @module What the command line needs to run the service and operate its store (`tonus serve`, `tonus audit`,
 * `tonus db`), given by the composition root so that no adapter imports another.
 */
import type { Result } from '../../domain/shared/index.js';
import type { CoreDeps } from '../shared/index.js';

export interface RuntimeOptions {
  readonly port?: number;
  readonly dataDir?: string;
}

export interface RunningService {
  readonly address: string;
  readonly db: 'sqlite' | 'postgres';
  /** The demo sign-ins when this start seeded the demo clinic. */
  readonly demo: readonly {
    readonly role: string;
    readonly email: string;
    readonly password: string;
  }[];
  /** Settles once the process was asked to stop and the server has closed. */
  readonly stopped: Promise<void>;
}

export interface OpenedStore {
  readonly deps: CoreDeps;
  close(): Promise<void>;
}

export interface ServiceRuntime {
  serve(o: RuntimeOptions & { readonly demo: boolean }): Promise<Result<RunningService>>;
  /** Opens the store (migrated); refuses a SQLite file that does not exist yet unless `create`. */
  openStore(o: RuntimeOptions & { readonly create?: boolean }): Promise<Result<OpenedStore>>;
  /** A secret from the operator's environment, such as a new admin's password. */
  secret(name: string): string | undefined;
  /** SQLite: an online backup into `file`; PostgreSQL: a refusal that names `pg_dump`. */
  backup(o: RuntimeOptions, file: string): Promise<Result<string>>;
  /** SQLite: replaces the database with `file` after checking it; the server must be stopped. */
  restore(o: RuntimeOptions, file: string): Promise<Result<string>>;
}

/** @module The service runtime behind `tonus serve`, `tonus audit` and `tonus db`: config from the environment, then the service. */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_SIGN_INS, seedDemo } from '../app/demo/index.js';
import type { RuntimeOptions, ServiceRuntime } from '../app/runtime/index.js';
import { backupSqlite, databaseFailureOf, openStore, restoreSqlite } from '../adapters/db/index.js';
import { loadConfig, type ServerConfig } from '../config/index.js';
import { fail, ok, type Result } from '../domain/shared/index.js';
import { createService } from './server.js';

/**
 * The built web app: `TONUS_WEB_DIR`, else `web/dist` of this package (from source or from `dist/`), else of
 * the working folder; none when it was not built (the API still serves).
 */
export function webRootOf(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const candidates = [
    env.TONUS_WEB_DIR,
    resolve(here, '../../web/dist'),
    resolve(process.cwd(), 'web/dist'),
  ];
  return candidates
    .filter((d): d is string => d !== undefined && d !== '')
    .map((d) => resolve(d))
    .find((d) => existsSync(join(d, 'index.html')));
}

function refuse<T>(detail: string): Result<T> {
  return fail([{ code: 'operator.unsupported', path: [], params: { detail } }]);
}

/**
 * Where the database is, as an operator may be shown it: the SQLite file, or the PostgreSQL URL without its
 * password and query (a connection string may carry the password in either).
 */
export function databaseName(target: ServerConfig['database']): string {
  if (target.dialect === 'sqlite') {
    return target.file;
  }
  try {
    const u = new URL(target.url);
    return `${u.protocol}//${u.username === '' ? '' : `${u.username}@`}${u.host}${u.pathname}`;
  } catch {
    return 'DATABASE_URL (not a URL)';
  }
}

/** Opens the database with `open`: a failure to reach or open it is an issue naming the database, a bug is thrown on. */
async function opening<T>(cfg: ServerConfig, open: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await open());
  } catch (e) {
    const failure = databaseFailureOf(e);
    if (failure === null) {
      throw e;
    }
    const target = cfg.database;
    const password = target.dialect === 'postgres' ? passwordOf(target.url) : '';
    const message = e instanceof Error ? e.message : String(e);
    const detail = (password === '' ? message : message.replaceAll(password, '***')).slice(0, 300);
    return fail([
      {
        code: 'operator.database_unavailable',
        path: [],
        params: { database: databaseName(target), failure, detail },
      },
    ]);
  }
}

function passwordOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return '';
  }
}

/** The runtime over an environment (`process.env` in the CLI; a test's own in tests). */
export function serviceRuntime(env: Readonly<Record<string, string | undefined>>): ServiceRuntime {
  const config = (o: RuntimeOptions): Result<ServerConfig> => loadConfig(env, o);
  return {
    async serve(o) {
      const cfg = config(o);
      if (!cfg.ok) {
        return cfg;
      }
      const webRoot = webRootOf(env);
      const opened = await opening(cfg.value, () =>
        createService(cfg.value, webRoot === undefined ? {} : { webRoot }),
      );
      if (!opened.ok) {
        return opened;
      }
      const service = opened.value;
      const seeded = o.demo ? await seedDemo(service.deps) : false;
      const address = await service.app.listen({ port: cfg.value.port, host: cfg.value.host });
      const stopped = new Promise<void>((resolve) => {
        const stop = (): void => {
          void service.close().then(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      const shown = address.replace('127.0.0.1', 'localhost');
      return ok({
        address: shown,
        db: service.store.dialect,
        demo: seeded ? DEMO_SIGN_INS : [],
        web: webRoot !== undefined,
        stopped,
      });
    },
    async openStore(o) {
      const cfg = config(o);
      if (!cfg.ok) {
        return cfg;
      }
      if (
        o.create !== true &&
        cfg.value.database.dialect === 'sqlite' &&
        !existsSync(cfg.value.database.file)
      ) {
        return refuse(`no database at ${cfg.value.database.file} (use --data or TONUS_DATA_DIR)`);
      }
      const opened = await opening(cfg.value, () => createService(cfg.value, { emgWorker: false }));
      if (!opened.ok) {
        return opened;
      }
      const service = opened.value;
      return ok({ deps: service.deps, close: () => service.close() });
    },
    secret: (name) => (env[name] === '' ? undefined : env[name]),
    async backup(o, file) {
      const cfg = config(o);
      if (!cfg.ok) {
        return cfg;
      }
      const target = cfg.value.database;
      if (target.dialect === 'postgres') {
        return refuse(
          'PostgreSQL is backed up with its own tools: pg_dump --format=custom --file=FILE "$DATABASE_URL" (restore with pg_restore --clean --dbname "$DATABASE_URL" FILE)',
        );
      }
      if (!existsSync(target.file)) {
        return refuse(`no database at ${target.file} (use --data or TONUS_DATA_DIR)`);
      }
      if (existsSync(file)) {
        return refuse(`${file} already exists; choose a new file name`);
      }
      // `tonus db backup backups/tonus.db` works on a first run: the folder is made
      const folder = dirname(resolve(file));
      try {
        mkdirSync(folder, { recursive: true });
      } catch (e) {
        return refuse(`cannot make the folder ${folder} for the backup (${messageOf(e)})`);
      }
      const opened = await opening(cfg.value, () => openStore(target));
      if (!opened.ok) {
        return opened;
      }
      const store = opened.value;
      try {
        const r = await backupSqlite(store.sqlite ?? never(), file);
        return ok(`backed up ${target.file} to ${r.file} (${r.pages} pages)`);
      } catch (e) {
        // nothing half-written is left under the name: it did not exist before
        rmSync(file, { force: true });
        return refuse(`cannot write the backup to ${file} (${messageOf(e)})`);
      } finally {
        await store.close();
      }
    },
    async restore(o, file) {
      const cfg = config(o);
      if (!cfg.ok) {
        return cfg;
      }
      const target = cfg.value.database;
      if (target.dialect === 'postgres') {
        return refuse(
          'PostgreSQL is restored with pg_restore --clean --dbname "$DATABASE_URL" FILE',
        );
      }
      const problem = await restoreSqlite(file, target.file);
      return problem === null ? ok(`restored ${target.file} from ${file}`) : refuse(problem);
    },
  };
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function never(): never {
  throw new Error('a SQLite store without its connection');
}

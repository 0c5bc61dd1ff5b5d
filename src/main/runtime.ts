/** @module The service runtime behind `tonus serve`, `tonus audit` and `tonus db`: config from the environment, then the service. */
import { existsSync } from 'node:fs';
import { DEMO_SIGN_INS, seedDemo } from '../app/demo/index.js';
import type { RuntimeOptions, ServiceRuntime } from '../app/runtime/index.js';
import { backupSqlite, openStore, restoreSqlite } from '../adapters/db/index.js';
import { loadConfig, type ServerConfig } from '../config/index.js';
import { fail, ok, type Result } from '../domain/shared/index.js';
import { createService } from './server.js';

function refuse<T>(detail: string): Result<T> {
  return fail([{ code: 'operator.unsupported', path: [], params: { detail } }]);
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
      const service = await createService(cfg.value);
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
      const service = await createService(cfg.value, { emgWorker: false });
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
      const store = await openStore(target);
      try {
        const r = await backupSqlite(store.sqlite ?? never(), file);
        return ok(`backed up ${target.file} to ${r.file} (${r.pages} pages)`);
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

function never(): never {
  throw new Error('a SQLite store without its connection');
}

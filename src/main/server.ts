/**
 * @module Composition root of the service: configuration → database (migrated) → use-case dependencies →
 * HTTP server and EMG job runner. `tonus serve` and the tests build the service through here.
 */
import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { seedDemo } from '../app/demo/index.js';
import { createSummaryCache } from '../app/patients/index.js';
import { startJobRunner, type EmgDeps, type JobRunner } from '../app/emg-studies/index.js';
import type { Clock, Secrets } from '../app/shared/index.js';
import { isDatabaseUnreachable, openStore, type OpenStore } from '../adapters/db/index.js';
import { openFileBytes } from '../adapters/emg/index.js';
import { diskFileStore } from '../adapters/files/index.js';
import { buildHttpServer, type RouteSpec } from '../adapters/http/index.js';
import { encounterReport } from '../adapters/pdf/report.js';
import { scryptSecrets, systemClock, uuidIds, uuidv7 } from '../adapters/system/index.js';
import type { ServerConfig } from '../config/index.js';
import { fail } from '../domain/shared/index.js';
import { en } from '../i18n/index.js';
import { workerEmgAnalyzer } from './emg-analyzer.js';
import { fhirHttpDeps } from './fhir.js';
import { VERSION } from './version.js';

export interface Service {
  readonly app: FastifyInstance;
  readonly routes: readonly RouteSpec[];
  readonly registered: readonly { readonly method: string; readonly url: string }[];
  readonly store: OpenStore;
  readonly deps: EmgDeps;
  /** This process's name in job claims. */
  readonly worker: string;
  close(): Promise<void>;
}

export interface ServiceOptions {
  readonly clock?: Clock;
  readonly secrets?: Secrets;
  /** Run the EMG job runner (default: as configured). */
  readonly emgWorker?: boolean;
  /** The built web app to serve under `/` (`tonus serve` finds `web/dist`); API only when absent. */
  readonly webRoot?: string;
  /** Where the server's log lines go (standard output when absent). */
  readonly logStream?: { write(line: string): unknown };
}

export async function createService(
  config: ServerConfig,
  o: ServiceOptions = {},
): Promise<Service> {
  if (config.database.dialect === 'sqlite') {
    mkdirSync(config.dataDir, { recursive: true });
  }
  // the log exists only once the HTTP server does; a connection lost before then is replaced unheard
  let connectionLost: (e: Error) => void = () => undefined;
  const store = await openStore(config.database, (e) => {
    connectionLost(e);
  });
  const files = diskFileStore(join(config.dataDir, 'emg'));
  const worker = `${hostname()}:${process.pid}:${uuidv7().slice(-8)}`;
  let runner: JobRunner | null = null;
  const deps: EmgDeps = {
    store,
    clock: o.clock ?? systemClock,
    ids: uuidIds,
    secrets: o.secrets ?? scryptSecrets(config.scryptLog2N),
    settings: {
      sessionTtlMs: config.sessionTtlMs,
      sessionIdleMs: config.sessionIdleMs,
      tokenTtlMs: config.tokenTtlMs,
      inviteTtlMs: config.inviteTtlMs,
      resetTtlMs: config.resetTtlMs,
    },
    messages: en,
    summaries: createSummaryCache(),
    files,
    recordings: {
      // a stored file that has gone (deleted at the host) is a missing record, not a crash
      open: (f) =>
        openFileBytes(files.pathOf(f)).catch(() =>
          fail([{ code: 'record.not_found', path: [], params: { resource: 'EMG recording' } }]),
        ),
    },
    analyzer: workerEmgAnalyzer(files),
    maxUploadBytes: config.maxUploadBytes,
    onQueued: () => runner?.kick(),
  };
  const warnings: string[] = [];
  const fhir = fhirHttpDeps(config, deps, VERSION, (m) => warnings.push(m));
  const http = await buildHttpServer(deps, {
    fhir,
    publicOrigin: config.publicOrigin,
    maxJsonBytes: config.maxJsonBytes,
    loginPerMinute: config.loginPerMinute,
    logLevel: config.logLevel,
    version: VERSION,
    renderReport: encounterReport,
    databaseUnreachable: isDatabaseUnreachable,
    ...(o.webRoot === undefined ? {} : { webRoot: o.webRoot }),
    ...(o.logStream === undefined ? {} : { logStream: o.logStream }),
  });
  for (const w of warnings) {
    http.app.log.warn(w);
  }
  connectionLost = (e) => {
    const code = 'code' in e ? String(e.code) : undefined;
    http.app.log.warn(
      { code, message: e.message },
      'a database connection ended; the next request opens a new one',
    );
  };
  if (o.emgWorker ?? config.emgWorker) {
    runner = startJobRunner(deps, worker);
  }
  return {
    app: http.app,
    routes: http.routes,
    registered: http.registered,
    store,
    deps,
    worker,
    async close() {
      await runner?.stop();
      await http.app.close();
      await store.close();
    },
  };
}

export { seedDemo };

/**
 * @module Vitest global set-up: the PostgreSQL every storage and API test also runs on. `TEST_PG_URL` when
 * set (CI starts its own cluster), otherwise a throwaway cluster started here and removed at the end.
 * Without either the run fails: the PostgreSQL tests are never skipped silently.
 */
import type { TestProject } from 'vitest/node';
import { startPgCluster, type PgCluster } from './pg-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

let cluster: PgCluster | undefined;

export default async function setup(project: TestProject): Promise<() => void> {
  let url = process.env.TEST_PG_URL;
  if (url === undefined || url === '') {
    cluster = await startPgCluster();
    url = cluster.url;
  }
  project.provide('pgUrl', url);
  return () => {
    cluster?.stop();
  };
}

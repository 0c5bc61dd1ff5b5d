/**
 * @module Crash safety: a real `tonus serve` child process takes diary entries as fast as they come and is
 * killed with SIGKILL at a random moment; after a restart every entry it had acknowledged is there, intact.
 * 20 short runs on SQLite, 3 on PostgreSQL; each run is bounded in time and requests. The same for reads:
 * the audit entry of a read is not waited for on disk, but it is committed before the answer, so a burst of
 * answered chart reads followed at once by SIGKILL leaves every one of their audit entries.
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DiaryEntry } from '../../src/domain/records/index.js';
// each restart is a plain Node start of the bundled CLI, not a TypeScript load
import { bundleCli } from '../support/bundle.js';
import { startChild as startServeChild } from '../support/serve-child.js';
import { freshDb, registerPatient, startService, type TestDb } from '../support/service.js';

const RUNS = { sqlite: 20, postgres: 3 } as const;
/** Runs of the read burst: chart reads answered, then the server killed at once. */
const READ_RUNS = { sqlite: 5, postgres: 2 } as const;
/** Chart reads acknowledged per read run before the kill. */
const READS = 200;
const CLIENTS = 16;
/** Writes acknowledged in a run before the kill is armed, so each run kills a server under load. */
const ARM_AFTER = 10;
/** A run never posts longer than this, whatever happens to the kill. */
const MAX_RUN_MS = 5000;

function startChild(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  return startServeChild(bundle.file, env);
}

let bundle: { file: string; remove: () => void };
beforeAll(async () => {
  bundle = await bundleCli('crash');
});
afterAll(() => {
  bundle.remove();
});

describe.each(['sqlite', 'postgres'] as const)('crash safety on %s', (dialect) => {
  let db: TestDb;
  let token: string;
  let patientId: string;

  beforeAll(async () => {
    db = await freshDb(dialect);
    const s = await startService(db);
    const p = await registerPatient(s, 'Crash Test');
    const t = await s.app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: p.headers,
      payload: { label: 'crash test' },
    });
    token = (JSON.parse(t.body) as { token: string }).token;
    patientId = p.patientId ?? '';
    await s.close();
  });
  afterAll(async () => {
    await db.drop();
  });

  test(
    `every acknowledged diary entry survives SIGKILL (${RUNS[dialect]} runs)`,
    { timeout: 240_000 },
    async () => {
      const acked: DiaryEntry[] = [];
      const trace: string[] = [];
      for (let run = 0; run < RUNS[dialect]; run += 1) {
        const { child, base } = await startChild(db.env);
        const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
        // the kill lands at a random moment once writes are flowing
        const killAfter = Math.floor(Math.random() * 300);
        const ackedBefore = acked.length;
        const state = { alive: true };
        const isAlive = (): boolean => state.alive;
        let armed = false;
        const kill = (): void => {
          state.alive = false;
          child.kill('SIGKILL');
        };
        const guard = setTimeout(kill, MAX_RUN_MS);
        const client = async (c: number): Promise<void> => {
          for (let i = 0; state.alive; i += 1) {
            try {
              const r = await fetch(`${base}/api/patients/${patientId}/diary`, {
                method: 'POST',
                headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
                body: JSON.stringify({
                  startedAt: new Date(Date.UTC(2026, 0, 1, 0, run, c, i % 1000)).toISOString(),
                  durationMinutes: (run + i) % 60,
                  psfsSeverity: 1 + (i % 3),
                  painNrs: (c + i) % 11,
                  note: `run ${run} client ${c} entry ${i}`,
                }),
              });
              if (r.status !== 201) {
                throw new Error(`unexpected ${r.status}: ${await r.text()}`);
              }
              acked.push((await r.json()) as DiaryEntry);
              if (!armed && acked.length - ackedBefore >= ARM_AFTER) {
                armed = true;
                setTimeout(kill, killAfter);
              }
            } catch (e) {
              // once the server is killed, refused and cut-off requests are expected: they were never acknowledged
              if (isAlive()) {
                throw e;
              }
            }
          }
        };
        await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
        clearTimeout(guard);
        const code = await exited;
        trace.push(
          `run ${run}: ${acked.length - ackedBefore} acknowledged, killed ${killAfter} ms after arming, exit ${String(code)}`,
        );
      }
      const s = await startService(db);
      try {
        const stored = new Map((await s.store.read.diary.list(patientId)).map((e) => [e.id, e]));
        const missing = acked.filter((e) => stored.get(e.id) === undefined);
        expect(missing, `${missing.length} of ${acked.length} acknowledged entries lost`).toEqual(
          [],
        );
        for (const e of acked) {
          expect(stored.get(e.id)).toEqual(e);
        }
        expect(acked.length, trace.join('; ')).toBeGreaterThanOrEqual(RUNS[dialect] * ARM_AFTER);
      } finally {
        await s.close();
      }
    },
  );

  test(
    `every answered chart read has its audit entry after SIGKILL (${READ_RUNS[dialect]} runs)`,
    { timeout: 240_000 },
    async () => {
      const answered: string[] = [];
      for (let run = 0; run < READ_RUNS[dialect]; run += 1) {
        const { child, base } = await startChild(db.env);
        const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
        const guard = setTimeout(() => child.kill('SIGKILL'), MAX_RUN_MS);
        let sent = 0;
        const client = async (): Promise<void> => {
          while (sent < READS) {
            sent += 1;
            const r = await fetch(`${base}/api/patients/${patientId}/summary`, {
              headers: { authorization: `Bearer ${token}` },
            });
            expect(r.status).toBe(200);
            await r.arrayBuffer();
            answered.push(r.headers.get('x-request-id') ?? '');
          }
        };
        await Promise.all(Array.from({ length: CLIENTS }, () => client()));
        // right after the last answer: the flush that makes these entries durable may still be running
        child.kill('SIGKILL');
        clearTimeout(guard);
        await exited;
      }
      expect(answered).toHaveLength(READ_RUNS[dialect] * READS);
      const s = await startService(db);
      try {
        const audited = new Set(
          (
            await s.store.db
              .selectFrom('audit_log')
              .select('request_id')
              .where('action', '=', 'summary.read')
              .where('patient_id', '=', patientId)
              .where('outcome', '=', 'allowed')
              .execute()
          ).map((r) => r.request_id),
        );
        const missing = answered.filter((id) => !audited.has(id));
        expect(missing, `${missing.length} of ${answered.length} answered reads unaudited`).toEqual(
          [],
        );
      } finally {
        await s.close();
      }
    },
  );
});

/**
 * @module `tonus db restore` never replaces a database a server is using: refused (exit 2, naming the
 * database in use) while a real `tonus serve` child or an in-process service has it open, so a diary entry
 * acknowledged by that server is still there after its restart; once the server was killed with SIGKILL
 * (no clean-up at all) the same restore goes through.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundleCli } from '../support/bundle.js';
import { operatorCli, type Tonus } from '../support/cli.js';
import { killChild, startChild } from '../support/serve-child.js';
import { freshDb, registerPatient, startService, type TestDb } from '../support/service.js';

let bundle: { file: string; remove: () => void };
let db: TestDb;
let tonus: Tonus;
let token: string;
let patientId: string;

beforeAll(async () => {
  bundle = await bundleCli('restore');
  db = await freshDb('sqlite');
  const s = await startService(db);
  const p = await registerPatient(s, 'Restore Test');
  const t = await s.app.inject({
    method: 'POST',
    url: '/api/auth/tokens',
    headers: p.headers,
    payload: { label: 'restore test' },
  });
  token = (JSON.parse(t.body) as { token: string }).token;
  patientId = p.patientId ?? '';
  await s.close();
  tonus = operatorCli(db.env);
});
afterAll(async () => {
  bundle.remove();
  await db.drop();
});

const entry = (note: string): RequestInit => ({
  method: 'POST',
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  body: JSON.stringify({
    startedAt: '2026-11-20T08:00:00.000Z',
    durationMinutes: 20,
    psfsSeverity: 2,
    painNrs: 5,
    note,
  }),
});

async function notes(): Promise<string[]> {
  const s = await startService(db);
  try {
    const r = await s.app.inject({
      method: 'GET',
      url: `/api/patients/${patientId}/diary`,
      headers: { authorization: `Bearer ${token}` },
    });
    return (JSON.parse(r.body) as { items: { note?: string }[] }).items.map((i) => i.note ?? '');
  } finally {
    await s.close();
  }
}

describe('restoring a SQLite database a server is using', () => {
  test(
    'is refused while `tonus serve` runs, the acknowledged entry survives a restart, and goes through once the server was killed',
    { timeout: 120_000 },
    async () => {
      const file = join(db.dataDir, 'before.db');
      const { child, base } = await startChild(bundle.file, db.env);
      try {
        expect((await tonus('db', 'backup', file)).code).toBe(0);
        const posted = await fetch(
          `${base}/api/patients/${patientId}/diary`,
          entry('after backup'),
        );
        expect(posted.status).toBe(201);
        const refused = await tonus('db', 'restore', file);
        expect(refused.code).toBe(2);
        expect(refused.err).toMatch(/tonus\.db is in use/);
        expect(refused.err).toMatch(/stop every server/);
        // the server still answers from the same database
        const read = await fetch(`${base}/api/patients/${patientId}/diary`, {
          headers: { authorization: `Bearer ${token}` },
        });
        expect(JSON.stringify(await read.json())).toContain('after backup');
      } finally {
        await killChild(child);
      }
      expect(await notes()).toContain('after backup');
      // SIGKILL left no lock behind: the restore goes through and the later entry is gone
      const restored = await tonus('db', 'restore', file);
      expect(restored.code, restored.err).toBe(0);
      expect(await notes()).not.toContain('after backup');
    },
  );

  test('is refused while a service in this very process has it open, and the database is unchanged', async () => {
    const file = join(db.dataDir, 'second.db');
    expect((await tonus('db', 'backup', file)).code).toBe(0);
    const s = await startService(db);
    try {
      const posted = await s.app.inject({
        method: 'POST',
        url: `/api/patients/${patientId}/diary`,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        payload: (entry('kept') as { body: string }).body,
      });
      expect(posted.statusCode).toBe(201);
      const refused = await tonus('db', 'restore', file);
      expect(refused.code).toBe(2);
      expect(refused.err).toMatch(/is in use/);
    } finally {
      await s.close();
    }
    expect(await notes()).toContain('kept');
  });
});

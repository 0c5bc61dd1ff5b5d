/**
 * @module The operator's commands through the real CLI program and runtime: `tonus db backup` and
 * `tonus db restore` in a round trip on SQLite (refused with pg_dump guidance on PostgreSQL), and
 * `tonus audit` through the same use case as `GET /api/audit`.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { operatorCli, type Tonus } from '../support/cli.js';
import { VALID_BODIES } from '../support/bodies.js';
import {
  buildWorld,
  DIALECTS,
  freshDb,
  startService,
  type TestDb,
  type World,
} from '../support/service.js';

describe.each(DIALECTS)('operator commands on %s', (dialect) => {
  let db: TestDb;
  let w: World;
  let tonus: Tonus;

  beforeAll(async () => {
    db = await freshDb(dialect);
    const s = await startService(db);
    w = await buildWorld(s);
    await s.app.inject({
      method: 'POST',
      url: `/api/patients/${w.patient.patientId}/diary`,
      headers: w.patient.headers,
      payload: VALID_BODIES['POST /api/patients/:id/diary']?.(),
    });
    await s.close();
    tonus = operatorCli(db.env);
  });
  afterAll(async () => {
    await db.drop();
  });

  test('tonus audit lists sign-ins as JSON, and a bad limit is refused with exit 2', async () => {
    const r = await tonus('audit', '--action', 'auth.login', '--json');
    expect(r.code).toBe(0);
    const entries = JSON.parse(r.out) as { action: string; actorRole: string }[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.action === 'auth.login')).toBe(true);
    const bad = await tonus('audit', '--limit', '0');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--limit/);
  });

  test('the operator reading the audit log is itself audited', async () => {
    const r = await tonus('audit', '--action', 'audit.read', '--json');
    const entries = JSON.parse(r.out) as { actorRole: string }[];
    expect(entries.some((e) => e.actorRole === 'operator')).toBe(true);
  });

  if (dialect === 'postgres') {
    test('db backup on PostgreSQL names pg_dump instead', async () => {
      const r = await tonus('db', 'backup', join(db.dataDir, 'x.db'));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/pg_dump/);
    });
  }

  if (dialect === 'sqlite') {
    test('a backup restores the database as it was, later writes gone', async () => {
      const file = join(db.dataDir, 'backup.db');
      const backup = await tonus('db', 'backup', file);
      expect(backup.code, backup.err).toBe(0);
      expect(existsSync(file)).toBe(true);
      const s = await startService(db);
      const diary = `/api/patients/${w.patient.patientId}/diary`;
      const count = async (svc: typeof s): Promise<number> =>
        (
          JSON.parse(
            (await svc.app.inject({ method: 'GET', url: diary, headers: w.patient.headers })).body,
          ) as { items: unknown[] }
        ).items.length;
      const atBackup = await count(s);
      await s.app.inject({
        method: 'POST',
        url: diary,
        headers: w.patient.headers,
        payload: VALID_BODIES['POST /api/patients/:id/diary']?.(),
      });
      expect(await count(s)).toBe(atBackup + 1);
      await s.close();
      const restore = await tonus('db', 'restore', file);
      expect(restore.code, restore.err).toBe(0);
      const after = await startService(db);
      expect(await count(after)).toBe(atBackup);
      await after.close();
      expect((await tonus('db', 'backup', file)).code).toBe(2);
    });

    test('a backup into a folder that does not exist yet makes the folder, as the README shows', async () => {
      const file = join(db.dataDir, 'backups', 'nested', 'tonus.db');
      const r = await tonus('db', 'backup', file);
      expect(r.code, r.err).toBe(0);
      expect(existsSync(file)).toBe(true);
    });

    test('a backup whose folder is a file is refused with exit 2 naming the folder, and writes nothing', async () => {
      const blocker = join(db.dataDir, 'not-a-folder');
      writeFileSync(blocker, 'a file in the way');
      const r = await tonus('db', 'backup', join(blocker, 'tonus.db'));
      expect(r.code).toBe(2);
      expect(r.err).toContain(`cannot make the folder ${blocker}`);
      expect(r.err).not.toMatch(/internal error/);
    });

    test('restoring a file that is not a Tonus database is refused and changes nothing', async () => {
      const junk = join(db.dataDir, 'junk.db');
      writeFileSync(junk, 'not a database at all');
      const r = await tonus('db', 'restore', junk);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/not a SQLite database|damaged/);
      const s = await startService(db);
      expect(
        (await s.app.inject({ method: 'GET', url: '/api/me', headers: w.patient.headers }))
          .statusCode,
      ).toBe(200);
      await s.close();
    });
  }

  test('the operator creates an admin who can sign in; without the password variable it is refused', async () => {
    const email = `boss-${Date.now()}@test.invalid`;
    const missing = await tonus('admin', 'create', '--email', email, '--name', 'Boss');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/TONUS_ADMIN_PASSWORD/);
    const withPassword = operatorCli({ ...db.env, TONUS_ADMIN_PASSWORD: 'a long admin password' });
    const r = await withPassword('admin', 'create', '--email', email, '--name', 'Boss');
    expect(r.code, r.err).toBe(0);
    const s = await startService(db);
    const login = await s.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: 'a long admin password' },
    });
    expect(JSON.parse(login.body)).toMatchObject({ role: 'admin', patientId: null });
    await s.close();
    expect((await withPassword('admin', 'create', '--email', email, '--name', 'Again')).code).toBe(
      2,
    );
  });

  test('serve with a port that is not a number exits 2 naming --port', async () => {
    const r = await tonus('serve', '--port', 'abc');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--port/);
  });
});

describe('operator commands when the database cannot be reached', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'tonus-unreachable-'));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  function urlWith(parts: { password?: string; database?: string; port?: string }): string {
    const u = new URL(inject('pgUrl'));
    if (parts.password !== undefined) {
      u.password = parts.password;
    }
    if (parts.port !== undefined) {
      u.port = parts.port;
    }
    u.pathname = `/${parts.database ?? 'postgres'}`;
    return u.toString();
  }

  test('a missing database: exit 69, naming the database without its password and what failed', async () => {
    const url = urlWith({ password: 'sekrit-pw', database: 'no_such_tonus_db' });
    const r = await operatorCli({ DATABASE_URL: url, TONUS_DATA_DIR: dataDir })('audit');
    expect(r.code).toBe(69);
    expect(r.err).toMatch(
      /^error: cannot open the database postgres:\/\/[^ ]*\/no_such_tonus_db: /,
    );
    expect(r.err).toMatch(/no such database/);
    expect(r.err).toContain('[operator.database_unavailable]');
    expect(r.err).not.toContain('sekrit-pw');
    expect(r.err).not.toMatch(/internal error/);
  });

  test('a server that does not answer: exit 69 for audit, admin and serve alike', async () => {
    const env = {
      DATABASE_URL: `${urlWith({ port: '1' })}?password=query-secret`,
      TONUS_DATA_DIR: dataDir,
      TONUS_ADMIN_PASSWORD: 'a long admin password',
    };
    const tonus = operatorCli(env);
    for (const args of [
      ['audit'],
      ['admin', 'create', '--email', 'it@test.invalid', '--name', 'IT'],
      ['serve', '--port', '0'],
    ]) {
      const r = await tonus(...args);
      expect(r.code, `${args.join(' ')}: ${r.err}`).toBe(69);
      expect(r.err).toMatch(/no database server answers there/);
      expect(r.err).not.toContain('query-secret');
    }
  });
});

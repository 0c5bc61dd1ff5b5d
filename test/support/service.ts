/**
 * @module A fresh service per test file on either database: SQLite in a temporary folder, or a new
 * PostgreSQL database on the test cluster; cheap scrypt, silent logs, no background EMG runner.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { ok } from '../../src/domain/shared/index.js';
import { loadConfig, type ServerConfig } from '../../src/config/index.js';
import { createService, type Service, type ServiceOptions } from '../../src/main/server.js';

export const DIALECTS = ['sqlite', 'postgres'] as const;
export type TestDialect = (typeof DIALECTS)[number];

export interface TestDb {
  readonly dataDir: string;
  readonly env: Record<string, string>;
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** An empty database (and data folder) of the dialect; `drop` removes both. */
export async function freshDb(dialect: TestDialect): Promise<TestDb> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tonus-test-'));
  const base = {
    TONUS_DATA_DIR: dataDir,
    TONUS_SCRYPT_LOG2N: '10',
    TONUS_LOG_LEVEL: 'silent',
    TONUS_LOGIN_PER_MINUTE: '10000',
  };
  if (dialect === 'sqlite') {
    return {
      dataDir,
      env: base,
      drop: () => {
        rmSync(dataDir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const admin = inject('pgUrl');
  const name = `t_${Math.random().toString(36).slice(2, 12)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  return {
    dataDir,
    env: { ...base, DATABASE_URL: withDatabase(admin, name) },
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function configOf(db: TestDb, extra: Record<string, string> = {}): ServerConfig {
  const cfg = loadConfig({ ...db.env, ...extra });
  if (!cfg.ok) {
    throw new Error(JSON.stringify(cfg.issues));
  }
  return cfg.value;
}

export function startService(
  db: TestDb,
  extra: Record<string, string> = {},
  o: ServiceOptions = {},
): Promise<Service> {
  return createService(configOf(db, extra), { emgWorker: false, ...o });
}

export interface Principal {
  readonly userId: string;
  readonly role: 'patient' | 'clinician' | 'admin';
  readonly patientId: string | null;
  /** Headers a browser would send: the session cookie and this site's Origin. */
  readonly headers: Record<string, string>;
}

export const ORIGIN = 'http://localhost:80';

function cookieOf(setCookie: string | string[] | undefined): string {
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  if (first === undefined) {
    throw new Error('no session cookie');
  }
  return first.split(';')[0] ?? '';
}

function principal(body: string, setCookie: string | string[] | undefined): Principal {
  const me = JSON.parse(body) as { id: string; role: Principal['role']; patientId: string | null };
  return {
    userId: me.id,
    role: me.role,
    patientId: me.patientId,
    headers: { cookie: cookieOf(setCookie), origin: ORIGIN },
  };
}

let counter = 0;

export async function registerPatient(s: Service, name = 'Pat'): Promise<Principal> {
  counter += 1;
  const r = await s.app.inject({
    method: 'POST',
    url: '/api/auth/register',
    payload: {
      email: `p${counter}-${Date.now()}@test.invalid`,
      password: 'correct horse battery',
      name,
    },
  });
  if (r.statusCode !== 201) {
    throw new Error(`register: ${r.statusCode} ${r.body}`);
  }
  return principal(r.body, r.headers['set-cookie']);
}

/** The first admin, written straight into the store as an operator would, then signed in. */
export async function firstAdmin(s: Service): Promise<Principal> {
  counter += 1;
  const email = `admin${counter}-${Date.now()}@test.invalid`;
  const passwordHash = await s.deps.secrets.hashPassword('correct horse battery');
  await s.deps.store.transact(async (tx) => {
    await tx.users.insert({
      id: s.deps.ids.newId(),
      email,
      name: 'Admin',
      role: 'admin',
      passwordHash,
      patientId: null,
      createdAt: s.deps.clock.now(),
    });
    return ok(null);
  });
  const r = await s.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: 'correct horse battery' },
  });
  return principal(r.body, r.headers['set-cookie']);
}

export async function invitedClinician(s: Service, admin: Principal): Promise<Principal> {
  counter += 1;
  const inv = await s.app.inject({
    method: 'POST',
    url: '/api/admin/invitations',
    headers: admin.headers,
    payload: {
      email: `c${counter}-${Date.now()}@test.invalid`,
      name: 'Dr Test',
      role: 'clinician',
    },
  });
  if (inv.statusCode !== 201) {
    throw new Error(`invite: ${inv.statusCode} ${inv.body}`);
  }
  const { token } = JSON.parse(inv.body) as { token: string };
  const r = await s.app.inject({
    method: 'POST',
    url: '/api/auth/accept-invite',
    payload: { token, password: 'another long password' },
  });
  return principal(r.body, r.headers['set-cookie']);
}

export async function assignPatient(
  s: Service,
  admin: Principal,
  clinician: Principal,
  patient: Principal,
): Promise<void> {
  const r = await s.app.inject({
    method: 'POST',
    url: '/api/admin/assignments',
    headers: admin.headers,
    payload: { clinicianId: clinician.userId, patientId: patient.patientId },
  });
  if (r.statusCode !== 201) {
    throw new Error(`assign: ${r.statusCode} ${r.body}`);
  }
}

/** The cast of the access matrix: a patient, another patient, their clinician, another clinician, an admin. */
export interface World {
  readonly admin: Principal;
  readonly patient: Principal;
  readonly otherPatient: Principal;
  readonly clinician: Principal;
  readonly otherClinician: Principal;
}

export async function buildWorld(s: Service): Promise<World> {
  const admin = await firstAdmin(s);
  const patient = await registerPatient(s, 'Patient One');
  const otherPatient = await registerPatient(s, 'Patient Two');
  const clinician = await invitedClinician(s, admin);
  const otherClinician = await invitedClinician(s, admin);
  await assignPatient(s, admin, clinician, patient);
  await assignPatient(s, admin, otherClinician, otherPatient);
  return { admin, patient, otherPatient, clinician, otherClinician };
}

/** What `useService` gives the tests of its describe block, each read once its `beforeAll` has run. */
export interface ServiceFixture {
  readonly db: TestDb;
  readonly s: Service;
  /** The cast of `buildWorld`: only with `world: true`. */
  readonly w: World;
}

export interface UseServiceOptions {
  /** Settings over the database's own, as `startService`'s `extra`. */
  readonly env?: Record<string, string>;
  /** As `startService`'s `o`; a function is called in the hook, when what an earlier hook made is there. */
  readonly options?: ServiceOptions | (() => ServiceOptions);
  /** Build the world (`buildWorld`) once the service is up. */
  readonly world?: boolean;
}

/**
 * A fresh database and service for the calling describe block: registers its `beforeAll` (the database, the
 * service, then the world when asked for) and its `afterAll` (the service closed, then the database dropped).
 * @param dialect - The database the service runs on.
 * @returns Getters for `db`, `s` and `w`; each throws if read before the `beforeAll` has run.
 */
export function useService(
  dialect: TestDialect,
  { env = {}, options = {}, world = false }: UseServiceOptions = {},
): ServiceFixture {
  let db: TestDb | undefined;
  let s: Service | undefined;
  let w: World | undefined;
  beforeAll(async () => {
    db = await freshDb(dialect);
    s = await startService(db, env, typeof options === 'function' ? options() : options);
    if (world) {
      w = await buildWorld(s);
    }
  });
  afterAll(async () => {
    await s?.close();
    await db?.drop();
  });
  function ready<T>(value: T | undefined, name: 'db' | 's' | 'w'): T {
    if (value === undefined) {
      throw new Error(
        name === 'w' && !world
          ? 'useService: `w` is built only with `world: true`'
          : `useService: \`${name}\` is read before its beforeAll has run (read it inside a hook or a test)`,
      );
    }
    return value;
  }
  return {
    get db() {
      return ready(db, 'db');
    },
    get s() {
      return ready(s, 's');
    },
    get w() {
      return ready(w, 'w');
    },
  };
}

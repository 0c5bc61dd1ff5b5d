/**
 * @module `npm run bench:api`: autocannon on 127.0.0.1 against `tonus serve` (a child process, demo clinic)
 * on SQLite and on PostgreSQL, with a bare Fastify route in the same run as the ceiling. GET a patient
 * summary and POST a diary entry with 50 connections; prints requests/s, p50/p99 latency and errors, and
 * checks the targets on SQLite: GET at least half the bare route, POST at least 2,000 durable writes/s.
 * On SQLite it also loads `GET /api/health`, which touches no database: the server's own fixed cost per
 * request, between the bare route and the summary. A reference route that is not Tonus
 * (`floor-server.ts`: a session looked up in SQLite, the read's audit entry committed, the summary's
 * bytes; nothing else) shows how much of the bare route's throughput that work alone leaves here.
 * Beside req/s it prints the server process's processor time per request (user + system, from /proc on
 * Linux): req/s moves with whatever else runs on the machine, the cost per request much less.
 * On SQLite the bare route, health, the summary and the reference take turns (`BENCH_ROUNDS`, default 3)
 * so that all meet the same moments of the shared machine, and the rows combine each load's turns.
 * Bounded: every load lasts `BENCH_SECONDS` (default 10) per turn after a warm-up of `BENCH_WARMUP_SECONDS`
 * (default 2, not counted) and only loopback is addressed. The load average is printed at the start and the end: the
 * two cores are shared with whatever else runs, so read the figures with it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { bundleCli } from '../../test/support/bundle.js';
import { startPgCluster, type PgCluster } from '../../test/support/pg-cluster.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/**
 * On SQLite the bare route, health, the summary and the reference take turns this many times (each load
 * `SECONDS` per turn), so the ceiling and what is compared with it meet the same moments of a shared
 * machine; one load measured half a minute after another can differ by a third on its own.
 */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const CONNECTIONS = 50;
/** `BENCH_DATABASES=postgres` (or `sqlite`) loads one database only, for quick comparisons; both by default. */
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',');

interface Row {
  readonly db: string;
  readonly load: string;
  readonly rps: number;
  /** The server process's processor time per answered request (user + system, µs), when Linux tells it. */
  readonly cpuUs: number | null;
  /** PostgreSQL's processes' processor time per answered request (µs): they share the cores too. */
  readonly dbCpuUs: number | null;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
}

function start(
  cmd: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(cmd, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer): void => {
      out += d.toString();
      const m = /serving on (http:\/\/[^\s]+)/.exec(out);
      if (m?.[1] !== undefined) {
        resolve({ child, base: m[1].replace('localhost', '127.0.0.1') });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => {
      reject(new Error(`exited ${String(code)}: ${out}`));
    });
  });
}

/** The JIT and the database's caches warm up before a measured run; the warm-up is not counted. */
async function warmUp(opts: autocannon.Options): Promise<void> {
  if (WARMUP_SECONDS > 0) {
    await autocannon({ connections: CONNECTIONS, duration: WARMUP_SECONDS, ...opts });
  }
}

/**
 * Processor time the process `pid` has used so far (user + system, µs), from /proc; `null` elsewhere. It
 * counts the server's own work only, so unlike req/s it hardly moves with what else runs on the machine.
 */
function cpuTime(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${String(pid)}/stat`, 'utf8')
      .split(') ')[1]
      ?.split(' ');
    // utime and stime, in clock ticks of 10 ms (USER_HZ is 100 on Linux)
    return (Number(fields?.[11]) + Number(fields?.[12])) * 10_000;
  } catch {
    return null;
  }
}

/**
 * Processor time used so far by the PostgreSQL cluster whose postmaster is `postmaster` and by all its
 * children (backends, WAL writer, checkpointer); `null` when unknown or off Linux.
 */
function clusterCpuTime(postmaster: number | null): number | null {
  if (postmaster === null) {
    return null;
  }
  try {
    let total = cpuTime(postmaster) ?? 0;
    for (const pid of readdirSync('/proc')) {
      if (/^\d+$/.test(pid)) {
        try {
          const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ');
          if (Number(fields?.[1]) === postmaster) {
            total += (Number(fields?.[11]) + Number(fields?.[12])) * 10_000;
          }
        } catch {
          // the process ended meanwhile
        }
      }
    }
    return total;
  } catch {
    return null;
  }
}

/** The pid of the postmaster of the cluster `client` is connected to, when it runs on this machine. */
async function postmasterOf(client: pg.Client): Promise<number | null> {
  const r = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
  try {
    const backend = r.rows[0]?.pid;
    const fields = readFileSync(`/proc/${String(backend)}/stat`, 'utf8')
      .split(') ')[1]
      ?.split(' ');
    return Number(fields?.[1]);
  } catch {
    return null;
  }
}

let postmaster: number | null = null;

async function load(
  title: string,
  db: string,
  opts: autocannon.Options,
  server: ChildProcess,
): Promise<Row & { answered2xx: number }> {
  const before = cpuTime(server.pid);
  const dbBefore = db === 'postgres' ? clusterCpuTime(postmaster) : null;
  const r = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts });
  const after = cpuTime(server.pid);
  const dbAfter = db === 'postgres' ? clusterCpuTime(postmaster) : null;
  return {
    answered2xx: r['2xx'],
    db,
    load: title,
    rps: Math.round(r.requests.average),
    cpuUs:
      before === null || after === null || r.requests.total === 0
        ? null
        : Math.round((after - before) / r.requests.total),
    dbCpuUs:
      dbBefore === null || dbAfter === null || r.requests.total === 0
        ? null
        : Math.round((dbAfter - dbBefore) / r.requests.total),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

/** One row for the turns of one load: requests over the whole time, the middle p50, the worst p99. */
function combine(turns: readonly Row[]): Row {
  const first = turns[0];
  if (first === undefined) {
    throw new Error('no turns to combine');
  }
  const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const sorted = turns.map((t) => t.p50).sort((a, b) => a - b);
  const cpu = turns.map((t) => t.cpuUs);
  return {
    db: first.db,
    load: first.load,
    rps: Math.round(mean(turns.map((t) => t.rps))),
    cpuUs: cpu.every((c) => c !== null) ? Math.round(mean(cpu)) : null,
    dbCpuUs: null,
    p50: sorted[Math.floor(sorted.length / 2)] ?? first.p50,
    p99: Math.max(...turns.map((t) => t.p99)),
    errors: turns.reduce((a, t) => a + t.errors, 0),
    non2xx: turns.reduce((a, t) => a + t.non2xx, 0),
  };
}

async function signIn(base: string): Promise<{ cookie: string; patientId: string }> {
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'ada@demo.tonus.invalid', password: 'demo-patient-2026' }),
  });
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const me = (await r.json()) as { patientId: string };
  return { cookie, patientId: me.patientId };
}

async function diaryCount(base: string, cookie: string, patientId: string): Promise<number> {
  const r = await fetch(`${base}/api/patients/${patientId}/diary`, { headers: { cookie } });
  return ((await r.json()) as { items: unknown[] }).items.length;
}

/** A load on some server: what autocannon asks and whose processor time is counted. */
interface Load {
  readonly title: string;
  readonly db: string;
  readonly opts: autocannon.Options;
  readonly server: ChildProcess;
}

/** Each round's share of the bare route's throughput, for the summary and the reference. */
const roundShares: { summary: number; floor: number | null }[] = [];

/**
 * Warms each load up once, then runs them in turn `ROUNDS` times and combines each load's turns. The
 * first load is the ceiling the others' shares are taken of.
 */
async function interleaved(loads: readonly Load[]): Promise<Row[]> {
  for (const l of loads) {
    await warmUp(l.opts);
  }
  const turns: Row[][] = loads.map(() => []);
  for (let round = 0; round < ROUNDS; round += 1) {
    const rps = new Map<string, number>();
    for (const [i, l] of loads.entries()) {
      const turn = await load(l.title, l.db, l.opts, l.server);
      turns[i]?.push(turn);
      rps.set(l.title, turn.rps);
    }
    const ceiling = rps.get(BARE) ?? 0;
    if (ceiling > 0) {
      const floor = rps.get(FLOOR);
      roundShares.push({
        summary: (rps.get(SUMMARY) ?? 0) / ceiling,
        floor: floor === undefined ? null : floor / ceiling,
      });
    }
  }
  return turns.map(combine);
}

async function benchService(
  db: string,
  env: Record<string, string>,
  cli: string,
  /** Loads on other servers to take turns with the summary (SQLite): started once the summary exists. */
  companions?: (summaryBody: string) => Promise<{ before: Load[]; after: Load[] }>,
): Promise<Row[]> {
  const { child, base } = await start(process.execPath, [cli, 'serve', '--demo'], {
    ...env,
    PORT: '0',
    HOST: '127.0.0.1',
    TONUS_LOG_LEVEL: 'silent',
    TONUS_SCRYPT_LOG2N: '12',
    TONUS_EMG_WORKER: 'off',
  });
  try {
    const { cookie, patientId } = await signIn(base);
    const rows: Row[] = [];
    const summary = { url: `${base}/api/patients/${patientId}/summary`, headers: { cookie } };
    if (companions === undefined) {
      await warmUp(summary);
      rows.push(await load(SUMMARY, db, summary, child));
    } else {
      // the reference route sends the same bytes
      const answer = await fetch(summary.url, { headers: { cookie } });
      const { before, after } = await companions(await answer.text());
      rows.push(
        ...(await interleaved([
          ...before,
          // the same server's fixed cost per request (plugins, hooks, headers) without a database or a session
          {
            title: 'GET /api/health (no database)',
            db,
            opts: { url: `${base}/api/health` },
            server: child,
          },
          { title: SUMMARY, db, opts: summary, server: child },
          ...after,
        ])),
      );
    }
    const entry: autocannon.Options = {
      url: `${base}/api/patients/${patientId}/diary`,
      method: 'POST',
      headers: { cookie, origin: base, 'content-type': 'application/json' },
      body: JSON.stringify({
        startedAt: '2026-11-01T08:00:00Z',
        durationMinutes: 10,
        psfsSeverity: 2,
        painNrs: 5,
        trigger: 'lifting',
        note: 'bench',
      }),
    };
    await warmUp(entry);
    const before = await diaryCount(base, cookie, patientId);
    const post = await load('POST diary entry', db, entry, child);
    const stored = (await diaryCount(base, cookie, patientId)) - before;
    // autocannon stops at the deadline with requests in flight: those may be stored without being counted
    const tally =
      stored >= post.answered2xx
        ? `${stored} stored`
        : `only ${stored} stored of ${post.answered2xx}!`;
    rows.push({ ...post, load: `POST diary entry (${tally})` });
    if (stored < post.answered2xx) {
      lostWrites.push(db);
    }
    return rows;
  } finally {
    child.kill('SIGTERM');
  }
}

function table(rows: readonly Row[]): string {
  const head = [
    'database',
    'load',
    'req/s',
    'server µs/req',
    'PostgreSQL µs/req',
    'p50 ms',
    'p99 ms',
    'errors',
    'non-2xx',
  ];
  const body = rows.map((r) => [
    r.db,
    r.load,
    String(r.rps),
    r.cpuUs === null ? '-' : String(r.cpuUs),
    r.dbCpuUs === null ? '-' : String(r.dbCpuUs),
    String(r.p50),
    String(r.p99),
    String(r.errors),
    String(r.non2xx),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

const startLoad = loadAverage();
/** The reference's row: not Tonus, the least a summary route reading SQLite must do (`floor-server.ts`). */
const FLOOR = 'reference, not Tonus: session lookup + audit entry + summary bytes';
const BARE = 'GET bare Fastify route (ceiling)';
const SUMMARY = 'GET patient summary';
/** Databases where fewer entries were stored than acknowledged (never expected). */
const lostWrites: string[] = [];
const cli = await bundleCli('bench');
let cluster: PgCluster | undefined;
const dataDirs: string[] = [];
const benchDir = mkdtempSync(join(tmpdir(), 'tonus-bench-'));
dataDirs.push(benchDir);
/** The summary's bytes as Tonus sends them, for the reference route. */
const summaryFile = join(benchDir, 'summary.json');
try {
  const rows: Row[] = [];
  const bare = await start(process.execPath, ['--import', 'tsx', 'bench/api/bare-server.ts'], {});
  const servers: ChildProcess[] = [bare.child];
  try {
    const bareLoad: Load = {
      title: BARE,
      db: '-',
      opts: { url: `${bare.base}/bare` },
      server: bare.child,
    };
    if (DATABASES.includes('sqlite')) {
      const sqliteDir = mkdtempSync(join(tmpdir(), 'tonus-bench-'));
      dataDirs.push(sqliteDir);
      rows.push(
        ...(await benchService(
          'sqlite',
          { TONUS_DATA_DIR: sqliteDir },
          cli.file,
          async (summaryBody) => {
            writeFileSync(summaryFile, summaryBody);
            const floor = await start(
              process.execPath,
              ['--import', 'tsx', 'bench/api/floor-server.ts'],
              { FLOOR_BODY_FILE: summaryFile },
            );
            servers.push(floor.child);
            const floorLoad: Load = {
              title: FLOOR,
              db: '-',
              opts: { url: `${floor.base}/floor/patient-7`, headers: { cookie: 'sid=token-7' } },
              server: floor.child,
            };
            return { before: [bareLoad], after: [floorLoad] };
          },
        )),
      );
    } else {
      await warmUp(bareLoad.opts);
      rows.push(await load(BARE, '-', bareLoad.opts, bare.child));
    }
  } finally {
    for (const server of servers) {
      server.kill('SIGTERM');
    }
  }
  if (DATABASES.includes('postgres')) {
    let pgUrl = process.env.TEST_PG_URL;
    if (pgUrl === undefined || pgUrl === '') {
      cluster = await startPgCluster();
      pgUrl = cluster.url;
    }
    const name = `bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    postmaster = await postmasterOf(admin);
    await admin.query(`create database ${name}`);
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    const pgDir = mkdtempSync(join(tmpdir(), 'tonus-bench-'));
    dataDirs.push(pgDir);
    try {
      rows.push(
        ...(await benchService(
          'postgres',
          {
            TONUS_DATA_DIR: pgDir,
            DATABASE_URL: url.toString(),
            TONUS_DB_POOL: process.env.TONUS_DB_POOL ?? '20',
          },
          cli.file,
        )),
      );
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
  process.stdout.write(`${table(rows)}\n\n`);
  const ceiling = rows[0]?.rps ?? 0;
  const sqliteGet = rows.find((r) => r.db === 'sqlite' && r.load === 'GET patient summary');
  const sqlitePost = rows.find((r) => r.db === 'sqlite' && r.load.startsWith('POST'));
  const targets = [
    [
      `SQLite GET summary ≥ half the bare route (${Math.round(ceiling / 2)} req/s)`,
      (sqliteGet?.rps ?? 0) >= ceiling / 2,
    ],
    ['SQLite POST diary ≥ 2,000 durable writes/s', (sqlitePost?.rps ?? 0) >= 2000],
    ['no errors and no non-2xx answers', rows.every((r) => r.errors === 0 && r.non2xx === 0)],
    ['every acknowledged diary entry is stored', lostWrites.length === 0],
  ] as const;
  // the SQLite targets say nothing when SQLite was not loaded (BENCH_DATABASES)
  const checked = DATABASES.includes('sqlite') ? targets : targets.slice(2);
  for (const [what, ok] of checked) {
    process.stdout.write(`${ok ? 'PASS' : 'MISS'}  ${what}\n`);
  }
  const floorRow = rows.find((r) => r.load === FLOOR);
  if (floorRow !== undefined && ceiling > 0) {
    process.stdout.write(
      `for scale: the reference route reaches ${Math.round((100 * floorRow.rps) / ceiling)} % of the bare route, Tonus's summary ${Math.round((100 * (sqliteGet?.rps ?? 0)) / ceiling)} %\n`,
    );
  }
  if (roundShares.length > 0) {
    const pct = (x: number | null): string => (x === null ? '-' : `${Math.round(100 * x)} %`);
    process.stdout.write(
      `each round's share of the bare route (summary / reference): ${roundShares.map((r) => `${pct(r.summary)} / ${pct(r.floor)}`).join(', ')}\n`,
    );
  }
  process.stdout.write(
    `(${CONNECTIONS} connections, ${SECONDS} s each after ${WARMUP_SECONDS} s of warm-up; on SQLite the bare route, health, summary and reference take ${ROUNDS} turns each and their rows combine them; autocannon and the servers share this machine's cores)\n`,
  );
  process.stdout.write(
    `load average (1, 5, 15 min): ${startLoad} at the start, ${loadAverage()} at the end\n`,
  );
} finally {
  cli.remove();
  cluster?.stop();
  for (const d of dataDirs) {
    rmSync(d, { recursive: true, force: true });
  }
}

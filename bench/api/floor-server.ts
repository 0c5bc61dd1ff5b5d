/**
 * @module A reference for `npm run bench:api`, not Tonus: the least a patient-summary route must do on
 * SQLite to meet the issue. It finds the caller's session by the digest of the cookie's token (one indexed
 * lookup in a WAL database), appends the read's audit entry (Tonus's audit table and indexes; the
 * entries of one turn of the event loop share one commit, answered once committed, the log flushed off
 * the event loop after it, as Tonus does) and sends the summary's bytes, prepared once. No authorisation
 * rules beyond the session's patient, no security headers, no request ids, no validation, no logging.
 * Its throughput bounds what a route doing this work can reach here, measured in the same run as the
 * bare route.
 */
import { hash, randomUUID } from 'node:crypto';
import { fdatasync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import Fastify from 'fastify';

const body = readFileSync(process.env.FLOOR_BODY_FILE ?? '', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'tonus-floor-'));
const db = new Sqlite(join(dir, 'floor.db'));
db.pragma('journal_mode = WAL');
db.exec(
  'create table sessions (id_hash text primary key, user_id text not null, patient_id text, expires_at text not null)',
);
const insert = db.prepare('insert into sessions values (?, ?, ?, ?)');
db.transaction(() => {
  for (let i = 0; i < 1000; i += 1) {
    insert.run(
      hash('sha256', `token-${String(i)}`, 'hex'),
      `user-${String(i)}`,
      `patient-${String(i)}`,
      '2999-01-01T00:00:00.000Z',
    );
  }
})();
// Tonus's audit table and its indexes (src/adapters/db/migrations.ts)
db.exec(`create table audit_log (id text primary key, at text not null, actor_id text, actor_role text not null,
  action text not null, resource_type text not null, resource_id text, patient_id text, outcome text not null,
  request_id text);
  create index audit_by_time on audit_log (at);
  create index audit_by_patient on audit_log (patient_id, at);`);
db.pragma('synchronous = NORMAL');
const wal = openSync(join(dir, 'floor.db-wal'), 'r');
const append = db.prepare('insert into audit_log values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
const begin = db.prepare('BEGIN IMMEDIATE');
const commit = db.prepare('COMMIT');
let pending: { entry: unknown[]; answer: () => void }[] = [];
function commitTurn(): void {
  const turn = pending;
  pending = [];
  begin.run();
  for (const p of turn) {
    append.run(p.entry);
  }
  commit.run();
  for (const p of turn) {
    p.answer();
  }
  fdatasync(wal, () => undefined);
}
/** Time-ordered ids, as Tonus's UUIDv7 are, so the audit index grows at its end. */
let serial = 0;
function audited(userId: string, patientId: string): Promise<void> {
  return new Promise((answer) => {
    if (pending.length === 0) {
      setImmediate(commitTurn);
    }
    serial += 1;
    const at = new Date().toISOString();
    const id = `${Date.now().toString(16).padStart(12, '0')}-${serial.toString(16).padStart(10, '0')}`;
    pending.push({
      entry: [
        id,
        at,
        userId,
        'patient',
        'summary.read',
        'patient',
        patientId,
        patientId,
        'allowed',
        randomUUID(),
      ],
      answer,
    });
  });
}
const find = db.prepare('select user_id, patient_id, expires_at from sessions where id_hash = ?');

const app = Fastify({ logger: false });
app.get('/floor/:patientId', async (req, reply) => {
  const token = /(?:^|;\s*)sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  const session =
    token === undefined
      ? undefined
      : (find.get(hash('sha256', token, 'hex')) as
          { user_id: string; patient_id: string; expires_at: string } | undefined);
  const { patientId } = req.params as { patientId: string };
  if (
    session === undefined ||
    session.patient_id !== patientId ||
    session.expires_at <= new Date().toISOString()
  ) {
    return reply.code(404).send({ status: 404 });
  }
  await audited(session.user_id, patientId);
  return reply.type('application/json; charset=utf-8').send(body);
});
process.once('SIGTERM', () => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
});
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`serving on ${address}\n`);

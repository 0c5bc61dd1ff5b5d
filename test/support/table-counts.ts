/** @module Row counts of every table a request may write, so a test can tell that a refusal stored nothing. */
import { sql } from 'kysely';
import type { Service } from '../../src/main/server.js';

/** Every table a request may write, but the audit log (which records refusals too) and the rate-limit counters. */
export const WRITABLE_TABLES = [
  'users',
  'patients',
  'assignments',
  'sessions',
  'invitations',
  'diary_entries',
  'self_care_sessions',
  'outcomes',
  'encounters',
  'plans',
  'orders',
  'emg_studies',
  'idempotency_keys',
] as const;

export async function tableCounts(s: Service): Promise<Record<string, number>> {
  const select = WRITABLE_TABLES.map((t) => `(select count(*) from ${t}) as ${t}`).join(', ');
  const r = await sql.raw<Record<string, number | string>>(`select ${select}`).execute(s.store.db);
  const row = r.rows[0] ?? {};
  return Object.fromEntries(WRITABLE_TABLES.map((t) => [t, Number(row[t])]));
}

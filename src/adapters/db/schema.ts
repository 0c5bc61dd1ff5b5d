/**
 * @module The tables as Kysely sees them. Both dialects store the same types: text ids, ISO-8601 UTC text
 * instants, JSON as text (validated by zod on read) and booleans as 0/1 integers.
 */
import type { ColumnType } from 'kysely';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: 'patient' | 'clinician' | 'admin';
  password_hash: string;
  patient_id: string | null;
  created_at: string;
  /** When an admin disabled the account; `null`: enabled (migration `2026_12_02_0007_account_status`). */
  disabled_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** SHA-256 of the one pending password-reset token, or `null`. */
  reset_token_hash: ColumnType<string | null, string | null | undefined, string | null>;
  /** When that token stops working; `null` with it. */
  reset_expires_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface PatientsTable {
  id: string;
  name: string;
  /** `YYYY-MM-DD`; added by migration `2026_12_02_0006_patient_demographics` (null before). */
  birth_date: string | null;
  sex: 'male' | 'female' | 'other' | null;
  created_at: string;
}

export interface AssignmentsTable {
  clinician_id: string;
  patient_id: string;
  created_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  kind: 'cookie' | 'bearer';
  label: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface InvitationsTable {
  /** Set on every invitation (migration `2026_12_02_0005_invitation_ids` gave the older ones one). */
  id: string;
  token_hash: string;
  email: string;
  name: string;
  role: 'clinician' | 'admin';
  created_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
}

export interface DiaryEntriesTable {
  id: string;
  patient_id: string;
  started_at: string;
  duration_minutes: number;
  psfs_severity: number;
  pain_nrs: number;
  trigger: string | null;
  helped: string | null;
  note: string | null;
  created_at: string;
  created_by: string;
  entered_in_error_at: string | null;
  entered_in_error_by: string | null;
  entered_in_error_reason: string | null;
}

export interface SelfCareSessionsTable {
  id: string;
  patient_id: string;
  measure: string;
  started_at: string;
  minutes: number;
  created_at: string;
  created_by: string;
}

export interface OutcomesTable {
  id: string;
  patient_id: string;
  instrument: string;
  taken_at: string;
  answers: string;
  score: string;
  created_at: string;
  created_by: string;
}

export interface EncountersTable {
  id: string;
  patient_id: string;
  kb_version: string;
  input: string;
  clinician_result: string;
  patient_result: string;
  /** JSON text of a patient's interview (its answers and language), or null: any other encounter. */
  interview: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: string;
  created_by: string;
}

export interface PlansTable {
  id: string;
  patient_id: string;
  body: string;
  created_at: string;
  created_by: string;
}

export interface OrdersTable {
  id: string;
  patient_id: string;
  request: string;
  check_result: string;
  blocked: number;
  override_reason: string | null;
  created_at: string;
  created_by: string;
}

export interface EmgStudiesTable {
  id: string;
  patient_id: string;
  file_name: string;
  sha256: string;
  /** `bigint`: PostgreSQL hands it back as text. */
  size_bytes: ColumnType<number | string, number, number>;
  /** JSON text of the phases given with the upload, or null. */
  phases: string | null;
  /** 0 or 1; defaults to 0 for studies stored before the column. */
  at_rest: ColumnType<number, number | undefined, number>;
  state: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  attempts: number;
  claimed_by: string | null;
  lease_until: string | null;
  error: string | null;
  analysis: string | null;
  created_at: string;
  created_by: string;
  finished_at: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor_id: string | null;
  actor_role: string;
  action: string;
  resource_type: string;
  resource_id: string | null;
  patient_id: string | null;
  outcome: string;
  request_id: string | null;
}

export interface IdempotencyKeysTable {
  actor_id: string;
  key: string;
  scope: string;
  body_hash: string;
  response: string | null;
  created_at: string;
}

export interface RateLimitsTable {
  key: string;
  window_start: string;
  count: number;
}

/** A random stamp per patient, renewed by triggers with every change to their diary or outcomes. */
export interface ChartStampsTable {
  patient_id: string;
  stamp: string;
}

export interface Database {
  users: UsersTable;
  patients: PatientsTable;
  assignments: AssignmentsTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  diary_entries: DiaryEntriesTable;
  self_care_sessions: SelfCareSessionsTable;
  outcomes: OutcomesTable;
  encounters: EncountersTable;
  plans: PlansTable;
  orders: OrdersTable;
  emg_studies: EmgStudiesTable;
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyKeysTable;
  rate_limits: RateLimitsTable;
  chart_stamps: ChartStampsTable;
}

export type Dialect = 'sqlite' | 'postgres';

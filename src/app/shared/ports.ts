/** @module What the use cases need from the outside: a transactional store, a clock, ids and secrets. */
import type {
  AuditEntry,
  AuditQuery,
  DiaryDay,
  DiaryEntry,
  DiaryEntryInError,
  EmgStudy,
  Outcome,
  OutcomePoint,
  PatientRecord,
  DemographicsInput,
  PatientSummary,
  Plan,
  Role,
  SelfCareSession,
  StoredOrder,
} from '../../domain/records/index.js';
import type { Result } from '../../domain/shared/index.js';
import type { Messages } from '../../i18n/index.js';
import type { ClinicianView, OrderCheckView, PatientView } from '../views/index.js';
import type { SavedInterview } from '../interview/saved.js';

export interface UserRow {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly passwordHash: string;
  readonly patientId: string | null;
  readonly createdAt: string;
  /** When an admin disabled the account; `null`: enabled. */
  readonly disabledAt: string | null;
}

export interface SessionRow {
  /** SHA-256 of the token: a stolen database does not hold usable sessions. */
  readonly idHash: string;
  readonly userId: string;
  readonly kind: 'cookie' | 'bearer';
  readonly label: string | null;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
}

export interface InvitationRow {
  /** The stable id an admin lists and revokes it by. */
  readonly id: string;
  readonly tokenHash: string;
  readonly email: string;
  readonly name: string;
  readonly role: 'clinician' | 'admin';
  readonly createdBy: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** An order as kept: the request, and its check as the order-check view computed then. */
export type OrderRecord = Omit<StoredOrder, 'check'> & { readonly check: OrderCheckView };

export interface EncounterRow {
  readonly id: string;
  readonly patientId: string;
  readonly kbVersion: string;
  readonly input: unknown;
  readonly clinicianResult: ClinicianView;
  readonly patientResult: PatientView;
  /** A patient's own interview: its answers and language; `null` for any other encounter. */
  readonly interview: SavedInterview | null;
  readonly createdAt: string;
  readonly createdBy: string;
}

export interface IdempotencyRow {
  readonly actorId: string;
  readonly key: string;
  readonly scope: string;
  readonly bodyHash: string;
  readonly response: unknown;
  readonly createdAt: string;
}

export interface Repos {
  readonly users: {
    /** `false` when the email is taken. A new account is enabled, with no reset link. */
    insert(u: Omit<UserRow, 'disabledAt'>): Promise<boolean>;
    byEmail(email: string): Promise<UserRow | undefined>;
    byId(id: string): Promise<UserRow | undefined>;
    list(): Promise<UserRow[]>;
    count(): Promise<number>;
    setPasswordHash(id: string, hash: string): Promise<void>;
    /**
     * The ids of the enabled admins. On PostgreSQL their rows stay locked until the transaction ends, so
     * two admins disabling each other at once cannot both pass the "last enabled admin" check.
     */
    enabledAdmins(): Promise<string[]>;
    /** Disables an enabled account and drops its reset link; `false` when it was already disabled (or unknown). */
    disable(id: string, at: string): Promise<boolean>;
    /** Enables a disabled account; `false` when it was not disabled (or unknown). */
    enable(id: string): Promise<boolean>;
    /** Keeps `tokenHash` as the account's one reset link until `expiresAt`, replacing any earlier one. */
    setResetToken(id: string, tokenHash: string, expiresAt: string): Promise<void>;
    /**
     * Uses up the reset link whose token hashes to `tokenHash`, when it has not expired and its account is
     * enabled, and returns the account; `undefined` otherwise.
     */
    takeResetToken(tokenHash: string, now: string): Promise<UserRow | undefined>;
  };
  readonly sessions: {
    insert(s: SessionRow): Promise<void>;
    /** The session and who holds it (only what every request needs: the user's id, role, patient and status). */
    find(idHash: string): Promise<
      | {
          session: SessionRow;
          user: Pick<UserRow, 'id' | 'role' | 'patientId' | 'disabledAt'>;
        }
      | undefined
    >;
    touch(idHash: string, at: string): Promise<void>;
    revoke(idHash: string, at: string): Promise<void>;
    /** Revokes every live session and bearer token of a user but the one hashed `except`; how many it revoked. */
    revokeAllOf(userId: string, at: string, except?: string): Promise<number>;
  };
  readonly invitations: {
    insert(i: InvitationRow): Promise<void>;
    /** Marks an open (not accepted, not revoked), unexpired invitation used and returns it; `undefined` otherwise. */
    take(tokenHash: string, now: string): Promise<InvitationRow | undefined>;
    /** The open, unexpired invitations, oldest first. */
    pending(now: string): Promise<InvitationRow[]>;
    /** Revokes an open, unexpired invitation; `false` when there is none with this id. */
    revoke(id: string, now: string): Promise<boolean>;
  };
  readonly patients: {
    insert(p: PatientRecord): Promise<void>;
    byId(id: string): Promise<PatientRecord | undefined>;
    listForClinician(clinicianId: string): Promise<PatientRecord[]>;
    /** Sets the fields given (`null` clears one); a field left out is kept. */
    setDemographics(id: string, change: DemographicsInput): Promise<void>;
  };
  readonly assignments: {
    /** `false` when it already exists. */
    insert(a: { clinicianId: string; patientId: string; createdAt: string }): Promise<boolean>;
    exists(clinicianId: string, patientId: string): Promise<boolean>;
    /**
     * In a write transaction, before a clinician's (or admin's) write to the patient's data: whether the
     * assignment still exists, and, when it does, held until the transaction ends, so ending it waits for
     * the write's commit. On PostgreSQL a share lock on its row (`FOR SHARE`: the DELETE waits for the
     * commit, and a DELETE not yet committed is waited for, then seen); on SQLite the write transaction is
     * already exclusive (`BEGIN IMMEDIATE`), so a plain lookup. One primary-key lookup either way.
     */
    hold(clinicianId: string, patientId: string): Promise<boolean>;
    /** Ends an assignment (only the access: no record is touched); `false` when there was none. */
    delete(clinicianId: string, patientId: string): Promise<boolean>;
    /** Every assignment, by clinician then patient (ids only: it names no clinical data). */
    list(): Promise<{ clinicianId: string; patientId: string; createdAt: string }[]>;
  };
  readonly diary: {
    insert(e: DiaryEntry): Promise<void>;
    /** Every entry, those marked as entered in error too, in time order. */
    list(patientId: string): Promise<DiaryEntry[]>;
    byId(patientId: string, id: string): Promise<DiaryEntry | undefined>;
    /** Marks a standing entry as entered in error; `false` when there is no such standing entry. */
    markEnteredInError(patientId: string, id: string, mark: DiaryEntryInError): Promise<boolean>;
    /** The standing entries (not those entered in error) added up by UTC day, in date order. */
    daily(patientId: string): Promise<DiaryDay[]>;
  };
  readonly selfCare: {
    insert(s: SelfCareSession): Promise<void>;
    list(patientId: string): Promise<SelfCareSession[]>;
  };
  readonly charts: {
    /**
     * The patient's chart stamp: renewed in the same commit as every change to their diary entries or
     * outcomes, so equal stamps mean an unchanged chart; `null` when the patient has none yet.
     */
    stamp(patientId: string): Promise<string | null>;
  };
  readonly outcomes: {
    insert(o: Outcome): Promise<void>;
    list(patientId: string): Promise<Outcome[]>;
    /** Each outcome's charted value, for the summary. */
    points(patientId: string): Promise<OutcomePoint[]>;
  };
  readonly encounters: {
    insert(e: EncounterRow): Promise<void>;
    list(patientId: string): Promise<EncounterRow[]>;
    byId(patientId: string, id: string): Promise<EncounterRow | undefined>;
    /** The patient's latest encounter that keeps an interview's answers, if any. */
    latestInterview(patientId: string): Promise<EncounterRow | undefined>;
  };
  readonly plans: {
    insert(p: Plan): Promise<void>;
    list(patientId: string): Promise<Plan[]>;
  };
  readonly orders: {
    insert(o: OrderRecord): Promise<void>;
    list(patientId: string): Promise<OrderRecord[]>;
  };
  readonly emgStudies: {
    insert(s: EmgStudy): Promise<void>;
    list(patientId: string): Promise<EmgStudy[]>;
    byId(patientId: string, id: string): Promise<EmgStudy | undefined>;
    /**
     * Claims the oldest queued study, or a running one whose lease ran out (its process died), for one
     * worker only; `undefined` when there is none.
     */
    claimNext(worker: string, now: string, leaseUntil: string): Promise<EmgStudy | undefined>;
    /** Records progress while the worker still holds the claim; `false` once it lost it. */
    progress(id: string, worker: string, progress: number, leaseUntil: string): Promise<boolean>;
    finish(
      id: string,
      worker: string,
      outcome: { state: 'done' | 'failed'; analysis: unknown; error: string | null; at: string },
    ): Promise<boolean>;
  };
  readonly audit: {
    append(e: AuditEntry): Promise<void>;
    list(q: AuditQuery): Promise<AuditEntry[]>;
  };
  readonly idempotency: {
    /** `false` when the actor already used the key. */
    claim(row: IdempotencyRow): Promise<boolean>;
    get(actorId: string, key: string): Promise<IdempotencyRow | undefined>;
    complete(actorId: string, key: string, response: unknown): Promise<void>;
  };
  readonly rateLimits: {
    /**
     * Counts one attempt under `key` in one statement, so processes sharing the database count
     * together: a window that started at or before `cutoff` starts again at `now` with a count of 1.
     * Windows that ended before `forgetBefore` are deleted, so the table holds only live counters.
     */
    hit(
      key: string,
      now: string,
      cutoff: string,
      forgetBefore: string,
    ): Promise<{ count: number; windowStart: string }>;
  };
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Reads of committed data outside a transaction; never a write (writes go through `transact`). */
  readonly read: Repos;
  /**
   * Runs `work` in one transaction, committed durably before the promise settles; rolled back when the
   * work returns a failed result or throws. Concurrent calls may share one commit.
   */
  transact<T>(work: (tx: Repos) => Promise<Result<T>>): Promise<Result<T>>;
  /**
   * Appends the audit entry of a read (never of a write or an auth event, which go with their work in
   * `transact`). It settles once the entry is committed (a killed process keeps it) instead of once it is
   * on disk; the next flush makes it durable without the caller waiting (only a power cut before that
   * flush, a few milliseconds, can lose it). It still settles only once every write committed before it
   * is durable, so what a read shows was on disk before the read is answered. One insert, atomic on its
   * own: on PostgreSQL it runs without BEGIN and COMMIT, on SQLite without a savepoint of its own.
   */
  recordRead(entry: AuditEntry): Promise<void>;
}

export interface Clock {
  /** Now, as an ISO-8601 UTC instant. */
  now(): string;
}

export interface Ids {
  newId(): string;
}

export interface Secrets {
  hashPassword(password: string): Promise<string>;
  verifyPassword(password: string, stored: string): Promise<{ ok: boolean; needsRehash: boolean }>;
  /** A new random token for a session, bearer token or invitation. */
  newToken(): string;
  /** Hex SHA-256, for storing token hashes and comparing request bodies. */
  digest(text: string): string;
}

export interface Settings {
  readonly sessionTtlMs: number;
  readonly sessionIdleMs: number;
  readonly tokenTtlMs: number;
  readonly inviteTtlMs: number;
  /** How long an admin's password-reset link works. */
  readonly resetTtlMs: number;
}

/**
 * Chart summaries a service keeps while their patient's chart stamp is unchanged (`Repos.charts`), so a
 * repeated read is not computed again; one per service (`createSummaryCache` in app/patients).
 */
export interface SummaryCache {
  get(patientId: string, stamp: string): PatientSummary | undefined;
  keep(patientId: string, stamp: string, summary: PatientSummary): void;
}

export interface CoreDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly ids: Ids;
  readonly secrets: Secrets;
  readonly settings: Settings;
  /** The words of the views stored with encounters and orders. */
  readonly messages: Messages;
  readonly summaries: SummaryCache;
}

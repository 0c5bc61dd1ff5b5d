/**
 * @module Use cases of the spasm diary: a patient records entries and may mark one they got wrong as entered
 * in error (kept, no longer charted); the patient and their clinicians read them.
 */
import {
  DiaryEntryInErrorInput,
  DiaryEntryInput,
  RecordId,
  type DiaryEntry,
} from '../../domain/records/index.js';
import { fail, ok, type Result } from '../../domain/shared/index.js';
import {
  appendAudit,
  createPatientData,
  issue,
  openPatient,
  parseInput,
  readPatientData,
  transactOnPatient,
  type CoreDeps,
  type CreateRequest,
  type RequestContext,
} from '../shared/index.js';

/** Clocks differ a little between a phone and the server; more than this ahead is a wrong date. */
export const FUTURE_SLACK_MS = 5 * 60_000;

export function notInFuture(deps: CoreDeps, field: string, at: string): Result<null> {
  const now = deps.clock.now();
  return Date.parse(at) > Date.parse(now) + FUTURE_SLACK_MS
    ? fail([{ code: 'record.in_future', path: [field], params: { field, now } }])
    : ok(null);
}

export function recordDiaryEntry(
  deps: CoreDeps,
  ctx: RequestContext,
  req: CreateRequest,
): Promise<Result<DiaryEntry>> {
  return createPatientData(deps, ctx, req, {
    action: 'diary.create',
    resourceType: 'diary_entry',
    roles: ['patient'],
    schema: DiaryEntryInput,
    create: async (tx, input, access) => {
      const when = notInFuture(deps, 'startedAt', input.startedAt);
      if (!when.ok) {
        return when;
      }
      const entry: DiaryEntry = {
        id: deps.ids.newId(),
        patientId: access.patientId,
        startedAt: input.startedAt,
        durationMinutes: input.durationMinutes,
        psfsSeverity: input.psfsSeverity,
        painNrs: input.painNrs,
        trigger: input.trigger ?? null,
        helped: input.helped ?? null,
        note: input.note ?? null,
        createdAt: deps.clock.now(),
        createdBy: access.actor.userId,
        enteredInError: null,
      };
      await tx.diary.insert(entry);
      return ok(entry);
    },
  });
}

export function listDiary(
  deps: CoreDeps,
  ctx: RequestContext,
  patientId: unknown,
): Promise<Result<DiaryEntry[]>> {
  return readPatientData(deps, ctx, patientId, {
    action: 'diary.list',
    resourceType: 'diary_entry',
    roles: ['patient', 'clinician', 'admin'],
    read: (repos, access) => repos.diary.list(access.patientId),
  });
}

export interface EnteredInErrorRequest {
  readonly patientId: unknown;
  readonly entryId: unknown;
  readonly body: unknown;
}

/**
 * The patient marks one of their diary entries as entered in error. The entry stays on the record with
 * the mark (who, when, the reason given), and charts, trends and exports leave it out from then on. Marking
 * an entry already marked changes nothing and answers it as it stands, so a retried request is harmless.
 * Only the patient: the diary is theirs, a clinician reads it.
 */
export async function markDiaryEntryInError(
  deps: CoreDeps,
  ctx: RequestContext,
  req: EnteredInErrorRequest,
): Promise<Result<DiaryEntry>> {
  const access = await openPatient(deps, ctx, req.patientId, 'diary.entered_in_error', ['patient']);
  if (!access.ok) {
    return access;
  }
  const input = parseInput(DiaryEntryInErrorInput, req.body ?? {});
  if (!input.ok) {
    return input;
  }
  const notFound: Result<DiaryEntry> = fail([
    issue('record.not_found', { resource: 'diary_entry' }),
  ]);
  const entryId = RecordId.safeParse(req.entryId);
  if (!entryId.success) {
    return notFound;
  }
  const { patientId, actor } = access.value;
  return transactOnPatient(deps, ctx, access.value, 'diary.entered_in_error', async (tx) => {
    const entry = await tx.diary.byId(patientId, entryId.data);
    if (entry === undefined) {
      return notFound;
    }
    let marked = entry;
    if (entry.enteredInError === null) {
      const mark = { at: deps.clock.now(), by: actor.userId, reason: input.value.reason ?? null };
      marked = (await tx.diary.markEnteredInError(patientId, entry.id, mark))
        ? { ...entry, enteredInError: mark }
        : // another request marked it meanwhile: its mark stands
          ((await tx.diary.byId(patientId, entry.id)) ?? entry);
    }
    await appendAudit(deps, tx, ctx, {
      action: 'diary.entered_in_error',
      resourceType: 'diary_entry',
      resourceId: entry.id,
      patientId,
      outcome: 'allowed',
    });
    return ok(marked);
  });
}

/** @module Use cases of the spasm diary: a patient records entries; the patient and their clinicians read them. */
import { DiaryEntryInput, type DiaryEntry } from '../../domain/records/index.js';
import { fail, ok, type Result } from '../../domain/shared/index.js';
import {
  createPatientData,
  readPatientData,
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

/**
 * @module EMG study use cases: a clinician uploads a recording (streamed, size-limited, stored by content
 * hash), which queues its analysis as a job; the study and its progress are read back by id.
 */
import {
  EmgUploadMeta,
  RecordId,
  UploadPhases,
  type EmgStudy,
} from '../../domain/records/index.js';
import { SNIFF_BYTES, sniffRecording } from '../../domain/emg/index.js';
import { fail, ok, parseJsonStrict, type Result } from '../../domain/shared/index.js';
import {
  appendAudit,
  checkIdempotencyKey,
  createOnce,
  issue,
  openPatient,
  parseInput,
  readPatientData,
  transactOnPatient,
  type PatientAccess,
  type RequestContext,
} from '../shared/index.js';
import { recordingKindOf } from '../emg/index.js';
import type { EmgDeps, StagedFile } from './ports.js';
import { toStudyView, type EmgStudyView } from './view.js';

export interface UploadRequest {
  readonly patientId: unknown;
  readonly meta: unknown;
  readonly content: AsyncIterable<Uint8Array>;
  /** The length the client announced (`Content-Length`), when it did: fewer bytes means a cut upload. */
  readonly declaredBytes?: number;
  readonly idempotencyKey?: unknown;
}

/** The rest information of an upload's query: its phases (JSON text, checked as a phases file is) and `atRest`. */
function restOf(meta: EmgUploadMeta): Result<Pick<EmgStudy, 'phases' | 'atRest'>> {
  const atRest = meta.atRest === 'true';
  if (meta.phases === undefined) {
    return ok({ phases: null, atRest });
  }
  const json = parseJsonStrict(meta.phases);
  if (!json.ok) {
    return fail(json.issues.map((i) => ({ ...i, path: ['phases', ...i.path] })));
  }
  const phases = parseInput(UploadPhases, json.value, ['phases']);
  return phases.ok ? ok({ phases: phases.value, atRest }) : phases;
}

export async function uploadStudy(
  deps: EmgDeps,
  ctx: RequestContext,
  req: UploadRequest,
): Promise<Result<EmgStudyView>> {
  const access = await openPatient(deps, ctx, req.patientId, 'emg_study.create', ['clinician']);
  if (!access.ok) {
    return access;
  }
  const key = checkIdempotencyKey(req.idempotencyKey);
  if (!key.ok) {
    return key;
  }
  const meta = parseInput(EmgUploadMeta, req.meta);
  if (!meta.ok) {
    return meta;
  }
  // checked before the file is stored: bad rest information stores nothing
  const rest = restOf(meta.value);
  if (!rest.ok) {
    return rest;
  }
  const staged = await deps.files.put(req.content, meta.value.fileName, {
    limitBytes: deps.maxUploadBytes,
    headBytes: SNIFF_BYTES,
  });
  if (!staged.ok) {
    return staged;
  }
  // whatever ends the request, a file no study names is not left behind
  try {
    return await keepStudy(deps, ctx, req, {
      access: access.value,
      key: key.value,
      meta: meta.value,
      rest: rest.value,
      staged: staged.value,
    });
  } finally {
    staged.value.discard();
  }
}

async function keepStudy(
  deps: EmgDeps,
  ctx: RequestContext,
  req: UploadRequest,
  u: {
    readonly access: PatientAccess;
    readonly key: string | undefined;
    readonly meta: EmgUploadMeta;
    readonly rest: Pick<EmgStudy, 'phases' | 'atRest'>;
    readonly staged: StagedFile;
  },
): Promise<Result<EmgStudyView>> {
  const { access, meta, rest, staged } = u;
  if (staged.sizeBytes === 0) {
    return fail([issue('emg.empty_upload')]);
  }
  if (req.declaredBytes !== undefined && staged.sizeBytes !== req.declaredBytes) {
    return fail([
      issue('request.invalid', {
        detail: `upload interrupted (${staged.sizeBytes} of ${req.declaredBytes} bytes received)`,
      }),
    ]);
  }
  // checked before the file is kept: a file that is no recording would only fail in its analysis
  const sniffed = sniffRecording(staged.head, staged.sizeBytes, recordingKindOf(meta.fileName));
  if (sniffed.length > 0) {
    return fail(sniffed);
  }
  const { patientId, actor } = access;
  const created = await createOnce(deps, {
    actorId: actor.userId,
    key: u.key,
    scope: `emg_study.create:${patientId}`,
    body: { fileName: meta.fileName, sha256: staged.sha256, ...rest },
    transact: (work) => transactOnPatient(deps, ctx, access, 'emg_study.create', work),
    create: async (tx) => {
      // kept inside the transaction: on disk before the study that names it is committed, and only then
      staged.keep();
      const study: EmgStudy = {
        id: deps.ids.newId(),
        patientId,
        fileName: meta.fileName,
        sha256: staged.sha256,
        sizeBytes: staged.sizeBytes,
        ...rest,
        state: 'queued',
        progress: 0,
        attempts: 0,
        error: null,
        analysis: null,
        createdAt: deps.clock.now(),
        createdBy: actor.userId,
        finishedAt: null,
      };
      await tx.emgStudies.insert(study);
      await appendAudit(deps, tx, ctx, {
        action: 'emg_study.create',
        resourceType: 'emg_study',
        resourceId: study.id,
        patientId,
        outcome: 'allowed',
      });
      return ok(study);
    },
  });
  if (!created.ok) {
    return created;
  }
  deps.onQueued();
  return ok(toStudyView(created.value));
}

export async function listStudies(
  deps: EmgDeps,
  ctx: RequestContext,
  patientId: unknown,
): Promise<Result<EmgStudyView[]>> {
  const r = await readPatientData(deps, ctx, patientId, {
    action: 'emg_study.list',
    resourceType: 'emg_study',
    roles: ['clinician', 'admin'],
    read: (repos, access) => repos.emgStudies.list(access.patientId),
  });
  return r.ok ? ok(r.value.map(toStudyView)) : r;
}

export async function getStudy(
  deps: EmgDeps,
  ctx: RequestContext,
  patientId: unknown,
  studyId: unknown,
  action: 'emg_study.read' | 'emg_study.trace' = 'emg_study.read',
): Promise<Result<EmgStudyView>> {
  const id = RecordId.safeParse(studyId).success ? String(studyId) : null;
  const r = await readPatientData(deps, ctx, patientId, {
    action,
    resourceType: 'emg_study',
    resourceId: id,
    roles: ['clinician', 'admin'],
    read: (repos, access) =>
      id === null ? Promise.resolve(undefined) : repos.emgStudies.byId(access.patientId, id),
  });
  if (!r.ok) {
    return r;
  }
  return r.value === undefined
    ? fail([issue('record.not_found', { resource: 'EMG study' })])
    : ok(toStudyView(r.value));
}

export interface StudyProgress {
  readonly id: string;
  readonly state: EmgStudy['state'];
  readonly progress: number;
  readonly error: string | null;
}

export async function getStudyProgress(
  deps: EmgDeps,
  ctx: RequestContext,
  patientId: unknown,
  studyId: unknown,
): Promise<Result<StudyProgress>> {
  const s = await getStudy(deps, ctx, patientId, studyId);
  return s.ok
    ? ok({ id: s.value.id, state: s.value.state, progress: s.value.progress, error: s.value.error })
    : s;
}

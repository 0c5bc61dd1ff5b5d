/** @module Routes of EMG studies: streamed upload (octet-stream, size-limited), list, one study, progress, a window of its trace. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  getStudy,
  getStudyProgress,
  listStudies,
  readStudyTrace,
  uploadStudy,
  EmgStudyView,
  EmgTraceQuery,
  EmgTraceView,
  type EmgDeps,
} from '../../../app/emg-studies/index.js';
import { EmgUploadMeta, JobState } from '../../../domain/records/index.js';
import { fail } from '../../../domain/shared/index.js';
import { addRoute, param, type RouteTable } from '../route.js';

const Progress = z.strictObject({
  id: z.string(),
  state: JobState,
  progress: z.number(),
  error: z.string().nullable(),
});

export function emgRoutes(app: FastifyInstance, deps: EmgDeps, table: RouteTable): void {
  // the file is streamed to the store as it arrives, never held in memory
  app.addContentTypeParser('application/octet-stream', (_req, payload, done) => {
    done(null, payload);
  });
  addRoute(
    app,
    table,
    {
      method: 'POST',
      url: '/api/patients/:id/emg-studies',
      summary: `Upload an EMG recording (EDF, EDF+, BDF or CSV) and queue its analysis; at most ${Math.round(deps.maxUploadBytes / 1048576)} MiB`,
      tag: 'emg',
      auth: 'user',
      query: EmgUploadMeta,
      response: EmgStudyView,
      status: 201,
      upload: true,
      idempotent: true,
    },
    async (req, _reply, ctx) => {
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > deps.maxUploadBytes) {
        return fail([
          { code: 'request.too_large', path: [], params: { limitBytes: deps.maxUploadBytes } },
        ]);
      }
      const body = req.body as AsyncIterable<Uint8Array> | undefined;
      if (req.headers['content-type'] !== 'application/octet-stream' || body === undefined) {
        return fail([
          {
            code: 'request.unsupported_media_type',
            path: [],
            params: {
              contentType: (req.headers['content-type'] ?? 'none').slice(0, 100),
              expected: 'application/octet-stream',
            },
          },
        ]);
      }
      return uploadStudy(deps, ctx, {
        patientId: param(req, 'id'),
        meta: req.query,
        content: body,
        ...(req.headers['content-length'] === undefined ? {} : { declaredBytes: length }),
        idempotencyKey: req.headers['idempotency-key'],
      });
    },
  );
  addRoute(
    app,
    table,
    {
      method: 'GET',
      url: '/api/patients/:id/emg-studies',
      summary: 'List EMG studies',
      tag: 'emg',
      auth: 'user',
      response: EmgStudyView,
      list: true,
      status: 200,
    },
    (req, _reply, ctx) => listStudies(deps, ctx, param(req, 'id')),
  );
  addRoute(
    app,
    table,
    {
      method: 'GET',
      url: '/api/patients/:id/emg-studies/:studyId',
      summary: 'One EMG study with its analysis',
      tag: 'emg',
      auth: 'user',
      response: EmgStudyView,
      status: 200,
    },
    (req, _reply, ctx) => getStudy(deps, ctx, param(req, 'id'), param(req, 'studyId')),
  );
  addRoute(
    app,
    table,
    {
      method: 'GET',
      url: '/api/patients/:id/emg-studies/:studyId/progress',
      summary: 'The analysis job: state and share done',
      tag: 'emg',
      auth: 'user',
      response: Progress,
      status: 200,
    },
    (req, _reply, ctx) => getStudyProgress(deps, ctx, param(req, 'id'), param(req, 'studyId')),
  );
  addRoute(
    app,
    table,
    {
      method: 'GET',
      url: '/api/patients/:id/emg-studies/:studyId/trace',
      summary:
        "A window of one channel of the stored recording for a viewer: each column's minimum and maximum of the signal and of its RMS envelope, with the analysis's bursts and spasm episodes in the window",
      tag: 'emg',
      auth: 'user',
      query: EmgTraceQuery,
      response: EmgTraceView,
      status: 200,
    },
    (req, _reply, ctx) =>
      readStudyTrace(deps, ctx, param(req, 'id'), param(req, 'studyId'), req.query),
  );
}

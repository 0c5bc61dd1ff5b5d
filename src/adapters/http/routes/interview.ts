/**
 * @module Routes of the patient interview: one stateless step for anybody, saving a finished interview on
 * the patient's own record, and reading the latest one saved back.
 */
import type { FastifyInstance } from 'fastify';
import { Encounter } from '../../../app/encounters/index.js';
import {
  InterviewReply,
  InterviewRequest,
  interviewNext,
  LatestInterview,
  latestInterview,
  saveInterview,
} from '../../../app/interview/index.js';
import type { CoreDeps } from '../../../app/shared/index.js';
import { addRoute, param, type RouteTable } from '../route.js';
import { createRequest } from './records.js';

export function interviewRoutes(app: FastifyInstance, deps: CoreDeps, table: RouteTable): void {
  addRoute(
    app,
    table,
    {
      method: 'POST',
      url: '/api/interview',
      summary:
        'The patient interview, stateless: the answers so far in (null for "I don\'t know"), the next question or the result out, in the locale asked for',
      tag: 'interview',
      auth: 'public',
      body: InterviewRequest,
      response: InterviewReply,
      status: 200,
    },
    (req) => Promise.resolve(interviewNext(deps, req.body)),
  );
  addRoute(
    app,
    table,
    {
      method: 'POST',
      url: '/api/patients/:id/interviews',
      summary:
        'Save a finished interview as an encounter on your own record (patient); the server runs the interview again from the answers',
      tag: 'interview',
      auth: 'user',
      body: InterviewRequest,
      response: Encounter,
      status: 201,
      idempotent: true,
    },
    (req, _reply, ctx) => saveInterview(deps, ctx, createRequest(req)),
  );
  addRoute(
    app,
    table,
    {
      method: 'GET',
      url: '/api/patients/:id/interviews/latest',
      summary:
        'The latest saved interview on the record: its answers (null for "I don\'t know") and locale, and when it was saved, so any device can ask for its result (POST /api/interview); 404 when none is kept',
      tag: 'interview',
      auth: 'user',
      response: LatestInterview,
      status: 200,
    },
    (req, _reply, ctx) => latestInterview(deps, ctx, param(req, 'id')),
  );
}

/** @module Routes of the patient interview: one stateless step for anybody, and saving a finished interview on the patient's own record. */
import type { FastifyInstance } from 'fastify';
import { Encounter } from '../../../app/encounters/index.js';
import {
  InterviewReply,
  InterviewRequest,
  interviewNext,
  saveInterview,
} from '../../../app/interview/index.js';
import type { CoreDeps } from '../../../app/shared/index.js';
import { addRoute, type RouteTable } from '../route.js';
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
}

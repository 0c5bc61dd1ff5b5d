/**
 * @module The one place that knows HTTP statuses: issues become RFC 9457 `application/problem+json`
 * documents naming each field (as a JSON pointer) and the rule it broke.
 */
import type { FastifyReply } from 'fastify';
import type { DomainIssue, IssueCode, Result } from '../../domain/shared/index.js';
import { fieldPath, issueText } from '../../i18n/index.js';

export const PROBLEM_TYPE = 'application/problem+json';

const STATUS: Partial<Record<IssueCode, number>> = {
  'auth.unauthenticated': 401,
  'auth.invalid_credentials': 401,
  'auth.forbidden': 403,
  'auth.origin_rejected': 403,
  'auth.email_taken': 409,
  'auth.invite_invalid': 400,
  'auth.rate_limited': 429,
  'record.not_found': 404,
  'request.route_not_found': 404,
  'request.idempotency_key_reused': 422,
  'order.override_required': 422,
  'request.too_large': 413,
  'input.too_large': 413,
  'request.unsupported_media_type': 415,
  'cds.unauthorized': 401,
  'cds.unknown_service': 404,
  'cds.prefetch_unavailable': 412,
  'cds.fhir_server_failed': 412,
  'service.database_unavailable': 503,
};

const TITLE: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Content too large',
  412: 'Precondition failed',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** Every other code is a problem with the request's content. */
export function statusOf(issues: readonly DomainIssue[]): number {
  return Math.max(...issues.map((i) => STATUS[i.code] ?? 400), 400);
}

/** A failure carried through Fastify's own error path (body parser, rate limit). */
export class IssuesError extends Error {
  readonly issues: readonly DomainIssue[];
  readonly statusCode: number;
  constructor(issues: readonly DomainIssue[], statusCode = statusOf(issues)) {
    super(issues.map(issueText).join('; '));
    this.issues = issues;
    this.statusCode = statusCode;
  }
}

function pointer(path: readonly (string | number)[]): string {
  return path.map((p) => `/${String(p).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** Repeated errors are capped, so a hostile body cannot make a huge answer. */
const MAX_ERRORS = 50;

export function problemBody(
  issues: readonly DomainIssue[],
  status: number,
  requestId: string,
): Record<string, unknown> {
  const shown = issues.slice(0, MAX_ERRORS);
  const first = shown[0];
  return {
    type: first === undefined ? 'about:blank' : `urn:tonus:problem:${first.code}`,
    title: TITLE[status] ?? 'Error',
    status,
    detail:
      shown.map((i) => issueText(i)).join('; ') +
      (issues.length > MAX_ERRORS ? `; and ${issues.length - MAX_ERRORS} more` : ''),
    requestId,
    errors: shown.map((i) => ({
      code: i.code,
      pointer: pointer(i.path),
      field: i.path.length === 0 ? null : fieldPath(i.path),
      detail: issueText(i),
    })),
  };
}

export function sendProblem(
  reply: FastifyReply,
  issues: readonly DomainIssue[],
  status = statusOf(issues),
): FastifyReply {
  return reply
    .code(status)
    .type(PROBLEM_TYPE)
    .send(problemBody(issues, status, reply.request.id));
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** The JSON of frozen values, which never change (the chart summaries reused across requests): made once. */
const frozenJson = new WeakMap<object, string>();

function jsonOf(value: object): string {
  let text = frozenJson.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    frozenJson.set(value, text);
  }
  return text;
}

export function sendResult<T>(
  reply: FastifyReply,
  result: Result<T>,
  status: number,
  shape: (value: T) => unknown = (v) => v,
): FastifyReply {
  if (!result.ok) {
    return sendProblem(reply, result.issues);
  }
  if (status === 204) {
    return reply.code(204).send();
  }
  const body = shape(result.value);
  if (typeof body === 'object' && body !== null && Object.isFrozen(body)) {
    return reply.code(status).type(JSON_TYPE).send(jsonOf(body));
  }
  return reply.code(status).send(body);
}

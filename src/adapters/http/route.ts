/**
 * @module Declaring a route once: the spec (for the OpenAPI document and the authorisation matrix) and a
 * thin handler that turns the request into a use-case call and its `Result` into a response.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Result } from '../../domain/shared/index.js';
import type { RequestContext } from '../../app/shared/index.js';
import { sendResult } from './errors.js';

export interface RouteSpec {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Fastify path, `:name` for parameters. */
  readonly url: string;
  readonly summary: string;
  readonly tag: string;
  /** `public` routes answer without a session; every other route needs one. */
  readonly auth: 'public' | 'user';
  readonly body?: z.ZodType;
  readonly query?: z.ZodType;
  readonly response?: z.ZodType;
  /** The response wraps a list in `{ items }`. */
  readonly list?: boolean;
  readonly status: 200 | 201 | 204;
  /** The body is a file streamed as `application/octet-stream` instead of JSON. */
  readonly upload?: boolean;
  /** Creates a record and honours `Idempotency-Key`. */
  readonly idempotent?: boolean;
  /**
   * Browsers on other sites call it (the CDS Hooks services, trusted by the EHR's JWT): a foreign `Origin`
   * is expected here, and refused on every other state-changing route.
   */
  readonly crossOrigin?: boolean;
}

/** The route config key that carries `RouteSpec.crossOrigin` to the request hooks. */
export const CROSS_ORIGIN = 'tonusCrossOrigin';

export type Handler = (
  req: FastifyRequest,
  reply: FastifyReply,
  ctx: RequestContext,
) => Promise<Result<unknown>>;

export interface RouteTable {
  readonly specs: RouteSpec[];
}

export function contextOf(req: FastifyRequest): RequestContext {
  return { actor: req.actor, requestId: req.id };
}

export function param(req: FastifyRequest, name: string): string | undefined {
  return (req.params as Record<string, string | undefined>)[name];
}

export function addRoute(
  scope: FastifyInstance,
  table: RouteTable,
  spec: RouteSpec,
  handler: Handler,
  config?: Record<string, unknown>,
): void {
  table.specs.push(spec);
  const merged = spec.crossOrigin === true ? { ...config, [CROSS_ORIGIN]: true } : config;
  scope.route({
    method: spec.method,
    url: spec.url,
    ...(merged === undefined ? {} : { config: merged }),
    handler: async (req, reply) => {
      const result = await handler(req, reply, contextOf(req));
      return sendResult(reply, result, spec.status, (v) => (spec.list === true ? { items: v } : v));
    },
  });
}

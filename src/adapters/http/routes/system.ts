/** @module Routes of the service itself: health, the OpenAPI document, the audit log (admin). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listAudit } from '../../../app/audit/index.js';
import type { CoreDeps } from '../../../app/shared/index.js';
import { AuditEntry, AuditQuery } from '../../../domain/records/index.js';
import { ok } from '../../../domain/shared/index.js';
import { openApiDocument } from '../openapi.js';
import { addRoute, type RouteTable } from '../route.js';

const Health = z.strictObject({ status: z.literal('ok'), db: z.enum(['sqlite', 'postgres']) });

export function systemRoutes(
  app: FastifyInstance,
  deps: CoreDeps,
  table: RouteTable,
  version: string,
): void {
  addRoute(
    app,
    table,
    {
      method: 'GET',
      url: '/api/health',
      summary: 'Liveness and the database kind',
      tag: 'system',
      auth: 'public',
      response: Health,
      status: 200,
    },
    () => Promise.resolve(ok({ status: 'ok', db: deps.store.dialect })),
  );
  let doc: unknown;
  addRoute(
    app,
    table,
    {
      method: 'GET',
      url: '/api/openapi.json',
      summary: 'This document',
      tag: 'system',
      auth: 'public',
      status: 200,
    },
    () => Promise.resolve(ok((doc ??= openApiDocument(table.specs, version)))),
  );
  addRoute(
    app,
    table,
    {
      method: 'GET',
      url: '/api/audit',
      summary: 'The append-only audit log, newest first (admin)',
      tag: 'admin',
      auth: 'user',
      query: AuditQuery,
      response: AuditEntry,
      list: true,
      status: 200,
    },
    (req, _reply, ctx) => listAudit(deps, ctx, req.query),
  );
}

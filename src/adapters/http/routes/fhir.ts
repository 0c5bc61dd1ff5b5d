/**
 * @module Routes of FHIR R4 and CDS Hooks 2.0: a patient's record as a Bundle, a Bundle imported as a new
 * patient, the CDS discovery document and the service calls. The CDS routes answer browser-based EHR
 * sandboxes (CORS, preflight included) and take the EHR's JWT instead of a Tonus session.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  callCdsService,
  cdsDiscovery,
  exportPatientFhir,
  importPatientFhir,
  type CdsCallerCheck,
  type CdsDeps,
  type FhirRecordDeps,
} from '../../../app/fhir/index.js';
import { audit } from '../../../app/shared/index.js';
import {
  CdsDiscovery,
  CdsRequest,
  CdsResponse,
  IMPORT_NOTES,
  profiles,
  UNMAPPED_REASONS,
} from '../../../domain/fhir/index.js';
import { ok } from '../../../domain/shared/index.js';
import { addRoute, param, type RouteTable } from '../route.js';

export interface FhirHttpDeps {
  readonly record: FhirRecordDeps;
  /** The CDS services' words, the FHIR servers they may read and today's date. */
  readonly cds: (today: string) => CdsDeps;
  readonly caller: CdsCallerCheck;
}

const ImportResult = z.strictObject({
  patientId: z.uuid(),
  stored: z.strictObject({
    encounters: z.int(),
    diary: z.int(),
    outcomes: z.int(),
    selfCare: z.int(),
    plans: z.int(),
  }),
  report: z.strictObject({
    mapped: z.array(z.strictObject({ resource: z.string(), to: z.string() })),
    unmapped: z.array(
      z.strictObject({
        resource: z.string(),
        reason: z.enum(UNMAPPED_REASONS),
        code: z.string().optional(),
        field: z.string().optional(),
        rule: z.string().optional(),
      }),
    ),
    derived: z.array(z.string()),
    notes: z.array(z.strictObject({ note: z.enum(IMPORT_NOTES), about: z.string() })),
    patientId: z.string().optional(),
  }),
});

/** Browser EHR sandboxes call from their own origin; the JWT, not a cookie, carries the trust. */
function allowCrossOrigin(_req: FastifyRequest, reply: FastifyReply, done: () => void): void {
  reply.header('access-control-allow-origin', '*');
  reply.header('access-control-allow-methods', 'GET, POST, OPTIONS');
  reply.header('access-control-allow-headers', 'authorization, content-type');
  reply.header('access-control-max-age', '600');
  reply.header('cross-origin-resource-policy', 'cross-origin');
  done();
}

function cdsRoutes(
  scope: FastifyInstance,
  deps: FhirHttpDeps,
  table: RouteTable,
  publicOrigin: string | null,
): void {
  scope.addHook('onRequest', allowCrossOrigin);
  for (const url of ['/cds-services', '/cds-services/:service']) {
    scope.route({
      method: 'OPTIONS',
      url,
      handler: (_req, reply) => reply.code(204).send(),
    });
  }
  addRoute(
    scope,
    table,
    {
      method: 'GET',
      url: '/cds-services',
      summary: 'CDS Hooks 2.0 discovery: patient-view, order-select and order-sign with prefetch',
      tag: 'cds-hooks',
      auth: 'public',
      response: CdsDiscovery,
      status: 200,
    },
    () => Promise.resolve(ok(cdsDiscovery(deps.cds(today(deps))))),
  );
  addRoute(
    scope,
    table,
    {
      method: 'POST',
      url: '/cds-services/:service',
      summary:
        'Call a CDS service with the EHR’s JWT (Authorization: Bearer); cards as CDS Hooks 2.0 shapes them',
      tag: 'cds-hooks',
      auth: 'public',
      crossOrigin: true,
      body: CdsRequest,
      response: CdsResponse,
      status: 200,
    },
    async (req, _reply, ctx) => {
      const service = param(req, 'service') ?? '';
      const origin = publicOrigin ?? `${req.protocol}://${req.host}`;
      const caller = await deps.caller.verify(
        req.headers.authorization,
        `${origin}/cds-services/${service}`,
      );
      const result = caller.ok
        ? await callCdsService(service, req.body, deps.cds(today(deps)))
        : caller;
      await audit(deps.record.core, ctx, {
        action: 'cds.call',
        resourceType: 'cds_service',
        resourceId: service.slice(0, 100),
        outcome: outcomeOf(caller.ok, result.ok),
      });
      return result;
    },
  );
}

function outcomeOf(trusted: boolean, answered: boolean): 'allowed' | 'failed' | 'denied' {
  if (!trusted) {
    return 'denied';
  }
  return answered ? 'allowed' : 'failed';
}

function today(deps: FhirHttpDeps): string {
  return deps.record.core.clock.now().slice(0, 10);
}

export async function fhirRoutes(
  app: FastifyInstance,
  deps: FhirHttpDeps,
  table: RouteTable,
  publicOrigin: string | null,
): Promise<void> {
  addRoute(
    app,
    table,
    {
      method: 'GET',
      url: '/api/patients/:id/fhir',
      summary:
        'The whole record as a FHIR R4 Bundle (collection); orders and EMG studies for clinicians only',
      tag: 'fhir',
      auth: 'user',
      response: profiles.Bundle,
      status: 200,
    },
    (req, _reply, ctx) => exportPatientFhir(deps.record, ctx, param(req, 'id')),
  );
  addRoute(
    app,
    table,
    {
      method: 'POST',
      url: '/api/fhir/import',
      summary:
        'Import a FHIR R4 Bundle as a new patient assigned to you (clinicians); unmapped parts reported, nothing stored when invalid',
      tag: 'fhir',
      auth: 'user',
      body: profiles.Bundle,
      response: ImportResult,
      status: 201,
    },
    (req, _reply, ctx) => importPatientFhir(deps.record, ctx, req.body),
  );
  // its own scope: the CORS headers apply to the CDS routes only
  await app.register((scope, _opts, done) => {
    cdsRoutes(scope, deps, table, publicOrigin);
    done();
  });
}

/** @module The OpenAPI 3.1 document, generated from the same zod schemas the use cases validate with. */
import { z } from 'zod';
import type { RouteSpec } from './route.js';

function schemaOf(s: z.ZodType, io: 'input' | 'output'): unknown {
  return z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' });
}

const PROBLEM = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'requestId', 'errors'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          code: { type: 'string' },
          pointer: { type: 'string' },
          field: { type: ['string', 'null'] },
          detail: { type: 'string' },
        },
      },
    },
  },
};

function requestBodyOf(spec: RouteSpec): unknown {
  if (spec.upload === true) {
    return {
      required: true,
      content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    };
  }
  return spec.body === undefined
    ? undefined
    : { required: true, content: { 'application/json': { schema: schemaOf(spec.body, 'input') } } };
}

export function openApiDocument(specs: readonly RouteSpec[], version: string): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const path = spec.url.replace(/:(\w+)/g, '{$1}');
    const params = [...spec.url.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      // record ids are UUIDs; a CDS service is named by its id in the discovery document
      schema: m[1] === 'service' ? { type: 'string' } : { type: 'string', format: 'uuid' },
    }));
    const query =
      spec.query === undefined
        ? []
        : Object.entries(
            (schemaOf(spec.query, 'input') as { properties?: Record<string, unknown> })
              .properties ?? {},
          ).map(([name, schema]) => ({ name, in: 'query', required: false, schema }));
    const headers =
      spec.idempotent === true
        ? [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              schema: { type: 'string', maxLength: 200 },
            },
          ]
        : [];
    const ok = spec.response === undefined ? { type: 'object' } : schemaOf(spec.response, 'output');
    const okSchema =
      spec.list === true
        ? { type: 'object', properties: { items: { type: 'array', items: ok } } }
        : ok;
    const requestBody = requestBodyOf(spec);
    (paths[path] ??= {})[spec.method.toLowerCase()] = {
      summary: spec.summary,
      tags: [spec.tag],
      parameters: [...params, ...query, ...headers],
      ...(requestBody === undefined ? {} : { requestBody }),
      ...(spec.auth === 'public' ? { security: [] } : {}),
      responses: {
        [String(spec.status)]:
          spec.status === 204
            ? { description: 'Done' }
            : { description: 'Success', content: { 'application/json': { schema: okSchema } } },
        '4XX': {
          description: 'A problem with the request, naming each field and the rule it broke',
          content: {
            'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
          },
        },
        '503': {
          description:
            'The database cannot be reached just now (`service.database_unavailable`): try again after `Retry-After` seconds',
          headers: { 'Retry-After': { schema: { type: 'integer' } } },
          content: {
            'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
          },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tonus API',
      version,
      description:
        'Decision support, not a diagnosis: every result must be confirmed by a clinician. Records of paraspinal muscle spasm care.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    paths,
    components: {
      schemas: { Problem: PROBLEM },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: '__Host-sid' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
    security: [{ session: [] }, { bearer: [] }],
  };
}

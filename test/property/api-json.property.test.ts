/**
 * @module Issue 10 on every API body: a duplicate key, a prototype key (`__proto__`, `constructor`,
 * `prototype`) or nesting past the limit, placed at any depth inside an otherwise valid body of every
 * POST and PATCH route the server registers, is refused with 400, the matching code and a problem+json, and
 * stores nothing. Each route is sent by a principal who gets past its access check, so the refusal
 * comes from the body, not from the door. `FUZZ_RUNS` raises the number of requests.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { VALID_BODIES } from '../support/bodies.js';
import { tableCounts } from '../support/table-counts.js';
import { DIALECTS, useService } from '../support/service.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
/** The server's nesting limit (src/adapters/http/server.ts passes 64 to the strict parser). */
const MAX_DEPTH = 64;
const HOLE = '"__hole__":0';

type Flaw =
  | { kind: 'duplicate'; key: string }
  | { kind: 'prototype'; key: '__proto__' | 'constructor' | 'prototype' }
  | { kind: 'deep' };

const CODE: Record<Flaw['kind'], string> = {
  duplicate: 'input.duplicate_key',
  prototype: 'input.forbidden_key',
  deep: 'input.too_deep',
};

/** The text that replaces the hole: the flaw itself, written as raw JSON no serialiser would produce. */
function flawText(flaw: Flaw): string {
  switch (flaw.kind) {
    case 'duplicate':
      return `${JSON.stringify(flaw.key)}:1,${JSON.stringify(flaw.key)}:2`;
    case 'prototype':
      return `${JSON.stringify(flaw.key)}:{"polluted":true}`;
    case 'deep':
      return `"deep":${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`;
  }
}

/**
 * A valid body with a hole `depth` levels down under `key` (objects, or arrays of objects where
 * `arrays` says so), then the hole replaced by the flaw.
 */
function flawedBody(
  valid: object,
  key: string,
  depth: number,
  arrays: readonly boolean[],
  flaw: Flaw,
): string {
  let inner: unknown = { __hole__: 0 };
  for (let i = 0; i < depth; i++) {
    inner = arrays[i] === true ? [inner] : { [`level${String(i)}`]: inner };
  }
  const text = JSON.stringify({ ...valid, [key]: inner });
  return text.replace(HOLE, flawText(flaw));
}

const isJsonWrite = (r: { readonly method: string }): boolean =>
  r.method === 'POST' || r.method === 'PATCH';

describe.each(DIALECTS)('every API body on %s refuses hostile JSON at any depth', (dialect) => {
  const f = useService(dialect, { world: true });
  /** Each POST and PATCH route with the principal who gets past its access check, and a valid body. */
  let targets: {
    method: 'POST' | 'PATCH';
    url: string;
    headers: Record<string, string>;
    valid: object;
  }[];

  beforeAll(async () => {
    const own = (url: string): string =>
      url
        .replace(':id', f.w.patient.patientId ?? '')
        .replace(/:(encounterId|studyId|entryId)/, '00000000-0000-4000-8000-000000000000');
    const principals = [{}, f.w.patient.headers, f.w.clinician.headers, f.w.admin.headers];
    const bodiless = (url: string): boolean =>
      f.s.routes.some(
        (spec) =>
          spec.method === 'POST' &&
          spec.url === url &&
          spec.body === undefined &&
          spec.upload !== true,
      );
    targets = [];
    for (const r of f.s.registered.filter(isJsonWrite)) {
      const method = r.method as 'POST' | 'PATCH';
      const valid = VALID_BODIES[`${method} ${r.url}`]?.() ?? {};
      // a body that is valid JSON but invalid for the route: the principal whose request reaches
      // the body check (a 400 naming a field, not 401/403/404) is the one whose refusals we judge
      for (const headers of principals) {
        const probe = await f.s.app.inject({
          method,
          url: own(r.url),
          headers: { ...headers, 'content-type': 'application/json' },
          payload: JSON.stringify({ ...valid, __unknown_probe__: 1 }),
        });
        // a route that takes no body (logging out, disabling an account…) is judged anonymously: the
        // body is parsed before any handler runs, and logging out would end the prober's session
        if (probe.statusCode === 400 || bodiless(r.url)) {
          targets.push({ method, url: own(r.url), headers, valid });
          break;
        }
      }
    }
  });

  const counts = (): Promise<Record<string, number>> => tableCounts(f.s);

  test('the JSON-bodied routes are all reached', () => {
    // register, login, tokens, invitations, assignments and the record routes: if a route stops
    // answering 400 to an unknown key, it drops out of the property and this count says so
    // (the EMG upload takes the recording's bytes, not JSON; a CDS Hooks call needs the EHR's JWT,
    // which no principal here has: test/api/cds-hooks.test.ts sends it hostile JSON)
    const jsonRoutes = f.s.registered.filter(
      (r) => isJsonWrite(r) && !r.url.includes('emg') && !r.url.startsWith('/cds-services'),
    );
    expect(targets.map((t) => t.url).length).toBe(jsonRoutes.length);
  });

  test(
    'a duplicate, prototype or too-deep key anywhere is a 400 naming it, and nothing is stored',
    { timeout: 600_000 },
    async () => {
      const flawArb: fc.Arbitrary<Flaw> = fc.oneof(
        fc
          .constantFrom('a', 'note', 'painNrs', 'x')
          .map((key): Flaw => ({ kind: 'duplicate', key })),
        fc
          .constantFrom('__proto__', 'constructor', 'prototype')
          .map((key): Flaw => ({ kind: 'prototype', key })),
        fc.constant<Flaw>({ kind: 'deep' }),
      );
      const arb = fc.record({
        target: fc.constantFrom(...targets),
        key: fc.constantFrom('extra', 'note', 'answers', 'order'),
        depth: fc.integer({ min: 0, max: MAX_DEPTH - 8 }),
        arrays: fc.array(fc.boolean(), { maxLength: MAX_DEPTH }),
        flaw: flawArb,
      });
      await fc.assert(
        fc.asyncProperty(arb, async ({ target, key, depth, arrays, flaw }) => {
          const payload = flawedBody(target.valid, key, depth, arrays, flaw);
          const before = await counts();
          const r = await f.s.app.inject({
            method: target.method,
            url: target.url,
            headers: { ...target.headers, 'content-type': 'application/json' },
            payload,
          });
          const label = `${target.url} ${flaw.kind} at depth ${String(depth)}`;
          expect(r.statusCode, label).toBe(400);
          expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
          const problem = JSON.parse(r.body) as { errors: { code: string }[] };
          expect(problem.errors[0]?.code, label).toBe(CODE[flaw.kind]);
          expect(await counts(), `${label} changed a table`).toEqual(before);
        }),
        { numRuns: RUNS },
      );
    },
  );
});

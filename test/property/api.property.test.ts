/**
 * @module A fast-check property over every route the server registers: random and mutated bodies, headers,
 * principals and path ids. Never a 5xx, always problem+json on a 4xx, and never a partial record: a
 * refused request changes no table but the audit log. `FUZZ_RUNS` raises the number of requests.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { VALID_BODIES } from '../support/bodies.js';
import { tableCounts } from '../support/table-counts.js';
import { DIALECTS, ORIGIN, useService } from '../support/service.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Changes one thing in a valid body: drops, replaces or adds a key, at the top or one level down. */
function mutate(body: Record<string, Json>, kind: number, key: string, value: Json): Json {
  const copy = structuredClone(body);
  const keys = Object.keys(copy);
  const target = keys[kind % Math.max(1, keys.length)] ?? key;
  switch (kind % 5) {
    case 0:
      delete copy[target];
      return copy;
    case 1:
      copy[target] = value;
      return copy;
    case 2:
      copy[key] = value;
      return copy;
    case 3: {
      const inner = copy[target];
      if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) {
        inner[key] = value;
      }
      return copy;
    }
    default:
      return [copy];
  }
}

describe.each(DIALECTS)('every route on %s under random input', (dialect) => {
  const f = useService(dialect, { world: true });

  const counts = (): Promise<Record<string, number>> => tableCounts(f.s);

  test(
    'never a 5xx, always problem+json on 4xx, nothing half-stored',
    { timeout: 600_000 },
    async () => {
      const routes = f.s.registered.map((r) => ({
        method: r.method as 'GET' | 'POST' | 'PATCH' | 'DELETE',
        url: r.url,
      }));
      const idArb = fc.oneof(
        fc.constant(f.w.patient.patientId ?? ''),
        fc.constant(f.w.otherPatient.patientId ?? ''),
        fc.uuid(),
        fc.string({ maxLength: 40 }),
        fc.constantFrom(
          '..',
          '%00',
          '%2e%2e%2f',
          'null',
          '0',
          '-1',
          'a'.repeat(300),
          '%F0%9F%92%A9',
        ),
      );
      const principalArb = fc.constantFrom<Record<string, string>>(
        {},
        f.w.patient.headers,
        f.w.otherPatient.headers,
        f.w.clinician.headers,
        f.w.otherClinician.headers,
        f.w.admin.headers,
        { cookie: 'sid=forged' },
        { authorization: 'Bearer forged' },
        { authorization: 'Basic Zm9vOmJhcg==' },
        { cookie: f.w.patient.headers.cookie ?? '', origin: 'https://evil.example' },
      );
      const headerArb = fc.record(
        {
          'content-type': fc.constantFrom(
            'application/json',
            'application/octet-stream',
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'application/json; charset=utf-16',
            '',
          ),
          'idempotency-key': fc.oneof(
            fc.string({ maxLength: 30 }),
            fc.uuid(),
            fc.constant('k'.repeat(300)),
          ),
          origin: fc.constantFrom(ORIGIN, 'null', 'http://localhost:80/', 'https://evil.example'),
        },
        { requiredKeys: [] },
      );
      const jsonArb = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>;
      const bodyArb = (key: string): fc.Arbitrary<string | Buffer | undefined> =>
        fc.oneof(
          fc.constant(undefined),
          jsonArb.map((v) => JSON.stringify(v)),
          fc.tuple(fc.nat(), fc.string({ maxLength: 12 }), jsonArb).map(([k, name, v]) => {
            const valid = VALID_BODIES[key]?.() as Record<string, Json> | undefined;
            return JSON.stringify(valid === undefined ? { [name]: v } : mutate(valid, k, name, v));
          }),
          fc.string({ maxLength: 200 }),
          fc.constantFrom(
            '{"a":1,"a":2}',
            '{"x":{"__proto__":{}}}',
            '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
            '{',
            '\u0000',
            '"\\ud800"',
          ),
          fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)),
        );
      const requestArb = fc.constantFrom(...routes).chain((route) =>
        fc.record({
          route: fc.constant(route),
          id: idArb,
          sub: idArb,
          who: principalArb,
          headers: headerArb,
          body: bodyArb(`${route.method} ${route.url}`),
          query: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
        }),
      );

      await fc.assert(
        fc.asyncProperty(requestArb, async (req) => {
          const url =
            req.route.url
              .replace(/:(id|patientId)\b/, encodeURIComponent(req.id))
              .replace(
                /:(encounterId|studyId|clinicianId|invitationId|entryId|userId)/,
                encodeURIComponent(req.sub),
              ) + (req.query === undefined ? '' : `?${req.query}`);
          const headers: Record<string, string> = { ...req.headers, ...req.who };
          if (headers['content-type'] === '') {
            delete headers['content-type'];
          }
          const before = await counts();
          const r = await f.s.app.inject({
            method: req.route.method,
            url,
            headers,
            ...((req.route.method === 'POST' || req.route.method === 'PATCH') &&
            req.body !== undefined
              ? { payload: req.body }
              : {}),
          });
          expect(r.statusCode, `${req.route.method} ${url}: ${r.body.slice(0, 300)}`).toBeLessThan(
            500,
          );
          if (r.statusCode >= 400) {
            expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
            const problem = JSON.parse(r.body) as { status: number; errors: unknown[] };
            expect(problem.status).toBe(r.statusCode);
            expect(problem.errors.length).toBeGreaterThan(0);
            expect(
              await counts(),
              `${req.route.method} ${url} was refused but changed a table`,
            ).toEqual(before);
          }
        }),
        { numRuns: RUNS },
      );
      // everything that was stored still reads back through its schema
      for (const p of [f.w.patient, f.w.otherPatient]) {
        const id = p.patientId ?? '';
        await f.s.store.read.diary.list(id);
        await f.s.store.read.outcomes.list(id);
        await f.s.store.read.encounters.list(id);
        await f.s.store.read.orders.list(id);
        await f.s.store.read.plans.list(id);
        await f.s.store.read.emgStudies.list(id);
      }
    },
  );
});

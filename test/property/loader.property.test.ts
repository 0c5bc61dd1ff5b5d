import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assessDocument, checkOrderDocument, parseJson, runCase } from '../../src/app/index.js';
import { fieldPath, en } from '../../src/i18n/index.js';
import { FINDING_IDS, HISTORY_CONDITIONS, MEDICATIONS } from '../../src/domain/kb/index.js';

const cases = readdirSync('cases/public').map(
  (f) => JSON.parse(readFileSync(`cases/public/${f}`, 'utf8')) as unknown,
);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Values that break schemas in interesting ways. */
const nasty = fc.oneof(
  fc.constantFrom(
    null,
    -1,
    0,
    1e308,
    -0,
    11,
    6,
    2.5,
    '',
    'x',
    true,
    [],
    {},
    'NaN',
    '1+',
    '__proto__',
  ),
  fc.double(),
  fc.string(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.constantFrom(
    ...FINDING_IDS.slice(0, 5),
    ...HISTORY_CONDITIONS.slice(0, 3),
    ...MEDICATIONS.slice(0, 3),
  ),
);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Replaces, deletes or adds a value at a random path of a JSON document. */
function mutate(doc: Json, path: number[], value: unknown, op: number): unknown {
  if (typeof doc !== 'object' || doc === null) {
    return value;
  }
  const keys = Array.isArray(doc) ? doc.map((_, i) => i) : Object.keys(doc);
  if (keys.length === 0 || path.length === 0) {
    return Array.isArray(doc) ? [...doc, value] : { ...doc, [`k${op}`]: value };
  }
  const key = keys[(path[0] ?? 0) % keys.length] as string | number;
  const copy: any = Array.isArray(doc) ? [...doc] : { ...doc };
  if (path.length === 1) {
    if (op % 3 === 0) {
      delete copy[key];
    } else {
      copy[key] = value;
    }
    return copy;
  }
  copy[key] = mutate(copy[key], path.slice(1), value, op);
  return copy;
}

describe('loader and engine robustness', () => {
  test('random JSON text never throws: it is assessed or rejected with issues', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const json = parseJson(text);
          if (!json.ok) {
            expect(json.issues.length).toBeGreaterThan(0);
            return;
          }
          const r = runCase(json.value, { asOf: '2026-11-25' });
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) {
            expect(r.issues.length).toBeGreaterThan(0);
          }
          expect(typeof assessDocument(json.value, 'patient', '2026-11-25').ok).toBe('boolean');
          expect(typeof checkOrderDocument(json.value).ok).toBe('boolean');
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('mutated case files never throw, and every rejection names a field', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: cases.length - 1 }),
        fc.array(fc.nat(50), { minLength: 1, maxLength: 4 }),
        nasty,
        fc.nat(),
        fc.integer({ min: 1, max: 3 }),
        (i, path, value, op, times) => {
          let doc: unknown = cases[i];
          for (let k = 0; k < times; k++) {
            doc = mutate(
              doc as Json,
              path.map((p) => p + k),
              value,
              op + k,
            );
          }
          const r = runCase(doc, { asOf: '2026-11-25' });
          if (!r.ok) {
            expect(r.issues.length).toBeGreaterThan(0);
            const isObject = typeof doc === 'object' && doc !== null && !Array.isArray(doc);
            for (const issue of r.issues) {
              expect(issue.code).toMatch(/^input\./);
              // a field-level problem names its field, and the words say which one
              if (isObject) {
                expect(issue.path.length, JSON.stringify(issue)).toBeGreaterThan(0);
              }
              expect(en.issue(issue)).toContain(fieldPath(issue.path));
            }
          } else {
            const sum = r.value.result.groups.reduce((s, g) => s + g.probability, 0);
            expect(sum).toBeCloseTo(1, 9);
            expect(r.value.result.differential.every((d) => Number.isFinite(d.score))).toBe(true);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** Every object node of a document with its path. */
function objectPaths(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) {
    return v.flatMap((x, i) => objectPaths(x, [...path, i]));
  }
  if (typeof v === 'object' && v !== null) {
    return [path, ...Object.entries(v).flatMap(([k, x]) => objectPaths(x, [...path, k]))];
  }
  return [];
}

/** JSON text of a document with one more member written into the object at `at`. */
function withExtraMember(v: unknown, at: (string | number)[], key: string, value: string): string {
  if (Array.isArray(v)) {
    return `[${v.map((x, i) => withExtraMember(x, at[0] === i ? at.slice(1) : [-1], key, value)).join(',')}]`;
  }
  if (typeof v === 'object' && v !== null) {
    const here = at.length === 0;
    const members = Object.entries(v).map(
      ([k, x]) =>
        `${JSON.stringify(k)}:${withExtraMember(x, !here && at[0] === k ? at.slice(1) : [-1], key, value)}`,
    );
    if (here) {
      members.push(`${JSON.stringify(key)}:${value}`);
    }
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(v);
}

const order = JSON.parse(
  readFileSync('examples/orders/tizanidine-ciprofloxacin.json', 'utf8'),
) as unknown;

describe('repeated and prototype keys at any depth of a case or an order', () => {
  const documents = [...cases, order];
  test('a key repeated in any object of a document is refused at its path, never silently merged', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.boolean(), (d, n, proto) => {
        const doc = documents[d % documents.length];
        const paths = objectPaths(doc).filter((p) => {
          const node = p.reduce<any>((x, k) => x[k], doc);
          return proto || Object.keys(node).length > 0;
        });
        const at = paths[n % paths.length]!;
        const node = at.reduce<any>((x, k) => x[k], doc);
        const key = proto ? '__proto__' : Object.keys(node)[n % Object.keys(node).length]!;
        const r = parseJson(withExtraMember(doc, at, key, 'false'));
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.issues[0]).toEqual({
            code: proto ? 'input.forbidden_key' : 'input.duplicate_key',
            path: [...at, key],
            params: { key },
          });
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('a document nested past the limit or larger than the limit is refused, whatever wraps it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 65, max: 5000 }),
        fc.constantFrom('[', '{"a":'),
        (depth, open) => {
          const close = open === '[' ? ']' : '}';
          const r = parseJson(open.repeat(depth) + '1' + close.repeat(depth));
          expect(r.ok).toBe(false);
          if (!r.ok) {
            expect(r.issues[0]?.code).toBe('input.too_deep');
          }
        },
      ),
      { numRuns: 50 },
    );
    const huge = parseJson(`[${'1,'.repeat(2_100_000)}1]`);
    expect(huge.ok).toBe(false);
    if (!huge.ok) {
      expect(huge.issues[0]?.code).toBe('input.too_large');
    }
  });
});

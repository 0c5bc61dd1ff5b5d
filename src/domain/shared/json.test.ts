import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseJsonStrict } from './json.js';

const issueOf = (text: string) => {
  const r = parseJsonStrict(text);
  return r.ok ? undefined : r.issues[0];
};

describe('strict JSON reading', () => {
  test('a plain document reads as JSON.parse reads it', () => {
    const text = '{"findings":{"saddle_anaesthesia":true},"labs":[{"value":3.1}],"s":"a{\\"b\\"}"}';
    const r = parseJsonStrict(text);
    expect(r).toEqual({ ok: true, value: JSON.parse(text) });
  });

  test('a red flag written true then false is refused, naming the key and its path', () => {
    expect(issueOf('{"findings":{"saddle_anaesthesia":true,"saddle_anaesthesia":false}}')).toEqual({
      code: 'input.duplicate_key',
      path: ['findings', 'saddle_anaesthesia'],
      params: { key: 'saddle_anaesthesia' },
    });
  });

  test('a second medications list at the top level is refused', () => {
    expect(issueOf('{"medications":["ciprofloxacin"],"medications":[]}')?.path).toEqual([
      'medications',
    ]);
  });

  test('a key spelled with an escape is the same key', () => {
    expect(issueOf('{"drug":"tizanidine","\\u0064rug":"baclofen"}')?.code).toBe(
      'input.duplicate_key',
    );
  });

  test('equal keys in different objects are not duplicates', () => {
    expect(parseJsonStrict('[{"a":1},{"a":2}]').ok).toBe(true);
    expect(parseJsonStrict('{"a":{"a":{"a":1}}}').ok).toBe(true);
  });

  test('a duplicate inside an array element names the index', () => {
    expect(issueOf('{"labs":[{"value":1},{"value":2,"value":3}]}')?.path).toEqual([
      'labs',
      1,
      'value',
    ]);
  });

  test.each(['__proto__', 'constructor', 'prototype'])(
    'a %s key is refused wherever it appears',
    (key) => {
      expect(issueOf(`{"exam":{"reflexes":{"${key}":{"patellar":4}}}}`)).toEqual({
        code: 'input.forbidden_key',
        path: ['exam', 'reflexes', key],
        params: { key },
      });
    },
  );

  test('a string value that looks like a key is not a key', () => {
    expect(parseJsonStrict('{"note":"__proto__","other":"\\"a\\":1,\\"a\\":2"}').ok).toBe(true);
  });

  test('a document nested deeper than the limit is refused without exhausting the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(issueOf(deep)?.code).toBe('input.too_deep');
    expect(parseJsonStrict('[[[1]]]', { maxDepth: 3, maxLength: 100 }).ok).toBe(true);
    expect(parseJsonStrict('[[[[1]]]]', { maxDepth: 3, maxLength: 100 }).ok).toBe(false);
  });

  test('a document longer than the limit is refused before it is parsed', () => {
    expect(parseJsonStrict('[1,2,3]', { maxDepth: 5, maxLength: 6 })).toEqual({
      ok: false,
      issues: [{ code: 'input.too_large', path: [], params: { max: 6, length: 7 } }],
    });
  });

  test('text that is not JSON is refused with the parser message', () => {
    expect(issueOf('{"a":')?.code).toBe('input.invalid_json');
  });

  test('property: any JSON without repeated keys reads back equal; adding a repeat anywhere is refused at its path', () => {
    const keyArb = fc
      .string({ maxLength: 4 })
      .filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k));
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small' },
        fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.string({ maxLength: 6 })),
        fc.array(tie('tree'), { maxLength: 4 }),
        fc.dictionary(keyArb, tie('tree'), { maxKeys: 4 }),
      ),
    }));
    fc.assert(
      fc.property(tree, keyArb, (doc, key) => {
        const text = JSON.stringify(doc);
        expect(parseJsonStrict(text)).toEqual({ ok: true, value: JSON.parse(text) });
        // wrap in an object whose key is repeated: the repeat is always caught at the top
        const dup = `{${JSON.stringify(key)}:${text},${JSON.stringify(key)}:${text}}`;
        const r = parseJsonStrict(dup);
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.issues[0]).toEqual({
            code: 'input.duplicate_key',
            path: [key],
            params: { key },
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  test('property: a prototype key at any depth is refused', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom('__proto__', 'constructor'),
        (depth, key) => {
          const inner = `{"${key}":{"x":1}}`;
          const text = '{"a":'.repeat(depth) + inner + '}'.repeat(depth);
          const r = parseJsonStrict(text);
          expect(r.ok).toBe(false);
          if (!r.ok) {
            expect(r.issues[0]?.path).toEqual([...Array<string>(depth).fill('a'), key]);
          }
        },
      ),
    );
  });
});

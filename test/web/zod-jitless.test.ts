/**
 * @module zod's eval probe is off in the web app: with web/src/zod-jitless.ts loaded first, building and
 * parsing an object schema never calls `Function` (the call a Content-Security-Policy without 'unsafe-eval'
 * reports on every page), while zod as shipped does; and the entry (web/src/main.tsx) imports it before
 * anything else, so no schema is built before the setting. zod keeps its setting and its probe's answer per
 * process, so each case runs in a fresh Node process (hence here, not beside the web code, which may not
 * import Node's modules).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = new URL('../../web/src/main.tsx', import.meta.url);

/** Counts calls of the global `Function` while zod builds and parses an object schema. */
const PROBE = `
const real = globalThis.Function;
let n = 0;
globalThis.Function = new Proxy(real, {
  construct(t, a) { n += 1; return Reflect.construct(t, a); },
  apply(t, self, a) { n += 1; return Reflect.apply(t, self, a); },
});
if (process.argv[1] === 'jitless') await import('./web/src/zod-jitless.ts');
const { z } = await import('zod');
z.object({ a: z.string(), b: z.object({ c: z.number() }) }).parse({ a: 'x', b: { c: 1 } });
process.stdout.write(String(n));
`;

function functionCalls(mode: 'jitless' | 'shipped'): number {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', PROBE, mode],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(r.stderr).toBe('');
  return Number(r.stdout);
}

describe("zod's JIT is off in the web app", () => {
  test('with the setting, an object schema is built and parsed without calling Function', () => {
    expect(functionCalls('jitless')).toBe(0);
  });

  test('without it, zod as shipped calls Function (what the setting prevents)', () => {
    expect(functionCalls('shipped')).toBeGreaterThan(0);
  });

  test('the entry imports the setting before any other module', () => {
    const main = readFileSync(MAIN, 'utf8');
    const imports = main.split('\n').filter((l) => l.startsWith('import '));
    expect(imports[0]).toBe("import './zod-jitless';");
  });
});

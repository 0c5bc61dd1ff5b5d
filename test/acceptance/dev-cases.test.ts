import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runCase } from '../../src/app/index.js';

// our own development cases: the conditions and variants the public set lacks
const DIR = 'cases/dev';
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('development cases', () => {
  test.each(files)('%s passes', (file) => {
    const r = runCase(JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as unknown, {
      asOf: '2026-11-25',
    });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.check.triage).toBe('pass');
      // a triage-only case may name no cause and no group: n/a, never a failure
      expect(r.value.check.condition).not.toBe('fail');
      expect(r.value.check.group).not.toBe('fail');
      expect(r.value.check.passed).toBe(true);
    }
  });
});

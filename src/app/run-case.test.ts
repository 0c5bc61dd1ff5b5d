import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runCase, summarize } from './run-case.js';

const strain = JSON.parse(readFileSync('cases/public/pub-01-lumbar-strain.json', 'utf8')) as {
  expected: Record<string, unknown>;
};
const asOf = '2026-11-25';

describe('a triage-only case', () => {
  test('with no condition named passes on its triage alone, its condition judged n/a, not failed', () => {
    const r = runCase(
      { ...strain, expected: { triage: strain.expected.triage, group: null, conditions: [] } },
      { asOf },
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.check).toEqual({
        triage: 'pass',
        group: 'n/a',
        condition: 'n/a',
        passed: true,
      });
      const s = summarize([r.value]);
      expect([s.conditionPass, s.conditionScored]).toEqual([0, 0]);
    }
  });

  test('still fails when its triage is wrong', () => {
    const r = runCase({ ...strain, expected: { triage: 'emergency' } }, { asOf });
    expect(r.ok && r.value.check).toMatchObject({
      triage: 'under',
      condition: 'n/a',
      passed: false,
    });
  });

  test('a case that names a cause the engine does not rank in its top three still fails on it', () => {
    const r = runCase(
      { ...strain, expected: { ...strain.expected, conditions: ['wilsons_disease'] } },
      { asOf },
    );
    expect(r.ok && r.value.check).toMatchObject({ condition: 'fail', passed: false });
    if (r.ok) {
      expect([summarize([r.value]).conditionScored]).toEqual([1]);
    }
  });
});

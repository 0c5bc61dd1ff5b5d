/** @module The chart summary cache: a summary is served only under the stamp it was kept with, and a full cache lets go of what was not read lately. */
import { describe, expect, test } from 'vitest';
import { summarizePatient } from '../../domain/records/index.js';
import { createSummaryCache } from './summary-cache.js';

const patient = (n: number): string => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const summaryOf = (n: number) => summarizePatient(patient(n), [], []);

describe('chart summaries kept while the chart is unchanged', () => {
  test('a summary is served under the stamp it was kept with, never under another, and frozen', () => {
    const cache = createSummaryCache();
    const summary = summaryOf(1);
    cache.keep(patient(1), 'stamp-a', summary);
    expect(cache.get(patient(1), 'stamp-a')).toBe(summary);
    expect(Object.isFrozen(summary.pain)).toBe(true);
    // the chart changed: its new stamp finds nothing, and the new summary replaces the old
    expect(cache.get(patient(1), 'stamp-b')).toBeUndefined();
    expect(cache.get(patient(2), 'stamp-a')).toBeUndefined();
    const changed = summaryOf(1);
    cache.keep(patient(1), 'stamp-b', changed);
    expect(cache.get(patient(1), 'stamp-b')).toBe(changed);
    expect(cache.get(patient(1), 'stamp-a')).toBeUndefined();
  });

  test('when full, a summary read since it was kept outlives the older ones nobody read', () => {
    const cache = createSummaryCache();
    const MAX = 2000;
    for (let i = 0; i < MAX; i += 1) {
      cache.keep(patient(i), 's', summaryOf(i));
    }
    // the oldest is read; the next oldest is not
    expect(cache.get(patient(0), 's')).toBeDefined();
    cache.keep(patient(MAX), 's', summaryOf(MAX));
    expect(cache.get(patient(0), 's')).toBeDefined();
    expect(cache.get(patient(1), 's')).toBeUndefined();
    expect(cache.get(patient(MAX), 's')).toBeDefined();
    // replacing a patient's summary never evicts another's
    cache.keep(patient(2), 's2', summaryOf(2));
    expect(cache.get(patient(3), 's')).toBeDefined();
  });
});

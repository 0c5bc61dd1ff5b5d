import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runCase, summarize, type CaseRun } from '../../src/app/index.js';

const DIR = 'cases/public';
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const runAll = (historyOnly: boolean): CaseRun[] =>
  files.map((f) => {
    const r = runCase(JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as unknown, {
      asOf: '2026-11-25',
      historyOnly,
    });
    if (!r.ok) {
      throw new Error(`${f}: ${JSON.stringify(r.issues)}`);
    }
    return r.value;
  });

describe('public validation cases', () => {
  const runs = runAll(false);

  test.each(runs.map((r) => [r.file.id, r] as const))(
    '%s passes triage, group and condition',
    (_id, run) => {
      expect(run.check).toEqual(expect.objectContaining({ triage: 'pass', condition: 'pass' }));
      expect(run.check.group).not.toBe('fail');
    },
  );

  test('no case is under-triaged', () => {
    expect(summarize(runs).under).toBe(0);
  });

  test('with history alone (exam, labs, imaging, EMG and vitals removed) the right group still leads in most cases', () => {
    const history = runAll(true).filter((r) => r.check.group !== 'n/a');
    const leads = history.filter((r) => r.check.group === 'pass').length;
    // the article: history should narrow the cause to one of the three groups
    expect(leads / history.length).toBeGreaterThanOrEqual(0.8);
  });

  test.runIf(existsSync('../shared/cases/public'))(
    'the bundled cases are the shared public cases unchanged',
    () => {
      const shared = readdirSync('../shared/cases/public')
        .filter((f) => f.endsWith('.json'))
        .sort();
      expect(files).toEqual(shared);
      for (const f of files) {
        expect(readFileSync(`${DIR}/${f}`, 'utf8')).toBe(
          readFileSync(`../shared/cases/public/${f}`, 'utf8'),
        );
      }
    },
  );
});

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BASELINE_RULES, CAUSE_FLOORS, RED_FLAG_RULES } from './index.js';

/**
 * Every stored result names the rules behind its level with their versions, so a version must change whenever
 * what a rule does changes: its level, its group, its condition and threshold, or its `when` or `unless`. This
 * file keeps each rule's version beside a fingerprint of what it does. A rule whose fingerprint changed while
 * its version did not fails here.
 *
 * After a change: bump the version of each rule that now behaves differently, then run
 * `RULE_VERSIONS=write npx vitest run src/domain/triage/rule-versions.test.ts`, which rewrites the file and
 * still refuses a changed rule whose version stayed. Provenance (sources, status) and comments are not part of
 * the fingerprint: they change what a rule says of itself, not what it does. A change in how a feature is read
 * for every rule at once (a derived feature's cut, a laboratory band) is the knowledge base version's.
 */
const FILE = new URL('./rule-versions.json', import.meta.url);

interface Recorded {
  readonly version: number;
  readonly fingerprint: string;
}

/** JSON with the keys of every object sorted, so the order a rule's fields were written in does not matter. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const fingerprint = (behaviour: unknown): string =>
  createHash('sha256').update(canonical(behaviour)).digest('hex').slice(0, 16);

/** What each rule does, without its provenance. */
function current(): Map<string, Recorded> {
  const all = new Map<string, Recorded>();
  for (const r of RED_FLAG_RULES) {
    all.set(r.id, {
      version: r.version,
      fingerprint: fingerprint({ level: r.level, group: r.group, when: r.when }),
    });
  }
  for (const f of CAUSE_FLOORS) {
    all.set(f.id, {
      version: f.version,
      fingerprint: fingerprint({
        level: f.level,
        condition: f.condition,
        minProbability: f.minProbability,
        unless: f.unless,
      }),
    });
  }
  for (const b of BASELINE_RULES) {
    all.set(b.id, {
      version: b.version,
      fingerprint: fingerprint({ level: b.level, leading: b.leading, when: b.when }),
    });
  }
  return all;
}

function recorded(): Partial<Record<string, Recorded>> {
  return JSON.parse(readFileSync(FILE, 'utf8')) as Partial<Record<string, Recorded>>;
}

/** The rules whose behaviour changed while their version stayed the same. */
function changedWithoutBump(
  now: Map<string, Recorded>,
  before: Partial<Record<string, Recorded>>,
): string[] {
  return [...now].flatMap(([id, r]) => {
    const was = before[id];
    return was !== undefined && was.version === r.version && was.fingerprint !== r.fingerprint
      ? [`${id} v${r.version}`]
      : [];
  });
}

describe('every triage rule’s version moves with what it does', () => {
  const now = current();

  if (process.env['RULE_VERSIONS'] === 'write') {
    test('writing the versions file (a changed rule must have its version bumped first)', () => {
      expect(changedWithoutBump(now, recorded())).toEqual([]);
      const sorted = Object.fromEntries([...now].sort(([a], [b]) => (a < b ? -1 : 1)));
      writeFileSync(FILE, `${JSON.stringify(sorted, null, 2)}\n`);
    });
    return;
  }

  test('no rule behaves differently under the version it had when the file was written', () => {
    expect(
      changedWithoutBump(now, recorded()),
      'bump these rules’ versions, then rewrite the file (see the top of this test)',
    ).toEqual([]);
  });

  test('the file lists every rule at its current version and no rule that is gone', () => {
    const before = recorded();
    const stale = [...now].flatMap(([id, r]) => {
      const was = before[id];
      return was?.version === r.version && was.fingerprint === r.fingerprint ? [] : [id];
    });
    const gone = Object.keys(before).filter((id) => !now.has(id));
    expect({ stale, gone }, 'rewrite the file (see the top of this test)').toEqual({
      stale: [],
      gone: [],
    });
  });

  test('the fingerprint sees a change of level, threshold or condition, and not the order of fields', () => {
    const rule = {
      level: 'emergency',
      when: { all: [{ f: 'fever' }, { vital: 'heartRate', atLeast: 100 }] },
    };
    const base = fingerprint(rule);
    expect(fingerprint({ ...rule, level: 'consultation_24' })).not.toBe(base);
    expect(
      fingerprint({
        ...rule,
        when: { all: [{ f: 'fever' }, { vital: 'heartRate', atLeast: 110 }] },
      }),
    ).not.toBe(base);
    expect(
      fingerprint({
        ...rule,
        when: { any: [{ f: 'fever' }, { vital: 'heartRate', atLeast: 100 }] },
      }),
    ).not.toBe(base);
    expect(
      fingerprint({
        when: { all: [{ f: 'fever' }, { atLeast: 100, vital: 'heartRate' }] },
        level: 'emergency',
      }),
    ).toBe(base);
  });
});

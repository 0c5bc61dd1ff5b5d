import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { BaselineRule, CauseFloor, RedFlagRule } from './index.js';
import { BASELINE_RULES, CAUSE_FLOORS, RED_FLAG_RULES } from './index.js';

/**
 * Every stored result names the rules behind its level with their versions, so a version must change whenever
 * what a rule does changes: its level, its group, its condition and threshold, its `when` or `unless`, and for a
 * baseline rule (the first that holds gives the level) the rules tried before it, with their versions. This file keeps each rule's
 * version beside a fingerprint of those. A rule whose fingerprint changed while its version did not, or whose
 * version went down, fails here.
 *
 * After a change: bump the version of each rule that now behaves differently, then run
 * `RULE_VERSIONS=write npx vitest run src/domain/triage/rule-versions.test.ts`, which rewrites the file and
 * still refuses a changed rule whose version stayed or fell. The fingerprint is of the rule as written, so a
 * refactor that reorders a rule's clauses needs a bump too, though the rule behaves the same. Provenance (sources,
 * status) and comments are not part of it: they change what a rule says of itself, not what it does. What every
 * rule reads through (a derived feature's cut, a laboratory band, a condition's evidence model, which leader the
 * floors read) is the knowledge base version's.
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

/** What each kind of rule does, without its provenance. */
const redFlagPrint = (r: RedFlagRule): string =>
  fingerprint({ level: r.level, group: r.group, when: r.when });
const floorPrint = (f: CauseFloor): string =>
  fingerprint({
    level: f.level,
    condition: f.condition,
    minProbability: f.minProbability,
    unless: f.unless,
  });
const baselinePrint = (b: BaselineRule, triedBefore: readonly string[]): string =>
  fingerprint({ level: b.level, leading: b.leading, when: b.when, triedBefore });

function current(): Map<string, Recorded> {
  const all = new Map<string, Recorded>();
  for (const r of RED_FLAG_RULES) {
    all.set(r.id, { version: r.version, fingerprint: redFlagPrint(r) });
  }
  for (const f of CAUSE_FLOORS) {
    all.set(f.id, { version: f.version, fingerprint: floorPrint(f) });
  }
  BASELINE_RULES.forEach((b, i) => {
    // with their versions, so a change in an earlier rule, which bumps it, moves every rule after it too
    const triedBefore = BASELINE_RULES.slice(0, i).map((x) => `${x.id}@${x.version}`);
    all.set(b.id, { version: b.version, fingerprint: baselinePrint(b, triedBefore) });
  });
  return all;
}

function recorded(): Partial<Record<string, Recorded>> {
  return JSON.parse(readFileSync(FILE, 'utf8')) as Partial<Record<string, Recorded>>;
}

/** Rules whose behaviour changed while their version stayed, and rules whose version went down. */
function unversionedChanges(
  now: Map<string, Recorded>,
  before: Partial<Record<string, Recorded>>,
): string[] {
  return [...now].flatMap(([id, r]) => {
    const was = before[id];
    if (was === undefined) {
      return [];
    }
    if (r.version < was.version) {
      return [`${id} v${r.version} (was v${was.version})`];
    }
    return was.version === r.version && was.fingerprint !== r.fingerprint
      ? [`${id} v${r.version}`]
      : [];
  });
}

describe('every triage rule’s version moves with what it does', () => {
  const now = current();

  if (process.env['RULE_VERSIONS'] === 'write') {
    test('writing the versions file (a changed rule must have its version bumped first)', () => {
      expect(unversionedChanges(now, recorded())).toEqual([]);
      const sorted = Object.fromEntries([...now].sort(([a], [b]) => (a < b ? -1 : 1)));
      writeFileSync(FILE, `${JSON.stringify(sorted, null, 2)}\n`);
    });
    return;
  }

  test('no rule behaves differently under the version it had when the file was written, and none went down', () => {
    expect(
      unversionedChanges(now, recorded()),
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

  test('a change under the same version, or a version lowered after a change, is caught', () => {
    const [id, r] = [...now][0] as [string, Recorded];
    const changed = new Map(now).set(id, { version: r.version, fingerprint: 'changed' });
    expect(unversionedChanges(changed, { [id]: r })).toEqual([`${id} v${r.version}`]);
    const lowered = new Map(now).set(id, { version: r.version - 1, fingerprint: 'changed' });
    expect(unversionedChanges(lowered, { [id]: r })).toEqual([
      `${id} v${r.version - 1} (was v${r.version})`,
    ]);
    // an entry dropped from the file by hand is written afresh by the next write: only the file's history in git
    // shows that, so a review reads this file's diff
  });

  test('each kind’s fingerprint sees every field that decides what it does, and not the order of fields', () => {
    const flag = RED_FLAG_RULES[0] as RedFlagRule;
    const flagPrint = redFlagPrint(flag);
    expect(redFlagPrint({ ...flag, level: 'self_care' })).not.toBe(flagPrint);
    expect(redFlagPrint({ ...flag, group: 'toxic' })).not.toBe(flagPrint);
    expect(redFlagPrint({ ...flag, when: { not: flag.when } })).not.toBe(flagPrint);
    expect(redFlagPrint({ ...flag, sourceIds: ['TONUS'], status: 'UNVERIFIED' })).toBe(flagPrint);

    const floor = CAUSE_FLOORS.find((f) => f.unless !== undefined) as CauseFloor;
    const floorBase = floorPrint(floor);
    expect(floorPrint({ ...floor, level: 'self_care' })).not.toBe(floorBase);
    expect(floorPrint({ ...floor, minProbability: floor.minProbability + 0.1 })).not.toBe(
      floorBase,
    );
    expect(floorPrint({ ...floor, condition: 'tetanus' })).not.toBe(floorBase);
    expect(floorPrint({ ...floor, unless: undefined })).not.toBe(floorBase);

    const leading = BASELINE_RULES.find((b) => b.leading !== undefined) as BaselineRule;
    const leadingBase = baselinePrint(leading, []);
    expect(baselinePrint({ ...leading, leading: undefined }, [])).not.toBe(leadingBase);
    expect(baselinePrint(leading, ['BASE-CONSULTATION@1'])).not.toBe(leadingBase);
    expect(baselinePrint(leading, ['BASE-CONSULTATION@2'])).not.toBe(
      baselinePrint(leading, ['BASE-CONSULTATION@1']),
    );
    const withWhen = BASELINE_RULES.find((b) => b.when !== undefined) as BaselineRule;
    expect(baselinePrint({ ...withWhen, when: undefined }, [])).not.toBe(
      baselinePrint(withWhen, []),
    );

    const rule = {
      level: 'emergency',
      when: { all: [{ f: 'fever' }, { vital: 'heartRate', atLeast: 100 }] },
    };
    const base = fingerprint(rule);
    expect(
      fingerprint({
        ...rule,
        when: { all: [{ f: 'fever' }, { vital: 'heartRate', atLeast: 110 }] },
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

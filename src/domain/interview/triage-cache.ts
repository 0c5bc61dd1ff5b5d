/**
 * @module The triage level of many hypothetical answers, fast: which red-flag rules fire is kept per
 * snapshot, and an answer re-evaluates only the rules that read a feature it changed. The level is
 * then combined with the triage module's own pieces (the baseline level, raised by every fired red
 * flag and by the cause floor of the leading condition). A test keeps it equal to `triageLevelOf`.
 */
import { featureIndex, featuresOf, FEATURES, holds, type Evidence } from '../evidence/index.js';
import { moreUrgent, type TriageLevel } from '../shared/index.js';
import { baselineLevelOf, RED_FLAG_RULES, withCauseFloors, type Leading } from '../triage/index.js';

const FEATURE_IDS: ReadonlySet<string> = new Set(FEATURES.map((f) => f.id));

/**
 * Local copies of the rules and helpers: under tsx an imported binding is read through a getter on
 * every use, which in these loops costs more than the work (the look-ahead runs them thousands of
 * times a step).
 */
const RULES = RED_FLAG_RULES;
const baseline = baselineLevelOf;
const floors = withCauseFloors;
const holdsWhen = holds;
const raise = moreUrgent;

/** Per raw field name (`durationDays`, `age`, `vital:temperatureC`), the red-flag rules that read it. */
const RULES_OF_RAW: ReadonlyMap<string, readonly number[]> = (() => {
  const out = new Map<string, number[]>();
  RULES.forEach((rule, ri) => {
    for (const f of new Set(featuresOf(rule.when))) {
      if (!FEATURE_IDS.has(f)) {
        out.set(f, [...(out.get(f) ?? []), ri]);
      }
    }
  });
  return out;
})();

/** Per feature index, the red-flag rules that read it. */
const RULES_OF_FEATURE: readonly (readonly number[])[] = (() => {
  const out: number[][] = FEATURES.map(() => []);
  RULES.forEach((rule, ri) => {
    for (const f of new Set(featuresOf(rule.when))) {
      if (FEATURE_IDS.has(f)) {
        out[featureIndex(f as Parameters<typeof featureIndex>[0])]?.push(ri);
      }
    }
  });
  return out;
})();

/** Which red-flag rules fire, by rule index. */
export function firedRules(e: Evidence): Uint8Array {
  const fired = new Uint8Array(RULES.length);
  RULES.forEach((rule, ri) => {
    fired[ri] = holdsWhen(rule.when, e) ? 1 : 0;
  });
  return fired;
}

/**
 * The rules fired after some features changed (and some fields the rules read from the assessment
 * itself): only the rules that read one of them are evaluated again.
 */
export function firedAfter(
  before: Uint8Array,
  e: Evidence,
  changed: readonly number[],
  raw: readonly string[] = [],
): Uint8Array {
  const fired = before.slice();
  const again = (ri: number): void => {
    const rule = RULES[ri];
    if (rule !== undefined) {
      fired[ri] = holdsWhen(rule.when, e) ? 1 : 0;
    }
  };
  for (const fi of changed) {
    (RULES_OF_FEATURE[fi] ?? []).forEach(again);
  }
  for (const name of raw) {
    (RULES_OF_RAW.get(name) ?? []).forEach(again);
  }
  return fired;
}

/** `floorLeading` is the leader the cause floors read (the classifier's `floorLeader`), the differential's by default. */
export function levelOf(
  e: Evidence,
  fired: Uint8Array,
  leading: Leading | undefined,
  floorLeading: Leading | undefined = leading,
): TriageLevel {
  let level = baseline(e, leading);
  RULES.forEach((rule, ri) => {
    if (fired[ri] === 1) {
      level = raise(level, rule.level);
    }
  });
  return floors(level, floorLeading, e);
}

/**
 * @module The triage level of many hypothetical answers, fast: which red-flag rules fire is kept per
 * snapshot, and an answer re-evaluates only the rules that read a feature it changed. The level is
 * then combined as `decideTriage` does (triage/decide.ts): the first baseline rule that holds, raised
 * by every fired red flag and by the cause floor of the leading condition. A test keeps it equal to
 * `triageLevelOf` for any answers.
 */
import { featureIndex, featuresOf, FEATURES, holds, type Evidence } from '../evidence/index.js';
import { moreUrgent, type TriageLevel } from '../shared/index.js';
import { BASELINE_RULES, CAUSE_FLOORS, RED_FLAG_RULES, type Leading } from '../triage/index.js';

const FEATURE_IDS: ReadonlySet<string> = new Set(FEATURES.map((f) => f.id));

/** Per feature index, the red-flag rules that read it. */
const RULES_OF_FEATURE: readonly (readonly number[])[] = (() => {
  const out: number[][] = FEATURES.map(() => []);
  RED_FLAG_RULES.forEach((rule, ri) => {
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
  const fired = new Uint8Array(RED_FLAG_RULES.length);
  RED_FLAG_RULES.forEach((rule, ri) => {
    fired[ri] = holds(rule.when, e) ? 1 : 0;
  });
  return fired;
}

/** The rules fired after some features changed: only the rules that read one of them are evaluated again. */
export function firedAfter(
  before: Uint8Array,
  e: Evidence,
  changed: readonly number[],
): Uint8Array {
  const fired = before.slice();
  for (const fi of changed) {
    for (const ri of RULES_OF_FEATURE[fi] ?? []) {
      const rule = RED_FLAG_RULES[ri];
      if (rule !== undefined) {
        fired[ri] = holds(rule.when, e) ? 1 : 0;
      }
    }
  }
  return fired;
}

export function levelOf(e: Evidence, fired: Uint8Array, leading: Leading | undefined): TriageLevel {
  let level: TriageLevel = 'consultation';
  for (const rule of BASELINE_RULES) {
    const leadOk =
      rule.leading === undefined ||
      (leading !== undefined &&
        leading.condition === rule.leading.condition &&
        leading.probability >= rule.leading.minProbability);
    if (leadOk && (rule.when === undefined || holds(rule.when, e))) {
      level = rule.level;
      break;
    }
  }
  RED_FLAG_RULES.forEach((rule, ri) => {
    if (fired[ri] === 1) {
      level = moreUrgent(level, rule.level);
    }
  });
  for (const f of CAUSE_FLOORS) {
    if (
      leading !== undefined &&
      leading.condition === f.condition &&
      leading.probability >= f.minProbability
    ) {
      level = moreUrgent(level, f.level);
    }
  }
  return level;
}

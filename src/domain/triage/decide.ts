/**
 * @module The triage decision: the most urgent fired red flag, or when none fired the first baseline rule
 * that holds. A red flag always wins over the classifier, never the other way round (reference §9.4).
 */
import { holds, type Evidence, type EvidenceRef } from '../evidence/index.js';
import type { ConditionId } from '../kb/index.js';
import { moreUrgent, urgency, type TriageLevel } from '../shared/index.js';
import { BASELINE_RULES, type BaselineId, type BaselineRule } from './baseline.js';
import { CAUSE_FLOORS, type CauseFloor, type CauseFloorId } from './cause-floors.js';
import { evaluateRedFlags, type TriageReason } from './evaluate.js';
import { RED_FLAG_RULES, type RedFlagId, type RedFlagRule } from './rules.js';

export interface TriageDecision {
  readonly level: TriageLevel;
  /** Most urgent first; the baseline reason is last and present only when it set or matched the level. */
  readonly reasons: readonly TriageReason[];
  readonly redFlag: boolean;
}

export interface Leading {
  readonly condition: ConditionId;
  readonly probability: number;
}

function baselineReason(
  rule: BaselineRule<BaselineId>,
  because: readonly EvidenceRef[],
): TriageReason {
  return {
    rule: rule.id,
    version: rule.version,
    level: rule.level,
    group: 'baseline',
    sourceIds: rule.sourceIds,
    status: rule.status,
    because,
  };
}

export function decideTriage(
  e: Evidence,
  leading: Leading | undefined,
  // the leader the floors read, when it differs from the differential's (the classifier's `floorLeader`)
  floorLeading: Leading | undefined = leading,
  redFlagRules: readonly RedFlagRule<RedFlagId>[] = RED_FLAG_RULES,
  baselineRules: readonly BaselineRule<BaselineId>[] = BASELINE_RULES,
  causeFloors: readonly CauseFloor<CauseFloorId>[] = CAUSE_FLOORS,
): TriageDecision {
  const flags = evaluateRedFlags(e, redFlagRules);
  const floors: TriageReason[] = causeFloors
    .filter(
      (f) =>
        floorLeading !== undefined &&
        floorLeading.condition === f.condition &&
        floorLeading.probability >= f.minProbability &&
        (f.unless === undefined || !holds(f.unless, e)),
    )
    .map((f) => ({
      rule: f.id,
      version: f.version,
      level: f.level,
      group: 'cause',
      sourceIds: f.sourceIds,
      status: f.status,
      because: [{ kind: 'leading', condition: f.condition }],
    }));
  let base: TriageReason | undefined;
  for (const rule of baselineRules) {
    const because: EvidenceRef[] = [];
    const leadOk =
      rule.leading === undefined ||
      (leading !== undefined &&
        leading.condition === rule.leading.condition &&
        leading.probability >= rule.leading.minProbability);
    if (leadOk && (rule.when === undefined || holds(rule.when, e, because))) {
      base = baselineReason(
        rule,
        rule.leading === undefined
          ? because
          : [{ kind: 'leading', condition: rule.leading.condition }, ...because],
      );
      break;
    }
  }
  const baseLevel: TriageLevel = base?.level ?? 'consultation';
  const raised = [...flags.reasons, ...floors].sort((a, b) => urgency(b.level) - urgency(a.level));
  if (raised.length === 0) {
    return { level: baseLevel, reasons: base === undefined ? [] : [base], redFlag: false };
  }
  const level = raised.reduce<TriageLevel>((l, r) => moreUrgent(l, r.level), baseLevel);
  return { level, reasons: raised, redFlag: flags.level !== null };
}

/** The level of the first baseline rule that holds (a consultation when none does), before any red flag. */
export function baselineLevelOf(
  e: Evidence,
  leading: Leading | undefined,
  baselineRules: readonly BaselineRule[] = BASELINE_RULES,
): TriageLevel {
  for (const rule of baselineRules) {
    const leadOk =
      rule.leading === undefined ||
      (leading !== undefined &&
        leading.condition === rule.leading.condition &&
        leading.probability >= rule.leading.minProbability);
    if (leadOk && (rule.when === undefined || holds(rule.when, e))) {
      return rule.level;
    }
  }
  return 'consultation';
}

/** A level raised by the cause floor of the leading condition, when it leads strongly enough. */
export function withCauseFloors(
  level: TriageLevel,
  leading: Leading | undefined,
  e: Evidence,
  causeFloors: readonly CauseFloor[] = CAUSE_FLOORS,
): TriageLevel {
  let out = level;
  for (const f of causeFloors) {
    if (
      leading !== undefined &&
      leading.condition === f.condition &&
      leading.probability >= f.minProbability &&
      (f.unless === undefined || !holds(f.unless, e))
    ) {
      out = moreUrgent(out, f.level);
    }
  }
  return out;
}

/**
 * The level alone, without reasons: what `decideTriage` gives as its level, computed without building
 * them, for callers that weigh many hypothetical answers (the interview's look-ahead).
 */
export function triageLevelOf(
  e: Evidence,
  leading: Leading | undefined,
  floorLeading: Leading | undefined = leading,
  redFlagRules: readonly RedFlagRule[] = RED_FLAG_RULES,
  baselineRules: readonly BaselineRule[] = BASELINE_RULES,
  causeFloors: readonly CauseFloor[] = CAUSE_FLOORS,
): TriageLevel {
  let level = baselineLevelOf(e, leading, baselineRules);
  for (const rule of redFlagRules) {
    if (urgency(rule.level) > urgency(level) && holds(rule.when, e)) {
      level = rule.level;
    }
  }
  return withCauseFloors(level, floorLeading, e, causeFloors);
}

/** @module Evaluates the red-flag rules on evidence: every rule that fires is a reason; the most urgent level wins. */
import { distinctRefs, holds, type Evidence, type EvidenceRef } from '../evidence/index.js';
import type { SourceId } from '../kb/index.js';
import { moreUrgent, urgency, type TriageLevel } from '../shared/index.js';
import type { BaselineId } from './baseline.js';
import type { CauseFloorId } from './cause-floors.js';
import { RED_FLAG_RULES, type RedFlagId, type RedFlagRule } from './rules.js';

/** Every rule that can give a triage reason: red flags, cause floors and baseline rules. */
export type TriageRuleId = RedFlagId | CauseFloorId | BaselineId;

export interface TriageReason {
  readonly rule: TriageRuleId;
  readonly version: number;
  readonly level: TriageLevel;
  readonly group: RedFlagRule['group'] | 'baseline' | 'cause';
  readonly sourceIds: readonly SourceId[];
  readonly status: RedFlagRule['status'];
  /** The evidence that made the rule fire. */
  readonly because: readonly EvidenceRef[];
}

export interface RedFlagResult {
  /** The most urgent level of the fired rules, or `null` when no red flag fired. */
  readonly level: TriageLevel | null;
  /** Fired rules, most urgent first. */
  readonly reasons: readonly TriageReason[];
}

export function evaluateRedFlags(
  e: Evidence,
  rules: readonly RedFlagRule<RedFlagId>[] = RED_FLAG_RULES,
): RedFlagResult {
  const reasons: TriageReason[] = [];
  let level: TriageLevel | null = null;
  for (const rule of rules) {
    const because: EvidenceRef[] = [];
    if (holds(rule.when, e, because)) {
      level = level === null ? rule.level : moreUrgent(level, rule.level);
      reasons.push({
        rule: rule.id,
        version: rule.version,
        level: rule.level,
        group: rule.group,
        sourceIds: rule.sourceIds,
        status: rule.status,
        because: distinctRefs(because),
      });
    }
  }
  reasons.sort((a, b) => urgency(b.level) - urgency(a.level));
  return { level, reasons };
}

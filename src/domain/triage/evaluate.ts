/** @module Evaluates the red-flag rules on evidence: every rule that fires is a reason; the most urgent level wins. */
import { holds, type Evidence } from '../evidence/index.js';
import type { SourceId } from '../kb/index.js';
import { moreUrgent, urgency, type TriageLevel } from '../shared/index.js';
import { RED_FLAG_RULES, type RedFlagRule } from './rules.js';

export interface TriageReason {
  readonly rule: string;
  readonly version: number;
  readonly level: TriageLevel;
  readonly group: RedFlagRule['group'] | 'baseline' | 'cause';
  readonly sourceIds: readonly SourceId[];
  readonly status: RedFlagRule['status'];
  /** The evidence that made the rule fire, as feature codes. */
  readonly because: readonly string[];
}

export interface RedFlagResult {
  /** The most urgent level of the fired rules, or `null` when no red flag fired. */
  readonly level: TriageLevel | null;
  /** Fired rules, most urgent first. */
  readonly reasons: readonly TriageReason[];
}

export function evaluateRedFlags(
  e: Evidence,
  rules: readonly RedFlagRule[] = RED_FLAG_RULES,
): RedFlagResult {
  const reasons: TriageReason[] = [];
  let level: TriageLevel | null = null;
  for (const rule of rules) {
    const because: string[] = [];
    if (holds(rule.when, e, because)) {
      level = level === null ? rule.level : moreUrgent(level, rule.level);
      reasons.push({
        rule: rule.id,
        version: rule.version,
        level: rule.level,
        group: rule.group,
        sourceIds: rule.sourceIds,
        status: rule.status,
        because: [...new Set(because)],
      });
    }
  }
  reasons.sort((a, b) => urgency(b.level) - urgency(a.level));
  return { level, reasons };
}

/** @module Compares an engine result with a case's expected answer (FORMAT.md "check"). */
import type { AssessmentResult } from '../engine/index.js';
import { urgency } from '../shared/index.js';
import type { Expected } from './schema.js';

export type TriageCheck = 'pass' | 'over' | 'under' | 'fail';
export type Check = 'pass' | 'fail' | 'n/a';

export interface CaseCheck {
  readonly triage: TriageCheck;
  readonly group: Check;
  readonly condition: Check;
  readonly passed: boolean;
}

/** How many of the top of the differential count for the condition check. */
export const TOP_N = 3;

export function checkAgainst(result: AssessmentResult, expected: Expected): CaseCheck {
  const accepted = [expected.triage, ...(expected.acceptTriage ?? [])];
  const level = result.triage.level;
  let triage: TriageCheck = 'pass';
  if (!accepted.includes(level)) {
    const u = urgency(level);
    if (accepted.every((a) => u > urgency(a))) {
      triage = 'over';
    } else if (accepted.every((a) => u < urgency(a))) {
      triage = 'under';
    } else {
      triage = 'fail';
    }
  }
  let group: Check = 'n/a';
  if (expected.group !== null) {
    const groups = [expected.group, ...(expected.acceptGroups ?? [])];
    const top = result.groups[0]?.group;
    group = top !== undefined && groups.includes(top) ? 'pass' : 'fail';
  }
  const top3 = result.differential.slice(0, TOP_N).map((d) => d.condition);
  let condition: Check = 'n/a';
  if (expected.conditions.length > 0) {
    condition = expected.conditions.some((c) => top3.includes(c)) ? 'pass' : 'fail';
  }
  return {
    triage,
    group,
    condition,
    passed: triage === 'pass' && group !== 'fail' && condition !== 'fail',
  };
}

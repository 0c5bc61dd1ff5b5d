/** @module Use case: run the engine on one case file and compare with its expected answer. */
import {
  checkAgainst,
  historyOnly,
  parseCase,
  type CaseCheck,
  type CaseFile,
} from '../domain/cases/index.js';
import { assess, type AssessmentResult } from '../domain/engine/index.js';
import { fail, ok, type Result } from '../domain/shared/index.js';

export interface CaseRun {
  readonly file: CaseFile;
  readonly result: AssessmentResult;
  readonly check: CaseCheck;
}

export interface RunCaseOptions {
  /** Strip exam, labs, imaging, EMG and vitals first, to test the article's "history narrows the group". */
  readonly historyOnly?: boolean;
  readonly asOf: string;
}

/** Runs one case given as parsed JSON (`parseJson` reads text strictly). */
export function runCase(input: unknown, options: RunCaseOptions): Result<CaseRun> {
  const parsed = parseCase(input);
  if (!parsed.ok) {
    return fail(parsed.issues);
  }
  const c = options.historyOnly === true ? historyOnly(parsed.value) : parsed.value;
  const result = assess(c.parsed, { audience: 'clinician', asOf: options.asOf });
  return ok({ file: c.file, result, check: checkAgainst(result, c.file.expected) });
}

export interface CaseSummary {
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
  readonly under: number;
  readonly over: number;
  readonly triagePass: number;
  readonly groupPass: number;
  readonly groupScored: number;
  readonly conditionPass: number;
  /** Cases that name a true cause (a triage-only case may name none). */
  readonly conditionScored: number;
}

export function summarize(runs: readonly CaseRun[]): CaseSummary {
  const count = (f: (r: CaseRun) => boolean): number => runs.filter(f).length;
  return {
    total: runs.length,
    passed: count((r) => r.check.passed),
    failed: count((r) => !r.check.passed),
    under: count((r) => r.check.triage === 'under'),
    over: count((r) => r.check.triage === 'over'),
    triagePass: count((r) => r.check.triage === 'pass'),
    groupPass: count((r) => r.check.group === 'pass'),
    groupScored: count((r) => r.check.group !== 'n/a'),
    conditionPass: count((r) => r.check.condition === 'pass'),
    conditionScored: count((r) => r.check.condition !== 'n/a'),
  };
}

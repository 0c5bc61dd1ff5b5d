/**
 * @module The output of `tonus case --json` (cases/FORMAT.md): the engine's answer for one case and its
 * check against the expected answer. Evidence appears as its short code, as the format shows it.
 */
import { z } from 'zod';
import { evidenceCode } from '../../domain/evidence/index.js';
import { ConditionId, FactStatus } from '../../domain/kb/index.js';
import { CauseGroup, TriageLevel } from '../../domain/shared/index.js';
import type { ClinicianMessages } from '../../i18n/index.js';
import type { CaseRun } from '../run-case.js';
import { round4, sourceList } from './common.js';

const Check = z.enum(['pass', 'fail', 'n/a']);

const NextStep = z.strictObject({ why: z.string(), expectedChange: z.number() });

export const CaseCheckView = z.strictObject({
  view: z.literal('case-check/1'),
  id: z.string(),
  triage: z.strictObject({
    level: TriageLevel,
    reasons: z.array(
      z.strictObject({
        rule: z.string(),
        source: z.string(),
        level: TriageLevel,
        status: FactStatus,
        because: z.array(z.string()),
      }),
    ),
  }),
  groups: z.array(z.strictObject({ group: CauseGroup, probability: z.number() })),
  differential: z.array(
    z.strictObject({
      condition: ConditionId,
      score: z.number(),
      for: z.array(z.string()),
      against: z.array(z.string()),
      missing: z.array(z.string()),
      /** The kept-in-view rule that brought it into the top three, or null. */
      keptInView: z.string().nullable(),
    }),
  ),
  nextTests: z.array(NextStep.extend({ test: z.string() })),
  nextQuestions: z.array(NextStep.extend({ question: z.string() })),
  check: z.strictObject({
    triage: z.enum(['pass', 'over', 'under', 'fail']),
    group: Check,
    condition: Check,
  }),
  notice: z.string(),
  kbVersion: z.string(),
});
export type CaseCheckView = z.infer<typeof CaseCheckView>;

export function toCaseCheckView(run: CaseRun, m: ClinicianMessages): CaseCheckView {
  const r = run.result;
  return {
    view: 'case-check/1',
    id: run.file.id,
    triage: {
      level: r.triage.level,
      reasons: r.triage.reasons.map((x) => ({
        rule: x.rule,
        source: sourceList(x.sourceIds),
        level: x.level,
        status: x.status,
        because: x.because.map(evidenceCode),
      })),
    },
    groups: r.groups.map((g) => ({ group: g.group, probability: round4(g.probability) })),
    differential: r.differential.map((d) => ({
      condition: d.condition,
      score: round4(d.score),
      for: d.for.map(evidenceCode),
      against: d.against.map(evidenceCode),
      missing: [...d.missing],
      keptInView: d.keptInView ?? null,
    })),
    nextTests: r.nextTests.map((t) => ({
      test: t.id,
      why: m.why(t),
      expectedChange: round4(t.expectedChange),
    })),
    nextQuestions: r.nextQuestions.map((q) => ({
      question: q.id,
      why: m.why(q),
      expectedChange: round4(q.expectedChange),
    })),
    check: { triage: run.check.triage, group: run.check.group, condition: run.check.condition },
    notice: m.notice,
    kbVersion: r.kbVersion,
  };
}

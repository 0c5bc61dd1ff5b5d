/** @module The `tonus case` output: the JSON of FORMAT.md, and one readable line per case. */
import type { CaseRun, CaseSummary } from '../../app/index.js';
import { whyText } from '../../i18n/index.js';

export function caseJson(run: CaseRun): object {
  const r = run.result;
  return {
    id: run.file.id,
    triage: {
      level: r.triage.level,
      reasons: r.triage.reasons.map((x) => ({
        rule: x.rule,
        source: x.sourceIds.join(', '),
        level: x.level,
        status: x.status,
        because: x.because,
      })),
    },
    groups: r.groups.map((g) => ({ group: g.group, probability: round(g.probability) })),
    differential: r.differential.map((d) => ({
      condition: d.condition,
      score: round(d.score),
      for: d.for,
      against: d.against,
      missing: d.missing,
    })),
    nextTests: r.nextTests.map((t) => ({
      test: t.id,
      why: whyText(t),
      expectedChange: round(t.expectedChange),
    })),
    nextQuestions: r.nextQuestions.map((q) => ({
      question: q.id,
      why: whyText(q),
      expectedChange: round(q.expectedChange),
    })),
    check: { triage: run.check.triage, group: run.check.group, condition: run.check.condition },
    notice: r.notice,
    kbVersion: r.kbVersion,
  };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

const pct = (x: number): string => `${(x * 100).toFixed(0)}%`;

export function caseLine(run: CaseRun): string {
  const r = run.result;
  const top = r.differential
    .slice(0, 3)
    .map((d) => `${d.condition} ${pct(d.score)}`)
    .join(', ');
  const g = r.groups[0];
  return [
    run.check.passed ? 'PASS' : 'FAIL',
    run.file.id,
    `triage ${r.triage.level} (${run.check.triage})`,
    `group ${g === undefined ? '-' : `${g.group} ${pct(g.probability)}`} (${run.check.group})`,
    `top3 ${top} (${run.check.condition})`,
  ].join('  ');
}

export function summaryLine(s: CaseSummary, label = 'cases'): string {
  return `${s.total} ${label}: ${s.passed} passed, ${s.failed} failed; triage ${s.triagePass}/${s.total} (under ${s.under}, over ${s.over}); group ${s.groupPass}/${s.groupScored}; condition in top 3 ${s.conditionPass}/${s.total}`;
}

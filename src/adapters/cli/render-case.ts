/** @module One readable line per case and the summary line of `tonus case`. */
import type { CaseRun, CaseSummary } from '../../app/index.js';

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
  return `${s.total} ${label}: ${s.passed} passed, ${s.failed} failed; triage ${s.triagePass}/${s.total} (under ${s.under}, over ${s.over}); group ${s.groupPass}/${s.groupScored}; condition in top 3 ${s.conditionPass}/${s.conditionScored}`;
}

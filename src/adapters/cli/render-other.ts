/** @module Output of `tonus assess --json`, `tonus check-order` and `tonus kb`. */
import type { CatalogFact, OrderCheckRun } from '../../app/index.js';
import type { AssessmentResult } from '../../domain/engine/index.js';
import {
  CAUTION_TEXT,
  LEVEL_NAMES,
  NOTICE,
  REASON_TEXT,
  orderFindingText,
  selfCareText,
} from '../../i18n/index.js';

/** What a patient may see: level, reasons in lay words, the self-care plan. No differential, no drug names. */
export function patientJson(r: AssessmentResult): object {
  return {
    notice: NOTICE,
    kbVersion: r.kbVersion,
    triage: {
      level: r.triage.level,
      advice: LEVEL_NAMES[r.triage.level],
      reasons: r.triage.reasons.map((x) => ({
        rule: x.rule,
        text: REASON_TEXT[x.rule]?.patient ?? x.rule,
        source: x.sourceIds.join(', '),
      })),
    },
    selfCare: {
      mode: r.selfCare.mode,
      withheld: r.selfCare.withheld,
      items: r.selfCare.items.map((i) => ({
        measure: i.measure,
        text: selfCareText(i),
        cautions: i.cautions.map((c) => CAUTION_TEXT[c]),
        source: i.sourceIds.join(', '),
      })),
    },
  };
}

export function clinicianJson(r: AssessmentResult): object {
  return { ...r, noticeText: NOTICE };
}

export function orderText(run: OrderCheckRun): string {
  const o = run.request.order;
  const dose =
    o.dose === undefined
      ? ''
      : ` ${o.dose.value} ${o.dose.unit}${o.dosesPerDay === undefined ? '' : ` × ${o.dosesPerDay}/day`}`;
  const conc = o.concentrationPercent === undefined ? '' : ` ${o.concentrationPercent} %`;
  const lines = [NOTICE, '', `Order: ${o.action} ${o.drug}${dose}${conc} ${o.route}`];
  if (run.result.findings.length === 0) {
    lines.push('No rule is broken.');
  }
  for (const f of run.result.findings) {
    lines.push(
      `${f.severity.toUpperCase().padEnd(9)} ${f.rule}  ${orderFindingText(f)} [${f.sourceIds.join(', ')}; ${f.status}]`,
    );
  }
  const warnings = run.result.findings.filter((f) => f.severity === 'warning').length;
  lines.push(
    '',
    run.result.blocked
      ? 'Result: BLOCKED — a hard stop fired; do not prescribe as written.'
      : `Result: ${warnings} warning(s); prescriber to review.`,
  );
  return lines.join('\n');
}

export function orderJson(run: OrderCheckRun): object {
  return {
    order: run.request.order,
    blocked: run.result.blocked,
    findings: run.result.findings.map((f) => ({ ...f, message: orderFindingText(f) })),
    notice: NOTICE,
  };
}

export function kbLine(f: CatalogFact): string {
  const detail = Object.entries(f.detail)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('; ');
  return `${f.id}\t${f.kind}\t${f.status}\t[${f.sourceIds.join(', ')}]\t${detail}`;
}

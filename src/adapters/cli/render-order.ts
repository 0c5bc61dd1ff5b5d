/** @module The readable `tonus check-order` result, rendered from the order-check view. */
import type { OrderCheckView } from '../../app/index.js';

export function orderText(view: OrderCheckView): string {
  const o = view.order;
  const dose =
    o.dose === undefined
      ? ''
      : ` ${o.dose.value} ${o.dose.unit}${o.dosesPerDay === undefined ? '' : ` × ${o.dosesPerDay}/day`}`;
  const conc = o.concentrationPercent === undefined ? '' : ` ${o.concentrationPercent} %`;
  const lines = [view.notice, '', `Order: ${o.action} ${o.drug}${dose}${conc} ${o.route}`];
  if (view.findings.length === 0) {
    lines.push('No rule is broken.');
  }
  for (const f of view.findings) {
    lines.push(
      `${f.severity.toUpperCase().padEnd(9)} ${f.rule}  ${f.message} [${f.sourceIds.join(', ')}; ${f.status}]`,
    );
  }
  const warnings = view.findings.filter((f) => f.severity === 'warning').length;
  lines.push(
    '',
    view.blocked
      ? 'Result: BLOCKED — a hard stop fired; do not prescribe as written.'
      : `Result: ${warnings} warning(s); prescriber to review.`,
  );
  return lines.join('\n');
}

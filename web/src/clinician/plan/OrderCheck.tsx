/**
 * @module An order check's findings beside the order: each broken rule with its severity in words and a
 * shape (never colour alone), the message, and the rule, sources and evidence status. Used for the live check
 * in the browser and for the server's own check after saving (which says a hard stop was overridden, with the
 * reason, instead of that it blocks saving); the live one is a polite live region, so a
 * screen reader hears the result change as the order is typed.
 */
import type { ReactNode } from 'react';
import type { OrderFindingView } from '../../../../src/app/views/index';
import type { Severity } from '../../../../src/domain/orders/index';
import { WEB_PLAN_EN as p } from '../../../../src/i18n/web-plan.en';

/** A shape per severity, read together with the word: an octagon stops, a triangle warns, a circle informs. */
const SHAPE: Readonly<Record<Severity, string>> = { hard_stop: '⛔', warning: '⚠', info: 'ⓘ' };

export interface CheckShown {
  readonly blocked: boolean;
  readonly findings: readonly OrderFindingView[];
}

/** What a check says of itself; a saved order that broke a hard stop was saved over it, with its reason. */
function summary(check: CheckShown, overrideReason: string | null | undefined): string {
  if (check.blocked) {
    return overrideReason === undefined || overrideReason === null
      ? p.order.checkBlocked
      : p.order.overridden(overrideReason);
  }
  // information notes are no broken rule: they must not read as one ("1 rule broken")
  const notes = check.findings.filter((f) => f.severity === 'info').length;
  return check.findings.length === 0
    ? p.order.checkClear
    : p.order.checkFindings(check.findings.length - notes, notes);
}

export function OrderCheck({
  id,
  title,
  check,
  problems = [],
  live = false,
  overrideReason,
}: {
  readonly id: string;
  readonly title: string;
  /** `null` when the order cannot be checked yet (see `problems`). */
  readonly check: CheckShown | null;
  /** Why the order cannot be checked: schema messages naming the field and the rule. */
  readonly problems?: readonly string[];
  readonly live?: boolean;
  /** For a saved order: the reason its hard stop was overridden with (`null` when none was given). */
  readonly overrideReason?: string | null;
}): ReactNode {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="card"
      data-testid={id}
      data-blocked={check === null ? undefined : String(check.blocked)}
      {...(live ? { 'aria-live': 'polite' as const } : {})}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      {check === null ? (
        <div className="error">
          <p>{p.order.cannotCheck}</p>
          <ul>
            {problems.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <p className={check.blocked ? 'error' : 'progress'}>{summary(check, overrideReason)}</p>
          <ul>
            {check.findings.map((f) => (
              <li key={f.rule} data-severity={f.severity}>
                <strong className={f.severity === 'hard_stop' ? 'error' : undefined}>
                  <span aria-hidden="true">{SHAPE[f.severity]} </span>
                  {p.order.severity[f.severity]}:
                </strong>{' '}
                {f.message}{' '}
                <small>({p.order.source(f.sourceIds.join(', '), f.status, f.rule)})</small>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

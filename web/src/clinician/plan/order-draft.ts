/**
 * @module A prescription order as the form holds it (numbers as typed), turned into the order-check request
 * the server takes, and checked in the browser by the same schema, `checkOrder` and view the server runs
 * (src/app/orders): the finding list the clinician sees while typing is the one the server will keep.
 */
import { toOrderCheckView } from '../../../../src/app/views/index';
import {
  OrderInput,
  OVERRIDE_REASON_MIN_TEXT,
  realTextLength,
} from '../../../../src/domain/records/index';
import {
  checkOrder,
  OrderCheckRequest,
  type OrderContext,
  type ProposedOrder,
} from '../../../../src/domain/orders/index';
import type { Drug } from '../../../../src/domain/kb/index';
import { fromZodIssues } from '../../../../src/domain/shared/index';
import { startingOrder } from '../../../../src/domain/treatment/index';
import { en } from '../../../../src/i18n/index';
import { WEB_PLAN_EN as p } from '../../../../src/i18n/web-plan.en';
import { num } from '../draft';
import type { CheckShown } from './OrderCheck';

export interface OrderDraft {
  readonly drug: Drug;
  readonly action: ProposedOrder['action'];
  readonly route: ProposedOrder['route'];
  readonly dose: string;
  readonly doseUnit: NonNullable<ProposedOrder['dose']>['unit'];
  readonly dosesPerDay: string;
  readonly concentration: string;
  readonly indication: string;
  readonly orderDate: string;
  readonly taper: boolean;
  readonly regularUse: boolean;
}

/** The patient context fields a prescriber may correct; the rest comes from the assessment as is. */
export interface ContextDraft {
  readonly ageYears: string;
  readonly crcl: string;
  readonly hepatic: string;
  readonly lastBotulinumDate: string;
  readonly lastBotulinumUnits: string;
}

const text = (n: number | undefined): string => (n === undefined ? '' : String(n));

/** The planner's starting order for a drug, as a draft dated `orderDate`. */
export function draftFor(drug: Drug, orderDate: string): OrderDraft {
  const o = startingOrder(drug);
  return {
    drug,
    action: o.action,
    route: o.route,
    dose: text(o.dose?.value),
    doseUnit: o.dose?.unit ?? (drug === 'botulinum_toxin' ? 'U' : 'mg'),
    dosesPerDay: text(o.dosesPerDay),
    concentration: text(o.concentrationPercent),
    indication: o.indication ?? '',
    orderDate,
    taper: false,
    regularUse: false,
  };
}

export function contextDraft(base: OrderContext): ContextDraft {
  return {
    ageYears: String(base.ageYears),
    crcl: text(base.crclMlMin),
    hepatic: base.hepatic ?? '',
    lastBotulinumDate: base.lastBotulinumToxin?.date ?? '',
    lastBotulinumUnits: text(base.lastBotulinumToxin?.units),
  };
}

/** The request as the server takes it (`{ order, patient }`), not yet validated. */
export function toRequest(
  d: OrderDraft,
  c: ContextDraft,
  base: OrderContext,
): { order: Record<string, unknown>; patient: Record<string, unknown> } {
  const dose = num(d.dose);
  const perDay = num(d.dosesPerDay);
  const conc = num(d.concentration);
  const crcl = num(c.crcl);
  const units = num(c.lastBotulinumUnits);
  const stop = d.action === 'stop';
  const { crclMlMin: _crcl, hepatic: _hepatic, lastBotulinumToxin: _bont, ...rest } = base;
  return {
    order: {
      drug: d.drug,
      action: d.action,
      route: d.route,
      ...(dose === undefined ? {} : { dose: { value: dose, unit: d.doseUnit } }),
      ...(perDay === undefined ? {} : { dosesPerDay: perDay }),
      ...(conc === undefined ? {} : { concentrationPercent: conc }),
      ...(d.indication === '' ? {} : { indication: d.indication }),
      ...(stop ? { taper: d.taper, regularUse: d.regularUse } : {}),
      orderDate: d.orderDate,
    },
    patient: {
      ...rest,
      ageYears: num(c.ageYears) ?? Number.NaN,
      ...(crcl === undefined ? {} : { crclMlMin: crcl }),
      ...(c.hepatic === '' ? {} : { hepatic: c.hepatic }),
      ...(c.lastBotulinumDate === '' && units === undefined
        ? {}
        : { lastBotulinumToxin: { date: c.lastBotulinumDate, units: units ?? Number.NaN } }),
    },
  };
}

export interface LiveCheck {
  readonly request: OrderCheckRequest | null;
  readonly check: CheckShown | null;
  /** Messages naming the field and the rule, when the order cannot be checked yet. */
  readonly problems: readonly string[];
}

/** The order check as the server runs it, on the draft as it stands. */
export function checkDraft(d: OrderDraft, c: ContextDraft, base: OrderContext): LiveCheck {
  const parsed = OrderCheckRequest.safeParse(toRequest(d, c, base), { reportInput: true });
  if (!parsed.success) {
    return {
      request: null,
      check: null,
      problems: fromZodIssues(parsed.error.issues).map((i) => en.issue(i)),
    };
  }
  const view = toOrderCheckView({ request: parsed.data, result: checkOrder(parsed.data) }, en);
  return { request: parsed.data, check: view, problems: [] };
}

/**
 * The override reason's own rule (the server's schema): `null` when it holds, else the rule in words with how
 * far the typed reason is from it (never the field's path: the message sits beside the field it names).
 */
export function overrideProblem(reason: string): string | null {
  const trimmed = reason.trim();
  const r = OrderInput.shape.overrideReason.safeParse(trimmed);
  if (r.success) {
    return null;
  }
  const issue = r.error.issues[0];
  if (issue?.code === 'too_small') {
    return p.order.overrideTooShort(Number(issue.minimum), trimmed.length);
  }
  if (issue?.code === 'too_big') {
    return p.order.overrideTooLong(Number(issue.maximum), trimmed.length);
  }
  if (realTextLength(trimmed) < OVERRIDE_REASON_MIN_TEXT) {
    return p.order.overrideNotText(OVERRIDE_REASON_MIN_TEXT, realTextLength(trimmed));
  }
  return p.order.overrideUnstorable;
}

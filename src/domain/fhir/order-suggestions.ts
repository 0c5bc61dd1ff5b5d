/**
 * @module What a broken order rule suggests doing to the draft order, for a CDS card: remove it (a
 * contraindication, an interaction, a duplicate, a dose that cannot be meant), change its dose to the
 * labelled maximum (a dose above it), or nothing a button could do (monitoring, tapering, off-label
 * notes). Every rule is classified: a new rule without a decision here fails the type check.
 */
import type { OrderFinding, OrderRuleId, ProposedOrder } from '../orders/index.js';

export type SuggestionKind = 'remove' | 'cap_dose' | 'none';

export const ORDER_SUGGESTIONS: Readonly<Record<OrderRuleId, SuggestionKind>> = {
  'OC-TIZ-CYP1A2': 'remove',
  'OC-TIZ-MAX': 'cap_dose',
  'OC-TIZ-HEP': 'none',
  'OC-TIZ-RENAL': 'none',
  'OC-BAC-MAX': 'cap_dose',
  'OC-BAC-IND': 'none',
  'OC-BAC-STOP': 'none',
  'OC-BZD-OPI': 'remove',
  'OC-BZD-CI': 'remove',
  'OC-GABA-RENAL': 'cap_dose',
  'OC-GABA-RESP': 'none',
  'OC-DAN-LIVER': 'remove',
  'OC-DAN-MAX': 'cap_dose',
  'OC-DAN-LFT': 'none',
  'OC-BTX-INT': 'none',
  'OC-BTX-CUM': 'cap_dose',
  'OC-CLON-STOP': 'none',
  'OC-SCIATICA': 'none',
  'OC-NEUROLYSIS-CONCENTRATION': 'none',
  'OC-DIAZ-MAX': 'cap_dose',
  'OC-DIAZ-PREGNANCY': 'remove',
  'OC-GABA-MAX': 'cap_dose',
  'OC-BAC-RENAL': 'none',
  'OC-RENAL-UNKNOWN': 'none',
  'OC-TIZ-OC': 'none',
  'OC-ALPHA2-HYPOTENSION': 'none',
  'OC-BTX-OFF-LABEL': 'none',
  'OC-CLON-MAX': 'cap_dose',
  'OC-ITB-MAX': 'cap_dose',
  'OC-DOSE-IMPLAUSIBLE': 'remove',
  'OC-ROUTE': 'none',
  'OC-DUPLICATE': 'remove',
};

const MG_PER: Readonly<Record<NonNullable<ProposedOrder['dose']>['unit'], number>> = {
  mg: 1,
  g: 1000,
  mcg: 0.001,
  U: 1,
};

const num = (params: OrderFinding['params'], key: string): number | undefined => {
  const v = params[key];
  return typeof v === 'number' ? v : undefined;
};

export interface CappedDose {
  readonly dose: NonNullable<ProposedOrder['dose']>;
  readonly dosesPerDay: number;
}

/**
 * The dose per administration that brings the order back to the maximum the finding names, at the
 * same number of doses a day (no more than the rule's maximum number of doses) and never more per dose
 * than ordered. Rounded down to a hundredth of the order's unit, so the change never lands above the
 * maximum.
 * @returns Undefined when the order's dose or frequency is unknown, or nothing would be left to give.
 */
export function cappedDose(
  order: Pick<ProposedOrder, 'dose' | 'dosesPerDay'>,
  finding: OrderFinding,
): CappedDose | undefined {
  const dose = order.dose;
  if (dose === undefined) {
    return undefined;
  }
  const p = finding.params;
  const perDay = Math.min(order.dosesPerDay ?? 1, num(p, 'maxDoses') ?? Number.POSITIVE_INFINITY);
  if (finding.rule === 'OC-BTX-CUM') {
    const over = (num(p, 'totalUnits') ?? 0) - (num(p, 'maxUnits') ?? 0);
    const left = dose.value - over;
    return left > 0
      ? { dose: { value: Math.floor(left), unit: 'U' }, dosesPerDay: perDay }
      : undefined;
  }
  const maxMg =
    num(p, 'maxMg') ??
    (num(p, 'maxMcg') === undefined ? undefined : (num(p, 'maxMcg') ?? 0) / 1000);
  if (maxMg === undefined || dose.unit === 'U') {
    return undefined;
  }
  // never more per dose than was ordered: fewer doses a day must not mean bigger ones
  const perDose = Math.min(
    dose.value,
    Math.floor((maxMg / perDay / MG_PER[dose.unit]) * 100) / 100,
  );
  return perDose > 0
    ? { dose: { value: perDose, unit: dose.unit }, dosesPerDay: perDay }
    : undefined;
}

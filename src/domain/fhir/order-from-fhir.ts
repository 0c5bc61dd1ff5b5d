/**
 * @module A MedicationRequest read back as a proposed order: the drug by Tonus code, RxNorm ingredient,
 * HCPCS or the ingredient's name; the dose in mg, g, mcg or units; doses a day from the timing; the
 * route; the indication. An EHR's draft may not say everything yet: what is missing stays unknown and
 * the rules that need it do not fire; an assumed route is said so.
 */
import { DRUG_DEFS, type Drug } from '../kb/index.js';
import { INDICATIONS, type ProposedOrder } from '../orders/index.js';
import { codeIn, drugOf, tonusCodeIn } from './read-codes.js';
import type { CodeableConcept, Dosage, MedicationRequest, Quantity } from './profiles.js';
import { SYSTEM, TONUS_EXTENSION } from './systems.js';
import { INDICATION_CODES, ROUTE_SNOMED, type OrderRoute } from './terminology.js';

const ROUTES = ['oral', 'intrathecal', 'intramuscular', 'perineural'] as const;
const ACTIONS = ['start', 'change', 'continue', 'stop'] as const;
const GTS = 'http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation';

/** Doses a day of the HL7 timing abbreviations (v3 GTSAbbreviation, the R4 timing-abbreviation value set). */
const GTS_PER_DAY: Readonly<Record<string, number>> = {
  QD: 1,
  AM: 1,
  PM: 1,
  BED: 1,
  BID: 2,
  TID: 3,
  QID: 4,
  QOD: 0.5,
  Q4H: 6,
  Q6H: 4,
  Q8H: 3,
};

const DAYS_PER_UNIT: Readonly<Record<string, number>> = {
  s: 1 / 86400,
  min: 1 / 1440,
  h: 1 / 24,
  d: 1,
  wk: 7,
  mo: 30,
  a: 365,
};

function dosesPerDay(d: Dosage | undefined): number | undefined {
  const repeat = d?.timing?.repeat;
  if (
    repeat?.frequency !== undefined &&
    repeat.period !== undefined &&
    repeat.periodUnit !== undefined
  ) {
    const days = repeat.period * (DAYS_PER_UNIT[repeat.periodUnit] ?? Number.NaN);
    const perDay = repeat.frequency / days;
    // rounded to a millionth: "every 8 hours" is 3 a day, not 2.9999999999999996
    return Number.isFinite(perDay) ? Math.round(perDay * 1e6) / 1e6 : undefined;
  }
  const code = codeIn(d?.timing?.code, GTS)[0];
  return code === undefined ? undefined : GTS_PER_DAY[code];
}

/** A dose unit read from UCUM or from how people write it. */
const DOSE_UNITS: Readonly<Record<string, NonNullable<ProposedOrder['dose']>['unit']>> = {
  mg: 'mg',
  g: 'g',
  ug: 'mcg',
  mcg: 'mcg',
  '{U}': 'U',
  U: 'U',
  '[iU]': 'U',
  '[IU]': 'U',
  '{unit}': 'U',
  units: 'U',
};

function doseOf(q: Quantity | undefined): ProposedOrder['dose'] {
  const unit = DOSE_UNITS[q?.code ?? ''] ?? DOSE_UNITS[q?.unit ?? ''];
  return q?.value === undefined || unit === undefined ? undefined : { value: q.value, unit };
}

function routeOf(cc: CodeableConcept | undefined): OrderRoute | undefined {
  const own = tonusCodeIn(cc, 'route', ROUTES);
  if (own !== undefined) {
    return own;
  }
  const snomed = codeIn(cc, SYSTEM.snomed);
  return ROUTES.find((r) => {
    const code = ROUTE_SNOMED[r]?.snomed;
    return code !== undefined && snomed.includes(code);
  });
}

function indicationOf(
  reasons: readonly CodeableConcept[] | undefined,
): ProposedOrder['indication'] {
  for (const reason of reasons ?? []) {
    const own = tonusCodeIn(reason, 'indication', INDICATIONS);
    if (own !== undefined) {
      return own;
    }
    const byCode = INDICATION_CODES.find((i) =>
      i.codes.some((c) =>
        codeIn(reason, c.system === 'icd10cm' ? SYSTEM.icd10cm : SYSTEM.snomed).includes(c.code),
      ),
    );
    if (byCode !== undefined) {
      return byCode.indication;
    }
  }
  return undefined;
}

interface Detail {
  action?: ProposedOrder['action'];
  taper?: boolean;
  regularUse?: boolean;
  concentrationPercent?: number;
}

function detailOf(extensions: unknown): Detail {
  const list = Array.isArray(extensions)
    ? (extensions as { url?: string; extension?: unknown }[])
    : [];
  const detail = list.find((e) => e.url === TONUS_EXTENSION.orderDetail);
  const parts = Array.isArray(detail?.extension)
    ? (detail.extension as {
        url?: string;
        valueCode?: string;
        valueBoolean?: boolean;
        valueDecimal?: number;
      }[])
    : [];
  const out: Detail = {};
  for (const p of parts) {
    if (p.url === 'action' && (ACTIONS as readonly string[]).includes(p.valueCode ?? '')) {
      out.action = p.valueCode as ProposedOrder['action'];
    } else if (p.url === 'taper' && typeof p.valueBoolean === 'boolean') {
      out.taper = p.valueBoolean;
    } else if (p.url === 'regularUse' && typeof p.valueBoolean === 'boolean') {
      out.regularUse = p.valueBoolean;
    } else if (p.url === 'concentrationPercent' && typeof p.valueDecimal === 'number') {
      out.concentrationPercent = p.valueDecimal;
    }
  }
  return out;
}

export interface OrderReading {
  readonly drug: Drug;
  /** The order as far as the request says it; a draft may not carry a dose yet. */
  readonly order: Omit<ProposedOrder, 'dose'> & { readonly dose?: ProposedOrder['dose'] };
  readonly drugByName: boolean;
  /** The request named no route the order checks know, so the drug's usual route was taken. */
  readonly routeAssumed: boolean;
}

/**
 * Reads a MedicationRequest as a proposed order.
 * @param concept - The medication's code (from the request, or the Medication it references).
 * @param asOf - The order date when the request has no `authoredOn`.
 * @returns Undefined when the medication is none of the drugs the order checks know.
 */
export function orderFromFhir(
  request: MedicationRequest,
  concept: CodeableConcept | undefined,
  asOf: string,
): OrderReading | undefined {
  const match = drugOf(concept);
  const drug = match.ids[0];
  if (drug === undefined) {
    return undefined;
  }
  const d = request.dosageInstruction?.[0];
  const route = routeOf(d?.route);
  const detail = detailOf((request as { extension?: unknown }).extension);
  const dose = doseOf(d?.doseAndRate?.[0]?.doseQuantity);
  const perDay = dosesPerDay(d);
  const indication = indicationOf(request.reasonCode);
  const stopped = request.status === 'stopped' || request.status === 'cancelled';
  return {
    drug,
    drugByName: match.byName,
    routeAssumed: route === undefined,
    order: {
      drug,
      action: detail.action ?? (stopped ? 'stop' : 'start'),
      route: route ?? DRUG_DEFS[drug].routes[0] ?? 'oral',
      ...(dose === undefined ? {} : { dose }),
      ...(perDay === undefined ? {} : { dosesPerDay: perDay }),
      ...(detail.concentrationPercent === undefined
        ? {}
        : { concentrationPercent: detail.concentrationPercent }),
      ...(indication === undefined ? {} : { indication }),
      ...(detail.taper === undefined ? {} : { taper: detail.taper }),
      ...(detail.regularUse === undefined ? {} : { regularUse: detail.regularUse }),
      orderDate: (request.authoredOn ?? asOf).slice(0, 10),
    },
  };
}

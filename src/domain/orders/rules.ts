/**
 * @module Order-check rules: the 18 of reference §5.2, the neurolysis concentrations of the article, and
 * further checks from the drug facts of §5.1. Each rule names the facts it rests on, so a test can prove
 * that no UNVERIFIED fact drives a hard stop.
 */
import type { Drug, DrugFactId, Provenance } from '../kb/index.js';
import { DRUG_DEFS, DRUG_FACTS } from '../kb/index.js';
import type { OrderContext, ProposedOrder } from './schema.js';

export type Severity = 'info' | 'warning' | 'hard_stop';

export type DrugFactTable = typeof DRUG_FACTS;
export type OrderParams = Readonly<Record<string, string | number>>;

/**
 * A rule reads only the drug facts it declares: `test` receives exactly those, so the list that proves
 * no UNVERIFIED fact drives a hard stop is the list the code can read.
 */
export interface OrderRule<
  Id extends string = string,
  F extends DrugFactId = DrugFactId,
> extends Provenance {
  readonly id: Id;
  readonly version: number;
  readonly severity: Severity;
  readonly facts: readonly F[];
  /** Returns parameters for the message when the rule fires, `null` when it does not. */
  readonly test: (
    o: ProposedOrder,
    p: OrderContext,
    facts: Pick<DrugFactTable, F>,
  ) => OrderParams | null;
}

const rule = <const Id extends string, const F extends DrugFactId = never>(
  r: OrderRule<Id, F>,
): OrderRule<Id, F> => r;

/** The facts a rule declares, picked from the table once. */
export function factsFor<F extends DrugFactId>(r: OrderRule<string, F>): Pick<DrugFactTable, F> {
  return Object.fromEntries(r.facts.map((id) => [id, DRUG_FACTS[id]])) as Pick<DrugFactTable, F>;
}

const DAY_MS = 86_400_000;

function days(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(toIso) - Date.parse(fromIso)) / DAY_MS);
}

/** Total daily dose in mg (or units for botulinum toxin), when dose and frequency are known. */
export function dailyDose(o: ProposedOrder): number | undefined {
  if (o.dose === undefined) {
    return undefined;
  }
  const factor = { mg: 1, g: 1000, mcg: 0.001, U: 1 }[o.dose.unit];
  // rounded to a millionth, so 0.8 mg three times a day is 2.4 mg and not 2.4000000000000004
  return Math.round(o.dose.value * factor * (o.dosesPerDay ?? 1) * 1e6) / 1e6;
}

const isStart = (o: ProposedOrder): boolean => o.action !== 'stop';

/** Gabapentin daily maximum for a creatinine clearance, from the label's bands (reference §5.1 [D6]). */
export function gabapentinMaxForCrcl(
  crcl: number,
  bands: readonly { readonly crclAtLeast: number; readonly maxMgPerDay: number }[] = DRUG_FACTS[
    'gabapentin.renal_bands'
  ].crclBands,
): number {
  const band = bands.find((b) => crcl >= b.crclAtLeast);
  return band?.maxMgPerDay ?? 0;
}

/**
 * The labelled daily maximum of each drug and route that has one (botulinum toxin: units in 3 months):
 * a dose above it is a warning naming it; a dose many times above it cannot be meant.
 */
const DAILY_MAXIMA = [
  { drug: 'baclofen', route: 'oral', fact: 'baclofen.max_daily_oral' },
  { drug: 'baclofen', route: 'intrathecal', fact: 'baclofen.max_daily_intrathecal' },
  { drug: 'tizanidine', route: 'oral', fact: 'tizanidine.max_daily' },
  { drug: 'clonidine', route: 'oral', fact: 'clonidine.max_daily' },
  { drug: 'diazepam', route: 'oral', fact: 'diazepam.spasm_dose' },
  { drug: 'gabapentin', route: 'oral', fact: 'gabapentin.max_daily' },
  { drug: 'dantrolene', route: 'oral', fact: 'dantrolene.max_daily' },
  { drug: 'botulinum_toxin', route: 'intramuscular', fact: 'botulinum_toxin.cumulative' },
] as const;
type MaximumFact = (typeof DAILY_MAXIMA)[number]['fact'];

/** Over ten times the labelled maximum is no dosing decision but a slip of unit or digits (our design). */
export const IMPLAUSIBLE_DOSE_FACTOR = 10;

function labelledMaximum(
  o: ProposedOrder,
  f: Pick<DrugFactTable, MaximumFact>,
): { readonly max: number; readonly unit: 'mg' | 'U' } | undefined {
  const entry = DAILY_MAXIMA.find((m) => m.drug === o.drug && m.route === o.route);
  if (entry === undefined) {
    return undefined;
  }
  const fact = f[entry.fact];
  return 'maxUnits' in fact
    ? { max: fact.maxUnits, unit: 'U' }
    : { max: fact.mgPerDay, unit: 'mg' };
}

const RULES = [
  rule({
    id: 'OC-TIZ-CYP1A2',
    version: 1,
    severity: 'hard_stop',
    facts: ['tizanidine.cyp1a2_contraindication'],
    sourceIds: ['D3'],
    status: 'V',
    test: (o, p) => {
      const inhibitor = p.medications.find((m) => m === 'fluvoxamine' || m === 'ciprofloxacin');
      return o.drug === 'tizanidine' && isStart(o) && inhibitor !== undefined
        ? { with: inhibitor }
        : null;
    },
  }),
  rule({
    id: 'OC-TIZ-MAX',
    version: 1,
    severity: 'warning',
    facts: ['tizanidine.max_daily'],
    sourceIds: ['D3'],
    status: 'V',
    test: (o, _p, f) => {
      const d = dailyDose(o);
      const max = f['tizanidine.max_daily'];
      if (o.drug !== 'tizanidine' || !isStart(o)) {
        return null;
      }
      if ((d !== undefined && d > max.mgPerDay) || (o.dosesPerDay ?? 0) > max.dosesPerDay) {
        return {
          dailyMg: d ?? 0,
          maxMg: max.mgPerDay,
          dosesPerDay: o.dosesPerDay ?? 0,
          maxDoses: max.dosesPerDay,
        };
      }
      return null;
    },
  }),
  rule({
    id: 'OC-TIZ-HEP',
    version: 1,
    severity: 'warning',
    facts: ['tizanidine.hepatic'],
    sourceIds: ['D3'],
    status: 'V',
    test: (o, p) => {
      if (o.drug !== 'tizanidine' || !isStart(o)) {
        return null;
      }
      const impaired = p.hepatic !== undefined && p.hepatic !== 'none';
      return impaired || p.liverTestsOnFile !== true
        ? {
            hepatic: p.hepatic ?? 'unknown',
            liverTestsOnFile: p.liverTestsOnFile === true ? 'yes' : 'no',
          }
        : null;
    },
  }),
  rule({
    id: 'OC-TIZ-RENAL',
    version: 1,
    severity: 'warning',
    facts: ['tizanidine.renal'],
    sourceIds: ['D3'],
    status: 'V',
    test: (o, p, f) =>
      o.drug === 'tizanidine' &&
      isStart(o) &&
      p.crclMlMin !== undefined &&
      p.crclMlMin < f['tizanidine.renal'].crclBelow
        ? { crcl: p.crclMlMin }
        : null,
  }),
  rule({
    id: 'OC-BAC-MAX',
    version: 1,
    severity: 'warning',
    facts: ['baclofen.max_daily_oral'],
    sourceIds: ['D1'],
    status: 'V',
    test: (o, _p, f) => {
      const d = dailyDose(o);
      const max = f['baclofen.max_daily_oral'].mgPerDay;
      return o.drug === 'baclofen' && o.route === 'oral' && isStart(o) && d !== undefined && d > max
        ? { dailyMg: d, maxMg: max }
        : null;
    },
  }),
  rule({
    id: 'OC-BAC-IND',
    version: 1,
    severity: 'info',
    facts: ['baclofen.label_limitation'],
    sourceIds: ['D1'],
    status: 'V',
    test: (o) =>
      o.drug === 'baclofen' &&
      isStart(o) &&
      (o.indication === 'musculoskeletal_spasm' || o.indication === 'rheumatic_spasm')
        ? { indication: o.indication }
        : null,
  }),
  rule({
    id: 'OC-BAC-STOP',
    version: 1,
    severity: 'warning',
    facts: ['baclofen.withdrawal', 'tizanidine.withdrawal'],
    sourceIds: ['D1', 'D3'],
    status: 'V',
    test: (o) =>
      (o.drug === 'baclofen' || o.drug === 'tizanidine') &&
      o.action === 'stop' &&
      o.taper !== true &&
      o.regularUse !== false
        ? { drug: o.drug }
        : null,
  }),
  rule({
    id: 'OC-BZD-OPI',
    version: 1,
    severity: 'warning',
    facts: ['diazepam.opioid_boxed'],
    sourceIds: ['D5'],
    status: 'V',
    test: (o, p) =>
      o.drug === 'diazepam' && isStart(o) && p.medications.includes('opioid')
        ? { with: 'opioid' }
        : null,
  }),
  rule({
    id: 'OC-BZD-CI',
    version: 1,
    severity: 'hard_stop',
    facts: ['diazepam.contraindications'],
    sourceIds: ['D5'],
    status: 'V',
    test: (o, p) => {
      if (o.drug !== 'diazepam' || !isStart(o)) {
        return null;
      }
      const found = [
        p.conditions.includes('myasthenia_gravis') ? 'myasthenia_gravis' : '',
        p.conditions.includes('sleep_apnoea') ? 'sleep_apnoea' : '',
        p.severeRespiratoryInsufficiency === true ? 'severe_respiratory_insufficiency' : '',
        p.hepatic === 'severe_insufficiency' ? 'severe_hepatic_insufficiency' : '',
        p.acuteNarrowAngleGlaucoma === true ? 'acute_narrow_angle_glaucoma' : '',
      ].filter((x) => x !== '');
      return found.length > 0 ? { contraindications: found.join(', ') } : null;
    },
  }),
  rule({
    id: 'OC-GABA-RENAL',
    version: 1,
    severity: 'warning',
    facts: ['gabapentin.renal_bands'],
    sourceIds: ['D6'],
    status: 'P',
    test: (o, p, f) => {
      const d = dailyDose(o);
      if (o.drug !== 'gabapentin' || !isStart(o) || d === undefined || p.crclMlMin === undefined) {
        return null;
      }
      const max = gabapentinMaxForCrcl(p.crclMlMin, f['gabapentin.renal_bands'].crclBands);
      return d > max ? { dailyMg: d, maxMg: max, crcl: p.crclMlMin } : null;
    },
  }),
  rule({
    id: 'OC-GABA-RESP',
    version: 1,
    severity: 'warning',
    facts: ['gabapentin.respiratory'],
    sourceIds: ['D6'],
    status: 'V',
    test: (o, p) => {
      if (o.drug !== 'gabapentin' || !isStart(o)) {
        return null;
      }
      // age 65 as "older" is our choice (reference §5.2)
      const risks = [
        p.medications.includes('opioid') ? 'opioid' : '',
        p.conditions.includes('copd') ? 'copd' : '',
        p.ageYears >= 65 ? 'age_65_plus' : '',
      ].filter((x) => x !== '');
      return risks.length > 0 ? { risks: risks.join(', ') } : null;
    },
  }),
  rule({
    id: 'OC-DAN-LIVER',
    version: 1,
    severity: 'hard_stop',
    facts: ['dantrolene.active_liver_disease'],
    sourceIds: ['D7'],
    status: 'V',
    test: (o, p) =>
      o.drug === 'dantrolene' && isStart(o) && p.hepatic === 'active_disease'
        ? { hepatic: p.hepatic }
        : null,
  }),
  rule({
    id: 'OC-DAN-MAX',
    version: 1,
    severity: 'warning',
    facts: ['dantrolene.max_daily'],
    sourceIds: ['D7'],
    status: 'V',
    test: (o, _p, f) => {
      const d = dailyDose(o);
      const max = f['dantrolene.max_daily'].mgPerDay;
      return o.drug === 'dantrolene' && isStart(o) && d !== undefined && d > max
        ? { dailyMg: d, maxMg: max }
        : null;
    },
  }),
  rule({
    id: 'OC-DAN-LFT',
    version: 1,
    severity: 'info',
    facts: ['dantrolene.monitoring'],
    sourceIds: ['D7'],
    status: 'V',
    test: (o, p, f) => {
      if (o.drug !== 'dantrolene' || !isStart(o)) {
        return null;
      }
      const onTreatment =
        p.treatmentStartDate === undefined ? 0 : days(p.treatmentStartDate, o.orderDate);
      const reviewDue =
        onTreatment >= f['dantrolene.monitoring'].reviewByDay && p.benefitReviewed !== true;
      if (p.liverTestsOnFile !== true || reviewDue) {
        return {
          liverTestsOnFile: p.liverTestsOnFile === true ? 'yes' : 'no',
          daysOnTreatment: onTreatment,
          benefitReviewDue: reviewDue ? 'yes' : 'no',
        };
      }
      return null;
    },
  }),
  rule({
    id: 'OC-BTX-INT',
    version: 1,
    severity: 'warning',
    facts: ['botulinum_toxin.interval'],
    sourceIds: ['D8'],
    status: 'P',
    test: (o, p, f) => {
      if (o.drug !== 'botulinum_toxin' || !isStart(o) || p.lastBotulinumToxin === undefined) {
        return null;
      }
      const since = days(p.lastBotulinumToxin.date, o.orderDate);
      const minimumDays = f['botulinum_toxin.interval'].minWeeks * 7;
      return since < minimumDays ? { daysSinceLast: since, minimumDays } : null;
    },
  }),
  rule({
    id: 'OC-BTX-CUM',
    version: 1,
    severity: 'warning',
    facts: ['botulinum_toxin.cumulative'],
    sourceIds: ['D8'],
    status: 'P',
    test: (o, p, f) => {
      const thisDose = dailyDose(o);
      if (o.drug !== 'botulinum_toxin' || !isStart(o) || thisDose === undefined) {
        return null;
      }
      const last = p.lastBotulinumToxin;
      const recent =
        p.botulinumToxinUnitsLast3Months ??
        (last !== undefined && days(last.date, o.orderDate) < 90 ? last.units : 0);
      const total = recent + thisDose;
      const max = f['botulinum_toxin.cumulative'].maxUnits;
      return total > max ? { totalUnits: total, maxUnits: max } : null;
    },
  }),
  rule({
    id: 'OC-CLON-STOP',
    version: 1,
    severity: 'warning',
    facts: ['clonidine.withdrawal'],
    sourceIds: ['D4'],
    status: 'P',
    test: (o, p) =>
      o.drug === 'clonidine' && o.action === 'stop' && o.taper !== true
        ? { withBetaBlocker: p.medications.includes('beta_blocker') ? 'yes' : 'no' }
        : null,
  }),
  rule({
    id: 'OC-SCIATICA',
    version: 1,
    severity: 'info',
    facts: ['gabapentin.nice_sciatica'],
    sourceIds: ['R1'],
    status: 'V',
    test: (o) =>
      o.indication === 'sciatica' &&
      isStart(o) &&
      (o.drug === 'gabapentin' || o.drug === 'diazepam')
        ? { drug: o.drug }
        : null,
  }),
  rule({
    id: 'OC-NEUROLYSIS-CONCENTRATION',
    version: 1,
    severity: 'warning',
    facts: ['phenol.concentration', 'alcohol.concentration'],
    sourceIds: ['A'],
    status: 'UNVERIFIED',
    test: (o, _p, f): OrderParams | null => {
      if ((o.drug !== 'phenol' && o.drug !== 'alcohol') || !isStart(o)) {
        return null;
      }
      const range = o.drug === 'phenol' ? f['phenol.concentration'] : f['alcohol.concentration'];
      const c = o.concentrationPercent;
      if (c === undefined) {
        return { min: range.minPercent, max: range.maxPercent };
      }
      return c < range.minPercent || c > range.maxPercent
        ? { concentration: c, min: range.minPercent, max: range.maxPercent }
        : null;
    },
  }),
  // further checks from the drug facts of §5.1
  rule({
    id: 'OC-DIAZ-MAX',
    version: 1,
    severity: 'warning',
    facts: ['diazepam.spasm_dose'],
    sourceIds: ['D5'],
    status: 'V',
    test: (o, _p, f) => {
      const d = dailyDose(o);
      const max = f['diazepam.spasm_dose'].mgPerDay;
      return o.drug === 'diazepam' && isStart(o) && d !== undefined && d > max
        ? { dailyMg: d, maxMg: max }
        : null;
    },
  }),
  rule({
    id: 'OC-DIAZ-PREGNANCY',
    version: 1,
    severity: 'warning',
    facts: ['diazepam.pregnancy'],
    sourceIds: ['D5'],
    status: 'V',
    test: (o, p) =>
      o.drug === 'diazepam' && isStart(o) && p.conditions.includes('pregnancy')
        ? { with: 'pregnancy' }
        : null,
  }),
  rule({
    id: 'OC-GABA-MAX',
    version: 1,
    severity: 'warning',
    facts: ['gabapentin.max_daily'],
    sourceIds: ['D6'],
    status: 'P',
    test: (o, _p, f) => {
      const d = dailyDose(o);
      const max = f['gabapentin.max_daily'].mgPerDay;
      return o.drug === 'gabapentin' && isStart(o) && d !== undefined && d > max
        ? { dailyMg: d, maxMg: max }
        : null;
    },
  }),
  rule({
    id: 'OC-BAC-RENAL',
    version: 1,
    severity: 'warning',
    facts: ['baclofen.renal'],
    sourceIds: ['D1', 'L7'],
    status: 'P',
    test: (o, p, f) =>
      o.drug === 'baclofen' &&
      o.route === 'oral' &&
      isStart(o) &&
      p.crclMlMin !== undefined &&
      p.crclMlMin < f['baclofen.renal'].crclBelow
        ? { crcl: p.crclMlMin }
        : null,
  }),
  rule({
    id: 'OC-RENAL-UNKNOWN',
    version: 1,
    severity: 'info',
    facts: ['gabapentin.renal_bands', 'baclofen.renal', 'tizanidine.renal'],
    sourceIds: ['D1', 'D3', 'D6'],
    status: 'P',
    test: (o, p) =>
      (o.drug === 'gabapentin' || o.drug === 'baclofen' || o.drug === 'tizanidine') &&
      isStart(o) &&
      p.crclMlMin === undefined
        ? { drug: o.drug }
        : null,
  }),
  rule({
    id: 'OC-TIZ-OC',
    version: 1,
    severity: 'info',
    facts: ['tizanidine.oral_contraceptive'],
    sourceIds: ['D3'],
    status: 'P',
    test: (o, p) =>
      o.drug === 'tizanidine' && isStart(o) && p.medications.includes('oral_contraceptive')
        ? { with: 'oral_contraceptive' }
        : null,
  }),
  rule({
    id: 'OC-ALPHA2-HYPOTENSION',
    version: 1,
    severity: 'info',
    facts: ['clonidine.additive_hypotension'],
    sourceIds: ['TONUS'],
    status: 'UNVERIFIED',
    test: (o, p) => {
      if (!isStart(o) || (o.drug !== 'clonidine' && o.drug !== 'tizanidine')) {
        return null;
      }
      const partner = p.medications.find(
        (m) =>
          (o.drug === 'clonidine' ? m === 'tizanidine' : m === 'clonidine') ||
          m === 'antihypertensive_other' ||
          m === 'beta_blocker',
      );
      return partner === undefined ? null : { with: partner };
    },
  }),
  rule({
    id: 'OC-BTX-OFF-LABEL',
    version: 1,
    severity: 'info',
    facts: ['botulinum_toxin.units_not_interchangeable'],
    sourceIds: ['D8'],
    status: 'P',
    test: (o) =>
      o.drug === 'botulinum_toxin' && isStart(o)
        ? { note: 'no labeled indication for paraspinal spasm; units are product-specific' }
        : null,
  }),
  rule({
    id: 'OC-CLON-MAX',
    version: 1,
    severity: 'warning',
    facts: ['clonidine.max_daily'],
    sourceIds: ['D4'],
    status: 'P',
    test: (o, _p, f) => {
      const d = dailyDose(o);
      const max = f['clonidine.max_daily'].mgPerDay;
      return o.drug === 'clonidine' && isStart(o) && d !== undefined && d > max
        ? { dailyMg: d, maxMg: max }
        : null;
    },
  }),
  rule({
    id: 'OC-ITB-MAX',
    version: 1,
    severity: 'warning',
    facts: ['baclofen.max_daily_intrathecal'],
    sourceIds: ['D2'],
    status: 'P',
    test: (o, _p, f) => {
      const d = dailyDose(o);
      const max = f['baclofen.max_daily_intrathecal'].mgPerDay;
      return o.drug === 'baclofen' &&
        o.route === 'intrathecal' &&
        isStart(o) &&
        d !== undefined &&
        d > max
        ? { dailyMcg: d * 1000, maxMcg: max * 1000 }
        : null;
    },
  }),
  rule({
    id: 'OC-DOSE-IMPLAUSIBLE',
    version: 1,
    severity: 'hard_stop',
    facts: DAILY_MAXIMA.map((m) => m.fact),
    sourceIds: ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'TONUS'],
    status: 'P',
    test: (o, _p, f) => {
      const d = dailyDose(o);
      const label = labelledMaximum(o, f);
      if (!isStart(o) || d === undefined || label === undefined) {
        return null;
      }
      return d > label.max * IMPLAUSIBLE_DOSE_FACTOR
        ? { daily: d, max: label.max, unit: label.unit, factor: Math.round(d / label.max) }
        : null;
    },
  }),
  rule({
    id: 'OC-ROUTE',
    version: 1,
    severity: 'warning',
    facts: [],
    sourceIds: ['D1', 'D3', 'D5', 'D6', 'D7', 'D8'],
    status: 'V',
    test: (o) =>
      DRUG_DEFS[o.drug].routes.includes(o.route)
        ? null
        : { route: o.route, allowed: DRUG_DEFS[o.drug].routes.join(', ') },
  }),
  rule({
    id: 'OC-DUPLICATE',
    version: 1,
    severity: 'warning',
    facts: [],
    sourceIds: ['TONUS'],
    status: 'UNVERIFIED',
    test: (o, p) =>
      o.action === 'start' && (p.medications as readonly string[]).includes(o.drug)
        ? { drug: o.drug }
        : null,
  }),
] as const;

/** The id of every order rule: message catalogs are keyed by it, so a rule without words fails the type check. */
export type OrderRuleId = (typeof RULES)[number]['id'];
export const ORDER_RULES: readonly OrderRule<OrderRuleId>[] = RULES;

/** The drugs an order rule can concern, for listing. */
export function drugsOf(rule: OrderRule): Drug[] {
  return [...new Set(rule.facts.map((f) => DRUG_FACTS[f].drug))];
}

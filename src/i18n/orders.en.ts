/** @module English messages for order-check findings (clinician-facing). */
import type { OrderFinding, OrderRuleId } from '../domain/orders/index.js';
import { plural } from './plural.js';

type Params = OrderFinding['params'];
const p = (params: Params, key: string): string => String(params[key] ?? '?');
const doses = (params: Params, key: string): string =>
  plural('en', p(params, key), { one: '# dose', other: '# doses' });
const days = (params: Params, key: string): string =>
  plural('en', p(params, key), { one: '# day', other: '# days' });

/** One message per order rule: a rule without words fails the type check. */
export const ORDER_MESSAGES: Readonly<Record<OrderRuleId, (params: Params) => string>> = {
  'OC-TIZ-CYP1A2': (x) =>
    `Tizanidine is contraindicated with ${p(x, 'with')} (strong CYP1A2 inhibitor; exposure rises many-fold).`,
  'OC-TIZ-MAX': (x) =>
    `Tizanidine ${p(x, 'dailyMg')} mg/day in ${doses(x, 'dosesPerDay')} exceeds ${p(x, 'maxMg')} mg/day or ${doses(x, 'maxDoses')} in 24 h.`,
  'OC-TIZ-HEP': (x) =>
    `Tizanidine: hepatic state ${p(x, 'hepatic')}, liver tests on file: ${p(x, 'liverTestsOnFile')}. Not recommended in hepatic impairment; check ALT/AST at baseline and 1 month after the maximum dose.`,
  'OC-TIZ-RENAL': (x) =>
    `Tizanidine with CrCl ${p(x, 'crcl')} mL/min (< 25): lower each dose and raise slowly.`,
  'OC-BAC-MAX': (x) =>
    `Oral baclofen ${p(x, 'dailyMg')} mg/day exceeds the ${p(x, 'maxMg')} mg/day maximum.`,
  'OC-BAC-IND': () =>
    'Baclofen is not indicated for skeletal muscle spasm from rheumatic disorders: this use is off-label.',
  'OC-BAC-STOP': (x) =>
    `Stopping ${p(x, 'drug')} after regular use without a taper risks withdrawal (hallucinations, seizures, rebound hypertension and tone): taper.`,
  'OC-BZD-OPI': () =>
    'Diazepam with an opioid: profound sedation, respiratory depression, coma and death (boxed warning).',
  'OC-BZD-CI': (x) => `Diazepam is contraindicated: ${p(x, 'contraindications')}.`,
  'OC-GABA-RENAL': (x) =>
    `Gabapentin ${p(x, 'dailyMg')} mg/day exceeds ${p(x, 'maxMg')} mg/day for CrCl ${p(x, 'crcl')} mL/min.`,
  'OC-GABA-RESP': (x) => `Gabapentin and breathing: risk factors ${p(x, 'risks')} (FDA 2019).`,
  'OC-DAN-LIVER': () =>
    'Dantrolene is contraindicated in active liver disease (boxed hepatotoxicity warning).',
  'OC-DAN-MAX': (x) => `Dantrolene ${p(x, 'dailyMg')} mg/day exceeds ${p(x, 'maxMg')} mg/day.`,
  'OC-DAN-LFT': (x) =>
    `Dantrolene monitoring: liver tests on file ${p(x, 'liverTestsOnFile')}; benefit review due ${p(x, 'benefitReviewDue')} (stop if no benefit by day 45).`,
  'OC-BTX-INT': (x) =>
    `Botulinum toxin ${days(x, 'daysSinceLast')} after the last dose; wait at least ${days(x, 'minimumDays')}.`,
  'OC-BTX-CUM': (x) =>
    `Botulinum toxin: ${p(x, 'totalUnits')} U in 3 months exceeds about ${p(x, 'maxUnits')} U.`,
  'OC-CLON-STOP': (x) =>
    `Stopping clonidine suddenly risks rebound hypertension; taper over 2–4 days${x.withBetaBlocker === 'yes' ? ' (higher risk with the beta-blocker)' : ''}.`,
  'OC-SCIATICA': (x) => `NICE NG59: do not offer ${p(x, 'drug')} for sciatica.`,
  'OC-NEUROLYSIS-CONCENTRATION': (x) =>
    x.concentration === undefined
      ? `Neurolysis: the concentration is not given; give it (${p(x, 'min')}–${p(x, 'max')} %), since stronger solutions risk nerve damage.`
      : `Neurolysis concentration ${p(x, 'concentration')} % is outside ${p(x, 'min')}–${p(x, 'max')} %; stronger solutions risk nerve damage.`,
  'OC-DIAZ-MAX': (x) =>
    `Diazepam ${p(x, 'dailyMg')} mg/day exceeds the spasm dosing of ${p(x, 'maxMg')} mg/day.`,
  'OC-DIAZ-PREGNANCY': () =>
    'Diazepam in pregnancy: late use can cause neonatal sedation and withdrawal.',
  'OC-GABA-MAX': (x) => `Gabapentin ${p(x, 'dailyMg')} mg/day exceeds ${p(x, 'maxMg')} mg/day.`,
  'OC-BAC-RENAL': (x) =>
    `Baclofen with CrCl ${p(x, 'crcl')} mL/min: renally excreted, use with care and lower the dose.`,
  'OC-RENAL-UNKNOWN': (x) =>
    `Renal function unknown for ${p(x, 'drug')}, whose dose depends on it: obtain creatinine clearance.`,
  'OC-TIZ-OC': () => 'Oral contraceptives lower tizanidine clearance: start low.',
  'OC-ALPHA2-HYPOTENSION': (x) => `Additive hypotension with ${p(x, 'with')}.`,
  'OC-BTX-OFF-LABEL': () =>
    'Botulinum toxin has no labeled indication for paraspinal spasm; units are not interchangeable between products.',
  'OC-CLON-MAX': (x) =>
    `Clonidine ${p(x, 'dailyMg')} mg/day exceeds the ${p(x, 'maxMg')} mg/day maximum of its label.`,
  'OC-ITB-MAX': (x) =>
    `Intrathecal baclofen ${p(x, 'dailyMcg')} mcg/day exceeds ${p(x, 'maxMcg')} mcg/day, above which experience is limited: specialist titration only.`,
  'OC-DOSE-IMPLAUSIBLE': (x) =>
    `${p(x, 'daily')} ${p(x, 'unit')} a day is ${p(x, 'factor')} times the labelled maximum of ${p(x, 'max')} ${p(x, 'unit')}: probably a unit or digit error (mg, g, mcg?). Do not prescribe as written; re-enter the dose.`,
  'OC-ROUTE': (x) => `Route ${p(x, 'route')} is not a route for this drug (${p(x, 'allowed')}).`,
  'OC-DUPLICATE': (x) => `The patient already takes ${p(x, 'drug')}.`,
};

export function orderFindingText(f: OrderFinding): string {
  return ORDER_MESSAGES[f.rule](f.params);
}

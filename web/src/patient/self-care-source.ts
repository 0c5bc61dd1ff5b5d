/**
 * @module Which list the self-care page follows: the newer of the clinician's latest plan and the
 * interview's last result on this device. A plan governs when it is later than the result, or when there
 * is no result or the result has no time (a clinician's word then stands); otherwise the result does, so a
 * newer check carrying new red-flag advice always wins. Under a plan, the plan's measures are shown in its
 * order and only those (a clinician may withhold heat on purpose), each with how often a day, and with
 * what the interview said of the same measure about this patient: its cautions (and those the planner
 * gives a measure whether it lists it or not: the skin caution for either pack, the kidney caution for
 * supplements), and the reason the drinking tracker reads for a kidney team's limit.
 */
import type { ResultLine } from '../../../src/app/interview/view';
import type { Plan } from '../../../src/domain/records/plans';
import { SELF_CARE } from '../../../src/domain/kb/self-care';
import type { LastResult } from './last-result';

type ResultItem = ResultLine['selfCare']['items'][number];

/** A measure's card: the result's item, with how often a day when a plan set it. */
export type CareItem = ResultItem & { readonly timesPerDay?: number };

export type CareSource =
  | { readonly kind: 'plan'; readonly plan: Plan; readonly items: readonly CareItem[] }
  | { readonly kind: 'check'; readonly last: LastResult; readonly items: readonly CareItem[] }
  | { readonly kind: 'none'; readonly items: readonly CareItem[] };

/**
 * The cautions the last result gave about this patient that hold for `measure`, listed or not. The planner
 * (src/domain/treatment/self-care.ts) lists one of ice or heat and gives it the skin caution of reduced
 * sensation, which holds for the other pack as much; and it gives supplements the kidney caution whenever
 * it gives drinking the kidney team's limit, listing supplements or not. A plan may pick the other pack, or
 * supplements the check did not list: the caution must not be lost with the check's choice.
 */
function cautionsFor(measure: string, said: readonly ResultItem[]): readonly string[] {
  const same = said.find((i) => i.measure === measure);
  if (same !== undefined) {
    return same.cautions;
  }
  if (measure === 'ice' || measure === 'heat') {
    const other = measure === 'ice' ? 'heat' : 'ice';
    return said.find((i) => i.measure === other)?.cautions ?? [];
  }
  if (measure === 'supplements') {
    const renal = said.find(
      (i) => i.measure === 'hydration' && i.reason === 'hydration_renal_allowance',
    );
    return renal?.cautions ?? [];
  }
  return [];
}

/** The plan's measures, in its order, each with what the last result said of the same measure. */
function planItems(plan: Plan, said: readonly ResultItem[]): CareItem[] {
  return plan.body.selfCare.map(({ measure, timesPerDay }) => {
    const same = said.find((i) => i.measure === measure);
    return {
      measure,
      // a caution is about this patient, and so is the kidney team's limit: the plan does not remove them
      ...(same?.reason === undefined ? {} : { reason: same.reason }),
      ...(same?.amounts === undefined ? {} : { amounts: same.amounts }),
      text: same?.text ?? '',
      cautions: [...cautionsFor(measure, said)],
      sourceIds: [...SELF_CARE[measure].sourceIds],
      status: SELF_CARE[measure].status,
      timesPerDay,
    };
  });
}

export function careSource(last: LastResult | undefined, plan: Plan | undefined): CareSource {
  const said = last?.result.selfCare.items ?? [];
  if (
    plan !== undefined &&
    (last === undefined || last.at === null || Date.parse(plan.createdAt) > last.at)
  ) {
    return { kind: 'plan', plan, items: planItems(plan, said) };
  }
  return last === undefined ? { kind: 'none', items: [] } : { kind: 'check', last, items: said };
}

/**
 * @module Causes kept in view among the first three of the differential, whatever their probability,
 * with the reason beside them and their score unchanged, so a clinician reading the top of the list does
 * not pass over them. Three kinds: a cause whose deciding test is not done (a named risk factor with a
 * typical complaint makes a low potassium, magnesium or calcium worth a blood test, reference §3.3,
 * "suspected electrolyte disturbance before any blood result", and the risk factors of §6.1; a result,
 * normal or not, ends it); a cause a result names (a CK in the range of muscle breakdown, a calcium high
 * enough for a same-day referral, a fracture or an abscess the spine's imaging shows); and a cause a red
 * flag or a picture names (a cauda equina's saddle or bladder, a past cancer not yet imaged, a baclofen
 * withdrawal's known spastic disease).
 */
import {
  all,
  any,
  has,
  holds,
  is,
  lacks,
  not,
  untested,
  type Evidence,
  type When,
} from '../evidence/index.js';
import type { ConditionId, Provenance } from '../kb/index.js';
import {
  baclofenRebound,
  calciumLowRisk,
  magnesiumLossRisk,
  MODERATE_HYPERCALCAEMIA_MMOL_L,
  potassiumLossRisk,
} from '../triage/index.js';

export interface KeptInViewRule<Id extends string = string> extends Provenance {
  readonly id: Id;
  readonly condition: ConditionId;
  readonly when: When;
}

/** How many entries of the differential a kept cause is brought into: the top three clinicians read. */
export const KEPT_WITHIN = 3;

const cramps = any(has('f:muscle_cramps'), has('f:muscle_twitching'));

/** On baclofen, rigid or with a raised tone, and febrile or confused: the label's withdrawal picture [D2]. */
const baclofenWithdrawn = all(baclofenRebound, any(has('fever'), has('ams')));

const RULES = [
  // what the spine's imaging shows is named among the first three, however well the story fits a strain:
  // the fracture or the infection the report describes is each that condition's confirming test [R3][R4]
  // (its `confirmedBy`), and a clinician reading the top of the list should not find the report's own
  // finding missing from it (a gymnast's pars fracture on MRI, otherwise ranked below an overuse). A mass
  // needs no rule: on the image it always ranks the tumour among the first three
  {
    id: 'NX-IMAGING-FRACTURE',
    condition: 'vertebral_fracture',
    when: has('img:vertebralFracture'),
    sourceIds: ['R3', 'R4'],
    status: 'P',
  },
  {
    id: 'NX-IMAGING-INFECTION',
    condition: 'spinal_infection',
    when: has('img:discitisOrAbscess'),
    sourceIds: ['R3'],
    status: 'P',
  },
  {
    id: 'NX-POTASSIUM-UNTESTED',
    condition: 'hypokalemia',
    when: all(
      potassiumLossRisk,
      any(cramps, has('f:generalized_weakness')),
      untested('lab:potassium'),
    ),
    sourceIds: ['CKS-ELECTROLYTES', 'L2'],
    status: 'P',
  },
  {
    id: 'NX-MAGNESIUM-UNTESTED',
    condition: 'hypomagnesemia',
    when: all(magnesiumLossRisk, any(cramps, has('f:tremor')), untested('lab:magnesium')),
    sourceIds: ['CKS-ELECTROLYTES', 'L3', 'L4'],
    status: 'P',
  },
  {
    id: 'NX-CALCIUM-UNTESTED',
    condition: 'hypocalcemia',
    when: all(calciumLowRisk, any(cramps, has('f:perioral_paraesthesia')), untested('lab:calcium')),
    sourceIds: ['CKS-ELECTROLYTES', 'L8'],
    status: 'P',
  },
  // a CK in the range the engine treats as muscle breakdown is that, whatever story led to it (a statin,
  // a long lie, a drug syndrome): rhabdomyolysis is shown among the first three with the result beside
  // it, even when its evidence model, built on the exertional picture, scores it low. The cut-off is the
  // team's (TONUS, UNVERIFIED), as for RF-RHABDOMYOLYSIS-CK
  {
    id: 'NX-CK-RHABDOMYOLYSIS-RANGE',
    condition: 'rhabdomyolysis',
    when: is('lab:ck', 'very_high'),
    sourceIds: ['X6', 'TONUS'],
    status: 'UNVERIFIED',
  },
  // a calcium high enough for a same-day referral is, beside a back pain, a tumour in bone until shown
  // otherwise (cancer and primary hyperparathyroidism cause about 90 % of high calcium
  // [CKS-HYPERCALCAEMIA]), however mechanical the story of the pain itself
  {
    id: 'NX-CALCIUM-HIGH-TUMOUR',
    condition: 'tumor_mass',
    when: { lab: 'calcium', atLeast: MODERATE_HYPERCALCAEMIA_MMOL_L },
    sourceIds: ['CKS-HYPERCALCAEMIA'],
    status: 'P',
  },
  // the red flags of a cauda equina [R3][R4] name their cause: a numb saddle or a bladder that does not
  // empty is shown among the first three as the cauda equina, however ordinary the strain beside it
  {
    id: 'NX-CAUDA-EQUINA-FLAGS',
    condition: 'cauda_equina_syndrome',
    when: any(has('f:saddle_anaesthesia'), has('f:urinary_retention')),
    sourceIds: ['R3', 'R4'],
    status: 'V',
  },
  // a past cancer with back pain is a spinal metastasis until imaging has looked [R3][R4]
  // (RF-MALIGNANCY-HISTORY): the tumour is shown among the first three while no imaging has excluded a mass
  {
    id: 'NX-CANCER-HISTORY-TUMOUR',
    condition: 'tumor_mass',
    when: all(has('cond:cancer_history'), not(lacks('img:spinalMass'))),
    sourceIds: ['R3', 'R4'],
    status: 'P',
  },
  // rigid or with a raised tone, and febrile or confused, on baclofen (the label's withdrawal [D2]: the first picture
  // of RF-BACLOFEN-WITHDRAWAL, without its racing heart or sweating before the fever), in someone whose spasticity is
  // a known cerebral palsy, multiple sclerosis or cord injury: that disease's treatment failing (a pump refill
  // missed, a dose stopped). The disease is named among the first three, though the fever and the rigidity score
  // the drug syndromes and an encephalitis above it
  {
    id: 'NX-BACLOFEN-WITHDRAWAL-CEREBRAL-PALSY',
    condition: 'cerebral_palsy',
    when: all(has('cond:cerebral_palsy'), baclofenWithdrawn),
    sourceIds: ['D2', 'A'],
    status: 'P',
  },
  {
    id: 'NX-BACLOFEN-WITHDRAWAL-MULTIPLE-SCLEROSIS',
    condition: 'multiple_sclerosis',
    when: all(has('cond:multiple_sclerosis'), baclofenWithdrawn),
    sourceIds: ['D2', 'A'],
    status: 'P',
  },
  {
    id: 'NX-BACLOFEN-WITHDRAWAL-CORD-INJURY',
    condition: 'spinal_cord_injury',
    when: all(has('cond:spinal_cord_injury'), baclofenWithdrawn),
    sourceIds: ['D2', 'A'],
    status: 'P',
  },
] as const satisfies readonly KeptInViewRule[];

export type KeptInViewId = (typeof RULES)[number]['id'];
export const KEPT_IN_VIEW_RULES: readonly KeptInViewRule<KeptInViewId>[] = RULES;

/**
 * The differential (sorted by score) with at most one kept cause brought to the last place of the top
 * three, marked with its rule: the most probable of the kept causes that are not already there. One,
 * so the two most probable causes always keep their places; and none when the last place already
 * holds a cause one of the rules keeps, which would only trade one kept cause for a less probable one.
 */
export function keepInView<T extends { readonly condition: ConditionId }>(
  sorted: readonly T[],
  e: Evidence,
): (T & { readonly keptInView?: KeptInViewId })[] {
  const top = sorted.slice(0, KEPT_WITHIN).map((d) => d.condition);
  const kept = new Map<ConditionId, KeptInViewId>();
  const lastPlace = top[KEPT_WITHIN - 1];
  for (const r of KEPT_IN_VIEW_RULES) {
    if (r.condition === lastPlace && holds(r.when, e)) {
      return [...sorted];
    }
    if (!top.includes(r.condition) && !kept.has(r.condition) && holds(r.when, e)) {
      kept.set(r.condition, r.id);
    }
  }
  const at = sorted.findIndex((d) => kept.has(d.condition));
  const entry = sorted[at];
  if (at < 0 || entry === undefined) {
    return [...sorted];
  }
  const rule = kept.get(entry.condition);
  const out: (T & { readonly keptInView?: KeptInViewId })[] = sorted.filter((_d, i) => i !== at);
  out.splice(KEPT_WITHIN - 1, 0, rule === undefined ? entry : { ...entry, keptInView: rule });
  return out;
}

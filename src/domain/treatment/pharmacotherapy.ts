/**
 * @module Clinician-only treatment options: what treats the cause of each leading condition, and the
 * article's antispasmodic drugs with their monitoring, each already run through the order checks
 * with a starting dose for this patient (reference §5). Patient output never carries any of this.
 */
import { has, holds, is, type Evidence } from '../evidence/index.js';
import {
  byCondition,
  conditionsWith,
  DRUGS,
  DRUG_DEFS,
  type CauseAction,
  type ConditionId,
  type Drug,
  type DrugFactId,
  type FactStatus,
  type SourceId,
} from '../kb/index.js';
import {
  checkOrder,
  type OrderContext,
  type OrderFinding,
  type ProposedOrder,
} from '../orders/index.js';
import type { CauseGroup } from '../shared/index.js';

export type { CauseAction } from '../kb/index.js';

interface ActionDef {
  readonly action: CauseAction;
  readonly sourceIds: readonly SourceId[];
  readonly status: FactStatus;
}

/** What treats each cause, as each condition's home declares it; rows without a reference source are UNVERIFIED. */
export const CAUSE_ACTIONS: Readonly<Record<ConditionId, ActionDef>> = byCondition(
  (d) => d.treatment,
);

/** A starting order per drug, used only to surface safety flags for this patient; doses from §5.1. */
const STARTING_ORDERS: Readonly<Record<Drug, Omit<ProposedOrder, 'orderDate'>>> = {
  baclofen: {
    drug: 'baclofen',
    action: 'start',
    route: 'oral',
    dose: { value: 5, unit: 'mg' },
    dosesPerDay: 3,
    indication: 'spasticity',
  },
  tizanidine: {
    drug: 'tizanidine',
    action: 'start',
    route: 'oral',
    dose: { value: 2, unit: 'mg' },
    dosesPerDay: 1,
    indication: 'spasticity',
  },
  clonidine: { drug: 'clonidine', action: 'start', route: 'oral', indication: 'spasticity' },
  diazepam: {
    drug: 'diazepam',
    action: 'start',
    route: 'oral',
    dose: { value: 2, unit: 'mg' },
    dosesPerDay: 3,
    indication: 'musculoskeletal_spasm',
  },
  gabapentin: {
    drug: 'gabapentin',
    action: 'start',
    route: 'oral',
    dose: { value: 300, unit: 'mg' },
    dosesPerDay: 1,
    indication: 'spasticity',
  },
  dantrolene: {
    drug: 'dantrolene',
    action: 'start',
    route: 'oral',
    dose: { value: 25, unit: 'mg' },
    dosesPerDay: 1,
    indication: 'spasticity',
  },
  botulinum_toxin: {
    drug: 'botulinum_toxin',
    action: 'start',
    route: 'intramuscular',
    indication: 'focal_spasticity',
  },
  phenol: {
    drug: 'phenol',
    action: 'start',
    route: 'perineural',
    concentrationPercent: 5,
    indication: 'focal_spasticity',
  },
  alcohol: {
    drug: 'alcohol',
    action: 'start',
    route: 'perineural',
    concentrationPercent: 50,
    indication: 'focal_spasticity',
  },
};

/** The planner's starting order for a drug (the article's usual first dose), for a prescriber to edit. */
export function startingOrder(drug: Drug): Omit<ProposedOrder, 'orderDate'> {
  return STARTING_ORDERS[drug];
}

/** Monitoring the option carries, as drug-fact ids. */
const MONITORING: Readonly<Record<Drug, readonly DrugFactId[]>> = {
  baclofen: ['baclofen.withdrawal', 'baclofen.renal', 'baclofen.max_daily_oral'],
  tizanidine: ['tizanidine.hepatic', 'tizanidine.withdrawal', 'tizanidine.max_daily'],
  clonidine: ['clonidine.withdrawal', 'clonidine.off_label'],
  diazepam: ['diazepam.opioid_boxed', 'diazepam.spasm_dose'],
  gabapentin: ['gabapentin.renal_bands', 'gabapentin.respiratory'],
  dantrolene: ['dantrolene.monitoring', 'dantrolene.max_daily'],
  botulinum_toxin: [
    'botulinum_toxin.interval',
    'botulinum_toxin.cumulative',
    'botulinum_toxin.distant_spread',
  ],
  phenol: ['phenol.concentration'],
  alcohol: ['alcohol.concentration'],
};

export interface DrugOption {
  readonly drug: Drug;
  readonly articleClass: (typeof DRUG_DEFS)[Drug]['articleClass'];
  readonly offLabel: boolean;
  readonly monitoring: readonly DrugFactId[];
  /** Order-check findings for a starting order in this patient. */
  readonly flags: readonly OrderFinding[];
  /** A hard stop fired: do not offer as things stand. */
  readonly blocked: boolean;
}

export interface CauseTreatment extends ActionDef {
  readonly condition: ConditionId;
}

export interface PharmacotherapyPlan {
  readonly group: CauseGroup | null;
  readonly causeTreatment: readonly CauseTreatment[];
  /** The article's antispastic drugs, when the leading cause is spasticity of central or cord origin, or a muscle spasm that needs a drug. */
  readonly options: readonly DrugOption[];
  readonly prescriberOnly: true;
}

const SPASTICITY = conditionsWith('antispastic_drugs');

/** An unknown age is checked as an older patient's, so that the age-based warnings still show (TONUS). */
const AGE_WHEN_UNKNOWN = 65;

// Built once: a predicate compiles on first use and is kept by identity (evidence/predicate.ts).
const LIVER_DISEASE = has('cond:liver_disease');
const JAUNDICE = has('f:jaundice');
const SEVERE_PAIN = is('pain', 'severe');

/** The patient context the order checks need, as far as the assessment tells it. */
export function orderContextFrom(e: Evidence): OrderContext {
  const a = e.assessment;
  const egfr = e.labs.byAnalyte.egfr?.value;
  const liver = holds(LIVER_DISEASE, e) || holds(JAUNDICE, e);
  return {
    ageYears: a.patient.ageYears ?? AGE_WHEN_UNKNOWN,
    sex: a.patient.sex,
    // eGFR stands in for creatinine clearance when that is all there is
    ...(egfr === undefined ? {} : { crclMlMin: egfr }),
    ...(liver ? { hepatic: 'impairment' as const } : {}),
    conditions: a.conditions ?? [],
    medications: a.medications ?? [],
    liverTestsOnFile: e.labs.byAnalyte.alt !== undefined,
  };
}

export function planPharmacotherapy(
  e: Evidence,
  leading: readonly ConditionId[],
  group: CauseGroup | null,
  orderDate: string,
): PharmacotherapyPlan {
  const causeTreatment = leading.map((condition) => ({ condition, ...CAUSE_ACTIONS[condition] }));
  const top = leading[0];
  let drugs: readonly Drug[] = [];
  if (top !== undefined && SPASTICITY.includes(top)) {
    // every drug of the article is an option for spasticity, in the article's order
    drugs = DRUGS;
  } else if (top === 'exertional_overuse' && holds(SEVERE_PAIN, e)) {
    // ACP: a skeletal muscle relaxant when a drug is needed [R2]; diazepam is labeled as an adjunct for spasm [D5]
    drugs = ['diazepam'];
  }
  const context = orderContextFrom(e);
  const options = drugs.map((drug): DrugOption => {
    const check = checkOrder({ order: { ...STARTING_ORDERS[drug], orderDate }, patient: context });
    return {
      drug,
      articleClass: DRUG_DEFS[drug].articleClass,
      offLabel: !DRUG_DEFS[drug].labeledForSpasm,
      monitoring: MONITORING[drug],
      flags: check.findings,
      blocked: check.blocked,
    };
  });
  return { group, causeTreatment, options, prescriberOnly: true };
}

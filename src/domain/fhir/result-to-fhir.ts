/**
 * @module The engine's answer as FHIR R4: the triage level with its reasons as an Observation, the cause
 * groups and the differential with their probabilities as a RiskAssessment, the differential with its
 * findings for, against and missing (and the next best tests) as a ClinicalImpression, the leading
 * conditions as provisional Conditions coded in SNOMED CT and ICD-10-CM from the knowledge base, and
 * the self-care plan as a CarePlan. Every rule keeps its sources and status.
 */
import type {
  CarePlan,
  CarePlanActivity,
  ClinicalImpression,
  Coding,
  Condition,
  Extension,
  Observation,
  ObservationComponent,
  Resource,
  RiskAssessment,
} from '@medplum/fhirtypes';
import { leadingConditions, type AssessmentResult } from '../engine/index.js';
import { evidenceCode } from '../evidence/index.js';
import {
  CONDITIONS,
  SELF_CARE,
  type ConditionId,
  type FactStatus,
  type SourceId,
} from '../kb/index.js';
import type { SelfCareItem } from '../treatment/index.js';
import {
  codeable,
  observation,
  observationCategory,
  roleMeta,
  ucum,
  type WriteContext,
} from './resources.js';
import { SYSTEM, TONUS_EXTENSION, tonusCoding } from './systems.js';

const t = tonusCoding;

/** Where a fact comes from and how well that was checked, as extensions on the element that states it. */
export function provenanceExtensions(
  sourceIds: readonly SourceId[],
  status: FactStatus,
): Extension[] {
  return [
    ...sourceIds.map((id) => ({ url: TONUS_EXTENSION.source, valueString: id })),
    { url: TONUS_EXTENSION.status, valueCode: status },
  ];
}

const strings = (url: string, values: readonly string[]): Extension[] =>
  values.map((valueString) => ({ url, valueString }));

/** A differential condition's codes: Tonus's own, then ICD-10-CM and SNOMED CT from the knowledge base. */
export function conditionCodings(id: ConditionId): Coding[] {
  return [
    t('condition', id),
    ...CONDITIONS[id].codes.map((c) => ({
      system: c.system === 'icd10cm' ? SYSTEM.icd10cm : SYSTEM.snomed,
      code: c.code,
      display: c.display,
    })),
  ];
}

function triageObservation(ctx: WriteContext, r: AssessmentResult): Observation {
  const reasons: ObservationComponent[] = r.triage.reasons.map((x) => ({
    extension: [
      ...provenanceExtensions(x.sourceIds, x.status),
      ...strings(TONUS_EXTENSION.evidence, x.because.map(evidenceCode)),
    ],
    code: codeable(t('triage-rule', x.rule)),
    valueCodeableConcept: codeable(t('triage-level', x.level)),
  }));
  return observation(ctx, 'result', {
    category: observationCategory('survey'),
    code: codeable(t('observation', 'triage-level')),
    valueCodeableConcept: codeable(t('triage-level', r.triage.level)),
    component: [
      { code: codeable(t('observation', 'red-flag')), valueBoolean: r.triage.redFlag },
      ...reasons,
    ],
  });
}

function riskAssessment(ctx: WriteContext, r: AssessmentResult): RiskAssessment {
  return {
    resourceType: 'RiskAssessment',
    id: ctx.newId(),
    meta: roleMeta('result'),
    status: 'final',
    method: codeable(t('observation', 'cause-classifier')),
    subject: ctx.subject,
    ...(ctx.encounter === undefined ? {} : { encounter: ctx.encounter }),
    occurrenceDateTime: ctx.effective,
    prediction: [
      ...r.groups.map((g) => ({
        outcome: codeable(t('cause-group', g.group)),
        probabilityDecimal: g.probability,
      })),
      ...r.differential.map((d) => ({
        outcome: { coding: conditionCodings(d.condition) },
        probabilityDecimal: d.score,
      })),
    ],
  };
}

function clinicalImpression(ctx: WriteContext, r: AssessmentResult): ClinicalImpression {
  const steps = [
    ...r.nextTests.map((s) => ({ coding: t('test', s.id), change: s.expectedChange })),
    ...r.nextQuestions.map((s) => ({ coding: t('feature', s.id), change: s.expectedChange })),
  ];
  return {
    resourceType: 'ClinicalImpression',
    id: ctx.newId(),
    meta: roleMeta('result'),
    extension: steps.map((s) => ({
      url: TONUS_EXTENSION.nextStep,
      extension: [
        { url: 'step', valueCoding: s.coding },
        { url: 'expectedChange', valueDecimal: s.change },
      ],
    })),
    status: 'completed',
    code: codeable(t('observation', 'spasm-cause-assessment')),
    subject: ctx.subject,
    ...(ctx.encounter === undefined ? {} : { encounter: ctx.encounter }),
    effectiveDateTime: ctx.effective,
    date: ctx.effective,
    finding: r.differential.map((d) => ({
      extension: [
        ...strings(TONUS_EXTENSION.evidenceFor, d.for.map(evidenceCode)),
        ...strings(TONUS_EXTENSION.evidenceAgainst, d.against.map(evidenceCode)),
        ...strings(TONUS_EXTENSION.evidenceMissing, d.missing),
      ],
      itemCodeableConcept: { coding: conditionCodings(d.condition) },
    })),
  };
}

/** The leading condition is the provisional cause; the others of the plan's leaders stay differential. */
function assessedCauses(ctx: WriteContext, r: AssessmentResult): Condition[] {
  return leadingConditions(r.differential).map((id, i) => ({
    resourceType: 'Condition',
    id: ctx.newId(),
    meta: roleMeta('result'),
    clinicalStatus: codeable({ system: SYSTEM.conditionClinical, code: 'active' }),
    verificationStatus: codeable({
      system: SYSTEM.conditionVerification,
      code: i === 0 ? 'provisional' : 'differential',
    }),
    category: [codeable({ system: SYSTEM.conditionCategory, code: 'encounter-diagnosis' })],
    code: { coding: conditionCodings(id) },
    subject: ctx.subject,
    ...(ctx.encounter === undefined ? {} : { encounter: ctx.encounter }),
    recordedDate: ctx.effective,
  }));
}

const AMOUNT_UNITS = { holdSeconds: 's', minutes: 'min', litresPerDay: 'L/d' } as const;

function activity(item: SelfCareItem): CarePlanActivity {
  const amounts = Object.entries(item.amounts ?? {}) as [
    keyof typeof AMOUNT_UNITS,
    readonly [number, number],
  ][];
  return {
    detail: {
      extension: [
        ...provenanceExtensions(item.sourceIds, item.status),
        ...amounts.map(([key, [low, high]]) => ({
          url: TONUS_EXTENSION.amount,
          valueRange: { low: ucum(low, AMOUNT_UNITS[key]), high: ucum(high, AMOUNT_UNITS[key]) },
        })),
      ],
      code: codeable(t('self-care-measure', item.measure)),
      reasonCode: [codeable(t('observation', `self-care-${item.reason}`))],
      status: 'not-started',
    },
  };
}

function carePlan(ctx: WriteContext, r: AssessmentResult): CarePlan {
  const plan = r.selfCare;
  return {
    resourceType: 'CarePlan',
    id: ctx.newId(),
    meta: roleMeta('result'),
    extension: [{ url: TONUS_EXTENSION.selfCareMode, valueCode: plan.mode }],
    status: 'active',
    intent: 'plan',
    category: [codeable(t('observation', 'self-care-plan'))],
    subject: ctx.subject,
    ...(ctx.encounter === undefined ? {} : { encounter: ctx.encounter }),
    created: ctx.effective,
    activity: [
      ...plan.items.map(activity),
      // withheld until a clinician has looked: on hold, not forgotten
      ...plan.withheld.map((measure) => ({
        detail: {
          extension: provenanceExtensions(SELF_CARE[measure].sourceIds, SELF_CARE[measure].status),
          code: codeable(t('self-care-measure', measure)),
          status: 'on-hold' as const,
          statusReason: codeable(t('self-care-withheld', 'until_seen')),
        },
      })),
    ],
  };
}

/** The engine's answer as FHIR resources about `ctx.subject`. */
export function resultToFhir(r: AssessmentResult, ctx: WriteContext): Resource[] {
  return [
    triageObservation(ctx, r),
    riskAssessment(ctx, r),
    clinicalImpression(ctx, r),
    ...assessedCauses(ctx, r),
    carePlan(ctx, r),
  ];
}

/**
 * @module What a clinician sees of an assessment: triage with the evidence behind each reason, the cause
 * groups, the explained differential, the next best tests and questions, the self-care plan, the
 * prescriber-only options already run through the order checks, and the measurements.
 */
import { z } from 'zod';
import { TEST_IDS } from '../../domain/classifier/index.js';
import type { AssessmentResult, MeasurementSummary } from '../../domain/engine/index.js';
import { ConditionId, Drug, FactStatus, inUnit, SourceId } from '../../domain/kb/index.js';
import { MasGrade } from '../../domain/scales/index.js';
import { CauseGroup, TriageLevel } from '../../domain/shared/index.js';
import type { ClinicianMessages } from '../../i18n/index.js';
import { EvidenceView, evidenceView, round4, SelfCareView, selfCareView } from './common.js';
import { OrderFindingView, orderFindingView } from './order-finding.js';

const FeatureView = z.strictObject({ code: z.string(), text: z.string() });

const NextStepView = z.strictObject({
  id: z.string(),
  name: z.string(),
  why: z.string(),
  expectedChange: z.number(),
  discriminates: z.array(ConditionId),
});

const MeasurementsView = z.strictObject({
  pain: z
    .strictObject({ nrs: z.number(), band: z.enum(['none', 'mild', 'moderate', 'severe']) })
    .optional(),
  psfs: z
    .strictObject({
      frequency: z.int(),
      frequencyMeaning: z.string(),
      severity: z.int().nullable(),
      severityMeaning: z.string().nullable(),
    })
    .optional(),
  mas: z.strictObject({ grade: MasGrade, increasedTone: z.boolean() }).optional(),
  romLowestPercent: z.number().optional(),
  correctedCalciumMmolL: z.number().optional(),
  correctedCalciumMgDl: z.number().optional(),
  calciumBasis: z.enum(['ionized', 'albumin_corrected', 'total_uncorrected']).optional(),
  odi: z
    .strictObject({
      percent: z.number(),
      band: z.enum(['minimal', 'moderate', 'severe', 'crippled', 'bed_bound']),
      sectionsAnswered: z.int(),
    })
    .optional(),
  rmdq: z.strictObject({ score: z.int(), unanswered: z.int() }).optional(),
  startBack: z
    .strictObject({
      total: z.int(),
      psychosocial: z.int(),
      risk: z.enum(['low', 'medium', 'high']),
    })
    .optional(),
});

export const ClinicianView = z.strictObject({
  view: z.literal('clinician/1'),
  notice: z.string(),
  kbVersion: z.string(),
  triage: z.strictObject({
    level: TriageLevel,
    advice: z.string(),
    redFlag: z.boolean(),
    reasons: z.array(
      z.strictObject({
        rule: z.string(),
        version: z.int(),
        level: TriageLevel,
        group: z.string(),
        sourceIds: z.array(SourceId),
        status: FactStatus,
        text: z.string(),
        because: z.array(EvidenceView),
      }),
    ),
  }),
  groups: z.array(z.strictObject({ group: CauseGroup, name: z.string(), probability: z.number() })),
  differential: z.array(
    z.strictObject({
      condition: ConditionId,
      name: z.string(),
      group: CauseGroup.nullable(),
      score: z.number(),
      for: z.array(EvidenceView),
      against: z.array(EvidenceView),
      missing: z.array(FeatureView),
      contributions: z.array(
        z.strictObject({ code: z.string(), text: z.string(), likelihoodRatio: z.number() }),
      ),
      /** Shown among the first three whatever its score, and why (a test still to do); null otherwise. */
      keptInView: z.strictObject({ rule: z.string(), text: z.string() }).nullable(),
    }),
  ),
  nextTests: z.array(NextStepView.extend({ id: z.enum(TEST_IDS) })),
  nextQuestions: z.array(NextStepView),
  selfCare: SelfCareView,
  pharmacotherapy: z.strictObject({
    prescriberOnly: z.literal(true),
    group: CauseGroup.nullable(),
    causeTreatment: z.array(
      z.strictObject({
        condition: ConditionId,
        action: z.string(),
        text: z.string(),
        sourceIds: z.array(SourceId),
        status: FactStatus,
      }),
    ),
    options: z.array(
      z.strictObject({
        drug: Drug,
        articleClass: z.string(),
        offLabel: z.boolean(),
        blocked: z.boolean(),
        flags: z.array(OrderFindingView),
        monitoring: z.array(z.strictObject({ fact: z.string(), text: z.string() })),
      }),
    ),
  }),
  measurements: MeasurementsView,
});
export type ClinicianView = z.infer<typeof ClinicianView>;

function measurementsView(m: MeasurementSummary): z.infer<typeof MeasurementsView> {
  const mgDl =
    m.correctedCalciumMmolL === undefined
      ? undefined
      : inUnit('calcium_total', m.correctedCalciumMmolL, 'mg/dL');
  return {
    ...(m.pain === undefined ? {} : { pain: { ...m.pain } }),
    ...(m.psfs === undefined ? {} : { psfs: { ...m.psfs } }),
    ...(m.mas === undefined ? {} : { mas: { ...m.mas } }),
    ...(m.romLowestPercent === undefined ? {} : { romLowestPercent: m.romLowestPercent }),
    ...(m.correctedCalciumMmolL === undefined
      ? {}
      : { correctedCalciumMmolL: m.correctedCalciumMmolL }),
    ...(mgDl === undefined ? {} : { correctedCalciumMgDl: mgDl }),
    ...(m.calciumBasis === undefined ? {} : { calciumBasis: m.calciumBasis }),
    ...(m.odi === undefined ? {} : { odi: { ...m.odi } }),
    ...(m.rmdq === undefined ? {} : { rmdq: { ...m.rmdq } }),
    ...(m.startBack === undefined ? {} : { startBack: { ...m.startBack } }),
  };
}

/** The clinician view; `pharmacotherapy` is empty when the result was computed for a patient. */
export function toClinicianView(r: AssessmentResult, m: ClinicianMessages): ClinicianView {
  const ph = r.pharmacotherapy;
  return {
    view: 'clinician/1',
    notice: m.notice,
    kbVersion: r.kbVersion,
    triage: {
      level: r.triage.level,
      advice: m.levelAdvice[r.triage.level],
      redFlag: r.triage.redFlag,
      reasons: r.triage.reasons.map((x) => ({
        rule: x.rule,
        version: x.version,
        level: x.level,
        group: x.group,
        sourceIds: [...x.sourceIds],
        status: x.status,
        text: m.reasonForClinician(x.rule),
        because: x.because.map((b) => evidenceView(b, m)),
      })),
    },
    groups: r.groups.map((g) => ({
      group: g.group,
      name: m.group[g.group],
      probability: round4(g.probability),
    })),
    differential: r.differential.map((d) => ({
      condition: d.condition,
      name: m.condition[d.condition],
      group: d.group,
      score: round4(d.score),
      for: d.for.map((x) => evidenceView(x, m)),
      against: d.against.map((x) => evidenceView(x, m)),
      missing: d.missing.map((f) => ({ code: f, text: m.feature(f) })),
      contributions: d.contributions.map((c) => ({
        ...evidenceView(c.evidence, m),
        likelihoodRatio: round4(c.likelihoodRatio),
      })),
      keptInView:
        d.keptInView === undefined
          ? null
          : { rule: d.keptInView, text: m.keptInView[d.keptInView] },
    })),
    nextTests: r.nextTests.map((t) => ({
      id: t.id,
      name: m.test[t.id],
      why: m.why(t),
      expectedChange: round4(t.expectedChange),
      discriminates: [...t.discriminates],
    })),
    nextQuestions: r.nextQuestions.map((q) => ({
      id: q.id,
      name: m.question(q),
      why: m.why(q),
      expectedChange: round4(q.expectedChange),
      discriminates: [...q.discriminates],
    })),
    selfCare: selfCareView(r.selfCare, m),
    pharmacotherapy: {
      prescriberOnly: true,
      group: ph?.group ?? null,
      causeTreatment: (ph?.causeTreatment ?? []).map((c) => ({
        condition: c.condition,
        action: c.action,
        text: m.causeAction[c.action],
        sourceIds: [...c.sourceIds],
        status: c.status,
      })),
      options: (ph?.options ?? []).map((o) => ({
        drug: o.drug,
        articleClass: o.articleClass,
        offLabel: o.offLabel,
        blocked: o.blocked,
        flags: o.flags.map((f) => orderFindingView(f, m)),
        monitoring: o.monitoring.map((fact) => ({ fact, text: m.drugFact(fact) })),
      })),
    },
    measurements: measurementsView(r.measurements),
  };
}

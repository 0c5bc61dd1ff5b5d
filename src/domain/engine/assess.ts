/**
 * @module One full assessment: evidence, classifier, triage (red flags win), next best tests and
 * questions, and the plan for the chosen audience. Pure and synchronous: the benchmark times this.
 */
import type { ParsedAssessment } from '../assessment/index.js';
import {
  classify,
  rankNextQuestions,
  rankNextTests,
  type DifferentialEntry,
  type GroupProbability,
  type NextQuestion,
  type NextTest,
} from '../classifier/index.js';
import { extractEvidence } from '../evidence/index.js';
import { KB_VERSION, type ConditionId } from '../kb/index.js';
import {
  planPharmacotherapy,
  planSelfCare,
  type PharmacotherapyPlan,
  type SelfCarePlan,
} from '../treatment/index.js';
import type { TriageDecision } from '../triage/index.js';
import { triageFor } from './triage-for.js';
import { summarizeMeasurements, type MeasurementSummary } from './summary.js';

export type Audience = 'patient' | 'clinician';

export interface AssessOptions {
  readonly audience: Audience;
  /** The day of the assessment (ISO date), for date-based drug rules; the domain has no clock. */
  readonly asOf: string;
}

export interface AssessmentResult {
  readonly kbVersion: string;
  readonly audience: Audience;
  /** Every surface shows this: decision support, not a diagnosis. */
  readonly notice: 'decision_support_not_diagnosis';
  readonly triage: TriageDecision;
  readonly groups: readonly GroupProbability[];
  readonly differential: readonly DifferentialEntry[];
  readonly nextTests: readonly NextTest[];
  readonly nextQuestions: readonly NextQuestion[];
  readonly selfCare: SelfCarePlan;
  /** Clinician audience only. */
  readonly pharmacotherapy?: PharmacotherapyPlan;
  readonly measurements: MeasurementSummary;
}

/** Conditions that steer the plan: the leader, and up to two more with at least this probability. */
const PLAN_MIN_PROBABILITY = 0.1;

export function leadingConditions(differential: readonly DifferentialEntry[]): ConditionId[] {
  return differential
    .filter((d, i) => i === 0 || d.score >= PLAN_MIN_PROBABILITY)
    .slice(0, 3)
    .map((d) => d.condition);
}

export function assess(parsed: ParsedAssessment, options: AssessOptions): AssessmentResult {
  const evidence = extractEvidence(parsed.assessment, parsed.labs);
  const classification = classify(evidence);
  const triage = triageFor(evidence, classification);
  const leading = leadingConditions(classification.differential);
  const selfCare = planSelfCare(evidence, triage, leading);
  const base = {
    kbVersion: KB_VERSION,
    audience: options.audience,
    notice: 'decision_support_not_diagnosis' as const,
    triage,
    groups: classification.groups,
    differential: classification.differential,
    nextTests: rankNextTests(evidence, classification.posterior),
    nextQuestions: rankNextQuestions(evidence, classification.posterior),
    selfCare,
    measurements: summarizeMeasurements(parsed),
  };
  if (options.audience === 'patient') {
    return base;
  }
  const group = classification.groups[0]?.group ?? null;
  return { ...base, pharmacotherapy: planPharmacotherapy(evidence, leading, group, options.asOf) };
}

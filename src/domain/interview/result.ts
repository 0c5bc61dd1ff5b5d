/**
 * @module The interview's result: what the assessment engine gives for the answers collected (it runs
 * `assess` on them, nothing else), with the red flags left unanswered, what to watch for, and a
 * likelihood word for every probability a patient may see.
 */
import { withLabs, type Assessment } from '../assessment/index.js';
import { assess, type AssessmentResult } from '../engine/index.js';
import { urgency } from '../shared/index.js';
import {
  RED_FLAG_REFS,
  SAFETY_NET,
  WATCH_IDS,
  WATCH_OF_REF,
  type WatchId,
} from './red-flag-refs.js';
import type { Answers, Ref } from './refs.js';
import type { StopReason } from './select.js';
import { toAssessment } from './to-assessment.js';

/** Patients see a word, never a percentage (docs/evidence-model.md "What patients see"). */
export type Likelihood = 'likely' | 'possible' | 'less_likely';

/** Lower bounds of the words, a team design (TONUS). */
export const LIKELIHOOD_THRESHOLDS = { likely: 0.6, possible: 0.2 } as const;

export function likelihoodOf(probability: number): Likelihood {
  if (probability >= LIKELIHOOD_THRESHOLDS.likely) {
    return 'likely';
  }
  return probability >= LIKELIHOOD_THRESHOLDS.possible ? 'possible' : 'less_likely';
}

export interface InterviewResult {
  readonly questions: number;
  readonly stoppedBecause: StopReason;
  /** Exactly what the engine gives for the answers, for the patient audience (no prescription drug, no dose). */
  readonly engine: AssessmentResult;
  /** Red-flag refs answered "I don't know": they did not fire their rule. */
  readonly unanswered: readonly Ref[];
  readonly watchFor: readonly WatchId[];
  /** The answers as a case-format fragment: the assessment the engine ran on. */
  readonly answers: Assessment;
}

/** The one assessment the answers make, parsed as the engine parses any assessment. */
export function assessAnswers(answers: Answers, asOf: string): AssessmentResult {
  const parsed = withLabs(toAssessment(answers));
  if (!parsed.ok) {
    // an interview carries no labs, so this cannot fail; a failure here is a bug
    throw new Error('interview answers produced labs');
  }
  return assess(parsed.value, { audience: 'patient', asOf });
}

export function interviewResult(
  answers: Answers,
  questions: number,
  stoppedBecause: StopReason,
  asOf: string,
): InterviewResult {
  const engine = assessAnswers(answers, asOf);
  const unanswered = RED_FLAG_REFS.filter((r) => answers[r] === null);
  const watch = new Set<WatchId>();
  for (const r of unanswered) {
    const w = WATCH_OF_REF[r];
    if (w !== undefined) {
      watch.add(w);
    }
  }
  if (urgency(engine.triage.level) < urgency('emergency')) {
    SAFETY_NET.forEach((w) => watch.add(w));
  }
  const fired = new Set(engine.triage.reasons.map((r) => r.rule));
  if (fired.has('RF-UMN-SPASM-RISE')) {
    watch.add('noxious_triggers');
  }
  if (answers['conditions.spinal_cord_injury'] === true && !fired.has('RF-AUTONOMIC-DYSREFLEXIA')) {
    watch.add('dysreflexia');
  }
  return {
    questions,
    stoppedBecause,
    engine,
    unanswered,
    watchFor: WATCH_IDS.filter((w) => watch.has(w)),
    answers: toAssessment(answers),
  };
}

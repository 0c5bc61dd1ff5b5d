/**
 * @module The interview as JSON Lines (../shared/design/INTERVIEW.md "the protocol"): a question with
 * its patient wording, a result, an error; each a zod schema, as the other views (src/app/views), so a
 * server can validate and document them. Words come from the i18n catalog; patients see likelihood
 * words beside the numbers a program reads, and never a prescription drug or a dose (the result's
 * self-care part is the patient view's).
 */
import { z } from 'zod';
import { Assessment } from '../../domain/assessment/index.js';
import {
  likelihoodOf,
  WATCH_IDS,
  type Likelihood,
  type Ref,
} from '../../domain/interview/index.js';
import { ConditionId } from '../../domain/kb/index.js';
import { CauseGroup, TriageLevel, type DomainIssue } from '../../domain/shared/index.js';
import { en, LIKELIHOOD_TEXT, QUESTION_TEXT, WATCH_TEXT } from '../../i18n/index.js';
import { SelfCareView, toPatientView } from '../views/index.js';
import type { QuestionStep, ResultStep } from './step.js';

const round = (x: number): number => Math.round(x * 10000) / 10000;

export const QuestionLine = z.strictObject({
  type: z.literal('question'),
  n: z.int().min(1),
  id: z.string(),
  text: z.string(),
  kind: z.enum(['single', 'checklist', 'number', 'yes_no']),
  asks: z.array(z.strictObject({ ref: z.string(), label: z.string() })).min(1),
  options: z.array(z.strictObject({ value: z.union([z.string(), z.number()]), label: z.string() })),
});
export type QuestionLine = z.infer<typeof QuestionLine>;

const LikelihoodWord = z.enum(['likely', 'possible', 'less_likely']);

export const ResultLine = z.strictObject({
  type: z.literal('result'),
  questions: z.int().min(0),
  stoppedBecause: z.enum(['emergency', 'settled', 'cap']),
  triage: z.strictObject({
    level: TriageLevel,
    advice: z.string(),
    reasons: z.array(z.strictObject({ rule: z.string(), source: z.string(), text: z.string() })),
  }),
  groups: z.array(
    z.strictObject({
      group: CauseGroup,
      probability: z.number(),
      likelihood: LikelihoodWord,
      words: z.string(),
    }),
  ),
  differential: z.array(
    z.strictObject({
      condition: ConditionId,
      score: z.number(),
      likelihood: LikelihoodWord,
      words: z.string(),
    }),
  ),
  /** Red-flag refs answered "I don't know". */
  unanswered: z.array(z.string()),
  watchFor: z.array(z.strictObject({ id: z.enum(WATCH_IDS), text: z.string() })),
  selfCare: SelfCareView,
  prescriptionOnly: z.string(),
  /** Every ref answered, as a case-format fragment. */
  answers: Assessment,
  notice: z.string(),
  kbVersion: z.string(),
});
export type ResultLine = z.infer<typeof ResultLine>;

export const ErrorLine = z.strictObject({
  type: z.literal('error'),
  ref: z.string().nullable(),
  message: z.string(),
});
export type ErrorLine = z.infer<typeof ErrorLine>;

/** The wording of a question, typed loosely: each question's own wording is checked where it is written. */
function wording(step: QuestionStep): {
  readonly text: string;
  readonly labels: Readonly<Partial<Record<Ref, string>>>;
  readonly options?: Readonly<Record<string | number, string>>;
} {
  return QUESTION_TEXT[step.id];
}

export function questionView(step: QuestionStep): QuestionLine {
  const w = wording(step);
  return {
    type: 'question',
    n: step.n,
    id: step.id,
    text: w.text,
    kind: step.kind,
    asks: step.asks.map((ref) => ({ ref, label: w.labels[ref] ?? ref })),
    options: step.options.map((value) => ({
      value,
      label: w.options?.[value] ?? String(value),
    })),
  };
}

const likely = (p: number): { likelihood: Likelihood; words: string } => {
  const l = likelihoodOf(p);
  return { likelihood: l, words: LIKELIHOOD_TEXT[l] };
};

export function resultView(step: ResultStep): ResultLine {
  const r = step.result;
  const e = r.engine;
  const patient = toPatientView(e, en);
  return {
    type: 'result',
    questions: r.questions,
    stoppedBecause: r.stoppedBecause,
    triage: {
      level: e.triage.level,
      advice: patient.triage.advice,
      reasons: e.triage.reasons.map((x) => ({
        rule: x.rule,
        source: x.sourceIds.join(', '),
        text: en.reasonForPatient(x.rule),
      })),
    },
    groups: e.groups.map((g) => ({
      group: g.group,
      probability: round(g.probability),
      ...likely(g.probability),
    })),
    differential: e.differential.map((d) => ({
      condition: d.condition,
      score: round(d.score),
      ...likely(d.score),
    })),
    unanswered: [...r.unanswered],
    watchFor: r.watchFor.map((id) => ({ id, text: WATCH_TEXT[id] })),
    selfCare: patient.selfCare,
    prescriptionOnly: patient.prescriptionOnly,
    answers: r.answers,
    notice: patient.notice,
    kbVersion: e.kbVersion,
  };
}

/** One error line per issue; the ref is the one the issue names, or null for a line that is not an answer. */
export function errorView(issue: DomainIssue): ErrorLine {
  const ref = issue.params?.ref;
  return { type: 'error', ref: typeof ref === 'string' ? ref : null, message: en.issue(issue) };
}

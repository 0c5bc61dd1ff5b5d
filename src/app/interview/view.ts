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
  isScalarRef,
  likelihoodOf,
  SCALAR_RULES,
  WATCH_IDS,
  type Likelihood,
  type Ref,
} from '../../domain/interview/index.js';
import { ConditionId } from '../../domain/kb/index.js';
import { CauseGroup, TriageLevel, type DomainIssue } from '../../domain/shared/index.js';
import { interviewWords, type InterviewWords } from '../../i18n/index.js';
import { SelfCareView, toPatientView } from '../views/index.js';
import type { QuestionStep, ResultStep } from './step.js';

const round = (x: number): number => Math.round(x * 10000) / 10000;

/** The unit a number answer is counted in, worded by the client in the patient's language. */
export const NumberUnit = z.enum(['years', 'days', 'celsius']);
export type NumberUnit = z.infer<typeof NumberUnit>;

/**
 * What a `number` question accepts (the answers' own rule, src/domain/interview/refs.ts), so a client can
 * say so beside the input and let the patient correct an answer before sending it.
 */
export const NumberRule = z.strictObject({
  min: z.number(),
  max: z.number(),
  integer: z.boolean(),
  unit: NumberUnit.optional(),
});
export type NumberRule = z.infer<typeof NumberRule>;

export const QuestionLine = z.strictObject({
  type: z.literal('question'),
  n: z.int().min(1),
  id: z.string(),
  text: z.string(),
  kind: z.enum(['single', 'checklist', 'number', 'yes_no']),
  asks: z.array(z.strictObject({ ref: z.string(), label: z.string() })).min(1),
  options: z.array(z.strictObject({ value: z.union([z.string(), z.number()]), label: z.string() })),
  /** A `number` question's range and unit; absent for the other kinds. */
  number: NumberRule.optional(),
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

/** English: the CLI's words and the default of every view. */
export const EN_INTERVIEW: InterviewWords = interviewWords('en');

/** The wording of a question, typed loosely: each question's own wording is checked where it is written. */
function wording(
  step: QuestionStep,
  words: InterviewWords,
): {
  readonly text: string;
  readonly labels: Readonly<Partial<Record<Ref, string>>>;
  readonly options?: Readonly<Record<string | number, string>>;
} {
  return words.questionText[step.id];
}

const UNITS: Readonly<Partial<Record<Ref, NumberUnit>>> = {
  'patient.ageYears': 'years',
  'history.durationDays': 'days',
  'vitals.temperatureC': 'celsius',
};

function numberRule(ref: Ref | undefined): NumberRule | undefined {
  if (ref === undefined || !isScalarRef(ref)) {
    return undefined;
  }
  const rule = SCALAR_RULES[ref];
  if (rule.kind !== 'number') {
    return undefined;
  }
  const unit = UNITS[ref];
  return {
    min: rule.min,
    max: rule.max,
    integer: rule.integer,
    ...(unit === undefined ? {} : { unit }),
  };
}

export function questionView(
  step: QuestionStep,
  words: InterviewWords = EN_INTERVIEW,
): QuestionLine {
  const w = wording(step, words);
  const rule = step.kind === 'number' ? numberRule(step.asks[0]) : undefined;
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
    ...(rule === undefined ? {} : { number: rule }),
  };
}

export function resultView(step: ResultStep, words: InterviewWords = EN_INTERVIEW): ResultLine {
  const likely = (p: number): { likelihood: Likelihood; words: string } => {
    const l = likelihoodOf(p);
    return { likelihood: l, words: words.likelihoodText[l] };
  };
  const r = step.result;
  const e = r.engine;
  const m = words.messages;
  const patient = toPatientView(e, m);
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
        text: m.reasonForPatient(x.rule),
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
    watchFor: r.watchFor.map((id) => ({ id, text: words.watchText[id] })),
    selfCare: patient.selfCare,
    prescriptionOnly: patient.prescriptionOnly,
    answers: r.answers,
    notice: patient.notice,
    kbVersion: e.kbVersion,
  };
}

/** One error line per issue; the ref is the one the issue names, or null for a line that is not an answer. */
export function errorView(issue: DomainIssue, words: InterviewWords = EN_INTERVIEW): ErrorLine {
  const ref = issue.params?.ref;
  return {
    type: 'error',
    ref: typeof ref === 'string' ? ref : null,
    message: words.messages.issue(issue),
  };
}

/**
 * @module The interview as JSON Lines (../shared/design/INTERVIEW.md "the protocol"): a question with
 * its patient wording, a result, an error. Words come from the i18n catalog; patients see likelihood
 * words beside the numbers a program reads, never a prescription drug or a dose.
 */
import type { Likelihood, Ref } from '../../domain/interview/index.js';
import { likelihoodOf } from '../../domain/interview/index.js';
import type { DomainIssue } from '../../domain/shared/index.js';
import { en, LIKELIHOOD_TEXT, QUESTION_TEXT, WATCH_TEXT } from '../../i18n/index.js';
import type { QuestionStep, ResultStep } from './step.js';

const round = (x: number): number => Math.round(x * 10000) / 10000;

/** The wording of a question, typed loosely: each question's own wording is checked where it is written. */
function wording(step: QuestionStep): {
  readonly text: string;
  readonly labels: Readonly<Partial<Record<Ref, string>>>;
  readonly options?: Readonly<Record<string | number, string>>;
} {
  return QUESTION_TEXT[step.id];
}

export interface QuestionView {
  readonly type: 'question';
  readonly n: number;
  readonly id: string;
  readonly text: string;
  readonly kind: QuestionStep['kind'];
  readonly asks: readonly { readonly ref: Ref; readonly label: string }[];
  readonly options: readonly { readonly value: string | number; readonly label: string }[];
}

export function questionView(step: QuestionStep): QuestionView {
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

interface Likely {
  readonly likelihood: Likelihood;
  readonly words: string;
}

const likely = (p: number): Likely => {
  const l = likelihoodOf(p);
  return { likelihood: l, words: LIKELIHOOD_TEXT[l] };
};

export function resultView(step: ResultStep): object {
  const r = step.result;
  const e = r.engine;
  return {
    type: 'result',
    questions: r.questions,
    stoppedBecause: r.stoppedBecause,
    triage: {
      level: e.triage.level,
      advice: en.levelAdvice[e.triage.level],
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
    unanswered: r.unanswered,
    watchFor: r.watchFor.map((id) => ({ id, text: WATCH_TEXT[id] })),
    answers: r.answers,
    notice: en.notice,
    kbVersion: e.kbVersion,
  };
}

/** One error line per issue; the ref is the one the issue names, or null for a line that is not an answer. */
export function errorView(issue: DomainIssue): object {
  const ref = issue.params?.ref;
  return { type: 'error', ref: typeof ref === 'string' ? ref : null, message: en.issue(issue) };
}

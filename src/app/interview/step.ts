/**
 * @module Use case: one step of the patient interview. Stateless, so a server can call it per request
 * with the answers so far, and the CLI and the browser run the same thing: the answers go in, the next
 * question or the result comes out.
 */
import {
  interviewResult,
  nextStep,
  parseAnswers,
  parseReply,
  question,
  type Answers,
  type InterviewResult,
  type QuestionDef,
  type QuestionId,
  type Ref,
} from '../../domain/interview/index.js';
import { fail, ok, type Result } from '../../domain/shared/index.js';

export interface QuestionStep {
  readonly type: 'question';
  readonly n: number;
  readonly id: QuestionId;
  readonly kind: QuestionDef['kind'];
  /** The refs to answer now. */
  readonly asks: readonly Ref[];
  /** The values of a `single` question; empty otherwise. */
  readonly options: readonly (string | number)[];
}

export interface ResultStep {
  readonly type: 'result';
  readonly result: InterviewResult;
}

export type InterviewStep = QuestionStep | ResultStep;

/** The next step for answers already checked. */
export function stepFor(answers: Answers, asOf: string): InterviewStep {
  const s = nextStep(answers);
  if (s.type === 'stop') {
    return { type: 'result', result: interviewResult(answers, s.questions, s.reason, asOf) };
  }
  const q = question(s.id);
  return {
    type: 'question',
    n: s.n,
    id: s.id,
    kind: q.kind,
    asks: s.asks,
    options: q.options ?? [],
  };
}

/**
 * The next step from the answers so far, as a server receives them.
 * @param input - Parsed JSON: an object from refs to values, `null` for "I don't know".
 * @param asOf - The day of the interview (ISO date); the domain has no clock.
 */
export function interviewStep(input: unknown, asOf: string): Result<InterviewStep> {
  const answers = parseAnswers(input);
  return answers.ok ? ok(stepFor(answers.value, asOf)) : fail(answers.issues);
}

/**
 * Takes one reply to the question just asked (`{ "answers": { … } }`, parsed JSON) and returns the
 * answers with it added; a bad reply changes nothing.
 */
export function answerStep(answers: Answers, step: QuestionStep, reply: unknown): Result<Answers> {
  return parseReply(reply, step.asks, answers);
}

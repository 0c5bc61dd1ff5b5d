/**
 * @module Reading answers from untrusted data, with every problem named by its ref: the answers so far
 * (the stateless form a server receives) and one reply to one question (the JSON-lines protocol).
 * Nothing here throws; a bad answer is an issue, and nothing of it is kept.
 */
import { parseAssessment } from '../assessment/index.js';
import { fail, ok, type DomainIssue, type Result } from '../shared/index.js';
import { QUESTION_IDS, question } from './questions.js';
import {
  acceptsValue,
  isRef,
  isScalarRef,
  SCALAR_RULES,
  type AnswerValue,
  type Answers,
  type Ref,
} from './refs.js';
import { toAssessment } from './to-assessment.js';

/** Every ref some question asks: the only refs an answer may carry. */
export const INTERVIEW_REFS: ReadonlySet<Ref> = new Set(
  QUESTION_IDS.flatMap((id) => question(id).asks.map((a) => a.ref)),
);

/** At most this many issues are reported for one input, so a flood of bad keys stays readable. */
const MAX_ISSUES = 20;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  const s = JSON.stringify(v) as string | undefined;
  if (s === undefined) {
    return String(v);
  }
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

/** The rule a value broke, as parameters: a range, the options, or yes/no. */
function ruleParams(ref: Ref): Record<string, string | number> {
  if (!isScalarRef(ref)) {
    return { expected: 'boolean' };
  }
  const rule = SCALAR_RULES[ref];
  return rule.kind === 'option'
    ? { allowed: rule.values.join(', ') }
    : { min: rule.min, max: rule.max, expected: rule.integer ? 'integer' : 'number' };
}

function checkEntries(
  entries: readonly [string, unknown][],
  allowed: (ref: Ref) => boolean,
  issues: DomainIssue[],
): Partial<Record<Ref, AnswerValue>> {
  const out: Partial<Record<Ref, AnswerValue>> = {};
  for (const [key, value] of entries) {
    if (!isRef(key) || !INTERVIEW_REFS.has(key)) {
      issues.push({ code: 'interview.unknown_ref', path: ['answers', key], params: { ref: key } });
    } else if (!allowed(key)) {
      issues.push({ code: 'interview.not_asked', path: ['answers', key], params: { ref: key } });
    } else if (!acceptsValue(key, value)) {
      issues.push({
        code: 'interview.invalid_value',
        path: ['answers', key],
        params: { ref: key, value: describe(value), ...ruleParams(key) },
      });
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** The answers must also make a valid assessment together (PSFS severity only with a frequency of 1 or more). */
function consistent(answers: Answers): DomainIssue[] {
  const parsed = parseAssessment(toAssessment(answers));
  return parsed.ok ? [] : parsed.issues.map((i) => ({ ...i, path: ['answers', ...i.path] }));
}

/**
 * The answers so far, as a server receives them: an object from refs to values.
 * @param input - Parsed JSON of unknown shape.
 */
export function parseAnswers(input: unknown): Result<Answers> {
  if (!isRecord(input)) {
    return fail([{ code: 'interview.not_an_object', path: ['answers'], params: {} }]);
  }
  const issues: DomainIssue[] = [];
  const answers = checkEntries(Object.entries(input), () => true, issues);
  issues.push(...(issues.length === 0 ? consistent(answers) : []));
  return issues.length === 0 ? ok(answers) : fail(issues.slice(0, MAX_ISSUES));
}

/**
 * One reply to one question: `{ "answers": { ref: value, … } }` with every ref the question asked and
 * no other. Returns the answers with the reply added.
 */
export function parseReply(
  input: unknown,
  asks: readonly Ref[],
  answers: Answers,
): Result<Answers> {
  const body = isRecord(input) ? input.answers : undefined;
  if (!isRecord(input) || !isRecord(body) || Object.keys(input).some((k) => k !== 'answers')) {
    return fail([{ code: 'interview.not_an_object', path: ['answers'], params: {} }]);
  }
  const issues: DomainIssue[] = [];
  const reply = checkEntries(Object.entries(body), (r) => asks.includes(r), issues);
  for (const r of asks) {
    if (!(r in body)) {
      issues.push({ code: 'interview.missing_answer', path: ['answers', r], params: { ref: r } });
    }
  }
  if (issues.length > 0) {
    return fail(issues.slice(0, MAX_ISSUES));
  }
  const merged = { ...answers, ...reply };
  const more = consistent(merged);
  return more.length === 0 ? ok(merged) : fail(more);
}

import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { interviewStep } from '../../src/app/interview/index.js';
import {
  assessAnswers,
  isScalarRef,
  QUESTION_CAP,
  SCALAR_RULES,
  toAssessment,
  type AnswerValue,
  type Ref,
} from '../../src/domain/interview/index.js';
import { drive, type QuestionLine } from '../fixtures/interview-driver.js';

/** How the caller answers one question: properly, or with one of the ways a line can be wrong. */
const Move = fc.record({
  kind: fc.constantFrom(
    'valid',
    'valid',
    'valid',
    'valid',
    'not_json',
    'missing_ref',
    'extra_ref',
    'wrong_type',
    'not_an_object',
    'garbage_json',
  ),
  picks: fc.array(fc.nat({ max: 1000 }), { minLength: 12, maxLength: 12 }),
  text: fc.string({ maxLength: 30 }),
  junk: fc.jsonValue({ maxDepth: 3 }),
});
type Move = typeof Move extends fc.Arbitrary<infer T> ? T : never;

/** A valid value for a ref, chosen by a number: yes, no or "I don't know"; an option; a number in range. */
function valueFor(ref: Ref, pick: number): AnswerValue {
  if (pick % 4 === 0) {
    return null;
  }
  if (!isScalarRef(ref)) {
    return pick % 2 === 0;
  }
  const rule = SCALAR_RULES[ref];
  if (rule.kind === 'option') {
    return rule.values[pick % rule.values.length] ?? null;
  }
  const span = rule.max - rule.min;
  const v = rule.min + (span * (pick % 101)) / 100;
  return rule.integer ? Math.round(v) : v;
}

function line(q: QuestionLine, m: Move): { text: string; answers?: Record<string, AnswerValue> } {
  const refs = q.asks.map((a) => a.ref as Ref);
  const answers = Object.fromEntries(refs.map((r, i) => [r, valueFor(r, m.picks[i % 12] ?? 0)]));
  switch (m.kind) {
    case 'valid':
      return { text: JSON.stringify({ answers }), answers };
    case 'not_json':
      return { text: `{${m.text}` };
    case 'missing_ref': {
      const [first, ...rest] = refs;
      return {
        text: JSON.stringify({
          answers: Object.fromEntries(rest.map((r) => [r, answers[r]])),
          dropped: first,
        }),
      };
    }
    case 'extra_ref':
      return { text: JSON.stringify({ answers: { ...answers, 'findings.clonus': true } }) };
    case 'wrong_type':
      return {
        text: JSON.stringify({ answers: { ...answers, [refs[0] ?? 'x']: { nested: m.text } } }),
      };
    case 'not_an_object':
      return { text: JSON.stringify([answers]) };
    case 'garbage_json':
      return { text: JSON.stringify(m.junk) };
  }
}

describe('the interview under random and malformed answers', () => {
  test('it always ends within the cap, never throws, and its result is what the engine gives for the answers it accepted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(Move, { minLength: 1, maxLength: 60 }), async (moves) => {
        let i = 0;
        let pending: Record<string, AnswerValue> | undefined;
        const accepted: Record<string, AnswerValue> = {};
        const session = await drive((q, lines) => {
          // the line before this question tells whether the previous reply was taken
          if (pending !== undefined && lines[lines.length - 2]?.type !== 'error') {
            Object.assign(accepted, pending);
          }
          const m = moves[i];
          i += 1;
          if (m === undefined) {
            pending = undefined;
            return undefined;
          }
          const l = line(q, m);
          pending = l.answers;
          return l.text;
        });
        const questions = session.lines.filter((l) => l.type === 'question') as QuestionLine[];
        expect(Math.max(...questions.map((q) => q.n))).toBeLessThanOrEqual(QUESTION_CAP);
        if (session.code === 2) {
          expect(i).toBeGreaterThan(moves.length);
          return;
        }
        expect(session.code).toBe(0);
        if (pending !== undefined) {
          Object.assign(accepted, pending);
        }
        const result = session.lines[session.lines.length - 1] as Record<string, any>;
        expect(result.type).toBe('result');
        expect(result.questions).toBeLessThanOrEqual(QUESTION_CAP);
        const engine = assessAnswers(accepted, '2026-11-25');
        expect(result.triage.level).toBe(engine.triage.level);
        expect(result.triage.reasons.map((r: { rule: string }) => r.rule)).toEqual(
          engine.triage.reasons.map((r) => r.rule),
        );
        expect(result.groups.map((g: { group: string }) => g.group)).toEqual(
          engine.groups.map((g) => g.group),
        );
        result.differential.forEach((d: { condition: string; score: number }, k: number) => {
          expect(d.condition).toBe(engine.differential[k]?.condition);
          expect(d.score).toBeCloseTo(engine.differential[k]?.score ?? NaN, 3);
        });
        expect(result.answers).toEqual(JSON.parse(JSON.stringify(toAssessment(accepted))));
      }),
      { numRuns: 60 },
    );
  });

  test('the stateless step never throws on any input: a bad one is refused with issues naming the ref', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.dictionary(
            fc.constantFrom(
              'patient.ageYears',
              'history.onset',
              'findings.fever_reported',
              'findings.clonus',
              '__proto__',
              'x',
            ),
            fc.jsonValue(),
          ),
        ),
        (input) => {
          const r = interviewStep(input, '2026-11-25');
          if (!r.ok) {
            expect(r.issues.length).toBeGreaterThan(0);
            for (const issue of r.issues) {
              expect(issue.path[0]).toBe('answers');
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

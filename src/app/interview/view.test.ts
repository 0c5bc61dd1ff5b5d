/**
 * @module A `number` question's line says what the answer accepts (the answers' own rule) and its unit,
 * so the patient's screen can say the range beside the input before anything is sent; the other kinds
 * carry no such field, and every line still matches the protocol's schema.
 */
import { describe, expect, test } from 'vitest';
import { acceptsValue, QUESTION_IDS, question } from '../../domain/interview/index.js';
import type { QuestionStep } from './step.js';
import { QuestionLine, questionView } from './view.js';

function stepOf(id: QuestionStep['id']): QuestionStep {
  const q = question(id);
  return {
    type: 'question',
    n: 1,
    id,
    kind: q.kind,
    asks: q.asks.map((a) => a.ref),
    options: q.options ?? [],
  };
}

describe('the range of a number question', () => {
  test('age, days since it started, pain and temperature each say their range, whether whole, and their unit', () => {
    expect(questionView(stepOf('age')).number).toEqual({
      min: 0,
      max: 120,
      integer: false,
      unit: 'years',
    });
    expect(questionView(stepOf('duration')).number).toEqual({
      min: 0,
      max: 36500,
      integer: false,
      unit: 'days',
    });
    // a 0–10 scale has no unit
    expect(questionView(stepOf('pain')).number).toEqual({ min: 0, max: 10, integer: true });
    expect(questionView(stepOf('temperature')).number).toMatchObject({
      min: 25,
      max: 45,
      unit: 'celsius',
    });
  });

  test('the range said is the one the answers are checked against: its bounds pass, just outside does not', () => {
    for (const id of QUESTION_IDS.filter((i) => question(i).kind === 'number')) {
      const line = questionView(stepOf(id));
      const ref = stepOf(id).asks[0];
      const rule = line.number;
      expect(ref, id).toBeDefined();
      expect(rule, id).toBeDefined();
      if (ref === undefined || rule === undefined) {
        continue;
      }
      expect(acceptsValue(ref, rule.min), id).toBe(true);
      expect(acceptsValue(ref, rule.max), id).toBe(true);
      expect(acceptsValue(ref, rule.min - 1), id).toBe(false);
      expect(acceptsValue(ref, rule.max + 1), id).toBe(false);
      expect(acceptsValue(ref, rule.min + 0.5), id).toBe(!rule.integer);
    }
  });

  test('other kinds carry no range, and every question line matches the schema', () => {
    for (const id of QUESTION_IDS) {
      const line = questionView(stepOf(id));
      expect(QuestionLine.safeParse(line).success, id).toBe(true);
      expect('number' in line, id).toBe(question(id).kind === 'number');
    }
  });
});

import { describe, expect, test } from 'vitest';
import { RED_FLAG_RULES } from '../triage/index.js';
import {
  acceptsValue,
  CLINICIAN_ONLY_FINDINGS,
  isRef,
  isScalarRef,
  QUESTION_CAP,
  QUESTION_IDS,
  question,
  RED_FLAG_REFS,
  SCALAR_REFS,
} from './index.js';

const asked = QUESTION_IDS.flatMap((id) => question(id).asks.map((a) => a.ref));

describe('interview questions as data', () => {
  test('every ref is asked by one question only, so an answer belongs to one question', () => {
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked.every((r) => isRef(r))).toBe(true);
  });

  test('no question asks for a finding only a clinician can elicit', () => {
    for (const f of CLINICIAN_ONLY_FINDINGS) {
      expect(asked).not.toContain(`findings.${f}`);
    }
  });

  test('a scalar ref is asked alone, by a single, number or yes/no question', () => {
    for (const id of QUESTION_IDS) {
      const q = question(id);
      if (q.asks.some((a) => isScalarRef(a.ref))) {
        expect(q.asks).toHaveLength(1);
        expect(['single', 'number']).toContain(q.kind);
      }
      if (q.kind === 'yes_no') {
        expect(q.asks).toHaveLength(1);
      }
    }
  });

  test('options and look-ahead samples are values their ref accepts', () => {
    for (const id of QUESTION_IDS) {
      const q = question(id);
      const ref = q.asks[0]?.ref;
      if (ref === undefined) {
        throw new Error(`${id} asks nothing`);
      }
      for (const v of [...(q.options ?? []), ...(q.samples ?? [])]) {
        expect(acceptsValue(ref, v), `${id}: ${String(v)}`).toBe(true);
      }
      expect(q.kind === 'single').toBe(q.options !== undefined);
      expect(q.kind === 'number').toBe(q.samples !== undefined);
    }
  });

  test('an adaptive checklist is small enough to look ahead at every single answer', () => {
    for (const id of QUESTION_IDS) {
      const q = question(id);
      if (q.phase === 'adaptive') {
        expect(q.asks.length, id).toBeLessThanOrEqual(4);
      }
    }
  });

  test('every question cites at least one source', () => {
    for (const id of QUESTION_IDS) {
      expect(question(id).sourceIds.length, id).toBeGreaterThan(0);
    }
  });

  test('the questions that can raise a red flag fit under the cap, so the cap never cuts one off', () => {
    const redFlagQuestions = QUESTION_IDS.filter((id) =>
      question(id).asks.some((a) => RED_FLAG_REFS.includes(a.ref)),
    );
    expect(redFlagQuestions.length).toBeLessThan(QUESTION_CAP);
  });

  test('the red-flag refs come from the rules: saddle numbness and fever are among them, age is not', () => {
    expect(RED_FLAG_REFS).toEqual(
      expect.arrayContaining([
        'findings.saddle_anaesthesia',
        'findings.fever_reported',
        'vitals.temperatureC',
        'exposures.strychnine_or_rodenticide',
      ]),
    );
    expect(RED_FLAG_REFS).not.toContain('patient.ageYears');
    expect(RED_FLAG_RULES.length).toBeGreaterThan(0);
  });

  test('every scalar ref of the case format can be asked', () => {
    for (const r of SCALAR_REFS) {
      expect(asked).toContain(r);
    }
  });
});

/**
 * @module The API keeps the assessment form's rules, on both databases: an encounter with nothing beyond age
 * and sex is refused as the form refuses it ("an empty assessment is not an encounter"), and "none" in a
 * trigger list beside another trigger is refused naming the field, in an encounter and in the interview; a
 * refusal stores nothing. A sparse assessment (a history item alone) is an encounter.
 */
import { describe, expect, test } from 'vitest';
import { DIALECTS, useService } from '../support/service.js';
import { tableCounts } from '../support/table-counts.js';

describe.each(DIALECTS)('encounter rules over the API on %s', (dialect) => {
  const f = useService(dialect, { world: true });

  const save = (payload: object) =>
    f.s.app.inject({
      method: 'POST',
      url: `/api/patients/${f.w.patient.patientId}/encounters`,
      headers: f.w.clinician.headers,
      payload,
    });

  test.each([
    ['only the patient', { patient: { ageYears: 40, sex: 'female' } }],
    ['an empty patient', { patient: {} }],
    ['empty parts', { patient: { ageYears: 40 }, history: {}, findings: {}, exam: { mrc: {} } }],
    ['a list scope alone', { patient: { ageYears: 40 }, known: { triggers: ['lifting'] } }],
    ['a case id and summary', { patient: { ageYears: 40 }, id: 'x-1', summary: 'nothing else' }],
  ])('an assessment with %s is refused as empty, and nothing is stored', async (_name, body) => {
    const before = await tableCounts(f.s);
    const r = await save(body);
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = JSON.parse(r.body) as { errors: { code: string; detail: string }[] };
    expect(problem.errors).toHaveLength(1);
    expect(problem.errors[0]?.code).toBe('input.empty_assessment');
    expect(problem.errors[0]?.detail).toMatch(/an empty assessment is not an encounter/);
    expect(await tableCounts(f.s)).toEqual(before);
  });

  test.each([
    ['one history item', { history: { onset: 'sudden' } }],
    ['one finding, absent', { findings: { paraspinal_tenderness: false } }],
    ['a list asked with none on it', { exposures: [] }],
    ['one vital sign', { vitals: { heartRate: 80 } }],
  ])('an assessment with %s is an encounter', async (_name, part) => {
    const r = await save({ patient: { ageYears: 40, sex: 'male' }, ...part });
    expect(r.statusCode, r.body).toBe(201);
  });

  test('"none" beside another trigger is refused naming history.triggers; "none" alone is kept', async () => {
    const before = await tableCounts(f.s);
    const r = await save({
      patient: { ageYears: 40, sex: 'male' },
      history: { onset: 'sudden', triggers: ['none', 'lifting'] },
    });
    expect(r.statusCode).toBe(400);
    const problem = JSON.parse(r.body) as { errors: { code: string; field: string }[] };
    expect(problem.errors).toEqual([
      expect.objectContaining({ code: 'input.none_with_others', field: 'history.triggers' }),
    ]);
    expect(await tableCounts(f.s)).toEqual(before);
    const alone = await save({
      patient: { ageYears: 40, sex: 'male' },
      history: { triggers: ['none'] },
    });
    expect(alone.statusCode).toBe(201);
  });

  test('the interview refuses the same contradiction: a trigger said yes and "nothing sets them off"', async () => {
    const step = (answers: object) =>
      f.s.app.inject({ method: 'POST', url: '/api/interview', payload: { answers } });
    const r = await step({ 'history.triggers.lifting': true, 'history.triggers.none': true });
    expect(r.statusCode).toBe(400);
    expect(JSON.parse(r.body).errors).toEqual([
      expect.objectContaining({
        code: 'input.none_with_others',
        pointer: '/answers/history/triggers',
      }),
    ]);
    const either = await step({ 'history.triggers.lifting': true, 'history.triggers.none': false });
    expect(either.statusCode).toBe(200);
  });
});

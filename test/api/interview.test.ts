/**
 * @module The patient interview over HTTP on both databases: one stateless step for anybody, problems that
 * name the answer at fault, and a finished interview saved by the patient as an encounter on their own
 * record (run again by the server, once per Idempotency-Key, refused while unfinished).
 */
import { describe, expect, test } from 'vitest';
import { DIALECTS, ORIGIN, useService, type World } from '../support/service.js';

const BREATHING = { 'findings.breathing_difficulty': true };

describe.each(DIALECTS)('the interview over HTTP on %s', (dialect) => {
  const f = useService(dialect, { world: true });

  const step = (answers: object, headers: Record<string, string> = { origin: ORIGIN }) =>
    f.s.app.inject({ method: 'POST', url: '/api/interview', headers, payload: { answers } });

  const save = (who: World[keyof World], answers: object, key?: string) =>
    f.s.app.inject({
      method: 'POST',
      url: `/api/patients/${f.w.patient.patientId}/interviews`,
      headers: { ...who.headers, ...(key === undefined ? {} : { 'idempotency-key': key }) },
      payload: { answers },
    });

  test('with no answers yet, anybody gets the first question: danger first, with "I don\'t know" allowed', async () => {
    const r = await step({});
    expect(r.statusCode).toBe(200);
    const q = JSON.parse(r.body);
    expect(q).toMatchObject({ type: 'question', n: 1, id: 'danger_now', kind: 'checklist' });
    expect(q.asks.map((a: { ref: string }) => a.ref)).toContain('findings.breathing_difficulty');
  });

  test('an answer that fires an emergency stops the interview with the ambulance advice and the notice', async () => {
    const r = await step(BREATHING);
    expect(r.statusCode).toBe(200);
    const res = JSON.parse(r.body);
    expect(res.type).toBe('result');
    expect(res.stoppedBecause).toBe('emergency');
    expect(res.triage.level).toBe('emergency_ambulance');
    expect(res.notice).toMatch(/not a diagnosis/);
  });

  test('an answer to something the interview never asks is refused, naming the answer', async () => {
    const r = await step({ 'findings.made_up': true });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    const p = JSON.parse(r.body);
    expect(p.errors[0]).toMatchObject({ code: 'interview.unknown_ref' });
    expect(p.errors[0].pointer ?? p.errors[0].field).toContain('findings.made_up');
  });

  test('a locale that does not exist is refused', async () => {
    const r = await f.s.app.inject({
      method: 'POST',
      url: '/api/interview',
      payload: { answers: {}, locale: 'xx' },
    });
    expect(r.statusCode).toBe(400);
  });

  test('the patient saves a finished interview once per key; they read the patient result, their clinician the clinician result', async () => {
    const first = await save(f.w.patient, BREATHING, 'save-1');
    expect(first.statusCode).toBe(201);
    const again = await save(f.w.patient, BREATHING, 'save-1');
    expect(again.statusCode).toBe(201);
    const enc = JSON.parse(first.body);
    expect(JSON.parse(again.body).id).toBe(enc.id);
    expect(enc.result.view).toBe('patient/1');
    expect(enc.result.triage.level).toBe('emergency_ambulance');

    const mine = await f.s.app.inject({
      method: 'GET',
      url: `/api/patients/${f.w.patient.patientId}/encounters`,
      headers: f.w.patient.headers,
    });
    expect(JSON.parse(mine.body).items.filter((e: { id: string }) => e.id === enc.id)).toHaveLength(
      1,
    );
    const theirs = await f.s.app.inject({
      method: 'GET',
      url: `/api/patients/${f.w.patient.patientId}/encounters/${enc.id}`,
      headers: f.w.clinician.headers,
    });
    const c = JSON.parse(theirs.body);
    expect(c.result.view).toBe('clinician/1');
    expect(c.result.triage.level).toBe('emergency_ambulance');
    expect(c.input.findings.breathing_difficulty).toBe(true);
  });

  test('an unfinished interview is refused and nothing is stored', async () => {
    const before = await f.s.store.read.encounters.list(f.w.patient.patientId ?? '');
    const r = await save(f.w.patient, {});
    expect(r.statusCode).toBe(400);
    expect(JSON.parse(r.body).errors[0].code).toBe('interview.not_finished');
    const after = await f.s.store.read.encounters.list(f.w.patient.patientId ?? '');
    expect(after).toHaveLength(before.length);
  });

  test('a clinician cannot save an interview for a patient, and another patient is told the record does not exist', async () => {
    expect((await save(f.w.clinician, BREATHING)).statusCode).toBe(403);
    expect((await save(f.w.otherPatient, BREATHING)).statusCode).toBe(404);
  });
});

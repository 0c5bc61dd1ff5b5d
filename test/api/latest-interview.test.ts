/**
 * @module The patient's latest saved check over HTTP on both databases: a saved interview keeps its own
 * answers ("I don't know" as null) and language, and `GET /api/patients/:id/interviews/latest` gives them
 * back to the patient and their clinician, with when it was saved, so another device can ask for its
 * result again; another patient is told it does not exist, and with none saved the answer is 404.
 */
import { describe, expect, test } from 'vitest';
import { VALID_BODIES } from '../support/bodies.js';
import { DIALECTS, ORIGIN, useService } from '../support/service.js';

/** An emergency, with one danger sign answered "I don't know". */
const BREATHING = { 'findings.breathing_difficulty': true, 'findings.laryngospasm': null };
/** Two danger signs denied and nothing else answered: the interview goes on, so it is not finished. */
const UNFINISHED = { 'findings.breathing_difficulty': false, 'findings.fever_reported': false };

describe.each(DIALECTS)("the patient's latest saved check on %s", (dialect) => {
  const f = useService(dialect, { world: true });

  const patientUrl = (): string => `/api/patients/${f.w.patient.patientId}`;
  const latest = (who: Record<string, string>) =>
    f.s.app.inject({ method: 'GET', url: `${patientUrl()}/interviews/latest`, headers: who });
  const save = (answers: object, locale?: string) =>
    f.s.app.inject({
      method: 'POST',
      url: `${patientUrl()}/interviews`,
      headers: f.w.patient.headers,
      payload: { answers, ...(locale === undefined ? {} : { locale }) },
    });

  test('with no check saved, the patient and their clinician are told there is none (an encounter the clinician entered is not a check)', async () => {
    const none = await latest(f.w.patient.headers);
    expect(none.statusCode).toBe(404);
    expect(none.headers['content-type']).toMatch(/^application\/problem\+json/);
    const entered = await f.s.app.inject({
      method: 'POST',
      url: `${patientUrl()}/encounters`,
      headers: f.w.clinician.headers,
      payload: VALID_BODIES['POST /api/patients/:id/encounters']?.(),
    });
    expect(entered.statusCode).toBe(201);
    expect((await latest(f.w.patient.headers)).statusCode).toBe(404);
    expect((await latest(f.w.clinician.headers)).statusCode).toBe(404);
  });

  test('a saved check gives back its own answers, "I don\'t know" as null, its language and when it was saved', async () => {
    const saved = await save(BREATHING, 'es');
    expect(saved.statusCode).toBe(201);
    const enc = JSON.parse(saved.body) as { id: string; createdAt: string };
    const r = await latest(f.w.patient.headers);
    expect(r.statusCode).toBe(200);
    expect(JSON.parse(r.body)).toEqual({
      encounterId: enc.id,
      at: enc.createdAt,
      answers: BREATHING,
      locale: 'es',
    });
  });

  test('the answers kept ask the interview for the same result again, in another language', async () => {
    const kept = JSON.parse((await latest(f.w.patient.headers)).body) as { answers: object };
    const en = await f.s.app.inject({
      method: 'POST',
      url: '/api/interview',
      headers: { origin: ORIGIN },
      payload: { answers: kept.answers, locale: 'en' },
    });
    const es = await f.s.app.inject({
      method: 'POST',
      url: '/api/interview',
      headers: { origin: ORIGIN },
      payload: { answers: kept.answers, locale: 'es' },
    });
    const [a, b] = [JSON.parse(en.body), JSON.parse(es.body)];
    expect([a.type, b.type]).toEqual(['result', 'result']);
    expect([a.triage.level, b.triage.level]).toEqual([
      'emergency_ambulance',
      'emergency_ambulance',
    ]);
    expect(a.triage.advice).not.toBe(b.triage.advice);
  });

  test('the latest of several checks is the one given, also after a later encounter the clinician entered', async () => {
    const first = JSON.parse((await latest(f.w.patient.headers)).body) as {
      encounterId: string;
    };
    const second = await save({ ...BREATHING, 'findings.laryngospasm': true });
    expect(second.statusCode).toBe(201);
    const id = (JSON.parse(second.body) as { id: string }).id;
    await f.s.app.inject({
      method: 'POST',
      url: `${patientUrl()}/encounters`,
      headers: f.w.clinician.headers,
      payload: VALID_BODIES['POST /api/patients/:id/encounters']?.(),
    });
    const r = JSON.parse((await latest(f.w.patient.headers)).body);
    expect(r.encounterId).toBe(id);
    expect(r.encounterId).not.toBe(first.encounterId);
    expect(r.answers['findings.laryngospasm']).toBe(true);
    // a locale not asked for is the default the result was worded in
    expect(r.locale).toBe('en');
  });

  test('an unfinished check is not saved, so it never becomes the latest', async () => {
    const before = JSON.parse((await latest(f.w.patient.headers)).body);
    expect((await save(UNFINISHED)).statusCode).toBe(400);
    expect(JSON.parse((await latest(f.w.patient.headers)).body)).toEqual(before);
  });

  test('the assigned clinician reads it and the read is audited with the encounter; another patient, an unassigned clinician and an admin are told it does not exist', async () => {
    const mine = JSON.parse((await latest(f.w.patient.headers)).body);
    const theirs = await latest(f.w.clinician.headers);
    expect(theirs.statusCode).toBe(200);
    expect(JSON.parse(theirs.body)).toEqual(mine);
    const requestId = String(theirs.headers['x-request-id']);
    const audit = await f.s.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('request_id', '=', requestId)
      .execute();
    expect(audit.map((e) => [e.action, e.outcome, e.resource_id, e.actor_id])).toEqual([
      ['encounter.read', 'allowed', mine.encounterId, f.w.clinician.userId],
    ]);
    for (const who of [f.w.otherPatient, f.w.otherClinician, f.w.admin]) {
      const r = await latest(who.headers);
      expect(r.statusCode).toBe(404);
      expect(JSON.parse(r.body).errors[0].code).toBe('record.not_found');
    }
    expect((await latest({ origin: ORIGIN })).statusCode).toBe(401);
  });

  test("another patient's own checks are theirs alone: saving one does not change this patient's latest", async () => {
    const before = JSON.parse((await latest(f.w.patient.headers)).body);
    const theirs = await f.s.app.inject({
      method: 'POST',
      url: `/api/patients/${f.w.otherPatient.patientId}/interviews`,
      headers: f.w.otherPatient.headers,
      payload: { answers: BREATHING },
    });
    expect(theirs.statusCode).toBe(201);
    expect(JSON.parse((await latest(f.w.patient.headers)).body)).toEqual(before);
    const other = await f.s.app.inject({
      method: 'GET',
      url: `/api/patients/${f.w.otherPatient.patientId}/interviews/latest`,
      headers: f.w.otherPatient.headers,
    });
    expect(JSON.parse(other.body).encounterId).toBe((JSON.parse(theirs.body) as { id: string }).id);
  });
});

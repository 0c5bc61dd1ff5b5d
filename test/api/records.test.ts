/** @module The records API on both databases: what is stored, what is refused, and what each reader gets back. */
import { beforeAll, describe, expect, test } from 'vitest';
import { configOf, DIALECTS, ORIGIN, registerPatient, useService } from '../support/service.js';
import { VALID_BODIES } from '../support/bodies.js';
import { ok } from '../../src/domain/shared/index.js';

describe.each(DIALECTS)('records API on %s', (dialect) => {
  const f = useService(dialect, { world: true });
  let diaryUrl: string;

  beforeAll(() => {
    diaryUrl = `/api/patients/${f.w.patient.patientId}/diary`;
  });

  const post = (url: string, headers: Record<string, string>, payload: unknown) =>
    f.s.app.inject({ method: 'POST', url, headers, payload: payload as object });
  const get = (url: string, headers: Record<string, string>) =>
    f.s.app.inject({ method: 'GET', url, headers });

  test('health names the database', async () => {
    const r = await get('/api/health', {});
    expect(JSON.parse(r.body)).toEqual({ status: 'ok', db: dialect });
  });

  test('a diary entry is stored as given and listed back under items', async () => {
    const body = {
      startedAt: '2026-11-02T07:30:00+01:00',
      durationMinutes: 12,
      psfsSeverity: 3,
      painNrs: 8,
      trigger: 'cold',
      helped: 'a hot shower',
      note: 'woke me up',
    };
    const r = await post(diaryUrl, f.w.patient.headers, body);
    expect(r.statusCode).toBe(201);
    const stored = JSON.parse(r.body);
    expect(stored).toMatchObject({
      ...body,
      startedAt: '2026-11-02T06:30:00.000Z',
      patientId: f.w.patient.patientId,
    });
    const list = JSON.parse((await get(diaryUrl, f.w.clinician.headers)).body);
    expect(list.items).toContainEqual(stored);
  });

  test('the same Idempotency-Key and body store one entry and answer with the first', async () => {
    const before = JSON.parse((await get(diaryUrl, f.w.patient.headers)).body).items.length;
    const body = VALID_BODIES['POST /api/patients/:id/diary']?.();
    const headers = { ...f.w.patient.headers, 'idempotency-key': 'offline-entry-42' };
    const first = await post(diaryUrl, headers, body);
    const again = await post(diaryUrl, headers, body);
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.body).toBe(first.body);
    const after = JSON.parse((await get(diaryUrl, f.w.patient.headers)).body).items.length;
    expect(after).toBe(Number(before) + 1);
    const other = await post(diaryUrl, headers, { ...body, painNrs: 1 });
    expect(other.statusCode).toBe(422);
    expect(JSON.parse(other.body).errors[0].code).toBe('request.idempotency_key_reused');
  });

  test.each([
    [{ painNrs: 11 }, '/painNrs', 'input.out_of_range'],
    [{ psfsSeverity: 0 }, '/psfsSeverity', 'input.out_of_range'],
    [{ trigger: 'moonlight' }, '/trigger', 'input.unknown_id'],
    [{ startedAt: 'yesterday' }, '/startedAt', 'input.invalid_value'],
    [{ startedAt: '2999-01-01T00:00:00Z' }, '/startedAt', 'input.invalid_value'],
    [{ extra: true }, '/extra', 'input.unknown_key'],
    [{ note: 'nul \u0000 byte' }, '/note', 'input.invalid_value'],
  ])(
    'a diary entry with %j is refused naming %s, and nothing is stored',
    async (change, pointer, code) => {
      const before = JSON.parse((await get(diaryUrl, f.w.patient.headers)).body).items.length;
      const r = await post(diaryUrl, f.w.patient.headers, {
        ...VALID_BODIES['POST /api/patients/:id/diary']?.(),
        ...change,
      });
      expect(r.statusCode).toBe(400);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = JSON.parse(r.body);
      expect(problem.errors).toContainEqual(expect.objectContaining({ pointer, code }));
      expect(problem.requestId).toBe(r.headers['x-request-id']);
      expect(JSON.parse((await get(diaryUrl, f.w.patient.headers)).body).items.length).toBe(before);
    },
  );

  test.each([
    ['a repeated key', '{"painNrs": 9, "painNrs": 1}', 'input.duplicate_key', 400],
    [
      '__proto__ deep inside',
      '{"helped": "x", "note": "y", "a": {"b": [{"__proto__": {"x": 1}}]}}',
      'input.forbidden_key',
      400,
    ],
    ['JSON nested 100,000 deep', '['.repeat(100_000) + ']'.repeat(100_000), 'input.too_deep', 400],
    [
      'a body over the size limit',
      JSON.stringify({ note: 'x'.repeat(2_000_000) }),
      'request.too_large',
      413,
    ],
  ])(
    'a body with %s is refused before anything is stored',
    async (_what, payload, code, status) => {
      const before = JSON.parse((await get(diaryUrl, f.w.patient.headers)).body).items.length;
      const r = await f.s.app.inject({
        method: 'POST',
        url: diaryUrl,
        headers: { ...f.w.patient.headers, 'content-type': 'application/json' },
        payload,
      });
      expect(r.statusCode).toBe(status);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(r.body).errors[0].code).toBe(code);
      if (status === 413) {
        // the real limit, not 0
        expect(r.body).toContain(`larger than the limit of ${configOf(f.db).maxJsonBytes} bytes`);
        expect(configOf(f.db).maxJsonBytes).toBeGreaterThan(0);
      }
      expect(JSON.parse((await get(diaryUrl, f.w.patient.headers)).body).items.length).toBe(before);
    },
  );

  test('an entry dated after now is refused', async () => {
    const r = await post(diaryUrl, f.w.patient.headers, {
      ...VALID_BODIES['POST /api/patients/:id/diary']?.(),
      startedAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(r.statusCode).toBe(400);
    expect(JSON.parse(r.body).errors[0].code).toBe('record.in_future');
  });

  test('malformed JSON and the wrong media type are problems, not crashes', async () => {
    const bad = await f.s.app.inject({
      method: 'POST',
      url: diaryUrl,
      headers: { ...f.w.patient.headers, 'content-type': 'application/json' },
      payload: '{"painNrs": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body).errors[0].code).toBe('input.invalid_json');
    const text = await f.s.app.inject({
      method: 'POST',
      url: diaryUrl,
      headers: { ...f.w.patient.headers, 'content-type': 'text/csv' },
      payload: 'a,b',
    });
    expect(text.statusCode).toBe(415);
    expect(text.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  test('a state-changing request with the session cookie from another site is refused', async () => {
    const r = await post(
      diaryUrl,
      { ...f.w.patient.headers, origin: 'https://evil.example' },
      VALID_BODIES['POST /api/patients/:id/diary']?.(),
    );
    expect(r.statusCode).toBe(403);
    expect(JSON.parse(r.body).errors[0].code).toBe('auth.origin_rejected');
    const none = await post(
      diaryUrl,
      { cookie: f.w.patient.headers.cookie ?? '' },
      VALID_BODIES['POST /api/patients/:id/diary']?.(),
    );
    expect(none.statusCode).toBe(403);
  });

  test('a bearer token works without Origin, and logout revokes it', async () => {
    const t = await post('/api/auth/tokens', f.w.patient.headers, { label: 'phone sync' });
    const { token } = JSON.parse(t.body);
    const bearer = { authorization: `Bearer ${token}` };
    expect(
      (await post(diaryUrl, bearer, VALID_BODIES['POST /api/patients/:id/diary']?.())).statusCode,
    ).toBe(201);
    expect((await post('/api/auth/logout', bearer, undefined)).statusCode).toBe(204);
    expect((await get('/api/me', bearer)).statusCode).toBe(401);
    expect((await get('/api/me', f.w.patient.headers)).statusCode).toBe(200);
  });

  test('sign-in with a wrong password is refused and audited, without saying which part was wrong', async () => {
    const r = await post(
      '/api/auth/login',
      {},
      { email: 'nobody@test.invalid', password: 'whatever it is' },
    );
    expect(r.statusCode).toBe(401);
    expect(JSON.parse(r.body).detail).toBe('the email or the password is wrong');
    const audit = JSON.parse(
      (await get('/api/audit?action=auth.login', f.w.admin.headers)).body,
    ).items;
    expect(audit.some((e: { outcome: string }) => e.outcome === 'denied')).toBe(true);
  });

  test('registering an email twice is a conflict', async () => {
    const body = {
      email: `twice-${Date.now()}@test.invalid`,
      password: 'correct horse battery',
      name: 'Twice',
    };
    expect((await post('/api/auth/register', {}, body)).statusCode).toBe(201);
    const again = await post(
      '/api/auth/register',
      {},
      { ...body, email: body.email.toUpperCase() },
    );
    expect(again.statusCode).toBe(409);
  });

  test('a guessable password is refused by field at sign-up and at an invitation, and nothing is stored', async () => {
    const email = `guessable-${Date.now()}@test.invalid`;
    const common = await post(
      '/api/auth/register',
      {},
      { email, password: 'Password2026!', name: 'Grace Hopper' },
    );
    expect(common.statusCode).toBe(400);
    expect(common.headers['content-type']).toMatch(/application\/problem\+json/);
    const problem = JSON.parse(common.body);
    expect(problem.errors).toEqual([
      expect.objectContaining({ pointer: '/password', code: 'auth.password_guessable' }),
    ]);
    expect(problem.detail).toMatch(/very common password/);
    const own = await post(
      '/api/auth/register',
      {},
      { email, password: 'hopper-1906-cobol', name: 'Grace Hopper' },
    );
    expect(JSON.parse(own.body).detail).toMatch(/your name, your email/);
    // nothing was stored: the same email registers afterwards with a good password
    const good = await post(
      '/api/auth/register',
      {},
      { email, password: 'tulips in the rain', name: 'Grace Hopper' },
    );
    expect(good.statusCode).toBe(201);

    const inv = await post('/api/admin/invitations', f.w.admin.headers, {
      email: `drwho-${Date.now()}@test.invalid`,
      name: 'Dr Smith',
      role: 'clinician',
    });
    const { token } = JSON.parse(inv.body) as { token: string };
    const weak = await post('/api/auth/accept-invite', {}, { token, password: 'qwertyuiop' });
    expect(weak.statusCode).toBe(400);
    expect(JSON.parse(weak.body).errors[0].code).toBe('auth.password_guessable');
    // the refusal rolled the taking of the invitation back: it can still be accepted
    const accepted = await post(
      '/api/auth/accept-invite',
      {},
      { token, password: 'another long password' },
    );
    expect(accepted.statusCode).toBe(201);
  });

  test('outcome scores come from the scales, not from the client', async () => {
    const url = `/api/patients/${f.w.patient.patientId}/outcomes`;
    const r = await post(url, f.w.patient.headers, {
      instrument: 'odi',
      takenAt: '2026-11-01T10:00:00Z',
      answers: { sections: [5, 5, 5, 5, 5, 0, 0, 0, 0, null] },
    });
    expect(r.statusCode).toBe(201);
    expect(JSON.parse(r.body).score).toEqual({
      value: (25 / 45) * 100,
      detail: { band: 'severe', sectionsAnswered: 9 },
    });
    const forged = await post(url, f.w.patient.headers, {
      instrument: 'nrs',
      takenAt: '2026-11-01T10:00:00Z',
      answers: { painNrs: 3 },
      score: 0,
    });
    expect(forged.statusCode).toBe(400);
  });

  test('the chart summary carries the band each scale gave its score: ODI disability, STarT Back risk', async () => {
    const p = await registerPatient(f.s, 'Banded');
    const url = `/api/patients/${p.patientId}/outcomes`;
    const odi = { sections: [5, 5, 5, 5, 5, 0, 0, 0, 0, null] };
    expect(
      (
        await post(url, p.headers, {
          instrument: 'odi',
          takenAt: '2026-11-01T10:00:00Z',
          answers: odi,
        })
      ).statusCode,
    ).toBe(201);
    const highRisk = { agree: Array<boolean>(8).fill(true), bothersomeness: 'extremely' };
    expect(
      (
        await post(url, p.headers, {
          instrument: 'start_back',
          takenAt: '2026-11-02T10:00:00Z',
          answers: highRisk,
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await post(url, p.headers, {
          instrument: 'nrs',
          takenAt: '2026-11-03T10:00:00Z',
          answers: { painNrs: 4 },
        })
      ).statusCode,
    ).toBe(201);
    const summary = JSON.parse((await get(`/api/patients/${p.patientId}/summary`, p.headers)).body);
    const points = (instrument: string) =>
      summary.outcomes.find((o: { instrument: string }) => o.instrument === instrument)?.points;
    expect(points('odi')).toEqual([
      expect.objectContaining({ value: (25 / 45) * 100, band: 'severe' }),
    ]);
    expect(points('start_back')).toEqual([expect.objectContaining({ value: 9, band: 'high' })]);
    // a scale without bands has none
    expect(points('nrs')[0]).not.toHaveProperty('band');
  });

  test('the summary flags a clinically important fall in pain (2 points or 30 %)', async () => {
    const p = await registerAndDiary([8, 8, 8, 8, 8, 8, 8, 4, 4, 4, 4, 4, 4, 4]);
    const summary = JSON.parse((await get(`/api/patients/${p.patientId}/summary`, p.headers)).body);
    expect(summary.pain).toEqual({
      baseline: 8,
      latest: 4,
      importantChange: true,
      direction: 'better',
    });
    expect(summary.diary.at(-1).importantChange).toBe(true);
    expect(summary.diary[0].importantChange).toBe(false);
    const flat = await registerAndDiary([5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 5, 5, 5, 5]);
    const same = JSON.parse(
      (await get(`/api/patients/${flat.patientId}/summary`, flat.headers)).body,
    );
    expect(same.pain.importantChange).toBe(false);
  });

  async function registerAndDiary(pains: number[]) {
    const email = `sum-${Date.now()}-${Math.random()}@test.invalid`;
    const r = await post(
      '/api/auth/register',
      {},
      { email, password: 'correct horse battery', name: 'Summary' },
    );
    const me = JSON.parse(r.body);
    const headers = { cookie: String(r.headers['set-cookie']).split(';')[0] ?? '', origin: ORIGIN };
    for (const [d, painNrs] of pains.entries()) {
      const startedAt = new Date(Date.UTC(2026, 9, 1 + d, 8)).toISOString();
      await post(`/api/patients/${me.patientId}/diary`, headers, {
        startedAt,
        durationMinutes: 5,
        psfsSeverity: 1,
        painNrs,
      });
    }
    return { patientId: me.patientId as string, headers };
  }

  test('an order with a hard stop is saved only with an override reason, with its check', async () => {
    const url = `/api/patients/${f.w.patient.patientId}/orders`;
    const order = {
      order: {
        drug: 'tizanidine',
        action: 'start',
        route: 'oral',
        dose: { value: 4, unit: 'mg' },
        dosesPerDay: 3,
        indication: 'spasticity',
        orderDate: '2026-11-25',
      },
      patient: {
        ageYears: 58,
        sex: 'female',
        crclMlMin: 72,
        hepatic: 'none',
        liverTestsOnFile: true,
        conditions: ['multiple_sclerosis'],
        medications: ['ciprofloxacin'],
      },
    };
    const before = JSON.parse((await get(url, f.w.clinician.headers)).body).items.length;
    const refused = await post(url, f.w.clinician.headers, order);
    expect(refused.statusCode).toBe(422);
    expect(JSON.parse(refused.body).errors[0]).toMatchObject({
      code: 'order.override_required',
      pointer: '/overrideReason',
    });
    expect(JSON.parse((await get(url, f.w.clinician.headers)).body).items.length).toBe(before);
    // blanks, a run of dots or a short word padded with spaces is no reason
    for (const blank of [
      '            ',
      '...........',
      '  - - - - - - - -  ',
      '    ok     ',
      'ok.........',
    ]) {
      const noReason = await post(url, f.w.clinician.headers, { ...order, overrideReason: blank });
      expect(noReason.statusCode, blank).toBe(400);
      expect(noReason.headers['content-type']).toMatch(/problem\+json/);
      expect(JSON.parse(noReason.body).errors[0]).toMatchObject({ pointer: '/overrideReason' });
    }
    expect(JSON.parse((await get(url, f.w.clinician.headers)).body).items.length).toBe(before);
    const saved = await post(url, f.w.clinician.headers, {
      ...order,
      overrideReason: 'ciprofloxacin stopped today, first dose tomorrow',
    });
    expect(saved.statusCode).toBe(201);
    expect(JSON.parse(saved.body)).toMatchObject({
      blocked: true,
      check: { view: 'order-check/1', blocked: true },
    });
  });

  test("an order is checked against the patient's record too: leaving the record's interacting drug out of the form passes no hard stop", async () => {
    const encounter = await post(
      `/api/patients/${f.w.patient.patientId}/encounters`,
      f.w.clinician.headers,
      { ...VALID_BODIES['POST /api/patients/:id/encounters']?.(), medications: ['ciprofloxacin'] },
    );
    expect(encounter.statusCode).toBe(201);
    // a symptom check the patient saved later asked nothing about medications: the clinician's list stands
    const check = await post(
      `/api/patients/${f.w.patient.patientId}/interviews`,
      f.w.patient.headers,
      VALID_BODIES['POST /api/patients/:id/interviews']?.(),
    );
    expect(check.statusCode).toBe(201);
    const url = `/api/patients/${f.w.patient.patientId}/orders`;
    const before = JSON.parse((await get(url, f.w.clinician.headers)).body).items.length;
    const tizanidine = {
      order: {
        drug: 'tizanidine',
        action: 'start',
        route: 'oral',
        dose: { value: 2, unit: 'mg' },
        dosesPerDay: 3,
        indication: 'spasticity',
        orderDate: '2026-11-25',
      },
      patient: { ageYears: 58, sex: 'female', conditions: [], medications: [] },
    };
    const refused = await post(url, f.w.clinician.headers, tizanidine);
    expect(refused.statusCode).toBe(422);
    expect(JSON.parse(refused.body).errors[0]).toMatchObject({ code: 'order.override_required' });
    expect(JSON.parse((await get(url, f.w.clinician.headers)).body).items.length).toBe(before);
    const saved = await post(url, f.w.clinician.headers, {
      ...tizanidine,
      overrideReason: 'ciprofloxacin course ended yesterday',
    });
    expect(saved.statusCode).toBe(201);
    // kept with the context the check ran on
    expect(JSON.parse(saved.body)).toMatchObject({
      blocked: true,
      request: { patient: { medications: ['ciprofloxacin'] } },
    });
    const encounter2 = (body: object) =>
      post(`/api/patients/${f.w.patient.patientId}/encounters`, f.w.clinician.headers, {
        ...VALID_BODIES['POST /api/patients/:id/encounters']?.(),
        ...body,
      });
    // a later encounter that asked only about diuretics leaves the ciprofloxacin standing
    expect(
      (
        await encounter2({
          medications: ['thiazide_diuretic'],
          known: { medications: ['thiazide_diuretic'] },
        })
      ).statusCode,
    ).toBe(201);
    const partly = await post(url, f.w.clinician.headers, tizanidine);
    expect(partly.statusCode).toBe(422);
    // one that answered the whole list without it ends it
    expect((await encounter2({ medications: [] })).statusCode).toBe(201);
    const after = await post(url, f.w.clinician.headers, tizanidine);
    expect(after.statusCode).toBe(201);
    expect(JSON.parse(after.body)).toMatchObject({
      blocked: false,
      request: { patient: { medications: [] } },
    });
  });

  test('a plan the patient would read naming a drug or a dose is refused by field, and nothing is stored', async () => {
    const url = `/api/patients/${f.w.patient.patientId}/plans`;
    const count = async (): Promise<number> =>
      (JSON.parse((await get(url, f.w.patient.headers)).body) as { items: unknown[] }).items.length;
    const before = await count();
    const refused = await post(url, f.w.clinician.headers, {
      selfCare: [{ measure: 'stretch', timesPerDay: 2 }],
      goals: ['Walk to work', 'Cut baclofen to the evening dose'],
      note: 'Review after 100 U',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    const errors = JSON.parse(refused.body).errors as { code: string; pointer: string }[];
    expect(errors.map((e) => [e.code, e.pointer])).toEqual([
      ['input.names_prescription', '/goals/1'],
      ['input.names_prescription', '/note'],
    ]);
    expect(await count()).toBe(before);
    const saved = await post(url, f.w.clinician.headers, {
      selfCare: [{ measure: 'stretch', timesPerDay: 2 }],
      goals: ['Walk to work', 'Drink 2 L of water a day'],
    });
    expect(saved.statusCode).toBe(201);
    expect(await count()).toBe(before + 1);
  });

  test('the goals a QA pass saved naming a brand, a spelt-out dose or a class are each refused', async () => {
    const url = `/api/patients/${f.w.patient.patientId}/plans`;
    const qa = [
      'Keep taking the valium',
      'Lioresal as before',
      'Zanaflex at night',
      'Dantrium daily',
      'Catapres daily',
      'bac-lofen',
      'Take two 5 milligram pills',
      'Take your muscle relaxer, 2 tablets at night',
    ];
    const r = await post(url, f.w.clinician.headers, {
      selfCare: [{ measure: 'stretch', timesPerDay: 2 }],
      goals: ['take a walk twice a day', ...qa, '2 stretches'],
      note: '20 minutes of heat after work',
    });
    expect(r.statusCode).toBe(400);
    const errors = JSON.parse(r.body).errors as { code: string; pointer: string }[];
    expect(errors.map((e) => [e.code, e.pointer])).toEqual(
      qa.map((_, i) => ['input.names_prescription', `/goals/${String(i + 1)}`]),
    );
  });

  test('a plan kept before a word joined the check reaches its patient without that goal or note', async () => {
    const url = `/api/patients/${f.w.patient.patientId}/plans`;
    const id = f.s.deps.ids.newId();
    await f.s.deps.store.transact(async (tx) => {
      await tx.plans.insert({
        id,
        patientId: String(f.w.patient.patientId),
        body: {
          selfCare: [{ measure: 'stretch', timesPerDay: 2 }],
          goals: ['Walk to work', 'Keep taking the valium'],
          note: 'Zanaflex at night',
        },
        createdAt: f.s.deps.clock.now(),
        createdBy: f.w.clinician.userId,
      });
      return ok(null);
    });
    type Listed = { items: { id: string; body: { goals: string[]; note?: string } }[] };
    const mine = (JSON.parse((await get(url, f.w.patient.headers)).body) as Listed).items.find(
      (p) => p.id === id,
    );
    expect(mine?.body.goals).toEqual(['Walk to work']);
    expect(mine?.body).not.toHaveProperty('note');
    // the clinician reads it as stored
    const theirs = (JSON.parse((await get(url, f.w.clinician.headers)).body) as Listed).items.find(
      (p) => p.id === id,
    );
    expect(theirs?.body).toMatchObject({
      goals: ['Walk to work', 'Keep taking the valium'],
      note: 'Zanaflex at night',
    });
  });

  test('an encounter freezes input, result and KB version; the patient reads no prescription options', async () => {
    const url = `/api/patients/${f.w.patient.patientId}/encounters`;
    const r = await post(
      url,
      f.w.clinician.headers,
      VALID_BODIES['POST /api/patients/:id/encounters']?.(),
    );
    expect(r.statusCode).toBe(201);
    const enc = JSON.parse(r.body);
    expect(enc.kbVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(enc.result.view).toBe('clinician/1');
    expect(enc.result).toHaveProperty('pharmacotherapy');
    expect(enc.result.notice).toMatch(/not a diagnosis/);
    const mine = JSON.parse((await get(`${url}/${enc.id}`, f.w.patient.headers)).body);
    expect(mine.result.view).toBe('patient/1');
    expect(mine.result.triage.level).toBe(enc.result.triage.level);
    expect(mine.result).not.toHaveProperty('pharmacotherapy');
    expect(mine.result).not.toHaveProperty('differential');
    const withExpected = await post(url, f.w.clinician.headers, {
      ...VALID_BODIES['POST /api/patients/:id/encounters']?.(),
      expected: {},
    });
    expect(withExpected.statusCode).toBe(400);
  });

  test('the audit log cannot be changed, even by a direct UPDATE or DELETE', async () => {
    await expect(
      f.s.store.db.updateTable('audit_log').set({ outcome: 'denied' }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(f.s.store.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  });

  test('the OpenAPI document is 3.1 and describes the diary body from its zod schema', async () => {
    const doc = JSON.parse((await get('/api/openapi.json', {})).body);
    expect(doc.openapi).toBe('3.1.0');
    const body =
      doc.paths['/api/patients/{id}/diary'].post.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(
      expect.arrayContaining(['startedAt', 'durationMinutes', 'psfsSeverity', 'painNrs']),
    );
    expect(body.additionalProperties).toBe(false);
    expect(body.properties.painNrs).toMatchObject({ minimum: 0, maximum: 10 });
  });
});

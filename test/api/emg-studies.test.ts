/**
 * @module EMG studies on both databases: a streamed upload stored by content hash, its analysis as a job
 * in a table (run in a worker thread, stored as the `emg-analysis/1` view the CLI prints), a job whose
 * process died taken up again after a restart, and the upload size limit.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EmgAnalysisView } from '../../src/app/emg/index.js';
import { LEASE_MS, runNextJob, type EmgAnalyzer } from '../../src/app/emg-studies/index.js';
import { memoryCli } from '../../src/adapters/cli/memory-io.js';
import { emgHost } from '../../src/adapters/emg/index.js';
import { ok } from '../../src/domain/shared/index.js';
import type { Service } from '../../src/main/server.js';
import { sql } from 'kysely';
import { syntheticEdf, syntheticTaskEdf } from '../support/emg-file.js';
import { tableCounts } from '../support/table-counts.js';
import {
  buildWorld,
  DIALECTS,
  freshDb,
  startService,
  type TestDb,
  type World,
} from '../support/service.js';

describe.each(DIALECTS)('EMG studies on %s', (dialect) => {
  let db: TestDb;
  let s: Service;
  let w: World;
  let edf: Buffer;
  let edfPath: string;
  let url: string;

  beforeAll(async () => {
    db = await freshDb(dialect);
    s = await startService(db, { TONUS_MAX_UPLOAD_MB: '1' });
    w = await buildWorld(s);
    ({ bytes: edf, path: edfPath } = await syntheticEdf(db.dataDir));
    url = `/api/patients/${w.patient.patientId}/emg-studies`;
  });
  afterAll(async () => {
    await s.close();
    await db.drop();
  });

  /** GET of a study, or of one of its sub-resources, as the clinician. */
  const read = async (id: string, sub = '') =>
    JSON.parse(
      (
        await s.app.inject({
          method: 'GET',
          url: `${url}/${id}${sub}`,
          headers: w.clinician.headers,
        })
      ).body,
    );

  const upload = (
    payload: Buffer,
    fileName = 'rest.edf',
    service = s,
    rest: { phases?: string; atRest?: string } = {},
  ) =>
    service.app.inject({
      method: 'POST',
      url: `${url}?${new URLSearchParams({ fileName, ...rest }).toString()}`,
      headers: { ...w.clinician.headers, 'content-type': 'application/octet-stream' },
      payload,
    });

  /** Uploads, runs the job and returns the stored study with its view. */
  const analysed = async (
    payload: Buffer,
    fileName: string,
    rest: { phases?: string; atRest?: string } = {},
  ) => {
    const r = await upload(payload, fileName, s, rest);
    expect(r.statusCode).toBe(201);
    const id = JSON.parse(r.body).id;
    expect(await runNextJob(s.deps, 'worker-a')).toBe(true);
    const study = await read(id);
    expect(study.state).toBe('done');
    return { study, view: EmgAnalysisView.parse(study.analysis) };
  };

  test('an uploaded recording is stored by content hash, analysed as a job, and its progress reaches done', async () => {
    const r = await upload(edf);
    expect(r.statusCode).toBe(201);
    const study = JSON.parse(r.body);
    const sha256 = createHash('sha256').update(edf).digest('hex');
    expect(study).toMatchObject({
      state: 'queued',
      sha256,
      sizeBytes: edf.length,
      fileName: 'rest.edf',
    });
    expect(existsSync(join(db.dataDir, 'emg', `${sha256}.edf`))).toBe(true);
    expect(await runNextJob(s.deps, 'worker-a')).toBe(true);
    expect(await runNextJob(s.deps, 'worker-a')).toBe(false);
    const progress = await read(study.id, '/progress');
    expect(progress).toEqual({ id: study.id, state: 'done', progress: 1, error: null });
    const done = await read(study.id);
    const view = EmgAnalysisView.parse(done.analysis);
    expect(view).toMatchObject({ view: 'emg-analysis/1', file: 'rest.edf', format: 'edf' });
    expect(view.channels).toHaveLength(2);
    // an upload says nothing about rest: its spasms are candidates, and the view says so
    expect(view.rest.known).toBe(false);
    expect(view.rest.source).toBe('none');
    expect(view.rest.text).toMatch(/No rest phases were given/);
    expect(view.channels[0]?.features.spasmCandidates).toBeGreaterThan(0);
    expect(view.channels[0]?.features.spasmsAtRest).toBe(0);
    expect(done).toMatchObject({ phases: null, atRest: false });
  });

  describe('rest information with an upload', () => {
    let tasks: Awaited<ReturnType<typeof syntheticTaskEdf>>;
    beforeAll(async () => {
      tasks = await syntheticTaskEdf(db.dataDir);
    });
    const truePhases = () =>
      JSON.stringify(
        tasks.truth.phases.map((p) => ({ phase: p.phase, onsetS: p.onsetS, offsetS: p.offsetS })),
      );

    test("an EDF+ file's rest/task annotations are read on the server: bursts only inside tasks are no spasm at rest", async () => {
      const { view } = await analysed(tasks.bytes, 'tasks.edf');
      expect(view.rest).toMatchObject({ source: 'annotations', known: true });
      expect(view.phases.some((p) => p.phase === 'task')).toBe(true);
      const f = view.channels[0]?.features;
      expect(f?.spasmsAtRest).toBe(0);
      expect(f?.spasmCandidates).toBe(0);
      expect(f?.episodesInTasks).toBeGreaterThan(0);
    });

    test('phases given with the upload drive the analysis and are stored in the study', async () => {
      const { study, view } = await analysed(tasks.bytes, 'tasks-phases.edf', {
        phases: truePhases(),
      });
      expect(study.phases).toEqual(JSON.parse(truePhases()));
      expect(view.rest.source).toBe('phases_file');
      expect(view.channels[0]?.features.spasmsAtRest).toBe(0);
      expect(view.channels[0]?.features.episodesInTasks).toBeGreaterThan(0);
      // the same file with phases that call all of it rest: the phases given, not the annotations, count
      const allRest = await analysed(tasks.bytes, 'tasks-all-rest.edf', {
        phases: JSON.stringify([{ phase: 'rest', onsetS: 0, offsetS: 120 }]),
      });
      expect(allRest.view.rest.source).toBe('phases_file');
      expect(allRest.view.channels[0]?.features.spasmsAtRest).toBeGreaterThan(0);
      expect(allRest.view.channels[0]?.features.episodesInTasks).toBe(0);
    });

    test('atRest=true: the episodes of a recording made at rest are spasms at rest, not candidates', async () => {
      const { study, view } = await analysed(edf, 'at-rest.edf', { atRest: 'true' });
      expect(study).toMatchObject({ atRest: true, phases: null });
      expect(view.rest).toMatchObject({ source: 'at_rest_option', known: true });
      expect(view.channels[0]?.features.spasmsAtRest).toBeGreaterThan(0);
      expect(view.channels[0]?.features.spasmCandidates).toBe(0);
    });

    test.each([
      ['phases that are not JSON', { phases: '[{"phase":' }, '/phases'],
      [
        'a phase that ends before it starts',
        { phases: '[{"phase":"rest","onsetS":10,"offsetS":5}]' },
        '/phases/0/offsetS',
      ],
      [
        'an unknown phase',
        { phases: '[{"phase":"nap","onsetS":0,"offsetS":5}]' },
        '/phases/0/phase',
      ],
      ['atRest that is not true or false', { atRest: 'yes' }, '/atRest'],
    ])('%s: 400 naming the field, nothing stored', async (_label, rest, pointer) => {
      const before = await tableCounts(s);
      const r = await upload(edf, 'bad-rest.edf', s, rest);
      expect(r.statusCode).toBe(400);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(r.body).errors[0].pointer).toBe(pointer);
      expect(await tableCounts(s)).toEqual(before);
    });

    test('the OpenAPI document describes the phases query from its schema', async () => {
      const doc = JSON.parse(
        (await s.app.inject({ method: 'GET', url: '/api/openapi.json' })).body,
      );
      const params: { name: string; schema: Record<string, unknown> }[] =
        doc.paths['/api/patients/{id}/emg-studies'].post.parameters;
      const phases = params.find((p) => p.name === 'phases')?.schema;
      expect(phases).toMatchObject({ type: 'string', contentMediaType: 'application/json' });
      expect(phases?.contentSchema).toMatchObject({ type: 'array', maxItems: 150 });
      expect(params.find((p) => p.name === 'atRest')?.schema).toMatchObject({
        enum: ['true', 'false'],
      });
    });
  });

  test('a stored analysis that is not an emg-analysis/1 view is read as a failed study that says so', async () => {
    const study = JSON.parse((await upload(edf, 'damaged.edf')).body);
    expect(await runNextJob(s.deps, 'worker-a')).toBe(true);
    for (const damaged of ['{"view":"something else"}', 'not json at all']) {
      await sql`update emg_studies set analysis = ${damaged} where id = ${study.id}`.execute(
        s.store.db,
      );
      const got = await read(study.id);
      expect(got).toMatchObject({ id: study.id, state: 'failed', analysis: null });
      expect(got.error).toMatch(/stored analysis is damaged/);
      const list = JSON.parse(
        (await s.app.inject({ method: 'GET', url, headers: w.clinician.headers })).body,
      );
      expect(list.items.find((x: { id: string }) => x.id === study.id)?.state).toBe('failed');
    }
  });

  test("a study's result is the view `tonus emg analyze --json` prints for the same file", async () => {
    const study = JSON.parse((await upload(edf, 'same.edf')).body);
    expect(await runNextJob(s.deps, 'worker-a')).toBe(true);
    const done = await read(study.id);
    const cli = await memoryCli({}, emgHost).run('emg', 'analyze', edfPath, '--json');
    expect(cli.code).toBe(0);
    const printed = JSON.parse(cli.out);
    expect(printed.file).toBe(edfPath);
    expect(done.state).toBe('done');
    expect(done.analysis).toEqual({ ...printed, file: 'same.edf' });
  });

  test('the OpenAPI document describes the analysis of a study with the emg-analysis/1 view schema', async () => {
    const doc = JSON.parse((await s.app.inject({ method: 'GET', url: '/api/openapi.json' })).body);
    const study =
      doc.paths['/api/patients/{id}/emg-studies/{studyId}'].get.responses['200'].content[
        'application/json'
      ].schema;
    const analysis = study.properties.analysis.anyOf.find(
      (x: { type?: string }) => x.type === 'object',
    );
    expect(analysis.properties.view).toMatchObject({ const: 'emg-analysis/1' });
    expect(analysis.required).toEqual(expect.arrayContaining(['channels', 'rest', 'notice']));
  });

  test('a file that passes the upload check but not the analysis ends as a failed job naming the problem', async () => {
    const r = await upload(Buffer.from('time,EMG 1\n0,1\n0.001,abc\n'), 'broken.csv');
    expect(r.statusCode).toBe(201);
    const study = JSON.parse(r.body);
    await runNextJob(s.deps, 'worker-a');
    const got = await read(study.id);
    expect(got.state).toBe('failed');
    // the row and the column, as the CLI names them
    expect(got.error).toMatch(/line 3/);
  });

  test('a long analysis renews its lease: a report below 5 % is written once a quarter lease has passed, not before', async () => {
    for (const [waitMs, stored] of [
      [LEASE_MS / 4, 0.01],
      [LEASE_MS / 8, 0],
    ] as const) {
      const study = JSON.parse((await upload(edf, `long-${waitMs}.edf`)).body);
      let t = Date.now();
      const clock = { now: () => new Date(t).toISOString() };
      // the analysis ends as failed, which keeps the last progress written
      const analyzer: EmgAnalyzer = {
        analyze(_file, onProgress) {
          t += waitMs;
          onProgress(0.01);
          return Promise.resolve({ ok: false, error: 'stopped' });
        },
      };
      expect(await runNextJob({ ...s.deps, clock, analyzer }, 'worker-a')).toBe(true);
      const got = await read(study.id, '/progress');
      expect(got).toEqual({ id: study.id, state: 'failed', progress: stored, error: 'stopped' });
    }
  });

  /** Every file in the data folder's EMG store, staged or kept. */
  const stored = (): string[] => readdirSync(join(db.dataDir, 'emg')).sort();

  /** Runs `refuse` and checks that it was refused with `status` and `code`, leaving no file and no row. */
  async function refusedLeavingNothing(
    refuse: () => Promise<{ statusCode: number; body: string; headers: Record<string, unknown> }>,
    status: number,
    code: string,
  ): Promise<{ field: string | null }> {
    const files = stored();
    const rows = await tableCounts(s);
    const r = await refuse();
    expect(r.statusCode, r.body).toBe(status);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = JSON.parse(r.body) as { errors: { code: string; field: string | null }[] };
    expect(problem.errors[0]?.code).toBe(code);
    expect(stored()).toEqual(files);
    expect(await tableCounts(s)).toEqual(rows);
    return { field: problem.errors[0]?.field ?? null };
  }

  test('an upload over the size limit is refused with 413 and leaves no file and no study', async () => {
    await refusedLeavingNothing(
      () => upload(Buffer.alloc(1024 * 1024 + 1, 7)),
      413,
      'request.too_large',
    );
    // without a length announced, the stream is cut at the limit
    await refusedLeavingNothing(
      () =>
        s.app.inject({
          method: 'POST',
          url: `${url}?fileName=big.edf`,
          headers: { ...w.clinician.headers, 'content-type': 'application/octet-stream' },
          payload: Readable.from([Buffer.alloc(700 * 1024, 7), Buffer.alloc(700 * 1024, 7)]),
        }),
      413,
      'request.too_large',
    );
  });

  const PNG = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(2000, 1),
  ]);

  test.each([
    ['a PNG renamed .edf', () => PNG, 'scan.edf', 'emg.bad_version', 'header.version'],
    ['a PNG renamed .bdf', () => PNG, 'scan.bdf', 'emg.bad_version', 'header.version'],
    [
      'text renamed .edf',
      () => Buffer.from(`time,EMG 1\n${'0,1\n'.repeat(100)}`),
      'notes.edf',
      'emg.bad_version',
      'header.version',
    ],
    ['a PNG named .csv', () => PNG, 'scan.csv', 'emg.csv_not_text', 'rows[1]'],
  ])(
    '%s is refused before it is kept, naming the field, and leaves no file and no study',
    async (_name, bytes, fileName, code, field) => {
      const r = await refusedLeavingNothing(() => upload(bytes(), fileName), 400, code);
      expect(r.field).toBe(field);
    },
  );

  test('an EDF whose header byte count disagrees with its signal count is refused at upload', async () => {
    const bad = Buffer.from(edf);
    bad.write('99999   ', 184, 'latin1');
    const r = await refusedLeavingNothing(() => upload(bad), 400, 'emg.header_size');
    expect(r.field).toBe('header.numberOfHeaderBytes');
  });

  test('an upload that ends before the length it announced (a dropped connection) leaves no file and no study', async () => {
    await refusedLeavingNothing(
      () =>
        s.app.inject({
          method: 'POST',
          url: `${url}?fileName=cut.edf`,
          headers: {
            ...w.clinician.headers,
            'content-type': 'application/octet-stream',
            'content-length': String(edf.length),
          },
          payload: Readable.from([edf.subarray(0, 4096)]),
        }),
      400,
      'request.invalid',
    );
  });

  test('an idempotency key reused for another file is refused, and the other file is not kept', async () => {
    const key = `emg-${dialect}-reused`;
    const send = (csv: string) =>
      s.app.inject({
        method: 'POST',
        url: `${url}?fileName=first.csv`,
        headers: {
          ...w.clinician.headers,
          'content-type': 'application/octet-stream',
          'idempotency-key': key,
        },
        payload: Buffer.from(csv),
      });
    const first = await send('time,EMG 1\n0,1\n0.001,2\n');
    expect(first.statusCode).toBe(201);
    // its job is done here, so the next test's job is the next one queued
    expect(await runNextJob(s.deps, 'worker-a')).toBe(true);
    await refusedLeavingNothing(
      () => send('time,EMG 1\n0,5\n0.001,6\n'),
      422,
      'request.idempotency_key_reused',
    );
  });

  test('an empty upload and a missing file name are refused', async () => {
    await refusedLeavingNothing(() => upload(Buffer.alloc(0)), 400, 'emg.empty_upload');
    const noName = await s.app.inject({
      method: 'POST',
      url,
      headers: { ...w.clinician.headers, 'content-type': 'application/octet-stream' },
      payload: edf,
    });
    expect(noName.statusCode).toBe(400);
    expect(JSON.parse(noName.body).errors[0].pointer).toBe('/fileName');
  });

  test('a job claimed by a process that died is taken up after a restart and finished once', async () => {
    const study = JSON.parse((await upload(edf, 'again.edf')).body);
    const past = new Date(Date.now() - 1000).toISOString();
    const claimed = await s.deps.store.transact(async (tx) =>
      ok(await tx.emgStudies.claimNext('dead-process', past, past)),
    );
    expect(claimed.ok && claimed.value?.id).toBe(study.id);
    await s.close();
    s = await startService(db, { TONUS_MAX_UPLOAD_MB: '1' });
    expect(await runNextJob(s.deps, 'restarted')).toBe(true);
    const got = await read(study.id);
    expect(got).toMatchObject({ state: 'done', attempts: 2 });
    const late = await s.deps.store.transact(async (tx) =>
      ok(
        await tx.emgStudies.finish(study.id, 'dead-process', {
          state: 'failed',
          analysis: null,
          error: 'late',
          at: past,
        }),
      ),
    );
    expect(late).toEqual({ ok: true, value: false });
  });
});

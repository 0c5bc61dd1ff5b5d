/**
 * @module EMG studies on both databases: a streamed upload stored by content hash, its analysis as a job
 * in a table, a job whose process died taken up again after a restart, and the upload size limit.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runNextJob } from '../../src/app/emg-studies/index.js';
import { ok } from '../../src/domain/shared/index.js';
import type { Service } from '../../src/main/server.js';
import { syntheticEdf } from '../support/emg-file.js';
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
  let url: string;

  beforeAll(async () => {
    db = await freshDb(dialect);
    s = await startService(db, { TONUS_MAX_UPLOAD_MB: '1' });
    w = await buildWorld(s);
    edf = syntheticEdf(db.dataDir);
    url = `/api/patients/${w.patient.patientId}/emg-studies`;
  });
  afterAll(async () => {
    await s.close();
    await db.drop();
  });

  const upload = (payload: Buffer, fileName = 'rest.edf', service = s) =>
    service.app.inject({
      method: 'POST',
      url: `${url}?fileName=${fileName}`,
      headers: { ...w.clinician.headers, 'content-type': 'application/octet-stream' },
      payload,
    });

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
    const progress = JSON.parse(
      (
        await s.app.inject({
          method: 'GET',
          url: `${url}/${study.id}/progress`,
          headers: w.clinician.headers,
        })
      ).body,
    );
    expect(progress).toEqual({ id: study.id, state: 'done', progress: 1, error: null });
    const done = JSON.parse(
      (
        await s.app.inject({
          method: 'GET',
          url: `${url}/${study.id}`,
          headers: w.clinician.headers,
        })
      ).body,
    );
    expect(done.analysis.channels).toHaveLength(2);
    expect(done.analysis.channels[0].spasmCount).toBeGreaterThan(0);
  });

  test('a file that is not a recording ends as a failed job naming the problem', async () => {
    const r = await upload(Buffer.from('0 this is not an EDF header'), 'broken.edf');
    const study = JSON.parse(r.body);
    await runNextJob(s.deps, 'worker-a');
    const got = JSON.parse(
      (
        await s.app.inject({
          method: 'GET',
          url: `${url}/${study.id}`,
          headers: w.clinician.headers,
        })
      ).body,
    );
    expect(got.state).toBe('failed');
    expect(got.error).toMatch(/\w+: /);
  });

  test('an upload over the size limit is refused with 413 and leaves no file and no study', async () => {
    const before = JSON.parse(
      (await s.app.inject({ method: 'GET', url, headers: w.clinician.headers })).body,
    ).items.length;
    const r = await upload(Buffer.alloc(1024 * 1024 + 1, 7));
    expect(r.statusCode).toBe(413);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(readdirSync(join(db.dataDir, 'emg')).filter((f) => f.startsWith('.upload-'))).toEqual(
      [],
    );
    expect(
      JSON.parse((await s.app.inject({ method: 'GET', url, headers: w.clinician.headers })).body)
        .items.length,
    ).toBe(before);
  });

  test('an empty upload and a missing file name are refused', async () => {
    expect((await upload(Buffer.alloc(0))).statusCode).toBe(400);
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
    const got = JSON.parse(
      (
        await s.app.inject({
          method: 'GET',
          url: `${url}/${study.id}`,
          headers: w.clinician.headers,
        })
      ).body,
    );
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

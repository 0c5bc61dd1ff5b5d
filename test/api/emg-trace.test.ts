/**
 * @module A viewer's window of a stored EMG study on both databases: the columns' extremes of an EDF, a BDF
 * and a CSV file as a direct read of the same file gives them, the bursts and spasm episodes of the stored
 * analysis inside the window, bad parameters refused naming the field, and another clinician's patient
 * answered as not found; every allowed read is audited.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { openCsvSource, openEdfSource, writeSynthetic } from '../../src/app/emg/index.js';
import { runNextJob } from '../../src/app/emg-studies/index.js';
import { createFileSink, openFileBytes } from '../../src/adapters/emg/index.js';
import { DIALECTS, useService } from '../support/service.js';

/** Every sample of one channel, read straight from the file with the recording reader. */
async function directRead(path: string, channel: number): Promise<{ fs: number; x: number[] }> {
  const bytes = await openFileBytes(path);
  if (!bytes.ok) {
    throw new Error('cannot open');
  }
  const src = await (path.endsWith('.csv') ? openCsvSource : openEdfSource)(bytes.value);
  if (!src.ok) {
    throw new Error('cannot read');
  }
  const x: number[] = [];
  for (;;) {
    const b = await src.value.next();
    if (!b.ok || b.value === null) {
      break;
    }
    x.push(...(b.value.channels[channel] ?? []));
  }
  await src.value.close();
  return { fs: src.value.info.rates[channel] ?? NaN, x };
}

/** The columns' minimum and maximum, computed here from every sample. */
function extremes(x: number[], fs: number, from: number, to: number, points: number) {
  const n = Math.min(points, Math.round((to - from) * fs));
  const col = (to - from) / n;
  const min = new Array<number | null>(n).fill(null);
  const max = new Array<number | null>(n).fill(null);
  x.forEach((v, i) => {
    const t = i / fs;
    if (t >= from && t < to) {
      const c = Math.min(n - 1, Math.floor((t - from) / col));
      min[c] = Math.min(min[c] ?? v, v);
      max[c] = Math.max(max[c] ?? v, v);
    }
  });
  return { min, max };
}

describe.each(DIALECTS)('the EMG viewer window on %s', (dialect) => {
  const f = useService(dialect, { world: true });
  const files: Record<'edf' | 'bdf' | 'csv', { path: string; id: string }> = {
    edf: { path: '', id: '' },
    bdf: { path: '', id: '' },
    csv: { path: '', id: '' },
  };
  let base: string;

  beforeAll(async () => {
    base = `/api/patients/${f.w.patient.patientId}/emg-studies`;
    for (const format of ['edf', 'bdf', 'csv'] as const) {
      const path = join(f.db.dataDir, `viewer.${format}`);
      await writeSynthetic(
        { seed: 5, fs: 1000, durationS: 30, channels: 2, spasms: { count: 4 } },
        format,
        await createFileSink(path),
      );
      const up = await f.s.app.inject({
        method: 'POST',
        url: `${base}?fileName=viewer.${format}`,
        headers: { ...f.w.clinician.headers, 'content-type': 'application/octet-stream' },
        payload: readFileSync(path),
      });
      expect(up.statusCode).toBe(201);
      files[format] = { path, id: (JSON.parse(up.body) as { id: string }).id };
      expect(await runNextJob(f.s.deps, 'viewer-test')).toBe(true);
    }
  });

  const trace = (id: string, query: string, headers = f.w.clinician.headers) =>
    f.s.app.inject({ method: 'GET', url: `${base}/${id}/trace?${query}`, headers });

  test.each(['edf', 'bdf', 'csv'] as const)(
    'a window of a %s file holds, per column, the extremes a direct read of the file gives',
    async (format) => {
      const { path, id } = files[format];
      const direct = await directRead(path, 1);
      const r = await trace(id, 'channel=1&from=3.25&to=21.5&points=97');
      expect(r.statusCode).toBe(200);
      const view = JSON.parse(r.body);
      // a CSV's length is known only once it has been read to its end
      expect(view).toMatchObject({
        view: 'emg-trace/1',
        channel: 1,
        fs: 1000,
        recordingS: format === 'csv' ? null : 30,
      });
      const want = extremes(direct.x, direct.fs, 3.25, 21.5, 97);
      expect(view.min).toHaveLength(97);
      expect(view.min).toEqual(want.min);
      expect(view.max).toEqual(want.max);
      // the envelope is an RMS about the local mean: never above the column's half range
      view.envelopeMax.forEach((e: number, i: number) => {
        expect(e).toBeGreaterThan(0);
        expect(e).toBeLessThanOrEqual(((want.max[i] ?? 0) - (want.min[i] ?? 0)) / 2 + 1e-6);
      });
    },
  );

  test('the bursts and spasm episodes of the stored analysis that fall in the window come with it', async () => {
    const study = JSON.parse(
      (
        await f.s.app.inject({
          method: 'GET',
          url: `${base}/${files.edf.id}`,
          headers: f.w.clinician.headers,
        })
      ).body,
    );
    const spasms = study.analysis.channels[0].spasms as { onsetS: number; offsetS: number }[];
    expect(spasms.length).toBeGreaterThan(1);
    const first = spasms[0] ?? { onsetS: 0, offsetS: 0 };
    // a window that ends just after the first episode holds it and nothing that starts later
    const to = first.offsetS + 0.01;
    const view = JSON.parse((await trace(files.edf.id, `channel=0&from=0&to=${to}`)).body);
    expect(view.analysis).toBe('done');
    expect(view.spasms).toEqual(spasms.filter((e) => e.onsetS < to));
    expect(view.bursts.every((b: { onsetS: number }) => b.onsetS < to)).toBe(true);
    const whole = JSON.parse((await trace(files.edf.id, 'channel=0&from=0&to=30')).body);
    expect(whole.spasms).toEqual(spasms);
  });

  test.each([
    ['channel=2', 'channel', 'input.out_of_range'],
    ['channel=-1', 'channel', 'input.out_of_range'],
    ['channel=one', 'channel', 'input.invalid_type'],
    ['from=40', 'from', 'input.out_of_range'],
    ['from=5&to=4', 'to', 'input.invalid_value'],
    ['points=3', 'points', 'input.out_of_range'],
    ['points=1.5', 'points', 'input.not_integer'],
    ['zoom=2', 'zoom', 'input.unknown_key'],
  ])('%s is refused with 400 problem+json naming %s', async (query, field, code) => {
    const r = await trace(files.edf.id, query);
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    const errors = JSON.parse(r.body).errors as { field: string; code: string }[];
    expect(errors.map((e) => [e.field, e.code])).toContainEqual([field, code]);
  });

  test("another clinician, another patient and the patient themself do not see the study's trace", async () => {
    expect((await trace(files.edf.id, 'channel=0', f.w.otherClinician.headers)).statusCode).toBe(
      404,
    );
    expect((await trace(files.edf.id, 'channel=0', f.w.otherPatient.headers)).statusCode).toBe(404);
    expect((await trace(files.edf.id, 'channel=0', f.w.patient.headers)).statusCode).toBe(403);
    // a study of this patient asked for under another patient's id is not found either
    const other = await f.s.app.inject({
      method: 'GET',
      url: `/api/patients/${f.w.otherPatient.patientId}/emg-studies/${files.edf.id}/trace`,
      headers: f.w.otherClinician.headers,
    });
    expect(other.statusCode).toBe(404);
  });

  test('a short window of a long recording reads only the records around it, not the file', async () => {
    const path = join(f.db.dataDir, 'long.edf');
    await writeSynthetic(
      { seed: 9, fs: 1000, durationS: 300, channels: 8, spasms: { count: 2 } },
      'edf',
      await createFileSink(path),
    );
    const size = readFileSync(path).length;
    const up = await f.s.app.inject({
      method: 'POST',
      url: `${base}?fileName=long.edf`,
      headers: { ...f.w.clinician.headers, 'content-type': 'application/octet-stream' },
      payload: readFileSync(path),
    });
    const id = (JSON.parse(up.body) as { id: string }).id;
    // count the bytes the route reads from the stored file
    let read = 0;
    const recordings = f.s.deps.recordings;
    const open = recordings.open.bind(recordings);
    Object.assign(recordings, {
      open: async (f: Parameters<typeof open>[0]) => {
        const r = await open(f);
        if (r.ok) {
          const inner = r.value;
          return {
            ok: true,
            value: {
              size: inner.size,
              close: () => inner.close(),
              read: async (at: number, n: number) => {
                const b = await inner.read(at, n);
                read += b.length;
                return b;
              },
            },
          };
        }
        return r;
      },
    });
    try {
      const r = await trace(id, 'channel=7&from=250&to=252&points=200');
      expect(r.statusCode).toBe(200);
      expect(JSON.parse(r.body).analysis).toBe('queued');
      const direct = await directRead(path, 7);
      expect(JSON.parse(r.body).max).toEqual(extremes(direct.x, direct.fs, 250, 252, 200).max);
      // the header and a few seconds of records around the window: well under 5 % of the file
      expect(read).toBeLessThan(size * 0.05);
      expect(read).toBeGreaterThan(2 * 8 * 1000 * 2);
    } finally {
      Object.assign(recordings, { open });
    }
  });

  test('an allowed window is audited as a read of the study', async () => {
    const r = await trace(files.bdf.id, 'channel=0&from=1&to=2');
    const entries = await f.s.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('request_id', '=', String(r.headers['x-request-id']))
      .execute();
    expect(entries.map((e) => [e.action, e.resource_id, e.outcome])).toEqual([
      ['emg_study.trace', files.bdf.id, 'allowed'],
    ]);
  });
});

/**
 * @module Concurrent writes on both databases: a burst of diary entries from one patient and reads of the
 * chart by their clinician, all at once (on SQLite they share group commits). Every acknowledged entry is
 * stored exactly once with its audit entry, every allowed read is audited, and the entries refused inside
 * the transaction (a date in the future, a reused idempotency key) leave nothing and harm no other.
 */
import { describe, expect, test } from 'vitest';
import type { DiaryEntry } from '../../src/domain/records/index.js';
import { DIALECTS, useService } from '../support/service.js';

const BURST = 60;

describe.each(DIALECTS)('concurrent writes on %s', (dialect) => {
  const f = useService(dialect, { world: true });

  test('a burst of entries, some refused inside the transaction, with reads in between', async () => {
    const patientId = f.w.patient.patientId ?? '';
    const diaryUrl = `/api/patients/${patientId}/diary`;
    // every 7th entry lies in the future (refused by the use case inside the transaction); every 11th
    // reuses an idempotency key with another body (refused by the key check inside the transaction)
    const kinds = Array.from({ length: BURST }, (_, i) => {
      if (i % 7 === 3) {
        return 'future' as const;
      }
      return i % 11 === 5 ? ('reused-key' as const) : ('ok' as const);
    });
    const first = await f.s.app.inject({
      method: 'POST',
      url: diaryUrl,
      headers: { ...f.w.patient.headers, 'idempotency-key': 'burst-key' },
      payload: {
        startedAt: '2026-10-01T08:00:00Z',
        durationMinutes: 1,
        psfsSeverity: 1,
        painNrs: 1,
      },
    });
    expect(first.statusCode).toBe(201);
    const auditBefore = await f.s.store.read.audit.list({ patientId, limit: 1000 });
    const writes = kinds.map((kind, i) =>
      f.s.app.inject({
        method: 'POST',
        url: diaryUrl,
        headers:
          kind === 'reused-key'
            ? { ...f.w.patient.headers, 'idempotency-key': 'burst-key' }
            : f.w.patient.headers,
        payload: {
          startedAt:
            kind === 'future'
              ? '2999-01-01T00:00:00Z'
              : `2026-10-02T08:${String(i).padStart(2, '0')}:00Z`,
          durationMinutes: i,
          psfsSeverity: 1 + (i % 3),
          painNrs: i % 11,
          note: `burst ${i}`,
        },
      }),
    );
    const reads = Array.from({ length: 20 }, () =>
      f.s.app.inject({
        method: 'GET',
        url: `/api/patients/${patientId}/summary`,
        headers: f.w.clinician.headers,
      }),
    );
    const answers = await Promise.all(writes);
    const readAnswers = await Promise.all(reads);

    expect(answers.map((a) => a.statusCode)).toEqual(
      kinds.map((k) => {
        if (k === 'ok') {
          return 201;
        }
        return k === 'future' ? 400 : 422;
      }),
    );
    expect(readAnswers.map((r) => r.statusCode)).toEqual(readAnswers.map(() => 200));

    const acknowledged = answers
      .filter((a) => a.statusCode === 201)
      .map((a) => JSON.parse(a.body) as DiaryEntry);
    const stored = await f.s.store.read.diary.list(patientId);
    const burst = stored.filter((e) => e.note?.startsWith('burst ') === true);
    // exactly the acknowledged entries, each once, as acknowledged
    expect(burst.map((e) => e.id).sort()).toEqual(acknowledged.map((e) => e.id).sort());
    expect(new Set(stored.map((e) => e.id)).size).toBe(stored.length);
    for (const e of acknowledged) {
      expect(burst).toContainEqual(e);
    }

    const auditAfter = await f.s.store.read.audit.list({ patientId, limit: 1000 });
    const fresh = auditAfter.filter((a) => !auditBefore.some((b) => b.id === a.id));
    const created = fresh.filter((a) => a.action === 'diary.create' && a.outcome === 'allowed');
    expect(created.map((a) => a.resourceId).sort()).toEqual(acknowledged.map((e) => e.id).sort());
    const summaryReads = fresh.filter(
      (a) => a.action === 'summary.read' && a.outcome === 'allowed',
    );
    expect(summaryReads).toHaveLength(reads.length);
    expect(new Set(summaryReads.map((a) => a.requestId)).size).toBe(reads.length);
  });
});

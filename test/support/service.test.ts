/** @module `useService`: its getters before and after its hooks have run, and the world only when asked for. */
import { describe, expect, test } from 'vitest';
import { useService } from './service.js';

function thrown(read: () => unknown): unknown {
  try {
    read();
  } catch (e) {
    return e;
  }
  return null;
}

describe('useService', () => {
  const f = useService('sqlite');
  // read while the tests are collected, before any hook
  const early = thrown(() => f.s);

  test('a getter read before the beforeAll has run throws, naming what was read', () => {
    expect(early).toBeInstanceOf(Error);
    expect((early as Error).message).toMatch(/`s` is read before its beforeAll has run/);
  });

  test('in a test the database and the service are there, and the world, not asked for, throws', async () => {
    expect(f.db.dataDir).not.toBe('');
    const r = await f.s.app.inject({ method: 'GET', url: '/api/health' });
    expect(r.statusCode).toBe(200);
    expect(() => f.w).toThrow(/only with `world: true`/);
  });
});

describe('useService with the world', () => {
  const f = useService('sqlite', { world: true });

  test('the world is built on the service: its patient reads their own record', async () => {
    const r = await f.s.app.inject({
      method: 'GET',
      url: `/api/patients/${f.w.patient.patientId ?? ''}`,
      headers: f.w.patient.headers,
    });
    expect(r.statusCode).toBe(200);
  });
});

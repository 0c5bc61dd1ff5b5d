/**
 * @module The service's answers at its edge, on both databases: every `/api/` answer (a patient's summary,
 * the diary list, a refusal) is kept out of shared and browser caches (`no-store`) while the web app's
 * hashed files keep their year-long cache; and the version the service reports (the OpenAPI document, the
 * FHIR export's Device) is package.json's.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bundle, Device } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, useService } from '../support/service.js';

/** Read here, not through the service's own module: the test checks the service against the file. */
const PACKAGE_VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

describe.each(DIALECTS)('cache and version at the edge on %s', (dialect) => {
  let webRoot: string;

  // registered before the service's hooks: made before it starts, removed after it closes
  beforeAll(() => {
    // a built web app's shape: the page and one content-hashed asset
    webRoot = mkdtempSync(join(tmpdir(), 'tonus-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Tonus</title>');
    writeFileSync(join(webRoot, 'assets', 'app-0a1b2c3d.js'), 'export {};');
  });
  afterAll(() => {
    rmSync(webRoot, { recursive: true, force: true });
  });
  const f = useService(dialect, { options: () => ({ webRoot }), world: true });

  const get = (url: string, headers: Record<string, string> = {}) =>
    f.s.app.inject({ method: 'GET', url, headers });

  test('a patient summary, a diary list, a refusal and CDS Hooks answers are never stored by a cache', async () => {
    const id = f.w.patient.patientId ?? '';
    const summary = await get(`/api/patients/${id}/summary`, f.w.clinician.headers);
    expect(summary.statusCode, summary.body).toBe(200);
    expect(summary.headers['cache-control']).toBe('no-store');
    const diary = await get(`/api/patients/${id}/diary`, f.w.patient.headers);
    expect(diary.statusCode, diary.body).toBe(200);
    expect(diary.headers['cache-control']).toBe('no-store');
    // another patient's chart: refused, and the refusal is not cached either
    const refused = await get(`/api/patients/${id}/summary`, f.w.otherPatient.headers);
    expect(refused.statusCode).toBeGreaterThanOrEqual(400);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.headers['cache-control']).toBe('no-store');
    const unknown = await get('/api/no-such-thing', f.w.patient.headers);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['cache-control']).toBe('no-store');
    // CDS Hooks answers carry cards about a patient: the discovery route shares their prefix and rule
    const discovery = await get('/cds-services');
    expect(discovery.statusCode).toBe(200);
    expect(discovery.headers['cache-control']).toBe('no-store');
  });

  test('the web app keeps its own caching: hashed assets for a year, the page revalidated', async () => {
    const asset = await get('/assets/app-0a1b2c3d.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await get('/patients');
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  test("the version in the OpenAPI document and in a FHIR export's Device is package.json's", async () => {
    const doc = await get('/api/openapi.json');
    expect(doc.statusCode).toBe(200);
    expect((JSON.parse(doc.body) as { info: { version: string } }).info.version).toBe(
      PACKAGE_VERSION,
    );
    const fhir = await get(
      `/api/patients/${f.w.patient.patientId ?? ''}/fhir`,
      f.w.clinician.headers,
    );
    expect(fhir.statusCode, fhir.body).toBe(200);
    const devices = ((JSON.parse(fhir.body) as Bundle).entry ?? [])
      .map((e) => e.resource)
      .filter((r): r is Device => r?.resourceType === 'Device');
    expect(devices.length).toBeGreaterThan(0);
    for (const d of devices) {
      expect(d.version?.[0]?.value).toBe(PACKAGE_VERSION);
    }
  });
});

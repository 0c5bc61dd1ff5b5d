/**
 * @module The CDS Hooks services over HTTP: discovery and calls with CORS for browser sandboxes, the EHR's
 * JWT checked against the configured issuers (a Tonus session is not enough), a malformed call answered
 * 400 with a message, the chart fetched from an allowed FHIR server stub on 127.0.0.1 when prefetch is
 * missing, every call audited; and `TONUS_CDS_VERIFY=off` accepting calls without a token, with a warning.
 */
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CdsCard, CdsDiscovery } from '../../src/domain/fhir/index.js';
import { fhirHttpDeps } from '../../src/main/fhir.js';
import type { Service } from '../../src/main/server.js';
import { strainAda } from '../fixtures/assessments.js';
import { chartOf, PATIENT_ID, patientViewCall, prefetchOf } from '../fixtures/cds.js';
import { fhirRoute, startStub, type Stub } from '../fixtures/http-stub.js';
import { configOf, freshDb, startService, type TestDb } from '../support/service.js';

const ORIGIN = 'https://tonus.example.org';
const ISS = 'https://sandbox.cds-hooks.example/';
const SANDBOX = 'https://sandbox.cds-hooks.org';
const URL_PV = '/cds-services/tonus-patient-view';
const FHIR_TOKEN = 'some-opaque-fhir-access-token';

let key: CryptoKey;
let jwk: JWK;
let db: TestDb;
let s: Service;
let openDb: TestDb;
let open: Service;
let stub: Stub;

async function jwt(aud = `${ORIGIN}${URL_PV}`, signer: CryptoKey = key): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: ISS, aud, iat: now, exp: now + 300, jti: crypto.randomUUID() })
    .setProtectedHeader({ alg: 'ES384', typ: 'JWT', kid: 'k1' })
    .sign(signer);
}

const call = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(patientViewCall(prefetchOf(chartOf(strainAda))))) as Record<
    string,
    unknown
  >;

beforeAll(async () => {
  const pair = await generateKeyPair('ES384', { extractable: true });
  key = pair.privateKey;
  jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES384', use: 'sig' };
  stub = await startStub(fhirRoute(chartOf(strainAda), FHIR_TOKEN));
  db = await freshDb('sqlite');
  s = await startService(db, {
    TONUS_PUBLIC_ORIGIN: ORIGIN,
    TONUS_CDS_ISSUERS: JSON.stringify([{ iss: ISS, jwks: { keys: [jwk] } }]),
    TONUS_CDS_FHIR_SERVERS: `${stub.url}/fhir`,
  });
  openDb = await freshDb('sqlite');
  open = await startService(openDb, { TONUS_CDS_VERIFY: 'off' });
}, 60_000);
afterAll(async () => {
  await s.close();
  await open.close();
  await db.drop();
  await openDb.drop();
  await stub.close();
});

const post = async (
  svc: Service,
  body: unknown,
  headers: Record<string, string> = {},
  url = URL_PV,
) =>
  svc.app.inject({
    method: 'POST',
    url,
    headers: { origin: SANDBOX, 'content-type': 'application/json', ...headers },
    payload: JSON.stringify(body),
  });

describe('CDS Hooks over HTTP', () => {
  test('discovery answers a browser sandbox with CORS and the three services', async () => {
    const r = await s.app.inject({
      method: 'GET',
      url: '/cds-services',
      headers: { origin: SANDBOX },
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['access-control-allow-origin']).toBe('*');
    const doc = CdsDiscovery.parse(JSON.parse(r.body));
    expect(doc.services.map((x) => x.hook).sort()).toEqual([
      'order-select',
      'order-sign',
      'patient-view',
    ]);
    const pre = await s.app.inject({
      method: 'OPTIONS',
      url: URL_PV,
      headers: {
        origin: SANDBOX,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-headers']).toMatch(/authorization/);
    expect(pre.headers['access-control-allow-methods']).toMatch(/POST/);
  });

  test('a call without the EHR’s JWT is refused, naming the header; a wrong key or audience too', async () => {
    const none = await post(s, call());
    expect(none.statusCode).toBe(401);
    expect(none.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(none.headers['access-control-allow-origin']).toBe('*');
    expect(JSON.parse(none.body).detail).toMatch(/^Authorization: a bearer JWT is required/);
    const other = (await generateKeyPair('ES384')).privateKey;
    const forged = await post(s, call(), {
      authorization: `Bearer ${await jwt(undefined, other)}`,
    });
    expect(forged.statusCode).toBe(401);
    const elsewhere = await post(s, call(), {
      authorization: `Bearer ${await jwt('https://elsewhere.example/cds-services/x')}`,
    });
    expect(elsewhere.statusCode).toBe(401);
    expect(JSON.parse(elsewhere.body).detail).toMatch(/aud/);
  });

  test('a request shaped like the specification’s example, with a valid JWT, gets one valid card', async () => {
    const r = await post(s, call(), { authorization: `Bearer ${await jwt()}` });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['access-control-allow-origin']).toBe('*');
    const { cards } = JSON.parse(r.body) as { cards: unknown[] };
    expect(cards).toHaveLength(1);
    expect(CdsCard.safeParse(cards[0]).success).toBe(true);
    const audit = await s.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'cds.call')
      .where('outcome', '=', 'allowed')
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  test('a malformed call gets 400 with a message, never 500', async () => {
    const auth = { authorization: `Bearer ${await jwt()}` };
    const noInstance = call();
    delete noInstance.hookInstance;
    const r = await post(s, noInstance, auth);
    expect(r.statusCode).toBe(400);
    expect(JSON.parse(r.body).detail).toMatch(/hookInstance/);
    const notJson = await s.app.inject({
      method: 'POST',
      url: URL_PV,
      headers: { 'content-type': 'application/json', ...auth },
      payload: '{"hook":',
    });
    expect(notJson.statusCode).toBe(400);
    // hostile JSON is refused by the body parser, before any token is looked at
    for (const payload of ['{"hook":"patient-view","hook":"x"}', '{"x":{"__proto__":{}}}']) {
      const hostile = await s.app.inject({
        method: 'POST',
        url: URL_PV,
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(hostile.statusCode, payload).toBe(400);
      expect(hostile.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const unknown = await post(
      s,
      call(),
      {
        authorization: `Bearer ${await jwt(`${ORIGIN}/cds-services/nope`)}`,
      },
      '/cds-services/nope',
    );
    expect(unknown.statusCode).toBe(404);
  });

  test('without prefetch the chart is read from the allowed FHIR server with the client’s token', async () => {
    const bare = call();
    delete bare.prefetch;
    const before = stub.requests.length;
    const r = await post(
      s,
      {
        ...bare,
        fhirServer: `${stub.url}/fhir`,
        fhirAuthorization: { ...(bare.fhirAuthorization as object), access_token: FHIR_TOKEN },
      },
      { authorization: `Bearer ${await jwt()}` },
    );
    expect(r.statusCode, r.body).toBe(200);
    expect((JSON.parse(r.body) as { cards: unknown[] }).cards).toHaveLength(1);
    const seen = stub.requests.slice(before);
    expect(seen.map((x) => x.path)).toContain(`/fhir/Patient/${PATIENT_ID}`);
    expect(seen.every((x) => x.authorization === `Bearer ${FHIR_TOKEN}`)).toBe(true);
  });

  test('a FHIR server the operator did not allow is never called', async () => {
    const bare = call();
    delete bare.prefetch;
    const before = stub.requests.length;
    const r = await post(
      s,
      { ...bare, fhirServer: `${stub.url}/other`, fhirAuthorization: bare.fhirAuthorization },
      { authorization: `Bearer ${await jwt()}` },
    );
    expect(r.statusCode).toBe(412);
    expect(stub.requests.length).toBe(before);
  });

  test('with TONUS_CDS_VERIFY=off a sandbox calls without a token, and start-up warns', async () => {
    const r = await post(open, call());
    expect(r.statusCode, r.body).toBe(200);
    const warnings: string[] = [];
    fhirHttpDeps(configOf(openDb, { TONUS_CDS_VERIFY: 'off' }), open.deps, '0', (m) =>
      warnings.push(m),
    );
    expect(warnings.join()).toMatch(/TONUS_CDS_VERIFY=off/);
    const strict: string[] = [];
    fhirHttpDeps(configOf(db), s.deps, '0', (m) => strict.push(m));
    expect(strict).toEqual([]);
  });

  test('the OpenAPI document describes the FHIR and CDS Hooks routes', async () => {
    const r = await s.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = JSON.parse(r.body) as {
      paths: Record<string, Record<string, { parameters?: { name: string; schema: object }[] }>>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/patients/{id}/fhir',
        '/api/fhir/import',
        '/cds-services',
        '/cds-services/{service}',
      ]),
    );
    const param = doc.paths['/cds-services/{service}']?.post?.parameters?.[0];
    expect(param).toMatchObject({ name: 'service', schema: { type: 'string' } });
    expect(param?.schema).not.toHaveProperty('format');
  });

  test('a wrong trust list stops start-up instead of running with fewer checks', () => {
    expect(() =>
      fhirHttpDeps(
        configOf(db, { TONUS_CDS_ISSUERS: '[{"iss":"x"}]' }),
        s.deps,
        '0',
        () => undefined,
      ),
    ).toThrow(/TONUS_CDS_ISSUERS/);
  });
});

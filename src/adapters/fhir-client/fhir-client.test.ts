import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { strainAda } from '../../../test/fixtures/assessments.js';
import { cdsDeps, chartOf, PATIENT_ID, patientViewCall } from '../../../test/fixtures/cds.js';
import { fhirRoute, startStub, type Stub } from '../../../test/fixtures/http-stub.js';
import { callCdsService } from '../../app/fhir/index.js';
import { httpFhirFetcher } from './index.js';

const TOKEN = 'some-opaque-fhir-access-token';
let stub: Stub;

beforeAll(async () => {
  stub = await startStub(fhirRoute(chartOf(strainAda), TOKEN));
});
afterAll(async () => {
  await stub.close();
});

/** A patient-view call with no prefetch at all: everything must come from the FHIR server. */
function bare(fhirServer: string, token = TOKEN): unknown {
  const call = patientViewCall({}) as Record<string, any>;
  delete call.prefetch;
  return JSON.parse(
    JSON.stringify({
      ...call,
      fhirServer,
      fhirAuthorization: { ...call.fhirAuthorization, access_token: token },
    }),
  );
}

describe('fetching the chart from the client’s FHIR server when prefetch is missing', () => {
  test('reads every prefetch template from the server with the client’s token and answers with a card', async () => {
    const server = `${stub.url}/fhir`;
    const res = await callCdsService(
      'tonus-patient-view',
      bare(server),
      cdsDeps({ fetcher: httpFhirFetcher(), allowedFhirServers: [server] }),
    );
    expect(res.ok && res.value.cards).toHaveLength(1);
    const paths = stub.requests.map((r) => r.path);
    expect(paths).toContain(`/fhir/Patient/${PATIENT_ID}`);
    expect(paths).toContain(`/fhir/Condition?patient=${PATIENT_ID}&clinical-status=active`);
    expect(stub.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  test('a server that refuses the token is a 412-class failure naming the server', async () => {
    const server = `${stub.url}/fhir`;
    const res = await callCdsService(
      'tonus-patient-view',
      bare(server, 'wrong-token'),
      cdsDeps({ fetcher: httpFhirFetcher(), allowedFhirServers: [server] }),
    );
    expect(!res.ok && res.issues[0]).toMatchObject({
      code: 'cds.fhir_server_failed',
      params: { detail: 'HTTP 401' },
    });
  });

  test('a server that does not answer in time fails instead of hanging', async () => {
    const slow = await startStub(() => undefined);
    const fetcher = httpFhirFetcher({ timeoutMs: 1 });
    const got = await fetcher.fetchJson(`${slow.url}/fhir/Patient/1`, undefined);
    await slow.close();
    expect(got.ok).toBe(false);
  });

  test('an answer too large is refused, not read into memory', async () => {
    const big = await startStub(() => ({
      status: 200,
      body: { resourceType: 'Bundle', type: 'searchset', note: 'x'.repeat(5000) },
    }));
    const got = await httpFhirFetcher({ maxBytes: 1000 }).fetchJson(`${big.url}/any`, undefined);
    await big.close();
    expect(!got.ok && got.issues[0]?.params?.detail).toBe('answer larger than 1000 bytes');
  });

  test('nothing listens: not reachable', async () => {
    const gone = await startStub(() => undefined);
    await gone.close();
    const got = await httpFhirFetcher().fetchJson(`${gone.url}/fhir/Patient/1`, TOKEN);
    expect(!got.ok && got.issues[0]?.params?.detail).toBe('not reachable');
  });
});

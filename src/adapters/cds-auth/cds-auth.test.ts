import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStub, type Stub } from '../../../test/fixtures/http-stub.js';
import { cdsAuthConfigFromEnv, cdsTokenVerifier, type CdsAuthConfig } from './index.js';

const ISS = 'https://fhir-ehr.example.com/';
const AUD = 'https://cds.example.org/cds-services/tonus-patient-view';
let privateKey: CryptoKey;
let publicJwk: JWK;
let otherKey: CryptoKey;
let stub: Stub;

beforeAll(async () => {
  const pair = await generateKeyPair('ES384', { extractable: true });
  privateKey = pair.privateKey;
  publicJwk = {
    ...(await exportJWK(pair.publicKey)),
    kid: 'example-kid',
    alg: 'ES384',
    use: 'sig',
  };
  otherKey = (await generateKeyPair('ES384')).privateKey;
  stub = await startStub((req) =>
    req.url === '/jwks' ? { status: 200, body: { keys: [publicJwk] } } : undefined,
  );
});
afterAll(async () => {
  await stub.close();
});

function token(
  claims: Record<string, unknown> = {},
  header: Record<string, unknown> = {},
  key: CryptoKey = privateKey,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    iss: ISS,
    aud: AUD,
    iat: now,
    exp: now + 300,
    jti: 'ee22b021-e1b7-4611-ba5b-8eec6a33ac1e',
    tenant: 't1',
    ...claims,
  })
    .setProtectedHeader({ alg: 'ES384', typ: 'JWT', kid: 'example-kid', ...header })
    .sign(key);
}

const inline = (): CdsAuthConfig => ({
  verify: true,
  issuers: [{ iss: ISS, jwks: { keys: [publicJwk] as never } }],
  clockToleranceSeconds: 5,
});
const noWarning = (m: string): void => {
  throw new Error(`unexpected warning: ${m}`);
};
const reasonOf = async (config: CdsAuthConfig, header: string | undefined, audience = AUD) => {
  const r = await cdsTokenVerifier(config, noWarning).verify(header, audience);
  return r.ok ? 'ok' : r.issues[0]?.params?.reason;
};

describe('the CDS client’s JWT', () => {
  test('a token like the specification’s example verifies against the issuer’s inline keys', async () => {
    const r = await cdsTokenVerifier(inline(), noWarning).verify(`Bearer ${await token()}`, AUD);
    expect(r).toEqual({
      ok: true,
      value: {
        verified: true,
        iss: ISS,
        jti: 'ee22b021-e1b7-4611-ba5b-8eec6a33ac1e',
        tenant: 't1',
      },
    });
  });

  test('keys come from the issuer’s JWKS URL', async () => {
    const config: CdsAuthConfig = {
      verify: true,
      issuers: [{ iss: ISS, jwksUrl: `${stub.url}/jwks` }],
      clockToleranceSeconds: 5,
    };
    expect(await reasonOf(config, `Bearer ${await token({}, { jku: `${stub.url}/jwks` })}`)).toBe(
      'ok',
    );
  });

  test.each([
    ['no Authorization header', undefined, 'missing_token'],
    ['a header that is no bearer JWT', 'Basic abc', 'malformed_token'],
  ])('%s is refused', async (_name, header, reason) => {
    expect(await reasonOf(inline(), header)).toBe(reason);
  });

  test('an expired token, another audience, an unknown issuer, a missing jti are refused', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect(
      await reasonOf(inline(), `Bearer ${await token({ exp: now - 600, iat: now - 900 })}`),
    ).toBe('expired');
    expect(
      await reasonOf(
        inline(),
        `Bearer ${await token()}`,
        'https://cds.example.org/cds-services/other',
      ),
    ).toBe('wrong_audience');
    expect(
      await reasonOf(inline(), `Bearer ${await token({ iss: 'https://evil.example/' })}`),
    ).toBe('unknown_issuer');
    expect(await reasonOf(inline(), `Bearer ${await token({ jti: undefined })}`)).toBe(
      'missing_claim',
    );
  });

  test('a token signed with another key, or pointing at another key set, is refused', async () => {
    expect(await reasonOf(inline(), `Bearer ${await token({}, {}, otherKey)}`)).toBe(
      'bad_signature',
    );
    expect(
      await reasonOf(inline(), `Bearer ${await token({}, { jku: 'https://evil.example/jwks' })}`),
    ).toBe('jku_not_allowed');
  });

  test('HMAC and unsigned tokens are refused whatever they say', async () => {
    const hmac = await new SignJWT({ iss: ISS, aud: AUD, jti: 'x' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: 'k' })
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a shared secret of at least thirty-two bytes'));
    expect(await reasonOf(inline(), `Bearer ${hmac}`)).toBe('algorithm_not_allowed');
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT', kid: 'k' })).toString(
      'base64url',
    );
    const body = Buffer.from(JSON.stringify({ iss: ISS, aud: AUD })).toString('base64url');
    expect(await reasonOf(inline(), `Bearer ${header}.${body}.`)).toBe('algorithm_not_allowed');
  });

  test('TONUS_CDS_VERIFY=off accepts calls without a token and warns once at start', async () => {
    const warnings: string[] = [];
    const config = cdsAuthConfigFromEnv({ TONUS_CDS_VERIFY: 'off' });
    expect(config.ok).toBe(true);
    const v = cdsTokenVerifier(config.ok ? config.value : inline(), (m) => warnings.push(m));
    expect(await v.verify(undefined, AUD)).toEqual({ ok: true, value: { verified: false } });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('TONUS_CDS_VERIFY=off');
  });

  test('issuers come from TONUS_CDS_ISSUERS; a broken value is refused naming the variable', () => {
    const good = cdsAuthConfigFromEnv({
      TONUS_CDS_ISSUERS: JSON.stringify([
        { iss: ISS, jwksUrl: 'https://fhir-ehr.example.com/jwk_uri' },
      ]),
    });
    expect(good.ok && good.value).toMatchObject({ verify: true, issuers: [{ iss: ISS }] });
    const broken = cdsAuthConfigFromEnv({ TONUS_CDS_ISSUERS: '[{"iss": "x"}]' });
    expect(!broken.ok && broken.issues[0]?.path[0]).toBe('TONUS_CDS_ISSUERS');
    const notJson = cdsAuthConfigFromEnv({ TONUS_CDS_ISSUERS: '[{' });
    expect(!notJson.ok && notJson.issues[0]?.code).toBe('input.invalid_json');
  });
});

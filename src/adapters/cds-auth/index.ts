/**
 * @module The CDS client's JWT bearer token checked as CDS Hooks 2.0 asks: signed with an asymmetric
 * algorithm (never `none`, never HMAC), a `kid`, `typ` JWT, an issuer the operator trusts with its key
 * set (a JWKS URL or inline keys; a `jku` header only when it is that issuer's URL), `aud` the endpoint
 * called, and `exp`, `iat` and `jti` present. `TONUS_CDS_VERIFY=off` accepts calls without a token,
 * for sandboxes, and says so as a warning when the service starts.
 * @see {@link https://cds-hooks.hl7.org/2.0/#trusting-cds-clients}
 */
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from 'jose';
import { z } from 'zod';
import { fail, fromZodIssues, ok, type Result } from '../../domain/shared/index.js';

/** Asymmetric algorithms only: HMAC would need a shared secret, which the specification forbids. */
export const CDS_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
] as const;

export const CdsIssuer = z
  .strictObject({
    iss: z.string().min(1),
    jwksUrl: z.url({ protocol: /^https?$/ }).optional(),
    jwks: z.strictObject({ keys: z.array(z.looseObject({ kty: z.string() })).min(1) }).optional(),
  })
  .refine((i) => (i.jwksUrl === undefined) !== (i.jwks === undefined), {
    message: 'give exactly one of jwksUrl and jwks',
  });
export type CdsIssuer = z.infer<typeof CdsIssuer>;

export const CdsAuthConfig = z.strictObject({
  verify: z.boolean(),
  issuers: z.array(CdsIssuer).max(100),
  clockToleranceSeconds: z.int().min(0).max(300).default(30),
});
export type CdsAuthConfig = z.infer<typeof CdsAuthConfig>;

/**
 * The configuration from the environment: `TONUS_CDS_VERIFY` (`off` switches verification off),
 * `TONUS_CDS_ISSUERS` (a JSON array of `{ iss, jwksUrl }` or `{ iss, jwks: { keys } }`).
 */
export function cdsAuthConfigFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): Result<CdsAuthConfig> {
  let issuers: unknown = [];
  const text = env.TONUS_CDS_ISSUERS;
  if (text !== undefined && text.trim() !== '') {
    try {
      issuers = JSON.parse(text) as unknown;
    } catch {
      return fail([
        { code: 'input.invalid_json', path: ['TONUS_CDS_ISSUERS'], params: { detail: 'not JSON' } },
      ]);
    }
  }
  const parsed = CdsAuthConfig.safeParse({ verify: env.TONUS_CDS_VERIFY !== 'off', issuers });
  return parsed.success
    ? ok(parsed.data)
    : fail(fromZodIssues(parsed.error.issues, ['TONUS_CDS_ISSUERS']));
}

export type CdsAuthFailure =
  | 'missing_token'
  | 'malformed_token'
  | 'algorithm_not_allowed'
  | 'unknown_issuer'
  | 'jku_not_allowed'
  | 'bad_signature'
  | 'expired'
  | 'wrong_audience'
  | 'missing_claim';

/** Who called, once the token checked out (or that nobody checked, in a sandbox). */
export type CdsCaller =
  | {
      readonly verified: true;
      readonly iss: string;
      readonly tenant?: string;
      readonly jti: string;
    }
  | { readonly verified: false };

export interface CdsTokenVerifier {
  /**
   * @param authorization - The request's `Authorization` header.
   * @param audience - The absolute URL of the endpoint called (`https://host/cds-services/tonus-patient-view`).
   */
  verify(authorization: string | undefined, audience: string): Promise<Result<CdsCaller>>;
}

const refuse = (reason: CdsAuthFailure): Result<CdsCaller> =>
  fail([{ code: 'cds.unauthorized', path: ['authorization'], params: { reason } }]);

function keySets(
  issuers: readonly CdsIssuer[],
): Map<string, { readonly getKey: JWTVerifyGetKey; readonly jku?: string }> {
  return new Map(
    issuers.map((i) => [
      i.iss,
      i.jwksUrl === undefined
        ? { getKey: createLocalJWKSet(i.jwks as JSONWebKeySet) }
        : {
            getKey: createRemoteJWKSet(new URL(i.jwksUrl), {
              timeoutDuration: 5000,
              cooldownDuration: 30_000,
            }),
            jku: i.jwksUrl,
          },
    ]),
  );
}

function failureOf(e: unknown): CdsAuthFailure {
  if (e instanceof errors.JWTExpired) {
    return 'expired';
  }
  if (e instanceof errors.JWTClaimValidationFailed) {
    return e.claim === 'aud' ? 'wrong_audience' : 'missing_claim';
  }
  if (e instanceof errors.JOSEAlgNotAllowed) {
    return 'algorithm_not_allowed';
  }
  return 'bad_signature';
}

/**
 * A verifier for the configured issuers.
 * @param warn - Where the start-up warning goes when verification is off (the server's logger).
 */
export function cdsTokenVerifier(
  config: CdsAuthConfig,
  warn: (message: string) => void,
): CdsTokenVerifier {
  if (!config.verify) {
    warn(
      'TONUS_CDS_VERIFY=off: CDS Hooks calls are accepted without a verified JWT; use this only with a sandbox',
    );
    return { verify: () => Promise.resolve(ok({ verified: false })) };
  }
  const sets = keySets(config.issuers);
  return {
    async verify(authorization, audience) {
      const match = /^Bearer\s+([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]*)$/.exec(
        authorization?.trim() ?? '',
      );
      const token = match?.[1];
      if (token === undefined) {
        return refuse(authorization === undefined ? 'missing_token' : 'malformed_token');
      }
      let header: ReturnType<typeof decodeProtectedHeader>;
      let iss: string | undefined;
      try {
        header = decodeProtectedHeader(token);
        iss = decodeJwt(token).iss;
      } catch {
        return refuse('malformed_token');
      }
      if (!(CDS_ALGORITHMS as readonly string[]).includes(header.alg ?? '')) {
        return refuse('algorithm_not_allowed');
      }
      if (header.kid === undefined || header.typ !== 'JWT') {
        return refuse('malformed_token');
      }
      const set = iss === undefined ? undefined : sets.get(iss);
      if (iss === undefined || set === undefined) {
        return refuse('unknown_issuer');
      }
      if (header.jku !== undefined && header.jku !== set.jku) {
        return refuse('jku_not_allowed');
      }
      try {
        const { payload } = await jwtVerify(token, set.getKey, {
          issuer: iss,
          audience,
          algorithms: [...CDS_ALGORITHMS],
          clockTolerance: config.clockToleranceSeconds,
          requiredClaims: ['exp', 'iat', 'jti'],
        });
        const tenant = typeof payload.tenant === 'string' ? payload.tenant : undefined;
        return ok({
          verified: true,
          iss,
          jti: String(payload.jti),
          ...(tenant === undefined ? {} : { tenant }),
        });
      } catch (e) {
        return refuse(failureOf(e));
      }
    },
  };
}

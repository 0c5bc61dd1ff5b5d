/** @module What the FHIR use cases need from outside: a FHIR server to read from when prefetch is missing. */
import type { Result } from '../../domain/shared/index.js';

/** Reads a FHIR URL with an optional bearer token; the adapter enforces timeouts and size limits. */
export interface FhirFetcher {
  fetchJson(url: string, accessToken: string | undefined): Promise<Result<unknown>>;
}

/** Checks a CDS client's `Authorization` header against the trusted issuers (the jose adapter). */
export interface CdsCallerCheck {
  /**
   * @param audience - The absolute URL of the endpoint called, which the token's `aud` must name.
   */
  verify(authorization: string | undefined, audience: string): Promise<Result<unknown>>;
}

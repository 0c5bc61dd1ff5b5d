/** @module What the FHIR use cases need from outside: a FHIR server to read from when prefetch is missing. */
import type { Result } from '../../domain/shared/index.js';

/** Reads a FHIR URL with an optional bearer token; the adapter enforces timeouts and size limits. */
export interface FhirFetcher {
  fetchJson(url: string, accessToken: string | undefined): Promise<Result<unknown>>;
}

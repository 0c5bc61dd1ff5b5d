/**
 * @module Reads a CDS client's FHIR server over HTTP: a GET with the client's bearer token, JSON of bounded
 * size read strictly, a timeout, no redirects (a redirect could carry the token elsewhere). Failures
 * come back as issues, never as exceptions.
 */
import type { FhirFetcher } from '../../app/fhir/index.js';
import { parseJson } from '../../app/index.js';
import { fail, type Result } from '../../domain/shared/index.js';

export interface FhirClientOptions {
  readonly timeoutMs?: number;
  /** A search answer larger than this is refused rather than read into memory. */
  readonly maxBytes?: number;
}

const failed = (detail: string): Result<unknown> =>
  fail([{ code: 'cds.fhir_server_failed', path: ['fhirServer'], params: { detail } }]);

async function readBounded(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<string | undefined> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export function httpFhirFetcher({
  timeoutMs = 5000,
  maxBytes = 20 * 1024 * 1024,
}: FhirClientOptions = {}): FhirFetcher {
  return {
    async fetchJson(url, accessToken) {
      let response: Response;
      try {
        response = await fetch(url, {
          headers: {
            Accept: 'application/fhir+json',
            ...(accessToken === undefined ? {} : { Authorization: `Bearer ${accessToken}` }),
          },
          redirect: 'error',
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (e) {
        return failed(
          e instanceof Error && e.name === 'TimeoutError'
            ? `no answer within ${timeoutMs} ms`
            : 'not reachable',
        );
      }
      if (response.status !== 200 || response.body === null) {
        await response.body?.cancel();
        return failed(`HTTP ${response.status}`);
      }
      const text = await readBounded(response.body, maxBytes);
      if (text === undefined) {
        return failed(`answer larger than ${maxBytes} bytes`);
      }
      const json = parseJson(text, { maxLength: maxBytes, maxDepth: 64 });
      return json.ok ? json : failed('answer is not strict JSON');
    },
  };
}

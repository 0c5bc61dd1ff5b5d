/**
 * @module Wires FHIR and CDS Hooks for the service: the official-schema check, the CDS clients' JWT
 * verifier (trusted issuers from the configuration; `TONUS_CDS_VERIFY=off` warns), the FHIR client for
 * allowed servers, and the English card words.
 */
import { randomUUID } from 'node:crypto';
import { cdsAuthConfigFromEnv, cdsTokenVerifier } from '../adapters/cds-auth/index.js';
import { httpFhirFetcher } from '../adapters/fhir-client/index.js';
import { bundleSchemaIssues } from '../adapters/fhir-schema/index.js';
import type { FhirHttpDeps } from '../adapters/http/index.js';
import type { CoreDeps } from '../app/shared/index.js';
import type { ServerConfig } from '../config/index.js';
import { cdsEn, en, issueText } from '../i18n/index.js';

export function fhirHttpDeps(
  config: ServerConfig,
  core: CoreDeps,
  version: string,
  warn: (message: string) => void,
): FhirHttpDeps {
  const auth = cdsAuthConfigFromEnv({
    TONUS_CDS_VERIFY: config.cds.verify ? 'on' : 'off',
    TONUS_CDS_ISSUERS: config.cds.issuers,
  });
  if (!auth.ok) {
    // a wrong trust list must stop start-up, never run with fewer checks than configured
    throw new Error(`TONUS_CDS_ISSUERS: ${auth.issues.map(issueText).join('; ')}`);
  }
  const fetcher = httpFhirFetcher();
  return {
    record: { core, software: { version }, schemaIssues: bundleSchemaIssues },
    caller: cdsTokenVerifier(auth.value, warn),
    cds: (today) => ({
      m: en,
      cds: cdsEn,
      fetcher,
      allowedFhirServers: config.cds.fhirServers,
      ...(config.publicOrigin === null ? {} : { appUrl: config.publicOrigin }),
      today,
      newUuid: randomUUID,
    }),
  };
}

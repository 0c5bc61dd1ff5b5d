/**
 * @module Tonus's version, the one source: package.json's `version`, read once here by the composition roots
 * and passed to what reports it (the OpenAPI document, FHIR Device and Provenance, the CLI's exports). The
 * path is the same from `src/main` (tsx) and from `dist/main` (the build): two folders up is the package.
 */
import { createRequire } from 'node:module';

function packageVersion(): string {
  const pkg = createRequire(import.meta.url)('../../package.json') as { version?: unknown };
  if (typeof pkg.version !== 'string' || pkg.version === '') {
    // a package without a version is a broken install, not input to answer
    throw new Error('package.json has no version');
  }
  return pkg.version;
}

export const VERSION: string = packageVersion();

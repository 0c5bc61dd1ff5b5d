/**
 * @module Use case: every fact the engine uses, flattened with its sources and status, for `tonus kb`
 * and for the tests that hold the knowledge base to its rules (a source on every fact; no UNVERIFIED
 * fact behind a hard stop). Each table of knowledge words its own entries; this only gathers them.
 */
import { classifierCatalog } from '../domain/classifier/index.js';
import { labBandCatalog } from '../domain/evidence/index.js';
import {
  analyteCatalog,
  anatomyCatalog,
  articleCatalog,
  conditionCatalog,
  drugCatalog,
  findingCatalog,
  prescriptionWordCatalog,
  selfCareCatalog,
  sourceCatalog,
  type CatalogFact,
  type FactKind,
} from '../domain/kb/index.js';
import { orderCatalog } from '../domain/orders/index.js';
import { scaleCatalog } from '../domain/scales/index.js';
import { treatmentCatalog } from '../domain/treatment/index.js';
import { triageCatalog } from '../domain/triage/index.js';

export type { CatalogFact, Detail } from '../domain/kb/index.js';

export function buildCatalog(): CatalogFact[] {
  return [
    ...sourceCatalog(),
    ...articleCatalog(),
    ...conditionCatalog(),
    ...findingCatalog(),
    ...analyteCatalog(),
    ...labBandCatalog(),
    ...selfCareCatalog(),
    ...treatmentCatalog(),
    ...drugCatalog(),
    ...prescriptionWordCatalog(),
    ...scaleCatalog(),
    ...anatomyCatalog(),
    ...triageCatalog(),
    ...orderCatalog(),
    ...classifierCatalog(),
  ];
}

export function listFacts(
  filter: { readonly unverifiedOnly?: boolean; readonly kind?: FactKind } = {},
): CatalogFact[] {
  return buildCatalog().filter(
    (f) =>
      (filter.unverifiedOnly !== true || f.status === 'UNVERIFIED') &&
      (filter.kind === undefined || f.kind === filter.kind),
  );
}

/** @module The classifier's knowledge as catalog entries: the tests it proposes and every evidence frequency. */
import { catalogOf, type CatalogFact } from '../kb/index.js';
import { BASELINE_BOOLEANS } from './baseline.js';
import { CONDITION_MODELS, type Frequency } from './model.js';
import { TEST_CATALOG } from './test-catalog.js';

function frequencyText(f: Frequency): string {
  return typeof f === 'number'
    ? String(f)
    : Object.entries(f)
        .map(([k, v]) => `${k}:${v}`)
        .join(' ');
}

export function classifierCatalog(): CatalogFact[] {
  const tests = catalogOf('test', 'test', TEST_CATALOG, (t) => ({
    kind: t.kind,
    reveals: t.reveals.join(' '),
    ...('loinc' in t ? { loinc: t.loinc } : {}),
  }));
  const evidence = CONDITION_MODELS.flatMap((m): CatalogFact[] => [
    {
      id: `evidence.${m.condition}.prior`,
      kind: 'evidence',
      sourceIds: ['TONUS'],
      status: 'UNVERIFIED',
      detail: {
        prior: m.prior,
        ...(m.requires === undefined ? {} : { requires: m.requires }),
        ...(m.standsWithAnyOf === undefined
          ? {}
          : { standsWithAnyOf: m.standsWithAnyOf.join(' ') }),
      },
    },
    ...m.evidence.map((item): CatalogFact => {
      const base = BASELINE_BOOLEANS[item.feature as keyof typeof BASELINE_BOOLEANS];
      return {
        id: `evidence.${m.condition}.${item.feature}`,
        kind: 'evidence',
        sourceIds: m.sourceIds,
        status: m.status,
        detail: {
          frequency: frequencyText(item.frequency),
          ...(base === undefined ? {} : { otherCauses: base }),
          estimate: true,
        },
      };
    }),
  ]);
  return [...tests, ...evidence];
}

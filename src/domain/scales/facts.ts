/** @module The scales as knowledge-base facts: what each measures and where its scoring comes from. */
import { catalogOf, summaryOnly, type CatalogFact, type Provenance } from '../kb/index.js';

export const SCALE_FACTS = {
  psfs: {
    summary:
      'Penn Spasm Frequency Scale: frequency 0–4, severity 1–3 only when frequency ≥ 1; parts reported separately',
    sourceIds: ['S1'],
    status: 'V',
  },
  mas: {
    summary:
      'Modified Ashworth Scale 0, 1, 1+, 2, 3, 4 for resistance to passive stretch; stored as strings',
    sourceIds: ['S2'],
    status: 'V',
  },
  mrc: { summary: 'MRC muscle power 0–5', sourceIds: ['S3'], status: 'V' },
  ninds: {
    summary: 'NINDS myotatic reflex scale 0–4; 2 and 3 are normal',
    sourceIds: ['S4'],
    status: 'P',
  },
  nrs: {
    summary:
      'Numeric pain rating 0–10; bands 1–3 mild, 4–6 moderate, 7–10 severe; 2 points or 30 % is clinically important',
    sourceIds: ['S5'],
    status: 'P',
  },
  odi: {
    summary:
      'Oswestry Disability Index: 10 sections 0–5; percent = sum / (5 × answered) × 100; bands by 20 %',
    sourceIds: ['S6'],
    status: 'V',
  },
  rmdq: {
    summary: 'Roland-Morris: count of 24 statements ticked today (0–24)',
    sourceIds: ['S7'],
    status: 'V',
  },
  start_back: {
    summary:
      'STarT Back: total of 9 items, psychosocial subscale items 5–9; ≤ 3 low, subscale ≥ 4 high, else medium',
    sourceIds: ['S8'],
    status: 'V',
  },
} as const satisfies Record<string, Provenance & { summary: string }>;

export function scaleCatalog(): CatalogFact[] {
  return catalogOf('scale', 'scale', SCALE_FACTS, summaryOnly);
}

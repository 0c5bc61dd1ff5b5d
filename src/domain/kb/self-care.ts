/**
 * @module The article's immediate self-care measures with their numbers [A]. The numbers come only from
 * the article; no guideline checked gives them (reference §0.1), so as guideline facts they are UNVERIFIED,
 * while ACP 2017 supports heat and massage for acute low back pain [R2].
 */
import { catalogOf, summaryOnly, type CatalogFact, type Provenance } from './fact.js';

interface SelfCareMeasure extends Provenance {
  readonly summary: string;
  readonly holdSeconds?: readonly [number, number];
  readonly minutes?: readonly [number, number];
  readonly litresPerDay?: readonly [number, number];
  readonly direction?: 'lower_back_to_neck';
}

export const SELF_CARE = {
  stretch: {
    summary:
      'Stretch the muscle in spasm for 30–60 seconds, or repeat stretch-relax; forward-backward bending or a side-to-side twist',
    holdSeconds: [30, 60],
    sourceIds: ['A'],
    status: 'UNVERIFIED',
  },
  massage: {
    summary:
      'Slow deep-tissue massage from the lower back upwards to the back of the neck; self-massage with a foam roller or tennis ball',
    direction: 'lower_back_to_neck',
    sourceIds: ['A', 'R2'],
    status: 'P',
  },
  ice: {
    summary:
      'Ice for 15–20 minutes: for sports or overuse spasm, and for spasticity in central conditions (stroke, cerebral palsy)',
    minutes: [15, 20],
    sourceIds: ['A'],
    status: 'UNVERIFIED',
  },
  heat: {
    summary: 'Hot packs for 15–20 minutes for generalised aches and pain',
    minutes: [15, 20],
    sourceIds: ['A', 'R2'],
    status: 'P',
  },
  hydration: {
    summary: 'Drink 2–3 litres of water a day and replace electrolytes to avoid recurrent spasms',
    litresPerDay: [2, 3],
    sourceIds: ['A'],
    status: 'UNVERIFIED',
  },
  supplements: {
    summary:
      'Calcium, magnesium or vitamin B12 can replace a deficiency; speak to a doctor first for the right dosage',
    sourceIds: ['A'],
    status: 'V',
  },
  stay_active: {
    summary: 'For acute low back pain start with non-drug care; keep moving within comfort',
    sourceIds: ['R2', 'R1'],
    status: 'V',
  },
} as const satisfies Record<string, SelfCareMeasure>;

export type SelfCareMeasureId = keyof typeof SELF_CARE;

export function selfCareCatalog(): CatalogFact[] {
  return catalogOf('self_care', 'self_care', SELF_CARE, summaryOnly);
}

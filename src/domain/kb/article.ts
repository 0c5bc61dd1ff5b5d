/**
 * @module What the source article itself states: the definition, the five symptoms, the three cause
 * groups with their mechanisms, and the diagnostic methods of the assessment [A].
 */
import type { CauseGroup } from '../shared/index.js';
import { catalogOf, summaryOnly, type CatalogFact, type Provenance } from './fact.js';
import type { FindingId } from './findings.js';

interface ArticleFact extends Provenance {
  readonly summary: string;
}

export const DEFINITION: ArticleFact = {
  summary:
    'A spasm is a sudden, involuntary, forceful and painful contraction; it is a symptom of an underlying cause. Paraspinal muscles run parallel to the spine; a spasm of them is a paraspinal muscle spasm.',
  sourceIds: ['A'],
  status: 'V',
};

/** The five presenting symptoms, each mapped to the finding that records it. */
export const SYMPTOMS = {
  cramping: {
    finding: 'muscle_cramps',
    summary: 'Cramping sensation in the back',
    sourceIds: ['A'],
    status: 'V',
  },
  restricted_mobility: {
    finding: 'pain_on_movement',
    summary: 'Restricted mobility of the back',
    sourceIds: ['A'],
    status: 'V',
  },
  discomfort_any_position: {
    finding: 'pain_on_movement',
    summary: 'Uncomfortable sensation in any position',
    sourceIds: ['A'],
    status: 'V',
  },
  relief_at_rest: {
    finding: 'relief_at_rest',
    summary: 'Relief only when the back is in a resting position',
    sourceIds: ['A'],
    status: 'V',
  },
  back_hip_weakness: {
    finding: 'back_hip_weakness',
    summary: 'Weakness of the back and hips',
    sourceIds: ['A'],
    status: 'V',
  },
} as const satisfies Record<string, ArticleFact & { finding: FindingId }>;

export const PREVALENCE: ArticleFact = {
  summary: 'Paraspinal muscle spasms occur in every age group and gender',
  sourceIds: ['A'],
  status: 'V',
};

export const GROUPS = {
  muscle: {
    summary:
      'Muscle-related: at the cellular level, usually electrolyte imbalance (calcium release is needed for normal contraction); overuse with oxygen supply below demand builds lactic acid, often in people who exercise regularly',
    sourceIds: ['A'],
    status: 'V',
  },
  nerve: {
    summary:
      'Peripheral nerve related: denervation from injury or disease leads to involuntary contractions; the example is spinal cord injury, with chronic spasm below the level of injury',
    sourceIds: ['A'],
    status: 'V',
  },
  central: {
    summary:
      'Centrally related: stroke and cerebral palsy raise tone through loss of cortical inhibition (spasticity), making walking, running and daily activities difficult',
    sourceIds: ['A'],
    status: 'V',
  },
} as const satisfies Record<CauseGroup, ArticleFact>;

/** The history items and examination methods of the article's assessment, in its order [A]. */
export const METHODS = {
  history: {
    summary:
      'History of onset, distribution, frequency, occurrence and severity; it should narrow the cause to one of the three groups',
    sourceIds: ['A'],
    status: 'V',
  },
  palpation: {
    summary: 'Palpation of the paraspinal muscles: is the muscle taut or painful',
    sourceIds: ['A'],
    status: 'V',
  },
  range_of_motion: {
    summary: 'Range of motion of back, neck and hips; indicates the severity of the spasm',
    sourceIds: ['A', 'M1'],
    status: 'V',
  },
  manual_muscle_testing: {
    summary: 'Manual muscle testing (MRC 0–5); weakness may indicate muscle fibre damage',
    sourceIds: ['A', 'S3'],
    status: 'V',
  },
  reflexes: {
    summary: 'Reflexes; spasm can impinge nerve roots and reflexes localise the level',
    sourceIds: ['A', 'S4', 'M4'],
    status: 'V',
  },
  sensory_testing: {
    summary: 'Sensory testing of touch, pain and vibration',
    sourceIds: ['A', 'M3'],
    status: 'V',
  },
  gait_analysis: {
    summary: 'Gait analysis, since postural muscles are affected',
    sourceIds: ['A'],
    status: 'V',
  },
  electromyography: {
    summary: 'Electromyography with needle or surface electrodes, at rest or in action',
    sourceIds: ['A'],
    status: 'V',
  },
  neuroimaging: {
    summary: 'MRI/CT for muscle health, density and girth, and for spinal cord involvement',
    sourceIds: ['A'],
    status: 'V',
  },
} as const satisfies Record<string, ArticleFact>;

/** Pharmacotherapy as the article presents it: only a doctor prescribes, side effects include drowsiness, tremor, nausea [A]. */
export const PHARMACOTHERAPY_PRINCIPLES: ArticleFact = {
  summary:
    'Prescription drugs are for diagnosed disease, prescribed only by a doctor and never self-administered; side effects include drowsiness, tremors and nausea',
  sourceIds: ['A'],
  status: 'V',
};

/** The article's own statements as catalog entries. */
export function articleCatalog(): CatalogFact[] {
  return [
    { id: 'article.definition', kind: 'symptom', ...DEFINITION, detail: summaryOnly(DEFINITION) },
    { id: 'article.prevalence', kind: 'symptom', ...PREVALENCE, detail: summaryOnly(PREVALENCE) },
    {
      id: 'article.pharmacotherapy',
      kind: 'method',
      ...PHARMACOTHERAPY_PRINCIPLES,
      detail: summaryOnly(PHARMACOTHERAPY_PRINCIPLES),
    },
    ...catalogOf('symptom', 'symptom', SYMPTOMS, (s) => ({
      summary: s.summary,
      finding: s.finding,
    })),
    ...catalogOf('group', 'group', GROUPS, summaryOnly),
    ...catalogOf('method', 'method', METHODS, summaryOnly),
  ];
}

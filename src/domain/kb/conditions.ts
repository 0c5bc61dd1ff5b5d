/**
 * @module The conditions of the differential: every condition id of FORMAT.md with its cause group and codes.
 * The 13 diseases of the article's table, the conditions its text names, and the red-flag mimics.
 */
import { z } from 'zod';
import type { CauseGroup } from '../shared/index.js';
import { CODE_SYSTEMS } from './codes.js';
import type { CatalogFact, Provenance } from './fact.js';

export interface CodeRef extends Provenance {
  readonly system: 'icd10cm' | 'snomed';
  readonly code: string;
  readonly display: string;
}

interface ConditionDef extends Provenance {
  /** The article's grouping (FORMAT.md); `null` for red-flag conditions and mimics outside the three groups. */
  readonly group: CauseGroup | null;
  /** Groups also judged clinically right: the article files cord injury, NBIA and strychnine under nerve, but they act on upper motor neurons. */
  readonly alsoGroups: readonly CauseGroup[];
  /** In the article's disease table (13 entries) [A]. */
  readonly inArticleTable: boolean;
  readonly codes: readonly CodeRef[];
}

const icd = (code: string, display: string, status: Provenance['status'] = 'V'): CodeRef => ({
  system: 'icd10cm',
  code,
  display,
  sourceIds: ['C1'],
  status,
});
const sct = (
  code: string,
  display: string,
  status: Provenance['status'] = 'V',
  source: 'C3' | 'C5' = 'C3',
): CodeRef => ({
  system: 'snomed',
  code,
  display,
  sourceIds: [source],
  status,
});

export const CONDITIONS = {
  hypokalemia: {
    group: 'muscle',
    alsoGroups: [],
    inArticleTable: true,
    sourceIds: ['A', 'L2'],
    status: 'V',
    codes: [icd('E87.6', 'Hypokalemia'), sct('43339004', 'Hypokalemia')],
  },
  hypomagnesemia: {
    group: 'muscle',
    alsoGroups: [],
    inArticleTable: true,
    sourceIds: ['A', 'L3', 'L4'],
    status: 'V',
    codes: [icd('E83.42', 'Hypomagnesemia'), sct('190855004', 'Hypomagnesemia')],
  },
  hypocalcemia: {
    group: 'muscle',
    alsoGroups: [],
    inArticleTable: true,
    sourceIds: ['A', 'L1', 'L8'],
    status: 'V',
    codes: [icd('E83.51', 'Hypocalcemia'), sct('5291005', 'Hypocalcemia')],
  },
  addisons_disease: {
    group: 'muscle',
    alsoGroups: [],
    inArticleTable: true,
    sourceIds: ['A', 'X1'],
    status: 'V',
    codes: [
      icd('E27.1', 'Primary adrenocortical insufficiency'),
      sct('363732003', "Addison's disease"),
    ],
  },
  renal_disease: {
    group: 'muscle',
    alsoGroups: [],
    inArticleTable: true,
    sourceIds: ['A', 'L7', 'X9'],
    status: 'V',
    codes: [
      icd('N18.9', 'Chronic kidney disease, unspecified'),
      sct('709044004', 'Chronic kidney disease'),
    ],
  },
  exertional_overuse: {
    group: 'muscle',
    alsoGroups: [],
    inArticleTable: false,
    sourceIds: ['A', 'R1'],
    status: 'V',
    codes: [
      icd('S39.012A', 'Strain of muscle, fascia and tendon of lower back, initial encounter'),
      icd('M62.830', 'Muscle spasm of back'),
      sct('203095000', 'Spasm of back muscles'),
    ],
  },
  peripheral_neuropathy: {
    group: 'nerve',
    alsoGroups: [],
    inArticleTable: true,
    sourceIds: ['A', 'X8'],
    status: 'V',
    codes: [icd('G62.9', 'Polyneuropathy, unspecified'), sct('42345000', 'Polyneuropathy')],
  },
  benign_fasciculation_cramp_syndrome: {
    group: 'nerve',
    alsoGroups: [],
    inArticleTable: true,
    sourceIds: ['A', 'X5'],
    status: 'P',
    // no specific ICD-10-CM code exists; the reference suggests R25.2 with R25.3 [C1]
    codes: [icd('R25.2', 'Cramp and spasm'), icd('R25.3', 'Fasciculation')],
  },
  nbia: {
    group: 'nerve',
    alsoGroups: ['central'],
    inArticleTable: true,
    sourceIds: ['A', 'X7'],
    status: 'P',
    codes: [
      icd('G23.0', 'Hallervorden-Spatz disease'),
      sct('2992000', 'Pantothenate kinase-associated neurodegeneration', 'P', 'C5'),
    ],
  },
  strychnine_poisoning: {
    group: 'nerve',
    alsoGroups: ['central'],
    inArticleTable: true,
    sourceIds: ['A', 'X6'],
    status: 'P',
    codes: [
      icd('T65.1X1A', 'Toxic effect of strychnine and its salts, accidental, initial encounter'),
    ],
  },
  spinal_cord_injury: {
    group: 'nerve',
    alsoGroups: ['central'],
    inArticleTable: false,
    sourceIds: ['A', 'M3'],
    status: 'V',
    codes: [],
  },
  lumbar_radiculopathy: {
    group: 'nerve',
    alsoGroups: [],
    inArticleTable: false,
    sourceIds: ['R1', 'M4'],
    status: 'V',
    codes: [
      icd('M54.16', 'Radiculopathy, lumbar region'),
      icd('M54.17', 'Radiculopathy, lumbosacral region'),
    ],
  },
  tourette_syndrome: {
    group: 'central',
    alsoGroups: [],
    inArticleTable: true,
    sourceIds: ['A', 'X4'],
    status: 'V',
    codes: [
      icd('F95.2', "Tourette's disorder"),
      sct('5158005', "Gilles de la Tourette's syndrome"),
    ],
  },
  tumor_mass: {
    group: 'central',
    alsoGroups: [],
    inArticleTable: true,
    sourceIds: ['A', 'R3', 'R4'],
    status: 'V',
    codes: [
      icd('C79.51', 'Secondary malignant neoplasm of bone'),
      icd('C72.0', 'Malignant neoplasm of spinal cord'),
      sct('94602001', 'Metastatic neoplasm to vertebral column'),
      sct('71286001', 'Spinal cord compression'),
    ],
  },
  wilsons_disease: {
    group: 'central',
    alsoGroups: [],
    inArticleTable: true,
    sourceIds: ['A', 'X2', 'X3'],
    status: 'V',
    codes: [icd('E83.01', "Wilson's disease"), sct('88518009', 'Wilson disease', 'P', 'C5')],
  },
  encephalitis: {
    group: 'central',
    alsoGroups: [],
    inArticleTable: true,
    sourceIds: ['A', 'R6'],
    status: 'V',
    codes: [
      icd('G04.90', 'Encephalitis and encephalomyelitis, unspecified'),
      sct('45170000', 'Encephalitis'),
    ],
  },
  stroke: {
    group: 'central',
    alsoGroups: [],
    inArticleTable: false,
    sourceIds: ['A'],
    status: 'V',
    codes: [sct('221360009', 'Spasticity')],
  },
  cerebral_palsy: {
    group: 'central',
    alsoGroups: [],
    inArticleTable: false,
    sourceIds: ['A'],
    status: 'V',
    codes: [sct('221360009', 'Spasticity')],
  },
  multiple_sclerosis: {
    group: 'central',
    alsoGroups: [],
    inArticleTable: false,
    sourceIds: ['FORMAT', 'D1'],
    status: 'P',
    codes: [sct('221360009', 'Spasticity')],
  },
  cauda_equina_syndrome: {
    group: null,
    alsoGroups: [],
    inArticleTable: false,
    sourceIds: ['R3', 'R4'],
    status: 'V',
    codes: [icd('G83.4', 'Cauda equina syndrome'), sct('192970008', 'Cauda equina syndrome')],
  },
  spinal_infection: {
    group: null,
    alsoGroups: [],
    inArticleTable: false,
    sourceIds: ['R3'],
    status: 'V',
    codes: [
      icd('M46.40', 'Discitis, unspecified, site unspecified', 'P'),
      icd('G06.1', 'Intraspinal abscess and granuloma'),
    ],
  },
  vertebral_fracture: {
    group: null,
    alsoGroups: [],
    inArticleTable: false,
    sourceIds: ['R3', 'R4'],
    status: 'V',
    codes: [icd('M48.50XA', 'Collapsed vertebra, NEC, site unspecified, initial encounter', 'P')],
  },
  tetanus: {
    group: null,
    alsoGroups: [],
    inArticleTable: false,
    sourceIds: ['C1', 'C3'],
    status: 'V',
    codes: [icd('A35', 'Other tetanus'), sct('76902006', 'Tetanus')],
  },
  stiff_person_syndrome: {
    group: null,
    alsoGroups: [],
    inArticleTable: false,
    sourceIds: ['C1', 'C3'],
    status: 'P',
    codes: [icd('G25.82', 'Stiff-man syndrome'), sct('5217008', 'Stiff-person syndrome')],
  },
  rhabdomyolysis: {
    group: null,
    alsoGroups: [],
    inArticleTable: false,
    sourceIds: ['C1', 'X6'],
    status: 'P',
    codes: [icd('M62.82', 'Rhabdomyolysis'), sct('240131006', 'Rhabdomyolysis')],
  },
  neuroleptic_malignant_syndrome: {
    group: null,
    alsoGroups: [],
    inArticleTable: false,
    sourceIds: ['FORMAT', 'TONUS'],
    status: 'UNVERIFIED',
    codes: [],
  },
  serotonin_syndrome: {
    group: null,
    alsoGroups: [],
    inArticleTable: false,
    sourceIds: ['FORMAT', 'TONUS'],
    status: 'UNVERIFIED',
    codes: [],
  },
  acute_dystonic_reaction: {
    group: null,
    alsoGroups: [],
    inArticleTable: false,
    sourceIds: ['FORMAT', 'TONUS'],
    status: 'UNVERIFIED',
    codes: [],
  },
} as const satisfies Record<string, ConditionDef>;

export type ConditionId = keyof typeof CONDITIONS;
export const CONDITION_IDS = Object.keys(CONDITIONS) as [ConditionId, ...ConditionId[]];
export const ConditionId = z.enum(CONDITION_IDS);

export function conditionDef(id: ConditionId): ConditionDef {
  return CONDITIONS[id];
}

/** Presentation codes for the complaint itself (reference §1.1, §1.3). */
export const PRESENTATION_CODES: readonly CodeRef[] = [
  icd('M62.830', 'Muscle spasm of back'),
  icd('R25.2', 'Cramp and spasm'),
  icd('R25.3', 'Fasciculation'),
  icd('R29.0', 'Tetany'),
  icd('M54.50', 'Low back pain, unspecified', 'P'),
  icd('M54.2', 'Cervicalgia'),
  icd('M54.6', 'Pain in thoracic spine'),
  sct('45352006', 'Spasm'),
  sct('203095000', 'Spasm of back muscles'),
  sct('221360009', 'Spasticity'),
  sct('279039007', 'Low back pain'),
  sct('82470000', 'Muscle fasciculation'),
];

function codeEntry(id: string, code: CodeRef): CatalogFact {
  return {
    id: `code.${id}.${code.system}.${code.code}`,
    kind: 'code',
    sourceIds: code.sourceIds,
    status: code.status,
    detail: { system: CODE_SYSTEMS[code.system].url, code: code.code, display: code.display },
  };
}

/** Every condition with its codes, and the codes of the presentation itself. */
export function conditionCatalog(): CatalogFact[] {
  const conditions = Object.entries(CONDITIONS).flatMap(([id, c]): CatalogFact[] => [
    {
      id: `condition.${id}`,
      kind: 'condition',
      sourceIds: c.sourceIds,
      status: c.status,
      detail: { group: c.group ?? 'outside the three groups', inArticleTable: c.inArticleTable },
    },
    ...c.codes.map((code) => codeEntry(id, code)),
  ]);
  return [...conditions, ...PRESENTATION_CODES.map((code) => codeEntry('presentation', code))];
}

/**
 * @module The conditions of the differential, each in its own file: every condition id of FORMAT.md with
 * its group, codes, evidence model, confirmation, treatment and triage floor. The 13 diseases of the
 * article's table, the conditions its text names, and the red-flag mimics.
 */
import { z } from 'zod';
import { CODE_SYSTEMS } from '../codes.js';
import type { CatalogFact } from '../fact.js';
import { acuteDystonicReaction } from './acute-dystonic-reaction.js';

export { dystonicReactionSettled } from './acute-dystonic-reaction.js';
export {
  healingVertebralFracture,
  sportStressFracture,
  vertebralFractureAtClinicPace,
} from './vertebral-fracture.js';
export {
  IONIZED_CALCIUM_LOWER_MMOL_L,
  mildSteadyLowCalcium,
  saltReplacementCanWait,
  SEVERE_HYPOCALCAEMIA_MMOL_L,
  takesQtProlongingMedicine,
} from './hypocalcemia.js';
export {
  CHRONIC_CK_CEILING_U_PER_L,
  chronicCkSteady,
  EXERTIONAL_CK_CEILING_U_PER_L,
  exertionalCkSettling,
  CK_UNDER_BREAKDOWN_U_PER_L,
  darkUrineMuscleClear,
  EXERTIONAL_CK_MILD_U_PER_L,
  mildExertionalCkWell,
} from './rhabdomyolysis.js';
import { addisonsDisease } from './addisons-disease.js';
import { benignFasciculationCrampSyndrome } from './benign-fasciculation-cramp-syndrome.js';
import { caudaEquinaSyndrome } from './cauda-equina-syndrome.js';
import { cerebralPalsy } from './cerebral-palsy.js';
import { encephalitis } from './encephalitis.js';
import { exertionalOveruse } from './exertional-overuse.js';
import { hypocalcemia } from './hypocalcemia.js';
import { hypokalemia } from './hypokalemia.js';
import { hypomagnesemia } from './hypomagnesemia.js';
import { lumbarRadiculopathy } from './lumbar-radiculopathy.js';
import { cervicalRadiculopathy } from './cervical-radiculopathy.js';
import { dystonia } from './dystonia.js';
import { parkinsonism } from './parkinsonism.js';
import { statinMyopathy } from './statin-myopathy.js';
import { multipleSclerosis } from './multiple-sclerosis.js';
import { nbia } from './nbia.js';
import { neurolepticMalignantSyndrome } from './neuroleptic-malignant-syndrome.js';
import { peripheralNeuropathy } from './peripheral-neuropathy.js';
import { renalDisease } from './renal-disease.js';
import { rhabdomyolysis } from './rhabdomyolysis.js';
import { serotoninSyndrome } from './serotonin-syndrome.js';
import { spinalCordInjury } from './spinal-cord-injury.js';
import { spinalInfection } from './spinal-infection.js';
import { stiffPersonSyndrome } from './stiff-person-syndrome.js';
import { stroke } from './stroke.js';
import { strychninePoisoning } from './strychnine-poisoning.js';
import { tetanus } from './tetanus.js';
import { touretteSyndrome } from './tourette-syndrome.js';
import { tumorMass } from './tumor-mass.js';
import { vertebralFracture } from './vertebral-fracture.js';
import { wilsonsDisease } from './wilsons-disease.js';
import { icd, sct, type CodeRef, type ConditionDef, type ConditionTrait } from './define.js';

/** The muscle, nerve and central causes, then the red-flag conditions and mimics. */
export const CONDITION_DEFS = [
  hypokalemia,
  hypomagnesemia,
  hypocalcemia,
  addisonsDisease,
  renalDisease,
  exertionalOveruse,
  peripheralNeuropathy,
  benignFasciculationCrampSyndrome,
  nbia,
  strychninePoisoning,
  spinalCordInjury,
  lumbarRadiculopathy,
  cervicalRadiculopathy,
  touretteSyndrome,
  tumorMass,
  wilsonsDisease,
  encephalitis,
  stroke,
  cerebralPalsy,
  dystonia,
  parkinsonism,
  statinMyopathy,
  multipleSclerosis,
  caudaEquinaSyndrome,
  spinalInfection,
  vertebralFracture,
  tetanus,
  stiffPersonSyndrome,
  rhabdomyolysis,
  neurolepticMalignantSyndrome,
  serotoninSyndrome,
  acuteDystonicReaction,
] as const;

export type ConditionId = (typeof CONDITION_DEFS)[number]['id'];
export const CONDITION_IDS = CONDITION_DEFS.map((d) => d.id) as [ConditionId, ...ConditionId[]];
export const ConditionId = z.enum(CONDITION_IDS);

type FloorIdOf<D> = D extends ConditionDef<string, infer F> ? F : never;
/** The id of every triage floor a condition sets. */
export type CauseFloorId = FloorIdOf<(typeof CONDITION_DEFS)[number]>;

export type AnyCondition = ConditionDef<ConditionId, CauseFloorId>;

/** The definitions with their ids and floor ids as the unions above. */
export const ALL_CONDITIONS: readonly AnyCondition[] = CONDITION_DEFS;

/** One value per condition, computed from its definition: the tables other areas derive. */
export function byCondition<T>(f: (d: AnyCondition) => T): Readonly<Record<ConditionId, T>> {
  const out: Partial<Record<ConditionId, T>> = {};
  for (const d of ALL_CONDITIONS) {
    out[d.id] = f(d);
  }
  return out as Record<ConditionId, T>;
}

/** Every condition by id. */
export const CONDITIONS: Readonly<Record<ConditionId, AnyCondition>> = byCondition((d) => d);

export function conditionDef(id: ConditionId): AnyCondition {
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
  const conditions = CONDITION_DEFS.flatMap((c): CatalogFact[] => [
    {
      id: `condition.${c.id}`,
      kind: 'condition',
      sourceIds: c.sourceIds,
      status: c.status,
      detail: { group: c.group ?? 'outside the three groups', inArticleTable: c.inArticleTable },
    },
    ...c.codes.map((code) => codeEntry(c.id, code)),
  ]);
  return [...conditions, ...PRESENTATION_CODES.map((code) => codeEntry('presentation', code))];
}

/** The conditions that carry a trait, for the planners. */
export function conditionsWith(trait: ConditionTrait): readonly ConditionId[] {
  return ALL_CONDITIONS.filter((d) => d.traits?.includes(trait) === true).map((d) => d.id);
}

export {
  found,
  icd,
  lab,
  sct,
  type CauseAction,
  type CodeRef,
  type ConditionDef,
  type ConditionTrait,
  type Confirmer,
  type EvidenceSpec,
  type Frequency,
} from './define.js';

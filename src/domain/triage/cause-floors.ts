/**
 * @module Safety floors from the differential: when the most likely cause is itself urgent, triage is at
 * least that urgent even if no single red-flag rule fired (for example strychnine poisoning suggested by
 * the whole picture). A floor only ever raises the level; red flags still win.
 */
import {
  ALL_CONDITIONS,
  type CauseFloorId,
  type ConditionId,
  type Provenance,
} from '../kb/index.js';
import { all, any, has, not, type When } from '../evidence/index.js';
import type { TriageLevel } from '../shared/index.js';
import { youngInflammatoryBackPain } from './rules.js';

export type { CauseFloorId } from '../kb/index.js';

export interface CauseFloor<Id extends string = string> extends Provenance {
  readonly id: Id;
  readonly version: number;
  readonly condition: ConditionId;
  /** The leading condition must have at least this posterior probability. */
  readonly minProbability: number;
  readonly level: TriageLevel;
  /** The floor does not apply when this holds. */
  readonly unless?: When;
}

/**
 * Exceptions a floor shares with a red-flag rule of the same features, written once with the rules' builders (the
 * knowledge base keeps its own `unless` as plain data). CX-TUMOUR v2: a young adult's inflammatory back pain of months
 * (`youngInflammatoryBackPain`, RF-MALIGNANCY-FEATURES v8's exception [NICE-NG65], TONUS, UNVERIFIED): its night pain
 * and failure to improve are the two features the tumour leads on, and the rule already sends that picture to the
 * routine visit, not within a day (dev-5386 and nine written cases like it; the stop 66 review). The rule reads the spine;
 * the floor also stands for a tumour in the brain or on a root, so a headache, a fit, a focal or one-sided deficit, an
 * arm root's weakness or reflex, or a lesion imaged in the brain keeps it (the second review of stop 66).
 */
const FLOOR_EXCEPTIONS: Partial<Record<CauseFloorId, When>> = {
  'CX-TUMOUR': all(
    youngInflammatoryBackPain,
    not(
      any(
        has('img:brainLesion'),
        has('f:headache'),
        has('f:seizures'),
        has('f:focal_neurological_deficit'),
        has('f:hemiparesis'),
        has('arm_root_deficit'),
        has('arm_reflex_root_sign'),
      ),
    ),
  ),
};

function withException(floor: CauseFloor<CauseFloorId>): CauseFloor<CauseFloorId> {
  const extra = FLOOR_EXCEPTIONS[floor.id];
  if (extra === undefined) {
    return floor;
  }
  return { ...floor, unless: floor.unless === undefined ? extra : { any: [floor.unless, extra] } };
}

/** Each floor as its condition's home declares it, with the exceptions it shares with a rule. */
export const CAUSE_FLOORS: readonly CauseFloor<CauseFloorId>[] = ALL_CONDITIONS.flatMap((d) =>
  d.floor === undefined ? [] : [withException({ condition: d.id, ...d.floor })],
);

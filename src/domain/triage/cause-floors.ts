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
import type { When } from '../evidence/index.js';
import type { TriageLevel } from '../shared/index.js';

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

/** Each floor as its condition's home declares it. */
export const CAUSE_FLOORS: readonly CauseFloor<CauseFloorId>[] = ALL_CONDITIONS.flatMap((d) =>
  d.floor === undefined ? [] : [{ condition: d.id, ...d.floor }],
);

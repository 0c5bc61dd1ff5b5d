/** @module The scale scores and derived measurements of an assessment, as a report shows them. */
import type { CalciumBasis, ParsedAssessment } from '../assessment/index.js';
import { romPercents } from '../evidence/index.js';
import {
  masShowsIncreasedTone,
  painBand,
  scoreOdi,
  scorePsfs,
  scoreRmdq,
  scoreStartBack,
  type MasGrade,
  type OdiScore,
  type PainBand,
  type PsfsScore,
  type RmdqScore,
  type StartBackScore,
} from '../scales/index.js';

export interface MeasurementSummary {
  readonly pain?: { readonly nrs: number; readonly band: PainBand };
  readonly psfs?: PsfsScore;
  readonly mas?: { readonly grade: MasGrade; readonly increasedTone: boolean };
  /** Lowest range of motion recorded, percent of normal. */
  readonly romLowestPercent?: number;
  readonly correctedCalciumMmolL?: number;
  readonly calciumBasis?: CalciumBasis;
  readonly odi?: OdiScore;
  readonly rmdq?: RmdqScore;
  readonly startBack?: StartBackScore;
}

export function summarizeMeasurements({
  assessment: a,
  labs,
}: ParsedAssessment): MeasurementSummary {
  const h = a.history;
  const psfs = h?.psfsFrequency === undefined ? null : scorePsfs(h.psfsFrequency, h.psfsSeverity);
  const rom = romPercents(a);
  const odi = a.questionnaires?.odi === undefined ? null : scoreOdi(a.questionnaires.odi);
  return {
    ...(h?.painNrs === undefined ? {} : { pain: { nrs: h.painNrs, band: painBand(h.painNrs) } }),
    ...(psfs === null ? {} : { psfs }),
    ...(a.exam?.mas === undefined
      ? {}
      : { mas: { grade: a.exam.mas, increasedTone: masShowsIncreasedTone(a.exam.mas) } }),
    ...(rom.length === 0 ? {} : { romLowestPercent: Math.min(...rom) }),
    ...(labs.correctedCalcium === undefined
      ? {}
      : { correctedCalciumMmolL: labs.correctedCalcium }),
    ...(labs.calcium === undefined ? {} : { calciumBasis: labs.calcium.basis }),
    ...(odi === null ? {} : { odi }),
    ...(a.questionnaires?.rmdq === undefined ? {} : { rmdq: scoreRmdq(a.questionnaires.rmdq) }),
    ...(a.questionnaires?.startBack === undefined
      ? {}
      : { startBack: scoreStartBack(a.questionnaires.startBack) }),
  };
}

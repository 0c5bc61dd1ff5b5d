/** @module Modified Ashworth Scale [S2]: string grades, never decimals, so "1+" stays itself. */
import { z } from 'zod';

export const MAS_GRADES = ['0', '1', '1+', '2', '3', '4'] as const;
export const MasGrade = z.enum(MAS_GRADES);
export type MasGrade = z.infer<typeof MasGrade>;

/**
 * Position on the ordinal scale, "1+" being the third step (0–5). Recoding for statistics is common
 * practice, not a standard (UNVERIFIED [S2]), so it is only used for ordering.
 */
export function masRank(grade: MasGrade): number {
  return MAS_GRADES.indexOf(grade);
}

/** Any grade above 0 means raised tone to passive stretch. */
export function masShowsIncreasedTone(grade: MasGrade): boolean {
  return grade !== '0';
}

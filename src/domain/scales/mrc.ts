/** @module MRC (Oxford) muscle power grading 0–5 [S3]. */
import { z } from 'zod';

export const MrcGrade = z.int().min(0).max(5);
export type MrcGrade = z.infer<typeof MrcGrade>;

export const MRC_MEANINGS = [
  'no_contraction',
  'flicker',
  'movement_gravity_eliminated',
  'movement_against_gravity',
  'movement_against_resistance',
  'normal',
] as const;

export function mrcMeaning(grade: MrcGrade): (typeof MRC_MEANINGS)[number] {
  return MRC_MEANINGS[grade] ?? 'normal';
}

/** Below 5 is weakness; 3 or less cannot overcome resistance. */
export function mrcIsWeak(grade: MrcGrade): boolean {
  return grade < 5;
}

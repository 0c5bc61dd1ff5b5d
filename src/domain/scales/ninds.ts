/** @module NINDS myotatic reflex scale 0–4 [S4]: 2 and 3 are normal, 4 is brisk. */
import { z } from 'zod';

export const NindsGrade = z.int().min(0).max(4);
export type NindsGrade = z.infer<typeof NindsGrade>;

export type ReflexClass = 'absent' | 'reduced' | 'normal' | 'brisk';

export function classifyReflex(grade: NindsGrade): ReflexClass {
  if (grade === 0) {
    return 'absent';
  }
  if (grade === 1) {
    return 'reduced';
  }
  return grade === 4 ? 'brisk' : 'normal';
}

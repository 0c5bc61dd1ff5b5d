/** @module Numeric pain rating 0–10 [S5] with configurable bands and the clinically important change. */
import { z } from 'zod';

export const PainNrs = z.int().min(0).max(10);
export type PainNrs = z.infer<typeof PainNrs>;

export type PainBand = 'none' | 'mild' | 'moderate' | 'severe';

/** Upper bounds of mild and moderate; cut-points differ between studies, so they are options [S5]. */
export interface PainBandCuts {
  readonly mildMax: number;
  readonly moderateMax: number;
}
export const DEFAULT_PAIN_BANDS: PainBandCuts = { mildMax: 3, moderateMax: 6 };

export function painBand(score: PainNrs, cuts: PainBandCuts = DEFAULT_PAIN_BANDS): PainBand {
  if (score === 0) {
    return 'none';
  }
  if (score <= cuts.mildMax) {
    return 'mild';
  }
  return score <= cuts.moderateMax ? 'moderate' : 'severe';
}

/** A change of 2 points or 30 % is usually taken as clinically important (P [S5]). */
export function isClinicallyImportantPainChange(before: PainNrs, after: PainNrs): boolean {
  const delta = Math.abs(after - before);
  if (delta >= 2) {
    return true;
  }
  return before > 0 && delta / before >= 0.3;
}

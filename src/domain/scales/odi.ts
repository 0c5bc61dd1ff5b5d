/**
 * @module Oswestry Disability Index v2.1a [S6]. Scoring only: the licensed wording is not reproduced,
 * sections are known by number and a paraphrased topic.
 */
import { z } from 'zod';

export const ODI_SECTION_TOPICS = [
  'pain_intensity',
  'personal_care',
  'lifting',
  'walking',
  'sitting',
  'standing',
  'sleeping',
  'sex_life',
  'social_life',
  'travelling',
] as const;

/** Ten sections, each 0–5, `null` for a skipped section. */
export const OdiAnswers = z.strictObject({
  sections: z.array(z.int().min(0).max(5).nullable()).length(10),
});
export type OdiAnswers = z.infer<typeof OdiAnswers>;

export type OdiBand = 'minimal' | 'moderate' | 'severe' | 'crippled' | 'bed_bound';

export interface OdiScore {
  readonly percent: number;
  readonly band: OdiBand;
  readonly sectionsAnswered: number;
}

/**
 * Percent = sum of answered sections / (5 × answered) × 100; each skipped section lowers the denominator by 5 [S6].
 * @returns `null` when no section was answered.
 */
export function scoreOdi(answers: OdiAnswers): OdiScore | null {
  let sum = 0;
  let answered = 0;
  for (const s of answers.sections) {
    if (s !== null) {
      sum += s;
      answered += 1;
    }
  }
  if (answered === 0) {
    return null;
  }
  const percent = (sum / (5 * answered)) * 100;
  return { percent, band: odiBand(percent), sectionsAnswered: answered };
}

function odiBand(percent: number): OdiBand {
  if (percent <= 20) {
    return 'minimal';
  }
  if (percent <= 40) {
    return 'moderate';
  }
  if (percent <= 60) {
    return 'severe';
  }
  return percent <= 80 ? 'crippled' : 'bed_bound';
}

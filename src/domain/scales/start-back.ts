/**
 * @module Keele STarT Back Screening Tool [S8]: items 1–8 agree/disagree, item 9 bothersomeness.
 * Topics are paraphrased; the licensed wording is not shown.
 */
import { z } from 'zod';

export const START_BACK_TOPICS = [
  'pain_spreading_down_leg',
  'shoulder_or_neck_pain',
  'walked_short_distances_only',
  'dressed_more_slowly',
  'fear_activity_unsafe',
  'worrying_thoughts',
  'pain_terrible_never_improve',
  'loss_of_enjoyment',
  'overall_bothersomeness',
] as const;

export const BOTHERSOMENESS = [
  'not_at_all',
  'slightly',
  'moderately',
  'very_much',
  'extremely',
] as const;

export const StartBackAnswers = z.strictObject({
  /** Items 1–8: true = agree. */
  agree: z.array(z.boolean()).length(8),
  bothersomeness: z.enum(BOTHERSOMENESS),
});
export type StartBackAnswers = z.infer<typeof StartBackAnswers>;

export type StartBackRisk = 'low' | 'medium' | 'high';

export interface StartBackScore {
  readonly total: number;
  readonly psychosocial: number;
  readonly risk: StartBackRisk;
}

/** Total = items 1–9; psychosocial = items 5–9; ≤ 3 low, else subscale ≥ 4 high, otherwise medium [S8]. */
export function scoreStartBack(answers: StartBackAnswers): StartBackScore {
  const item9 =
    answers.bothersomeness === 'very_much' || answers.bothersomeness === 'extremely' ? 1 : 0;
  const agreed = answers.agree.map((a) => (a ? 1 : 0));
  const total = agreed.reduce<number>((s, v) => s + v, 0) + item9;
  const psychosocial = agreed.slice(4).reduce<number>((s, v) => s + v, 0) + item9;
  let risk: StartBackRisk = 'medium';
  if (total <= 3) {
    risk = 'low';
  } else if (psychosocial >= 4) {
    risk = 'high';
  }
  return { total, psychosocial, risk };
}

/** @module Roland-Morris Disability Questionnaire, 24 items ticked if they apply today [S7]. */
import { z } from 'zod';

/** One entry per statement: ticked, not ticked, or `null` when unanswered. */
export const RmdqAnswers = z.strictObject({
  items: z.array(z.boolean().nullable()).length(24),
});
export type RmdqAnswers = z.infer<typeof RmdqAnswers>;

export interface RmdqScore {
  /** Number of ticked statements, 0–24; higher is more disability. */
  readonly score: number;
  /** Rules for unanswered items are UNVERIFIED [S7], so the score is not prorated and the gap is reported. */
  readonly unanswered: number;
}

export function scoreRmdq(answers: RmdqAnswers): RmdqScore {
  let score = 0;
  let unanswered = 0;
  for (const item of answers.items) {
    if (item === null) {
      unanswered += 1;
    } else if (item) {
      score += 1;
    }
  }
  return { score, unanswered };
}

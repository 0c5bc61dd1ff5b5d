/**
 * @module The medicines that slow breathing, as the red flags and the baseline both read them: diazepam
 * is named on its own because the article names it [A]; any other benzodiazepine carries the same boxed
 * warning with an opioid and the same caution with COPD or sleep apnoea [D5].
 */
import { any, has } from '../evidence/index.js';

/** Diazepam or another benzodiazepine [A][D5]. */
export const takesBenzodiazepine = any(has('med:diazepam'), has('med:benzodiazepine'));

/**
 * A medicine that blurs speech and thought in its own right (a benzodiazepine, an opioid, gabapentin, baclofen):
 * slurred speech with one of them is as likely the medicine's as a stroke's, so the stroke's ambulance for a
 * slurred speech alone steps aside for them (RF-SUDDEN-FOCAL-DEFICIT v5), its emergency does not.
 */
export const takesSedative = any(
  takesBenzodiazepine,
  has('med:opioid'),
  has('med:gabapentin'),
  has('med:baclofen'),
);

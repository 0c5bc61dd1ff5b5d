/**
 * @module The medicines that slow breathing, as the red flags and the baseline both read them: diazepam
 * is named on its own because the article names it [A]; any other benzodiazepine carries the same boxed
 * warning with an opioid and the same caution with COPD or sleep apnoea [D5].
 */
import { any, has } from '../evidence/index.js';

/** Diazepam or another benzodiazepine [A][D5]. */
export const takesBenzodiazepine = any(has('med:diazepam'), has('med:benzodiazepine'));

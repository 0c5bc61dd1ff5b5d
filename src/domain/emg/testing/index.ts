/**
 * @module Evaluation of the EMG analysis against synthetic ground truth, for tests and
 * `npm run bench:emg:accuracy`: not part of the analysis itself.
 */
export {
  analyseSynthetic,
  scoreEvents,
  SCENARIOS,
  type EvaluationOptions,
  type EventScore,
} from './evaluate.js';

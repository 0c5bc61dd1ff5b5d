/**
 * @module Evaluation of the EMG analysis against synthetic ground truth, for tests and
 * `npm run bench:emg:accuracy`: not part of the analysis itself.
 */
export {
  analyseSynthetic,
  scoreBursts,
  scoreChannels,
  scoreSpasms,
  SCENARIOS,
  TUNING_SEEDS,
  HELD_OUT_SEEDS,
  type EvaluationOptions,
  type EventScore,
} from './evaluate.js';

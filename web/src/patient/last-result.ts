/**
 * @module The interview's last result as this device keeps it, and when it arrived, so the self-care page
 * can tell whether the clinician's plan is newer. Results cached before the time was kept have none.
 */
import type { ResultLine } from '../../../src/app/interview/view';
import { cache } from '../api';

export interface LastResult {
  readonly result: ResultLine;
  /** When the result arrived (epoch ms), or `null` for a result cached before the time was kept. */
  readonly at: number | null;
}

/** Keeps `result` as the last one, arrived at `at` (an ISO instant by the server's clock: `serverNow`). */
export function keepLastResult(result: ResultLine, at: string): void {
  cache.set('lastResult', result);
  cache.set('lastResultAt', at);
}

/** Keeps new wording of the last result (the same answers in another locale) without changing its time. */
export function rewordLastResult(result: ResultLine): void {
  cache.set('lastResult', result);
}

export function lastResult(): LastResult | undefined {
  const result = cache.get<ResultLine>('lastResult');
  if (result === undefined) {
    return undefined;
  }
  const at = Date.parse(cache.get<string>('lastResultAt') ?? '');
  return { result, at: Number.isNaN(at) ? null : at };
}

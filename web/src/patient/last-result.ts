/**
 * @module The interview's last result as this device keeps it: when it arrived, so the self-care page
 * can tell whether the clinician's plan is newer, and the answers and language that gave it, so the page
 * can have it worded again when the patient reads it in another language. Results cached before these were
 * kept have none of them. A signed-in patient's last check saved on the record (another device's, or this
 * one's before signing out) takes the device's place when the device has none or an older one
 * (`recordIsNewer`).
 */
import type { LatestInterview } from '../../../src/app/interview/saved';
import type { ResultLine } from '../../../src/app/interview/view';
import { cache } from '../api';

/** The interview's answers as it sends them (`POST /api/interview`). */
export type InterviewAnswers = Readonly<Record<string, unknown>>;

export interface LastResult {
  readonly result: ResultLine;
  /** When the result arrived (epoch ms), or `null` for a result cached before the time was kept. */
  readonly at: number | null;
  /** The answers that gave it, or `null` for a result cached before they were kept. */
  readonly answers: InterviewAnswers | null;
  /** The language it is worded in, or `null` when not known. */
  readonly locale: string | null;
}

/**
 * Keeps `result` as the last one: given by `answers` in `locale`, arrived at `at` (an ISO instant by the
 * server's clock: `serverNow`).
 */
export function keepLastResult(
  result: ResultLine,
  at: string,
  answers: InterviewAnswers,
  locale: string,
): void {
  cache.set('lastResult', result);
  cache.set('lastResultAt', at);
  cache.set('lastResultAnswers', answers);
  cache.set('lastResultLocale', locale);
}

/** Keeps new wording of the last result (the same answers in `locale`) without changing its time. */
export function rewordLastResult(result: ResultLine, locale: string): void {
  cache.set('lastResult', result);
  cache.set('lastResultLocale', locale);
}

export function lastResult(): LastResult | undefined {
  const result = cache.get<ResultLine>('lastResult');
  if (result === undefined) {
    return undefined;
  }
  const at = Date.parse(cache.get<string>('lastResultAt') ?? '');
  return {
    result,
    at: Number.isNaN(at) ? null : at,
    answers: cache.get<InterviewAnswers>('lastResultAnswers') ?? null,
    locale: cache.get<string>('lastResultLocale') ?? null,
  };
}

/** Whether two checks had the same answers: the same check, whatever it was worded in or kept when. */
function sameAnswers(a: InterviewAnswers, b: InterviewAnswers): boolean {
  const canonical = (x: InterviewAnswers): string =>
    JSON.stringify(Object.entries(x).sort(([k], [l]) => k.localeCompare(l)));
  return canonical(a) === canonical(b);
}

/**
 * Whether the check saved on the record should become this device's last result: the device has none, or
 * one of unknown time, or an older one with other answers. The same answers are the same check (this
 * device's, saved a moment after its result arrived, or later from the outbox): it keeps its own time.
 */
export function recordIsNewer(
  last: LastResult | undefined,
  saved: Pick<LatestInterview, 'at' | 'answers'>,
): boolean {
  const at = Date.parse(saved.at);
  if (Number.isNaN(at)) {
    return false;
  }
  if (last === undefined || last.at === null) {
    return true;
  }
  if (last.answers !== null && sameAnswers(last.answers, saved.answers)) {
    return false;
  }
  return last.at < at;
}

/**
 * @module A vitest reporter that repeats, after the summary, every unhandled error of the run in a few lines
 * each (what, where it was raised, the test file running then). Vitest prints them above its summary, where
 * a CI log cut to its last lines loses them; an unhandled error fails the run, so its cause must be readable.
 */
import type { Reporter, SerializedError } from 'vitest/node';

const FRAMES = 6;

function describeError(e: SerializedError, i: number): string {
  const extra = e as SerializedError & { VITEST_TEST_PATH?: string; VITEST_TEST_NAME?: string };
  const where = [extra.VITEST_TEST_PATH, extra.VITEST_TEST_NAME].filter(Boolean).join(' › ');
  const frames = (e.stack ?? '')
    .split('\n')
    .filter((l) => l.trim().startsWith('at ') || l.trim().startsWith('❯'))
    .slice(0, FRAMES)
    .map((l) => `     ${l.trim()}`);
  return [
    `  ${String(i + 1)}. ${e.name ?? 'Error'}: ${e.message.split('\n')[0] ?? ''}`,
    `     while running: ${where === '' ? 'unknown' : where}`,
    ...frames,
  ].join('\n');
}

export default class UnhandledErrorsReporter implements Reporter {
  onTestRunEnd(_modules: unknown, errors: readonly SerializedError[]): void {
    if (errors.length === 0) {
      return;
    }
    process.stdout.write(
      `\nUnhandled errors of this run (${String(errors.length)}), again:\n${errors.map(describeError).join('\n')}\n`,
    );
  }
}

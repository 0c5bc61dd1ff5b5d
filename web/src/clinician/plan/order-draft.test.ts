/** @module The override reason's rule as the order form words it: the server's schema, trimmed, in real words. */
import { expect, test } from 'vitest';
import { overrideProblem } from './order-draft';

test('a reason of spaces or dots is refused in words, a real reason passes', () => {
  expect(overrideProblem('            ')).toMatch(/at least 10 characters \(0 so far\)/);
  expect(overrideProblem('...........')).toMatch(
    /in words: at least 10 letters or digits \(0 so far\)/,
  );
  expect(overrideProblem('ok.........')).toMatch(/\(2 so far\)/);
  expect(overrideProblem('  ciprofloxacin stopped yesterday  ')).toBeNull();
});

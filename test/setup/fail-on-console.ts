/**
 * @module Makes any console call inside a test fail, so tests assert on data instead of printing it. The
 * spies are removed after each test: a console call from work still running after a test (a closing server,
 * a driver's callback) then prints, where it can be read, instead of throwing inside that code and surfacing
 * as an unhandled error with no test to blame.
 */
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

const METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;
let spies: MockInstance[] = [];

beforeEach(() => {
  spies = METHODS.map((method) =>
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${method} called in a test: ${args.map(String).join(' ')}`);
    }),
  );
});

afterEach(() => {
  for (const s of spies) {
    s.mockRestore();
  }
  spies = [];
});

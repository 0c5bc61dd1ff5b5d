/** @module Makes any console call inside a test fail, so tests assert on data instead of printing it. */
import { beforeEach, vi } from 'vitest';

beforeEach(() => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${method} called in a test: ${args.map(String).join(' ')}`);
    });
  }
});

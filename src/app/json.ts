/** @module Parses JSON text into unknown data, turning a syntax error into an issue instead of an exception. */
import { fail, ok, type Result } from '../domain/shared/index.js';

export function parseJson(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    return fail([
      {
        code: 'input.invalid_json',
        path: [],
        params: { detail: e instanceof Error ? e.message : String(e) },
      },
    ]);
  }
}

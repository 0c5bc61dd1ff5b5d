/** @module Validates parsed request data against a record schema, with every problem named by field. */
import type { z } from 'zod';
import { fail, fromZodIssues, ok, type Result } from '../../domain/shared/index.js';

export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix: readonly (string | number)[] = [],
): Result<z.output<S>> {
  const r = schema.safeParse(input, { reportInput: true });
  return r.success ? ok(r.data) : fail(fromZodIssues(r.error.issues, prefix));
}

/** @module Use case: assess a document that holds an assessment, or a case file whose expected answer is ignored. */
import { parseAssessment, type ParsedAssessment } from '../domain/assessment/index.js';
import { parseCase } from '../domain/cases/index.js';
import { assess, type AssessmentResult, type Audience } from '../domain/engine/index.js';
import { fail, ok, type Result } from '../domain/shared/index.js';

function looksLikeCase(v: unknown): boolean {
  return typeof v === 'object' && v !== null && ('expected' in v || 'format' in v);
}

/** Reads parsed JSON as an assessment, or as a case file whose `expected` is then ignored. */
export function parseAssessmentDocument(input: unknown): Result<ParsedAssessment> {
  if (looksLikeCase(input)) {
    const c = parseCase(input);
    return c.ok ? ok(c.value.parsed) : fail(c.issues);
  }
  return parseAssessment(input);
}

export function assessDocument(
  input: unknown,
  audience: Audience,
  asOf: string,
): Result<AssessmentResult> {
  const parsed = parseAssessmentDocument(input);
  return parsed.ok ? ok(assess(parsed.value, { audience, asOf })) : fail(parsed.issues);
}

/** @module Use case: assess a document that holds an assessment, or a case file whose expected answer is ignored. */
import { parseAssessment, type ParsedAssessment } from '../domain/assessment/index.js';
import { parseCase } from '../domain/cases/index.js';
import { assess, type AssessmentResult, type Audience } from '../domain/engine/index.js';
import { fail, ok, type Result } from '../domain/shared/index.js';
import { parseJson } from './json.js';

function looksLikeCase(v: unknown): boolean {
  return typeof v === 'object' && v !== null && ('expected' in v || 'format' in v);
}

export function parseAssessmentDocument(text: string): Result<ParsedAssessment> {
  const json = parseJson(text);
  if (!json.ok) {
    return fail(json.issues);
  }
  if (looksLikeCase(json.value)) {
    const c = parseCase(json.value);
    return c.ok ? ok(c.value.parsed) : fail(c.issues);
  }
  return parseAssessment(json.value);
}

export function assessDocument(
  text: string,
  audience: Audience,
  asOf: string,
): Result<AssessmentResult> {
  const parsed = parseAssessmentDocument(text);
  return parsed.ok ? ok(assess(parsed.value, { audience, asOf })) : fail(parsed.issues);
}

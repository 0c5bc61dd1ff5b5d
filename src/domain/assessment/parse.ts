/** @module Loads an assessment from untrusted data: schema first, then labs; errors come back as data. */
import { fail, fromZodIssues, ok, type Result } from '../shared/index.js';
import { contradictions } from './consistency.js';
import { estimatedGfr } from './egfr.js';
import { withAgeAdjustedEsrLimit } from './esr.js';
import { normalizeLabs, type LabPanel } from './labs.js';
import { Assessment } from './schema.js';

export interface ParsedAssessment {
  readonly assessment: Assessment;
  readonly labs: LabPanel;
}

/**
 * Validates an assessment and normalises its labs.
 * @param input - Parsed JSON of unknown shape.
 * @param prefix - Path of the assessment inside a larger document, for error paths.
 */
export function parseAssessment(
  input: unknown,
  prefix: readonly (string | number)[] = [],
): Result<ParsedAssessment> {
  const parsed = Assessment.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return fail(fromZodIssues(parsed.error.issues, prefix));
  }
  return withLabs(parsed.data, prefix);
}

/** Checks that an assessment which passed the schema holds together, and normalises its labs. */
export function withLabs(
  assessment: Assessment,
  prefix: readonly (string | number)[] = [],
): Result<ParsedAssessment> {
  const contradicted = contradictions(
    { ...assessment.patient, conditions: assessment.conditions },
    {
      age: [...prefix, 'patient', 'ageYears'],
      sex: [...prefix, 'patient', 'sex'],
      conditions: [...prefix, 'conditions'],
    },
  );
  if (contradicted.length > 0) {
    return fail(contradicted);
  }
  const labs = normalizeLabs(assessment.labs ?? []);
  if (!labs.ok) {
    return fail(labs.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })));
  }
  const { byAnalyte } = labs.value;
  const estimated =
    byAnalyte.egfr === undefined
      ? estimatedGfr(byAnalyte.creatinine, assessment.patient)
      : undefined;
  const esr = withAgeAdjustedEsrLimit(byAnalyte.esr, assessment.patient);
  if (estimated === undefined && esr === undefined) {
    return ok({ assessment, labs: labs.value });
  }
  return ok({
    assessment,
    labs: {
      ...labs.value,
      byAnalyte: {
        ...byAnalyte,
        ...(estimated === undefined ? {} : { egfr: estimated }),
        ...(esr === undefined ? {} : { esr }),
      },
    },
  });
}

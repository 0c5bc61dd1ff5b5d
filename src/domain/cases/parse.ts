/** @module Loads a case file from untrusted JSON, with every problem named by field. */
import { withLabs, type ParsedAssessment } from '../assessment/index.js';
import { fail, fromZodIssues, ok, type Result } from '../shared/index.js';
import { CaseFile } from './schema.js';

export interface ParsedCase {
  readonly file: CaseFile;
  readonly parsed: ParsedAssessment;
}

export function parseCase(input: unknown): Result<ParsedCase> {
  const r = CaseFile.safeParse(input, { reportInput: true });
  if (!r.success) {
    return fail(fromZodIssues(r.error.issues));
  }
  const { format: _format, id: _id, summary: _summary, expected: _expected, ...assessment } = r.data;
  const parsed = withLabs(assessment);
  return parsed.ok ? ok({ file: r.data, parsed: parsed.value }) : fail(parsed.issues);
}

/** The history-only view of a case: exam, labs, imaging, EMG and vitals removed (the article's rule that history narrows the group). */
export function historyOnly(c: ParsedCase): ParsedCase {
  const { exam: _exam, labs: _labs, imaging: _imaging, emg: _emg, vitals: _vitals, csf: _csf, ...rest } = c.parsed.assessment;
  return { file: c.file, parsed: { assessment: rest, labs: { byAnalyte: {} } } };
}

/** @module The case file format `tonus-case/1` (FORMAT.md): an assessment plus the answer a good clinician would give. */
import { z } from 'zod';
import { Assessment, Patient } from '../assessment/index.js';
import { ConditionId } from '../kb/index.js';
import { CauseGroup, TriageLevel } from '../shared/index.js';

export const Expected = z.strictObject({
  triage: TriageLevel,
  acceptTriage: z.array(TriageLevel).max(5).optional(),
  /** `null` when the case is about triage only (FORMAT.md); an absent group reads the same. */
  group: CauseGroup.nullable().default(null),
  acceptGroups: z.array(CauseGroup).max(3).optional(),
  /**
   * The true cause(s). A triage-only case may name none (or leave the list out): then there is no
   * condition to judge, and the check says n/a rather than refusing the whole file.
   */
  conditions: z.array(ConditionId).max(10).default([]),
  /** The level a careful telephone triage nurse would choose from what the patient alone can tell (FORMAT.md); judges the interview. */
  patientTriage: TriageLevel.optional(),
  acceptPatientTriage: z.array(TriageLevel).max(5).optional(),
});
export type Expected = z.infer<typeof Expected>;

export const CaseFile = Assessment.extend({
  patient: Patient.required(),
  format: z.literal('tonus-case/1').optional(),
  id: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and hyphens').max(100),
  summary: z.string().max(5000).optional(),
  expected: Expected,
});
export type CaseFile = z.infer<typeof CaseFile>;

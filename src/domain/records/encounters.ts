/** @module Encounters: the assessment as entered (case format without `expected`), the result frozen as computed and the KB version. */
import { z } from 'zod';
import { Assessment } from '../assessment/index.js';
import { Instant, RecordId } from './primitives.js';

export const EncounterInput = Assessment.extend({
  format: z.literal('tonus-case/1').optional(),
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and hyphens')
    .max(100)
    .optional(),
  summary: z.string().max(5000).optional(),
});
export type EncounterInput = z.infer<typeof EncounterInput>;

export const Encounter = z.strictObject({
  id: RecordId,
  patientId: RecordId,
  kbVersion: z.string(),
  input: z.unknown(),
  /** The result for the reader: the clinician view for clinicians, the patient view for the patient. */
  result: z.unknown(),
  createdAt: Instant,
  createdBy: RecordId,
});
export type Encounter = z.infer<typeof Encounter>;

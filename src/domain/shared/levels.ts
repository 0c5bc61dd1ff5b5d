/** @module Triage levels and cause groups, the two closed vocabularies every other module uses. */
import { z } from 'zod';

/** Least to most urgent (PRODUCT C2; Infermedica level names, reference §3.1 [R5]). */
export const TRIAGE_LEVELS = [
  'self_care',
  'consultation',
  'consultation_24',
  'emergency',
  'emergency_ambulance',
] as const;
export const TriageLevel = z.enum(TRIAGE_LEVELS);
export type TriageLevel = z.infer<typeof TriageLevel>;

export function urgency(level: TriageLevel): number {
  return TRIAGE_LEVELS.indexOf(level);
}

export function moreUrgent(a: TriageLevel, b: TriageLevel): TriageLevel {
  return urgency(a) >= urgency(b) ? a : b;
}

/** The three cause groups of the source article [A]. */
export const CAUSE_GROUPS = ['muscle', 'nerve', 'central'] as const;
export const CauseGroup = z.enum(CAUSE_GROUPS);
export type CauseGroup = z.infer<typeof CauseGroup>;

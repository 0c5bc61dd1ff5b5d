/** @module Penn Spasm Frequency Scale [S1]: frequency 0–4 and, only when frequency ≥ 1, severity 1–3. */
import { z } from 'zod';

export const PsfsFrequency = z.int().min(0).max(4);
export type PsfsFrequency = z.infer<typeof PsfsFrequency>;

export const PsfsSeverity = z.int().min(1).max(3);
export type PsfsSeverity = z.infer<typeof PsfsSeverity>;

export const PSFS_FREQUENCY_MEANINGS = [
  'no_spasms',
  'only_when_stimulated',
  'less_than_hourly',
  'more_than_hourly',
  'more_than_10_per_hour',
] as const;
export const PSFS_SEVERITY_MEANINGS = ['mild', 'moderate', 'severe'] as const;

export interface PsfsScore {
  readonly frequency: PsfsFrequency;
  readonly frequencyMeaning: (typeof PSFS_FREQUENCY_MEANINGS)[number];
  /** `null` when there are no spasms (not asked) or when it was not recorded. */
  readonly severity: PsfsSeverity | null;
  readonly severityMeaning: (typeof PSFS_SEVERITY_MEANINGS)[number] | null;
}

/**
 * Scores the two parts separately; they are never added [S1].
 * @returns `null` when severity is given with frequency 0, which the scale does not allow.
 */
export function scorePsfs(frequency: PsfsFrequency, severity?: PsfsSeverity): PsfsScore | null {
  if (frequency === 0 && severity !== undefined) {
    return null;
  }
  const sev = frequency === 0 || severity === undefined ? null : severity;
  return {
    frequency,
    frequencyMeaning: PSFS_FREQUENCY_MEANINGS[frequency] ?? 'no_spasms',
    severity: sev,
    severityMeaning: sev === null ? null : (PSFS_SEVERITY_MEANINGS[sev - 1] ?? null),
  };
}

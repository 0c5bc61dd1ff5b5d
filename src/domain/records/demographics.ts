/**
 * @module Date of birth and sex on the patient record: the schemas, and the rules a date of birth meets on
 * a given day (a real calendar date, not in the future, not more than MAX_AGE_YEARS (120) years ago). Age is derived
 * (`ageOn` in domain/shared), never stored.
 */
import { z } from 'zod';
import { Sex } from '../kb/index.js';
import { MAX_AGE_YEARS, type DomainIssue } from '../shared/index.js';

/** A real calendar date, `YYYY-MM-DD` (29 February only in leap years). */
export const BirthDate = z.iso.date();
export type BirthDate = z.infer<typeof BirthDate>;

/** The sex kept on the record: the assessment's values (`patient.sex`). */
export const RecordSex = Sex;
export type RecordSex = z.infer<typeof RecordSex>;

/** The furthest any time zone is ahead of UTC (Kiribati, UTC+14): "today" somewhere on Earth. */
const AHEAD_MS = 14 * 3_600_000;

/** A change to a record's date of birth and sex: a field left out stays, `null` clears it. */
export const DemographicsInput = z.strictObject({
  birthDate: BirthDate.nullable().optional(),
  sex: RecordSex.nullable().optional(),
});
export type DemographicsInput = z.infer<typeof DemographicsInput>;

/** The dates a date of birth may take at instant `now`: from MAX_AGE_YEARS before today to today anywhere. */
export function birthDateBounds(now: string): {
  readonly earliest: string;
  readonly latest: string;
} {
  const today = now.slice(0, 10);
  const latest = new Date(Date.parse(now) + AHEAD_MS).toISOString().slice(0, 10);
  const earliest = `${String(Number(today.slice(0, 4)) - MAX_AGE_YEARS).padStart(4, '0')}${today.slice(4)}`;
  return { earliest, latest };
}

/**
 * What is wrong with a date of birth given at instant `now` (already a real calendar date: `BirthDate`).
 * @param field - The path the issue names (`birthDate`).
 * @returns One `record.birth_date_out_of_range` issue, or none.
 */
export function birthDateIssues(
  birthDate: string,
  now: string,
  field: readonly (string | number)[] = ['birthDate'],
): DomainIssue[] {
  const { earliest, latest } = birthDateBounds(now);
  return birthDate < earliest || birthDate > latest
    ? [
        {
          code: 'record.birth_date_out_of_range',
          path: field,
          params: { value: birthDate, earliest, latest },
        },
      ]
    : [];
}

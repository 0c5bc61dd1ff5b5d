/**
 * @module Age in whole years, derived from a date of birth and never stored, and the age below which a
 * patient is a child.
 */

/**
 * The age in completed years on a date, from a date of birth.
 * A birth on 29 February has its birthday on 1 March in years without one.
 * @param birthDate - `YYYY-MM-DD`; FHIR's partial `YYYY` and `YYYY-MM` count from the first day they name.
 * @param on - The date (`YYYY-MM-DD`) the age is wanted for.
 * @returns Whole years; `undefined` when either date cannot be read.
 */
export function ageOn(birthDate: string, on: string): number | undefined {
  const [by, bm = 1, bd = 1] = birthDate.split('-').map(Number);
  const [ay, am, ad] = on.split('-').map(Number);
  if (
    by === undefined ||
    ay === undefined ||
    am === undefined ||
    ad === undefined ||
    [by, bm, bd, ay, am, ad].some((n) => !Number.isInteger(n))
  ) {
    return undefined;
  }
  const hadBirthday = am > bm || (am === bm && ad >= bd);
  return ay - by - (hadBirthday ? 0 : 1);
}

/**
 * The age below which a patient is a child for triage and self-care: one constant, so that the triage rule
 * that has a child seen (BASE-CHILD-SEEN) and the planner that gives a child no adult self-care can never
 * disagree. NICE NG59 covers people over 16 only [R1] (P).
 */
export const CHILD_BELOW_YEARS = 16;

/**
 * The oldest age Tonus takes: an assessment's age (the case format's range) and the age a date of birth on
 * a record may give, one constant so that a record's age always fits a new assessment.
 */
export const MAX_AGE_YEARS = 120;

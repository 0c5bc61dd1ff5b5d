/**
 * @module The age below which a patient is a child for triage and self-care: one constant, so that the
 * triage rule that has a child seen (BASE-CHILD-SEEN) and the planner that gives a child no adult
 * self-care can never disagree. NICE NG59 covers people over 16 only [R1] (P).
 */
export const CHILD_BELOW_YEARS = 16;

/**
 * @module The order check's patient context made no weaker than what the patient's record says. The
 * prescriber's form sends a context (from the assessment the order started from, perhaps edited); the
 * record may know more: a medication or a condition added at a later encounter, a lower kidney function,
 * a worse liver. A check run only on what the client sent could be passed by leaving a medication out,
 * so the service checks the union: every medication and condition either side names, the lower creatinine
 * clearance, the worse liver state, and a warning flag set if either side sets it. What the form says of
 * the patient themselves (age, sex) and of this course of treatment is kept as sent.
 */
import { HEPATIC_STATES, type OrderContext } from './schema.js';

function union<T>(given: readonly T[], record: readonly T[]): T[] {
  return [...given, ...record.filter((x) => !given.includes(x))];
}

function worseLiver(
  a: OrderContext['hepatic'],
  b: OrderContext['hepatic'],
): OrderContext['hepatic'] {
  if (a === undefined || b === undefined) {
    return a ?? b;
  }
  return HEPATIC_STATES.indexOf(a) >= HEPATIC_STATES.indexOf(b) ? a : b;
}

function lower(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? (a ?? b) : Math.min(a, b);
}

function either(a: boolean | undefined, b: boolean | undefined): boolean | undefined {
  return a === true || b === true ? true : (a ?? b);
}

/** `given` with what `record` (the context the patient's latest assessment gives) knows beyond it. */
export function withRecord(given: OrderContext, record: OrderContext): OrderContext {
  const crcl = lower(given.crclMlMin, record.crclMlMin);
  const hepatic = worseLiver(given.hepatic, record.hepatic);
  const sex = given.sex ?? record.sex;
  const respiratory = either(
    given.severeRespiratoryInsufficiency,
    record.severeRespiratoryInsufficiency,
  );
  const glaucoma = either(given.acuteNarrowAngleGlaucoma, record.acuteNarrowAngleGlaucoma);
  // whether liver tests are on file the prescriber may know from outside the record: the form's answer stands
  const liverTests = given.liverTestsOnFile ?? record.liverTestsOnFile;
  return {
    ...given,
    ...(sex === undefined ? {} : { sex }),
    ...(crcl === undefined ? {} : { crclMlMin: crcl }),
    ...(hepatic === undefined ? {} : { hepatic }),
    ...(respiratory === undefined ? {} : { severeRespiratoryInsufficiency: respiratory }),
    ...(glaucoma === undefined ? {} : { acuteNarrowAngleGlaucoma: glaucoma }),
    ...(liverTests === undefined ? {} : { liverTestsOnFile: liverTests }),
    conditions: union(given.conditions, record.conditions),
    medications: union(given.medications, record.medications),
  };
}

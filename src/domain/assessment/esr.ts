/**
 * @module The upper limit of a normal ESR by age and sex, when the laboratory sent none: the Westergren
 * ESR rises with age, about age/2 mm/h in men and (age + 10)/2 in women [ESR-MILLER-1983]. The fallback
 * of 20 mm/h [L1] stays the floor, so only older adults' limits move: an ESR of 32 at 68 is normal for
 * her, and is not a raised inflammation marker beside a plain strain.
 */
import type { Sex } from '../kb/index.js';
import type { NormalizedLab } from './labs.js';

export function withAgeAdjustedEsrLimit(
  esr: NormalizedLab | undefined,
  patient: { readonly ageYears?: number | undefined; readonly sex?: Sex | undefined },
): NormalizedLab | undefined {
  const { ageYears, sex } = patient;
  if (
    esr === undefined ||
    esr.rangeFrom !== 'fallback' ||
    esr.high === undefined ||
    ageYears === undefined ||
    (sex !== 'female' && sex !== 'male')
  ) {
    return undefined;
  }
  const byAge = sex === 'male' ? ageYears / 2 : (ageYears + 10) / 2;
  return byAge > esr.high ? { ...esr, high: byAge } : undefined;
}

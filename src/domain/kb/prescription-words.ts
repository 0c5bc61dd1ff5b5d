/**
 * @module The words that name a prescription drug or a dose, so that text a clinician writes for a patient
 * to read (a plan's goals and note) can be refused when it names one: patient-facing text never names a
 * prescription drug or dose (PRODUCT C2, C5); drugs go through orders and their checks instead.
 */
import { catalogOf, type CatalogFact, type Provenance } from './fact.js';

/**
 * A drug's name as a word stem, matched at the start of a word on text folded to lower case without
 * accents, so the English and the Spanish forms are both caught ("baclofen", "baclofeno"; "tizanidine",
 * "tizanidina"; "botulinum", "botulínica"). "alcohol" is left out: it is also a drink, and the article
 * names it as an injection only beside phenol, which is here.
 */
export interface PrescriptionStem extends Provenance {
  readonly stem: string;
}

export const PRESCRIPTION_STEMS: readonly PrescriptionStem[] = [
  // the article's drugs and their RxNorm ingredients (reference §1.5)
  { stem: 'baclofen', sourceIds: ['A', 'C8'], status: 'V' },
  { stem: 'tizanidin', sourceIds: ['A', 'C8'], status: 'V' },
  { stem: 'clonidin', sourceIds: ['A', 'C8'], status: 'V' },
  { stem: 'diazepam', sourceIds: ['A', 'C8'], status: 'V' },
  { stem: 'gabapentin', sourceIds: ['A', 'C8'], status: 'V' },
  { stem: 'dantrolen', sourceIds: ['A', 'C8'], status: 'V' },
  { stem: 'botulin', sourceIds: ['A', 'D8'], status: 'V' },
  { stem: 'botox', sourceIds: ['A', 'D8'], status: 'V' },
  { stem: 'phenol', sourceIds: ['A'], status: 'V' },
  { stem: 'fenol', sourceIds: ['A'], status: 'V' },
  // a brand name of gabapentin (reference D6)
  { stem: 'neurontin', sourceIds: ['D6'], status: 'V' },
  // the interaction partners the order checks name (reference §1.5, §5.2 OC-TIZ-CYP1A2)
  { stem: 'fluvoxamin', sourceIds: ['C8', 'D3'], status: 'V' },
  { stem: 'ciprofloxacin', sourceIds: ['C8', 'D3'], status: 'V' },
  // given in adrenal crisis (reference §3)
  { stem: 'hydrocortison', sourceIds: ['R7'], status: 'V' },
  { stem: 'hidrocortison', sourceIds: ['R7'], status: 'V' },
];

/**
 * A dose: a number and a unit drugs are dosed in (mg, micrograms, international units, units of
 * botulinum toxin), optionally per kilogram or per day. Volumes and grams are left out on purpose: a
 * hydration goal in litres or millilitres of water is self-care, not a dose. A lone "u" is a unit only
 * as a capital (100 U): in Spanish a lower-case "u" is "or" ("7 u 8 veces").
 */
const DOSE =
  /\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|μg|ug|iu|ui|units?|unidades)(?![a-z])(?:\s?\/\s?(?:kg|d|day|dia))?/u;
const UNITS = /\d+(?:[.,]\d+)?\s?U(?![\p{L}])/u;

const STEMS = new RegExp(
  `(?<![a-z])(?:${PRESCRIPTION_STEMS.map((s) => s.stem).join('|')})[a-z]*`,
  'u',
);

/** Lower case without accents (so "Botulínica" reads "botulinica"). */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** What in `text` names a prescription drug or a dose, as it reads folded, or `undefined` when nothing does. */
export function prescriptionMention(text: string): string | undefined {
  const t = folded(text);
  return STEMS.exec(t)?.[0] ?? DOSE.exec(t)?.[0] ?? UNITS.exec(text)?.[0];
}

/** The stems as `tonus kb` lists them, each with its sources. */
export function prescriptionWordCatalog(): CatalogFact[] {
  return catalogOf(
    'drug_name',
    'drug',
    Object.fromEntries(PRESCRIPTION_STEMS.map((s) => [s.stem, s])),
    (s) => ({ stem: s.stem, use: 'refused in text a patient reads' }),
  );
}

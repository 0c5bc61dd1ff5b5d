/**
 * @module The words that name a prescription drug or a dose, so that text a clinician writes for a patient
 * to read (a plan's goals and note) can be refused when it names one: patient-facing text never names a
 * prescription drug or dose (PRODUCT C2, C5); drugs go through orders and their checks instead.
 *
 * Names are matched on text folded to lower case without accents, and a name may be broken by a hyphen, a
 * dot, an apostrophe or a space between any two of its letters ("bac-lofen", "Zana flex"), so that a
 * spelling meant to slip past the check is caught too.
 */
import { catalogOf, type CatalogFact, type Provenance } from './fact.js';

/**
 * A drug's name as a word stem, matched at the start of a word, so the English and the Spanish forms are
 * both caught ("baclofen", "baclofeno"; "tizanidine", "tizanidina"; "botulinum", "botulínica").
 * "alcohol" is left out: it is also a drink, and the article names it as an injection only beside phenol,
 * which is here.
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

/** A brand name of a drug the knowledge base holds, matched as a whole word (with a plural "s"). */
export interface PrescriptionBrand extends Provenance {
  readonly brand: string;
  /** The ingredient it is a brand of, as the stems above spell it. */
  readonly of: string;
}

/**
 * Brand names of every drug above. The reference names only Neurontin [D6] and BOTOX [D8] (both stems
 * above); the others are RxNorm brand names (TTY BN) related to each ingredient's RxCUI of reference §1.5
 * [C8], as public RxNorm-derived drug lists show them (found with the `search` tool, e.g. the "brand-names"
 * of ubcgchen/UBCMedFormulary app/data/formulary/drugs/Baclofen.js: Lioresal; drug lists naming Zanaflex
 * for tizanidine and Dantrium for dantrolene), plus the common brands outside the United States a patient
 * may have at home (Sirdalud). Not checked against RxNav itself, hence P. Short brands that are also plain
 * words are matched only as whole words.
 */
export const PRESCRIPTION_BRANDS: readonly PrescriptionBrand[] = [
  ...['lioresal', 'gablofen', 'ozobax', 'lyvispah', 'fleqsuvy', 'kemstro'].map((brand) => ({
    brand,
    of: 'baclofen',
  })),
  ...['zanaflex', 'sirdalud'].map((brand) => ({ brand, of: 'tizanidin' })),
  ...['catapres', 'kapvay', 'duraclon', 'nexiclon', 'jenloga'].map((brand) => ({
    brand,
    of: 'clonidin',
  })),
  ...['valium', 'diastat', 'valtoco', 'libervant', 'stesolid'].map((brand) => ({
    brand,
    of: 'diazepam',
  })),
  ...['gralise', 'horizant', 'gabarone'].map((brand) => ({ brand, of: 'gabapentin' })),
  ...['dantrium', 'revonto', 'ryanodex'].map((brand) => ({ brand, of: 'dantrolen' })),
  ...['dysport', 'xeomin', 'myobloc', 'daxxify', 'jeuveau', 'azzalure', 'bocouture'].map(
    (brand) => ({ brand, of: 'botulin' }),
  ),
  ...['luvox'].map((brand) => ({ brand, of: 'fluvoxamin' })),
  ...['cipro', 'ciproxin', 'proquin'].map((brand) => ({ brand, of: 'ciprofloxacin' })),
  ...['cortef', 'solu-cortef', 'alkindi'].map((brand) => ({ brand, of: 'hydrocortison' })),
].map((b) => ({ ...b, sourceIds: ['C8'], status: 'P' }) as const);

/**
 * Words for a class of drugs that is prescription-only in effect, so that naming the class names the drug
 * a patient has been given ("your muscle relaxer" is the baclofen, tizanidine, diazepam or dantrolene the
 * article [A] lists for spasm). A class is here when every drug of it that a patient could take for spasm
 * needs a prescription: the skeletal muscle relaxants and the benzodiazepines (labels D1, D3, D5, D7 are
 * all prescription labels) and the anticonvulsants (gabapentin, D6). "Painkiller", "anti-inflammatory" and
 * "antispasmodic" are not: they include medicines bought over the counter that a patient may be told about.
 * Each is a regular expression on folded text, matched at the start of a word.
 */
export interface PrescriptionClass extends Provenance {
  readonly id: string;
  readonly pattern: string;
}

export const PRESCRIPTION_CLASSES: readonly PrescriptionClass[] = [
  {
    id: 'muscle_relaxant',
    pattern: 'muscle[\\s-]*relax(?:er|ant)s?(?![a-z])',
    sourceIds: ['A', 'D1', 'D3', 'D5', 'D7'],
    status: 'P',
  },
  {
    id: 'relajante_muscular',
    pattern: 'relajantes?[\\s-]+musculare?s?(?![a-z])|miorrelajante',
    sourceIds: ['A', 'D1', 'D3', 'D5', 'D7'],
    status: 'P',
  },
  {
    id: 'benzodiazepine',
    pattern: 'benzodiazepin|benzos?(?![a-z])',
    sourceIds: ['A', 'D5'],
    status: 'P',
  },
  {
    id: 'anticonvulsant',
    pattern: 'anti[\\s-]?(?:convuls|epilep)',
    sourceIds: ['A', 'D6'],
    status: 'P',
  },
];

/** Characters that may break a name between two of its letters: hyphens and dashes, dot, apostrophes, spaces. */
const BREAK = "[\\s\\-\\u2010-\\u2015._'\\u2019*]{0,2}";

/** A name as a pattern whose letters may be broken apart (see BREAK). */
function spread(name: string): string {
  return name
    .replace(/[^a-z]/g, '')
    .split('')
    .join(BREAK);
}

const NAMES = new RegExp(
  [
    ...PRESCRIPTION_STEMS.map((s) => `(?<![a-z])${spread(s.stem)}[a-z]*`),
    ...PRESCRIPTION_BRANDS.map((b) => `(?<![a-z])${spread(b.brand)}s?(?![a-z])`),
    ...PRESCRIPTION_CLASSES.map((c) => `(?<![a-z])(?:${c.pattern})[a-z]*`),
  ].join('|'),
  'u',
);

/** A number as digits or a fraction sign, or as a word in English or Spanish ("two", "half a", "dos", "media"). */
const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
  'half(?:\\s+(?:a|an))?',
  '(?:a\\s+)?quarter(?:\\s+of\\s+(?:a|an))?',
  'a\\s+couple\\s+of',
  'couple\\s+of',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'doce',
  'quince',
  'veinte',
  'cien',
  'medio',
  'media',
  'un\\s+cuarto\\s+de',
];
const NUMBER = `(?:\\d+(?:[.,/\\u2044]\\d+)?(?:\\s?(?:½|¼))?|[½¼¾]|(?:(?:${NUMBER_WORDS.join('|')})(?:\\s+(?:and|y)\\s+(?:a\\s+)?(?:half|medio|media))?))`;

/**
 * Units a drug is dosed in: mass, international units, and the forms a patient counts (tablets, pills,
 * capsules, drops, puffs, doses), in English and Spanish, optionally per kilogram or per day; and
 * volumes, but not of water or another drink ("Drink 500 ml of water"), nor the water tracker's own
 * counts, in brackets or "so far" ("I drank a glass (250 ml)", "2 ml so far today"): a hydration goal is
 * self-care. Spanish "una"/"uno" are left out of the numbers: "una pastilla para orinar" is how the
 * interview describes a medicine without naming it ("a pill", not "one pill").
 */
const MASS =
  '(?:mg|mcg|µg|μg|ug|g|grams?|grammes?|gramos?|(?:milli|micro|mili)\\s?(?:gram|gramme|gramo)s?|iu|ui|units?|unidade?s?)';
const VOLUME = '(?:ml|cc|milli-?lit(?:er|re)s?|mililitros?)';
const DRINK = '(?:\\s+(?:of|de))?\\s+(?:water|agua|fluids?|liquids?|liquidos?|drinks?|bebidas?)';
const SO_FAR = '\\s+(?:so\\s+far|hoy\\s+hasta\\s+ahora)';
const COUNT =
  '(?:tablets?|tabs?|pills?|capsules?|caps|drops?|puffs?|sachets?|doses?|dosis|comprimidos?|pastillas?|capsulas?|pildoras?|gotas?|inhalaciones|inhalacion|sobres?)';
const PER = '(?:\\s?\\/\\s?(?:kg|d|day|dia))?';
/**
 * A unit ends where no letter or digit follows: "7cc4" inside a record's id (a hexadecimal UUID printed on
 * a report) is no dose, and no dose is written with a digit glued after its unit.
 */
const WORD_END = '(?![a-z\\d])';
const DOSE = new RegExp(
  `(?<![\\p{L}\\d])${NUMBER}[\\s-]?(?:${MASS}${WORD_END}${PER}|${COUNT}${WORD_END})|(?<![\\p{L}\\d(])${NUMBER}[\\s-]?${VOLUME}${WORD_END}(?!${DRINK})(?!${SO_FAR})${PER}`,
  'u',
);
/**
 * English "a" or "an" counts only before a form a patient swallows or inhales ("take a pill at night"): "a
 * drop in pain" is no dose, and neither is "a tablet" (also a device), caught with a number only ("one
 * tablet").
 */
const ONE_FORM = /(?<![\p{L}])an?\s+(?:pill|capsule|puff)s?(?![a-z])/u;
/** A lone "u" is a unit only as a capital (100 U): in Spanish a lower-case "u" is "or" ("7 u 8 veces"). */
const UNITS = /\d+(?:[.,]\d+)?\s?U(?![\p{L}\d])/u;

/** Lower case without accents (so "Botulínica" reads "botulinica"). */
function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A record's id (a UUID printed on a report) is no dose even where one of its groups reads like one: in
 * "…-70cc-…" the hyphens on both sides leave "70cc" a number and a unit. Ids are blanked before the search.
 */
const RECORD_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/giu;

/** What in `text` names a prescription drug or a dose, as it reads folded, or `undefined` when nothing does. */
export function prescriptionMention(text: string): string | undefined {
  const t = folded(text).replace(RECORD_ID, ' ');
  return NAMES.exec(t)?.[0] ?? DOSE.exec(t)?.[0] ?? ONE_FORM.exec(t)?.[0] ?? UNITS.exec(text)?.[0];
}

/** The stems, brands and class words as `tonus kb` lists them, each with its sources. */
export function prescriptionWordCatalog(): CatalogFact[] {
  return [
    ...catalogOf(
      'drug_name',
      'drug',
      Object.fromEntries(PRESCRIPTION_STEMS.map((s) => [s.stem, s])),
      (s) => ({ stem: s.stem, use: 'refused in text a patient reads' }),
    ),
    ...catalogOf(
      'drug_name',
      'drug',
      Object.fromEntries(PRESCRIPTION_BRANDS.map((b) => [b.brand, b])),
      (b) => ({ brand: b.brand, of: b.of, use: 'refused in text a patient reads' }),
    ),
    ...catalogOf(
      'drug_class_name',
      'drug',
      Object.fromEntries(PRESCRIPTION_CLASSES.map((c) => [c.id, c])),
      (c) => ({ pattern: c.pattern, use: 'refused in text a patient reads' }),
    ),
  ];
}

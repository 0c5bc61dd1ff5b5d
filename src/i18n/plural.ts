/**
 * @module Counted words: a number with the noun (or phrase) that agrees with it, by the locale's own
 * plural rules (`Intl.PluralRules`), so "1 minute" and "2 minutes", "1 minuto" and "2 minutos" read right.
 */

/** The forms of a counted phrase; `#` stands for the number. `other` is the form a rule without its own falls back to. */
export interface PluralForms {
  readonly zero?: string;
  readonly one: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, locale: string, make: () => T): T {
  let x = map.get(locale);
  if (x === undefined) {
    x = make();
    map.set(locale, x);
  }
  return x;
}

/**
 * The form of `forms` that agrees with `count` in `locale`, with `#` replaced by the count as the locale
 * writes it (no grouping, so a count reads as it did before: 2500, not 2,500).
 * @param locale - A BCP 47 tag such as `en` or `es`.
 * @param count - The number counted; a string holding a number is read as one (issue params arrive as either).
 * @param forms - The phrase for each plural category, `#` for the number.
 * @returns The phrase; a count that is not a number is written as given, with the `other` form.
 * @example plural('es', 1, { one: '# minuto', other: '# minutos' }) // '1 minuto'
 */
export function plural(locale: string, count: number | string, forms: PluralForms): string {
  const n = typeof count === 'number' ? count : Number(count);
  if (typeof count === 'string' && (count.trim() === '' || !Number.isFinite(n))) {
    return forms.other.replaceAll('#', count);
  }
  const category = cached(rules, locale, () => new Intl.PluralRules(locale)).select(n);
  return (forms[category] ?? forms.other).replaceAll('#', written(locale, n));
}

function written(locale: string, n: number): string {
  return cached(
    numbers,
    locale,
    () => new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 }),
  ).format(n);
}

/**
 * A range with its noun agreeing with the upper bound ("15–20 minutes", "1–2 litres"), or one count when
 * both bounds are the same ("1 minute").
 * @param locale - A BCP 47 tag such as `en` or `es`.
 * @param from - The lower bound.
 * @param to - The upper bound.
 * @param forms - The phrase for each plural category, `#` for the number.
 */
export function pluralRange(locale: string, from: number, to: number, forms: PluralForms): string {
  const upper = plural(locale, to, forms);
  return from === to ? upper : `${written(locale, from)}–${upper}`;
}

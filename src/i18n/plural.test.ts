/** @module Counted words: every count in the catalogues agrees with its noun, in English and in Spanish. */
import { describe, expect, test } from 'vitest';
import type { DomainIssue } from '../domain/shared/index.js';
import type { SelfCareItem } from '../domain/treatment/index.js';
import { cdsEn } from './cds.en.js';
import { EMG_EN } from './emg.en.js';
import { FHIR_ISSUE_TEXT } from './fhir.en.js';
import { issueText } from './issues.en.js';
import { ORDER_MESSAGES } from './orders.en.js';
import { es } from './patient.es.js';
import { selfCareText } from './plan.en.js';
import { plural, pluralRange } from './plural.js';
import { WEB_COURSE_EN } from './web-course.en.js';
import { WEB_EMG_VIEWER_EN } from './web-emg.en.js';
import { WEB_PLAN_EN } from './web-plan.en.js';
import { WEB_CLINICIAN_EN, WEB_EN } from './web.en.js';
import { WEB_ES } from './web.es.js';

const MINUTES = { one: '# minute', other: '# minutes' };

describe('plural', () => {
  test.each([
    ['en', 1, '1 minute'],
    ['en', 2, '2 minutes'],
    ['en', 0, '0 minutes'],
    ['en', 1.5, '1.5 minutes'],
    ['en', 2500, '2500 minutes'],
  ] as const)('in %s, %d reads "%s"', (locale, n, said) => {
    expect(plural(locale, n, MINUTES)).toBe(said);
  });

  test.each([
    [1, '1 minuto'],
    [2, '2 minutos'],
    [0, '0 minutos'],
    [1.5, '1,5 minutos'],
  ] as const)('in Spanish, %d reads "%s"', (n, said) => {
    expect(plural('es', n, { one: '# minuto', other: '# minutos' })).toBe(said);
  });

  test('a range agrees with its upper bound; a range of one number is that count', () => {
    expect(pluralRange('en', 15, 20, MINUTES)).toBe('15–20 minutes');
    expect(pluralRange('en', 1, 1, MINUTES)).toBe('1 minute');
    expect(pluralRange('es', 1.5, 2, { one: '# litro', other: '# litros' })).toBe('1,5–2 litros');
  });

  test('a count given as a string is read as its number; one that is no number keeps the plural', () => {
    expect(plural('en', '1', MINUTES)).toBe('1 minute');
    expect(plural('en', '?', MINUTES)).toBe('? minutes');
    expect(plural('en', '', MINUTES)).toBe(' minutes');
  });
});

/** Every string a catalogue gives when each count (and every other parameter) is 1. */
function wordsForOne(x: unknown, out: string[] = []): string[] {
  const params = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? 1 : undefined) });
  const issue = { code: 'x', path: [], params } as unknown as DomainIssue;
  if (typeof x === 'string') {
    out.push(x);
  } else if (typeof x === 'function') {
    const f = x as (...args: unknown[]) => unknown;
    for (const arg of [1, issue]) {
      try {
        wordsForOne(f(...Array.from({ length: Math.max(1, f.length) }, () => arg)), out);
      } catch {
        // a wording that needs another shape of argument is covered by its own tests
      }
    }
  } else if (typeof x === 'object' && x !== null) {
    for (const v of Object.values(x)) {
      wordsForOne(v, out);
    }
  }
  return out;
}

const EN_PLURAL_AFTER_ONE =
  /\b1 (?:(?:spasm|chart|complete|different) )?(?:minutes|seconds|days|weeks|hours|months|years|entries|holds|bursts|episodes|notes|warnings|characters|doses|times|records|bytes|channels|columns|rows|annotations|patients|questions|litres|medicines)\b/;
const ES_PLURAL_AFTER_ONE =
  /\b1 (?:minutos|segundos|días|semanas|horas|meses|años|entradas|repeticiones|veces|litros|medicamentos)\b/;

describe('a count of one reads in the singular', () => {
  test.each([
    ['the patient screens', WEB_EN],
    ['the clinician screens', WEB_CLINICIAN_EN],
    ['the course page', WEB_COURSE_EN],
    ['the EMG viewer', WEB_EMG_VIEWER_EN],
    ['the plan and order screens', WEB_PLAN_EN],
    ['CDS cards', cdsEn],
    ['order checks', ORDER_MESSAGES],
    ['EMG problems', EMG_EN],
    ['FHIR problems', FHIR_ISSUE_TEXT],
  ])('in English, %s', (_name, catalogue) => {
    const words = wordsForOne(catalogue);
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w) => EN_PLURAL_AFTER_ONE.test(w))).toEqual([]);
  });

  test('in Spanish, the patient screens', () => {
    const words = wordsForOne(WEB_ES);
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w) => ES_PLURAL_AFTER_ONE.test(w))).toEqual([]);
  });

  test('the self-care timers say 1 minute and 2 minutes, 1 minuto and 2 minutos', () => {
    expect(WEB_EN.selfCare.minutes(1)).toBe('1 minute');
    expect(WEB_EN.selfCare.minutes(2)).toBe('2 minutes');
    expect(WEB_EN.selfCare.seconds(1)).toBe('1 second');
    expect(WEB_ES.selfCare.minutes(1)).toBe('1 minuto');
    expect(WEB_ES.selfCare.minutes(2)).toBe('2 minutos');
    expect(WEB_ES.selfCare.seconds(1)).toBe('1 segundo');
    expect(WEB_EN.selfCare.timesPerDay(1)).toBe('Once a day');
    expect(WEB_ES.selfCare.timesPerDay(3)).toBe('3 veces al día');
    expect(WEB_EN.diary.chartSummary(1)).toContain('over 1 day');
    expect(WEB_ES.diary.chartSummary(1)).toContain('durante 1 día');
  });

  const item = (amounts: SelfCareItem['amounts']): SelfCareItem =>
    ({
      measure: 'heat',
      reason: 'general_ache_heat',
      amounts,
      cautions: [],
      sourceIds: [],
      status: 'V',
    }) as unknown as SelfCareItem;

  test('an input list that is too long says "at most 1 entry"', () => {
    const issue = { code: 'input.too_long', path: ['triggers'], params: { max: 1 } } as const;
    expect(issueText(issue)).toBe('triggers: at most 1 entry');
  });

  test("the drinking target and the timers' ranges agree with their upper bound", () => {
    expect(WEB_EN.selfCare.target(2, 3)).toBe('Aim for 2–3 litres today.');
    expect(WEB_EN.selfCare.target(1, 1)).toBe('Aim for 1 litre today.');
    expect(WEB_ES.selfCare.target(1, 1)).toBe('Intente beber 1 litro hoy.');
  });

  test('a plan range agrees with its upper bound, and a range of one number is said once', () => {
    expect(selfCareText(item({ minutes: [15, 20] }))).toContain('for 15–20 minutes at a time');
    expect(selfCareText(item({ minutes: [1, 1] }))).toContain('for 1 minute at a time');
    expect(es.selfCareItem(item({ minutes: [15, 20] }))).toContain('durante 15–20 minutos');
    expect(es.selfCareItem(item({ minutes: [1, 1] }))).toContain('durante 1 minuto cada vez');
  });
});

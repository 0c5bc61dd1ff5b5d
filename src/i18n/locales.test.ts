/**
 * @module Locale parity: every locale a patient may choose has every word of the patient flow — each
 * interview question with a label for each ref and each option, what to watch for, the likelihood words,
 * every triage reason, the web app's patient screens — translated (not the English copied), and never a
 * prescription drug or a dose.
 */
import { describe, expect, test } from 'vitest';
import { QUESTION_IDS, WATCH_IDS } from '../domain/interview/index.js';
import { prescriptionMention } from '../domain/kb/index.js';
import {
  BASELINE_RULES,
  CAUSE_FLOORS,
  RED_FLAG_RULES,
  type TriageRuleId,
} from '../domain/triage/index.js';
import { en } from './en.js';
import { interviewWords, LOCALES } from './locales.js';
import { REASON_PATIENT_ES } from './patient.es.js';
import { WEB_EN } from './web.en.js';
import { WEB_ES } from './web.es.js';
import { PATIENT_PROBLEM_CODES } from './web-problems.js';
import { WEB_PROBLEMS_EN } from './web-problems.en.js';
import { WEB_PROBLEMS_ES } from './web-problems.es.js';

const RULE_IDS: TriageRuleId[] = [...RED_FLAG_RULES, ...BASELINE_RULES, ...CAUSE_FLOORS].map(
  (r) => r.id,
);

type Wording = { text: string; labels: Record<string, string>; options?: Record<string, string> };

/** The shape of a catalog: its keys, recursively, and where functions stand. */
function shape(x: unknown): unknown {
  if (typeof x === 'function') {
    return 'function';
  }
  if (Array.isArray(x)) {
    return x.map(() => 'string');
  }
  if (typeof x === 'object' && x !== null) {
    return Object.fromEntries(
      Object.entries(x)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, shape(v)]),
    );
  }
  return typeof x;
}

function strings(x: unknown): string[] {
  if (typeof x === 'string') {
    return [x];
  }
  if (typeof x === 'function') {
    return [String((x as (n: number) => unknown)(2))];
  }
  if (typeof x === 'object' && x !== null) {
    return Object.values(x).flatMap(strings);
  }
  return [];
}

describe('locale parity for the patient flow', () => {
  const base = interviewWords('en');
  test.each(LOCALES.filter((l) => l !== 'en'))(
    '%s has every interview wording, translated',
    (l) => {
      const w = interviewWords(l);
      for (const id of QUESTION_IDS) {
        const a = base.questionText[id] as Wording;
        const b = w.questionText[id] as Wording;
        expect(Object.keys(b.labels).sort(), id).toEqual(Object.keys(a.labels).sort());
        expect(Object.keys(b.options ?? {}).sort(), id).toEqual(
          Object.keys(a.options ?? {}).sort(),
        );
        expect(b.text, id).not.toBe(a.text);
        for (const [ref, label] of Object.entries(b.labels)) {
          expect(label.length, ref).toBeGreaterThan(1);
        }
      }
      expect(Object.keys(w.watchText).sort()).toEqual([...WATCH_IDS].sort());
      for (const id of WATCH_IDS) {
        expect(w.watchText[id]).not.toBe(base.watchText[id]);
      }
      expect(w.messages.notice).not.toBe(en.notice);
      expect(w.messages.locale).toBe(l);
    },
  );

  test('Spanish has a patient reason for every triage rule', () => {
    expect(Object.keys(REASON_PATIENT_ES).sort()).toEqual([...RULE_IDS].sort());
  });

  test('the web app has the same patient screens in Spanish as in English, and the same notice as the result', () => {
    expect(shape(WEB_ES)).toEqual(shape(WEB_EN));
    expect(WEB_EN.notice).toBe(en.notice);
    expect(WEB_ES.notice).toBe(interviewWords('es').messages.notice);
  });

  test('what a patient is told of a refused request or a lost network is there in Spanish, translated', () => {
    expect(shape(WEB_PROBLEMS_ES)).toEqual(shape(WEB_PROBLEMS_EN));
    expect(Object.keys(WEB_PROBLEMS_ES.code).sort()).toEqual([...PATIENT_PROBLEM_CODES].sort());
    // every wording differs from the English one (field names included), so none was left untranslated
    const en = strings(WEB_PROBLEMS_EN);
    const es = strings(WEB_PROBLEMS_ES);
    expect(es).toHaveLength(en.length);
    es.forEach((line, i) => {
      expect(line, line).not.toBe(en[i]);
    });
  });

  test('every word of the Spanish patient screens is translated (only the name and the words both languages share are equal)', () => {
    const flat = (x: unknown, p = ''): [string, string][] =>
      typeof x === 'object' && x !== null
        ? Object.entries(x).flatMap(([k, v]) => flat(v, `${p}.${k}`))
        : [[p, strings(x).join('|')]];
    const es = new Map(flat(WEB_ES));
    const same = flat(WEB_EN)
      .filter(([k, v]) => es.get(k) === v)
      .map(([k]) => k);
    expect(same).toEqual(['.appName', '.interview.no', '.diary.noChange']);
  });

  test.each(LOCALES)('%s patient words never name a prescription drug or a dose', (l) => {
    const w = interviewWords(l);
    const texts = [
      ...strings(w.questionText),
      ...strings(w.watchText),
      ...strings(w.likelihoodText),
      ...strings(w.messages.levelAdvice),
      ...RULE_IDS.map((r) => w.messages.reasonForPatient(r)),
      w.messages.prescriptionOnly,
      ...strings(l === 'es' ? WEB_ES : WEB_EN),
    ];
    // the same check that refuses a drug or a dose in a clinician's plan (English and Spanish forms)
    expect(texts.filter((t) => prescriptionMention(t) !== undefined)).toEqual([]);
  });
});

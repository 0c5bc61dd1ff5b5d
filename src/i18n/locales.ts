/**
 * @module The locales a patient may choose, and the interview's words in each. English is complete for
 * every surface; the other locales are complete for the patient flow (a parity test keeps them so).
 */
import type { InterviewWords } from './interview-locale.js';
import { en } from './en.js';
import { LIKELIHOOD_TEXT, QUESTION_TEXT, WATCH_TEXT } from './interview.en.js';
import { LIKELIHOOD_TEXT_ES, QUESTION_TEXT_ES, WATCH_TEXT_ES } from './interview.es.js';
import { es } from './patient.es.js';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

const WORDS: Readonly<Record<Locale, InterviewWords>> = {
  en: {
    messages: en,
    questionText: QUESTION_TEXT,
    likelihoodText: LIKELIHOOD_TEXT,
    watchText: WATCH_TEXT,
  },
  es: {
    messages: es,
    questionText: QUESTION_TEXT_ES,
    likelihoodText: LIKELIHOOD_TEXT_ES,
    watchText: WATCH_TEXT_ES,
  },
};

export function interviewWords(locale: Locale): InterviewWords {
  return WORDS[locale];
}

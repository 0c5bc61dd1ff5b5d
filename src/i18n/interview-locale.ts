/**
 * @module The words one locale gives the patient interview and its result: the patient messages, every
 * question's wording, the likelihood words and what to watch for. The server answers `POST /api/interview`
 * in the locale the browser asks for; English is the default and the reference for the parity test.
 */
import type { Likelihood, QuestionId, WatchId } from '../domain/interview/index.js';
import type { QuestionWording } from './interview.en.js';
import type { PatientMessages } from './messages.js';

export interface InterviewWords {
  readonly messages: PatientMessages;
  readonly questionText: { readonly [Q in QuestionId]: QuestionWording<Q> };
  readonly likelihoodText: Readonly<Record<Likelihood, string>>;
  readonly watchText: Readonly<Record<WatchId, string>>;
}

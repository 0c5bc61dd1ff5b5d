/**
 * @module Outcome measures over time: the answers are kept and the score is computed by the domain's
 * scales (ODI [S6], RMDQ [S7], STarT Back [S8], PSFS [S1], NRS [S5]), never taken from the client.
 */
import { z } from 'zod';
import {
  OdiAnswers,
  PainNrs,
  PsfsFrequency,
  PsfsSeverity,
  RmdqAnswers,
  scoreOdi,
  scorePsfs,
  scoreRmdq,
  scoreStartBack,
  StartBackAnswers,
} from '../scales/index.js';
import { Instant, RecordId } from './primitives.js';

export const PsfsAnswers = z.strictObject({
  frequency: PsfsFrequency,
  severity: PsfsSeverity.optional(),
});
export const NrsAnswers = z.strictObject({ painNrs: PainNrs });

export const OutcomeInput = z.discriminatedUnion('instrument', [
  z.strictObject({ instrument: z.literal('odi'), takenAt: Instant, answers: OdiAnswers }),
  z.strictObject({ instrument: z.literal('rmdq'), takenAt: Instant, answers: RmdqAnswers }),
  z.strictObject({
    instrument: z.literal('start_back'),
    takenAt: Instant,
    answers: StartBackAnswers,
  }),
  z.strictObject({
    instrument: z.literal('psfs'),
    takenAt: Instant,
    answers: PsfsAnswers.refine((a) => a.frequency > 0 || a.severity === undefined, {
      message: 'PSFS severity is only given when spasm frequency is 1 or more',
      params: { tonus: 'input.psfs_severity_without_frequency' },
    }),
  }),
  z.strictObject({ instrument: z.literal('nrs'), takenAt: Instant, answers: NrsAnswers }),
]);
export type OutcomeInput = z.infer<typeof OutcomeInput>;
export type Instrument = OutcomeInput['instrument'];

/** The one number charted for an instrument, with its scale's own details beside it. */
export const OutcomeScore = z.strictObject({
  value: z.number().nullable(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});
export type OutcomeScore = z.infer<typeof OutcomeScore>;

export const Outcome = z.strictObject({
  id: RecordId,
  patientId: RecordId,
  instrument: z.enum(['odi', 'rmdq', 'start_back', 'psfs', 'nrs']),
  takenAt: Instant,
  answers: z.unknown(),
  score: OutcomeScore,
  createdAt: Instant,
  createdBy: RecordId,
});
export type Outcome = z.infer<typeof Outcome>;

export function scoreOutcome(input: OutcomeInput): OutcomeScore {
  switch (input.instrument) {
    case 'odi': {
      const s = scoreOdi(input.answers);
      return s === null
        ? { value: null, detail: { sectionsAnswered: 0 } }
        : { value: s.percent, detail: { band: s.band, sectionsAnswered: s.sectionsAnswered } };
    }
    case 'rmdq': {
      const s = scoreRmdq(input.answers);
      return { value: s.score, detail: { unanswered: s.unanswered } };
    }
    case 'start_back': {
      const s = scoreStartBack(input.answers);
      return { value: s.total, detail: { psychosocial: s.psychosocial, risk: s.risk } };
    }
    case 'psfs': {
      const s = scorePsfs(input.answers.frequency, input.answers.severity);
      return {
        value: s?.frequency ?? null,
        detail: { severity: s?.severity ?? null },
      };
    }
    case 'nrs':
      return { value: input.answers.painNrs, detail: {} };
  }
}

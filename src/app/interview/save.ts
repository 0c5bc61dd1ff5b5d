/**
 * @module Use cases of the interview on the service: one stateless step for anybody (`POST /api/interview`,
 * the answers so far in, the next question or the result out, in the asked locale), and saving a finished
 * interview as an encounter on the signed-in patient's own record. The server runs the interview again
 * from the answers when saving: what is stored is what the engine gives, never what a browser claims.
 */
import { z } from 'zod';
import { withLabs } from '../../domain/assessment/index.js';
import { assess } from '../../domain/engine/index.js';
import { parseAnswers } from '../../domain/interview/index.js';
import { KB_VERSION } from '../../domain/kb/index.js';
import { fail, ok, type Result } from '../../domain/shared/index.js';
import { interviewWords, LOCALES } from '../../i18n/index.js';
import { toClinicianView, toPatientView } from '../views/index.js';
import {
  createPatientData,
  issue,
  parseInput,
  type CoreDeps,
  type CreateRequest,
  type EncounterRow,
  type RequestContext,
} from '../shared/index.js';
import type { Encounter } from '../encounters/index.js';
import { encounterFor } from '../encounters/index.js';
import { stepFor } from './step.js';
import { QuestionLine, ResultLine, questionView, resultView } from './view.js';
import { plural } from '../../i18n/plural.js';

export const InterviewRequest = z.strictObject({
  /** Every ref answered so far, `null` for "I don't know"; checked by the interview itself. */
  answers: z.record(z.string(), z.unknown()),
  locale: z.enum(LOCALES).default('en'),
});
export type InterviewRequest = z.infer<typeof InterviewRequest>;

export const InterviewReply = z.discriminatedUnion('type', [QuestionLine, ResultLine]);
export type InterviewReply = z.infer<typeof InterviewReply>;

/** The day of the request: the domain has no clock. */
const today = (deps: Pick<CoreDeps, 'clock'>): string => deps.clock.now().slice(0, 10);

/** The next question, or the result, for the answers so far. Open to everybody: nothing is stored. */
export function interviewNext(
  deps: Pick<CoreDeps, 'clock'>,
  body: unknown,
): Result<InterviewReply> {
  const req = parseInput(InterviewRequest, body);
  if (!req.ok) {
    return req;
  }
  const answers = parseAnswers(req.value.answers);
  if (!answers.ok) {
    return answers;
  }
  const words = interviewWords(req.value.locale);
  const step = stepFor(answers.value, today(deps));
  return ok(step.type === 'result' ? resultView(step, words) : questionView(step, words));
}

/**
 * Saves a finished interview on the signed-in patient's own record as an encounter: the answers as the
 * assessment, the patient result in the patient's locale and the clinician result, as computed now, and
 * the interview's own answers with that locale (`latestInterview` reads them back).
 */
export function saveInterview(
  deps: CoreDeps,
  ctx: RequestContext,
  req: CreateRequest,
): Promise<Result<Encounter>> {
  return createPatientData(deps, ctx, req, {
    action: 'encounter.create',
    resourceType: 'encounter',
    roles: ['patient'],
    schema: InterviewRequest,
    create: async (tx, input, access) => {
      const answers = parseAnswers(input.answers);
      if (!answers.ok) {
        return answers;
      }
      const now = deps.clock.now();
      const asOf = now.slice(0, 10);
      const step = stepFor(answers.value, asOf);
      if (step.type === 'question') {
        return fail([
          { ...issue('interview.not_finished', { question: step.id }), path: ['answers'] },
        ]);
      }
      const r = step.result;
      const assessment = withLabs(r.answers);
      if (!assessment.ok) {
        return assessment;
      }
      const row: EncounterRow = {
        id: deps.ids.newId(),
        patientId: access.patientId,
        kbVersion: KB_VERSION,
        input: {
          ...r.answers,
          summary: `patient interview: ${plural('en', r.questions, { one: '# question', other: '# questions' })}, stopped: ${r.stoppedBecause}`,
        },
        clinicianResult: toClinicianView(
          assess(assessment.value, { audience: 'clinician', asOf }),
          deps.messages,
        ),
        patientResult: toPatientView(r.engine, interviewWords(input.locale).messages),
        // the answers themselves, so the result can be worded again and followed on another device
        interview: { answers: answers.value, locale: input.locale },
        createdAt: now,
        createdBy: access.actor.userId,
      };
      await tx.encounters.insert(row);
      return ok(encounterFor(row, access.actor));
    },
  });
}

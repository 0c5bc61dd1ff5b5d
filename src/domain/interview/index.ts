/**
 * @module The patient interview (PRODUCT C2b, ../shared/design/INTERVIEW.md): a pure function from the
 * answers so far to the next question or the result, the questions as data, and the result as the
 * assessment engine gives it for the answers collected.
 */
export {
  CLINICIAN_ONLY_FINDINGS,
  PATIENT_FINDINGS,
  SCALAR_REFS,
  SCALAR_RULES,
  BOOLEAN_REFS,
  acceptsValue,
  isRef,
  isScalarRef,
  type AnswerValue,
  type Answers,
  type BooleanRef,
  type ClinicianOnlyFinding,
  type PatientFinding,
  type Ref,
  type ScalarRef,
  type ScalarRule,
} from './refs.js';
export {
  QUESTIONS,
  QUESTION_IDS,
  QUESTION_CAP,
  question,
  type Ask,
  type AskIf,
  type OptionsOf,
  type Phase,
  type QuestionDef,
  type QuestionId,
  type QuestionKind,
  type RefsOf,
} from './questions.js';
export { toAssessment } from './to-assessment.js';
export { snapshot, type Snapshot } from './snapshot.js';
export {
  THRESHOLDS,
  askedCount,
  holdsAskIf,
  lookahead,
  nextStep,
  pendingAsks,
  type Lookahead,
  type Step,
  type StopReason,
} from './select.js';
export {
  RED_FLAG_REFS,
  SAFETY_NET,
  WATCH_IDS,
  WATCH_OF_REF,
  refsOfFeature,
  type WatchId,
} from './red-flag-refs.js';
export {
  LIKELIHOOD_THRESHOLDS,
  assessAnswers,
  interviewResult,
  likelihoodOf,
  type InterviewResult,
  type Likelihood,
} from './result.js';
export { INTERVIEW_REFS, parseAnswers, parseReply } from './answers.js';
export { INTERVIEW_ISSUE_CODES, type InterviewIssueCode } from './issues.js';

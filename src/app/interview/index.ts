/** @module Use case: the patient interview, one stateless step at a time, and its JSON-lines views. */
export {
  answerStep,
  interviewStep,
  stepFor,
  type InterviewStep,
  type QuestionStep,
  type ResultStep,
} from './step.js';
export {
  ErrorLine,
  QuestionLine,
  ResultLine,
  errorView,
  questionView,
  resultView,
} from './view.js';
export { InterviewReply, InterviewRequest, interviewNext, saveInterview } from './save.js';
export { EN_INTERVIEW } from './view.js';
export { latestInterview } from './latest.js';
export { LatestInterview, SavedAnswers, SavedInterview } from './saved.js';

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

/** @module Use case: the patient interview, one stateless step at a time, and its JSON-lines views. */
export {
  answerStep,
  interviewStep,
  stepFor,
  type InterviewStep,
  type QuestionStep,
  type ResultStep,
} from './step.js';
export { errorView, questionView, resultView, type QuestionView } from './view.js';

/** @module The closed list of problems with interview answers; their English is in src/i18n/interview.en.ts. */

export const INTERVIEW_ISSUE_CODES = [
  'interview.not_an_object',
  'interview.unknown_ref',
  'interview.not_asked',
  'interview.missing_answer',
  'interview.invalid_value',
] as const;
export type InterviewIssueCode = (typeof INTERVIEW_ISSUE_CODES)[number];

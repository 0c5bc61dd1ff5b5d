/** @module The English locale, assembled from the topic catalogs beside it. */
import { CONDITION_NAMES } from './findings.en.js';
import { evidenceText, featureName } from './evidence.en.js';
import { issueText, NOTICE } from './issues.en.js';
import type { Messages } from './messages.js';
import { orderFindingText } from './orders.en.js';
import {
  CAUSE_ACTION_TEXT,
  CAUTION_TEXT,
  factText,
  MODE_TEXT,
  selfCareText,
  WITHHELD_TEXT,
} from './plan.en.js';
import { GROUP_NAMES, KEPT_IN_VIEW_TEXT, questionText, TEST_NAMES, whyText } from './tests.en.js';
import { LEVEL_NAMES, PRESCRIPTION_ONLY, REASON_TEXT } from './triage.en.js';

export const en: Messages = {
  locale: 'en',
  notice: NOTICE,
  levelAdvice: LEVEL_NAMES,
  reasonForPatient: (rule) => REASON_TEXT[rule].patient,
  reasonForClinician: (rule) => REASON_TEXT[rule].clinician,
  selfCareMode: MODE_TEXT,
  selfCareItem: selfCareText,
  caution: CAUTION_TEXT,
  withheld: WITHHELD_TEXT,
  prescriptionOnly: PRESCRIPTION_ONLY,
  issue: issueText,
  evidence: evidenceText,
  feature: featureName,
  condition: CONDITION_NAMES,
  group: GROUP_NAMES,
  test: TEST_NAMES,
  keptInView: KEPT_IN_VIEW_TEXT,
  why: whyText,
  question: questionText,
  causeAction: CAUSE_ACTION_TEXT,
  drugFact: factText,
  orderFinding: orderFindingText,
};

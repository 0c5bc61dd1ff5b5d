/**
 * @module The shape of a locale: every word a surface may show. A locale is an object of this type, so a
 * missing wording is a type error. Patient messages are the part a patient flow needs (a locale for
 * patients may translate only these); clinician messages add the differential, tests and orders.
 */
import type { KeptInViewId, NextQuestion, NextTest, TestId } from '../domain/classifier/index.js';
import type { EvidenceRef, FeatureId } from '../domain/evidence/index.js';
import type { ConditionId, DrugFactId } from '../domain/kb/index.js';
import type { OrderFinding } from '../domain/orders/index.js';
import type { CauseGroup, DomainIssue, TriageLevel } from '../domain/shared/index.js';
import type {
  CauseAction,
  SelfCareCaution,
  SelfCareItem,
  SelfCareMode,
} from '../domain/treatment/index.js';
import type { TriageRuleId } from '../domain/triage/index.js';

export interface PatientMessages {
  readonly locale: string;
  /** Shown wherever results are shown. */
  readonly notice: string;
  readonly levelAdvice: Readonly<Record<TriageLevel, string>>;
  /** Why the level was chosen, in lay words that never name a prescription drug or dose. */
  readonly reasonForPatient: (rule: TriageRuleId) => string;
  readonly selfCareMode: Readonly<Record<SelfCareMode, string>>;
  readonly selfCareItem: (item: SelfCareItem) => string;
  readonly caution: Readonly<Record<SelfCareCaution, string>>;
  readonly withheld: string;
  readonly prescriptionOnly: string;
  readonly issue: (issue: DomainIssue) => string;
}

export interface ClinicianMessages extends PatientMessages {
  readonly reasonForClinician: (rule: TriageRuleId) => string;
  readonly evidence: (ref: EvidenceRef) => string;
  readonly feature: (id: FeatureId) => string;
  readonly condition: Readonly<Record<ConditionId, string>>;
  readonly group: Readonly<Record<CauseGroup, string>>;
  readonly test: Readonly<Record<TestId, string>>;
  /** Why a cause is shown among the first three whatever its score (kept-in-view rules). */
  readonly keptInView: Readonly<Record<KeptInViewId, string>>;
  readonly why: (step: NextTest | NextQuestion) => string;
  readonly question: (q: NextQuestion) => string;
  readonly causeAction: Readonly<Record<CauseAction, string>>;
  readonly drugFact: (id: DrugFactId) => string;
  readonly orderFinding: (f: OrderFinding) => string;
}

export type Messages = ClinicianMessages;

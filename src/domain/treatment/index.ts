/** @module Treatment planner (PRODUCT C5): a fitted self-care plan for everyone, pharmacotherapy for clinicians only. */
export {
  planSelfCare,
  type SelfCareCaution,
  type SelfCareItem,
  type SelfCareMode,
  type SelfCarePlan,
  type SelfCareReason,
} from './self-care.js';
export {
  CAUSE_ACTIONS,
  orderContextFrom,
  planPharmacotherapy,
  startingOrder,
  type CauseAction,
  type CauseTreatment,
  type DrugOption,
  type PharmacotherapyPlan,
} from './pharmacotherapy.js';
export { treatmentCatalog } from './catalog.js';

/**
 * @module English words of the clinician's treatment plan builder and prescription order form (PRODUCT C5).
 * Clinician-only: the patient screens never import this catalog, since it names prescription drugs. Keyed by
 * the domain's closed unions (drugs, routes, indications, severities, self-care measures), so a new one
 * without words is a type error; a Spanish catalog types itself `WebPlanMessages` too.
 */
import type { Drug, SelfCareMeasureId } from '../domain/kb/index.js';
import { MEDICATION_NAMES } from './findings.en.js';
import type {
  HEPATIC_STATES,
  INDICATIONS,
  ProposedOrder,
  Severity,
} from '../domain/orders/index.js';
import { plural } from './plural.js';

type Of<T extends readonly string[]> = T[number];

export interface WebPlanMessages {
  readonly title: string;
  readonly clinicianOnly: string;
  readonly proposed: string;
  readonly proposedHint: string;
  readonly include: (measure: string) => string;
  readonly timesPerDay: (measure: string) => string;
  readonly sources: (ids: string, status: string) => string;
  readonly addStep: string;
  readonly addStepButton: string;
  readonly added: string;
  readonly measures: Readonly<Record<SelfCareMeasureId, string>>;
  readonly causeTreatment: string;
  readonly goals: string;
  readonly goalsHint: string;
  readonly reviewOn: string;
  readonly note: string;
  readonly savePlan: string;
  readonly planSaved: string;
  readonly noSteps: string;
  readonly options: string;
  readonly prescribe: (drug: string) => string;
  readonly offLabel: string;
  /** The monitoring and warnings the label asks for with a drug (boxed warnings included). */
  readonly monitoring: string;
  /** Above the drug options when the encounter's triage sends the patient to emergency care. */
  readonly emergencyFirst: string;
  readonly order: {
    readonly title: string;
    readonly drug: string;
    readonly drugs: Readonly<Record<Drug, string>>;
    readonly action: string;
    readonly actions: Readonly<Record<ProposedOrder['action'], string>>;
    readonly route: string;
    readonly routes: Readonly<Record<ProposedOrder['route'], string>>;
    readonly dose: string;
    readonly doseUnit: string;
    readonly dosesPerDay: string;
    readonly concentration: string;
    readonly indication: string;
    readonly indications: Readonly<Record<Of<typeof INDICATIONS>, string>>;
    readonly orderDate: string;
    readonly taper: string;
    readonly regularUse: string;
    readonly context: string;
    readonly ageYears: string;
    readonly crcl: string;
    readonly hepatic: string;
    readonly hepaticStates: Readonly<Record<Of<typeof HEPATIC_STATES>, string>>;
    readonly fromAssessment: (conditions: string, medications: string) => string;
    readonly lastBotulinumDate: string;
    readonly lastBotulinumUnits: string;
    readonly check: string;
    readonly checkBlocked: string;
    readonly checkClear: string;
    /** The findings that are not hard stops: warnings break a rule, information notes do not. */
    readonly checkFindings: (warnings: number, notes: number) => string;
    readonly cannotCheck: string;
    readonly severity: Readonly<Record<Severity, string>>;
    readonly source: (ids: string, status: string, rule: string) => string;
    readonly overrideReason: string;
    readonly overrideHint: string;
    /** The override reason is shorter than the schema's minimum: the minimum and the length typed so far. */
    readonly overrideTooShort: (min: number, length: number) => string;
    readonly overrideTooLong: (max: number, length: number) => string;
    /** Any other rule the reason breaks (characters that cannot be stored). */
    readonly overrideUnstorable: string;
    readonly overrideNotText: (min: number, letters: number) => string;
    readonly save: string;
    readonly saving: string;
    readonly saved: string;
    /** The save button's words once the order is saved: the form is locked until a new order is started. */
    readonly savedButton: string;
    readonly newOrder: string;
    readonly serverCheck: string;
    /** The saved order's check summary when it broke a hard stop that the prescriber overrode. */
    readonly overridden: (reason: string) => string;
  };
  readonly timeline: {
    readonly plan: (measures: string, goals: string) => string;
    readonly order: (drug: string, dose: string, blocked: boolean) => string;
    readonly dose: (value: number, unit: string, perDay: number | undefined) => string;
    readonly step: (measure: string, timesPerDay: number) => string;
  };
}

export const WEB_PLAN_EN: WebPlanMessages = {
  title: 'Treatment plan and orders',
  clinicianOnly:
    'For the prescriber: the patient sees the self-care plan and the goals, never the orders.',
  proposed: 'Steps the planner proposes',
  proposedHint: 'Untick a step to leave it out; set how often a day.',
  include: (m) => `Include ${m}`,
  timesPerDay: (m) => `${m}: times a day`,
  sources: (ids, status) => `Sources ${ids} (${status})`,
  addStep: 'Add a self-care step',
  addStepButton: 'Add the step',
  added: 'added by the clinician',
  measures: {
    stretch: 'Stretching',
    massage: 'Massage',
    ice: 'Ice',
    heat: 'Heat',
    hydration: 'Hydration',
    supplements: 'Supplements (after speaking to the doctor)',
    stay_active: 'Keep active',
  },
  causeTreatment: 'Treating the cause (for the clinician)',
  goals: 'Goals, one a line (the patient reads these)',
  goalsHint: 'Words a patient understands; no drug names or doses.',
  reviewOn: 'Review on',
  note: 'Note (the patient reads it too; no drug names or doses)',
  savePlan: 'Save the plan',
  planSaved: 'Plan saved; it is on the patient’s timeline.',
  noSteps: 'Keep at least one self-care step.',
  options: 'Drug options the planner checked',
  prescribe: (d) => `Order ${d}…`,
  offLabel: 'off-label for spasm',
  monitoring: 'Monitoring and warnings',
  emergencyFirst:
    'This encounter’s triage is an emergency: the emergency comes first; a drug for spasm does not treat it.',
  order: {
    title: 'Prescription order',
    drug: 'Drug',
    // the drugs a patient may also report taking are worded once, with the medications
    drugs: {
      baclofen: MEDICATION_NAMES.baclofen,
      tizanidine: MEDICATION_NAMES.tizanidine,
      clonidine: MEDICATION_NAMES.clonidine,
      diazepam: MEDICATION_NAMES.diazepam,
      gabapentin: MEDICATION_NAMES.gabapentin,
      dantrolene: MEDICATION_NAMES.dantrolene,
      botulinum_toxin: MEDICATION_NAMES.botulinum_toxin,
      phenol: 'phenol',
      alcohol: 'alcohol (ethanol)',
    },
    action: 'Action',
    actions: { start: 'start', change: 'change', continue: 'continue', stop: 'stop' },
    route: 'Route',
    routes: {
      oral: 'oral',
      intrathecal: 'intrathecal',
      intramuscular: 'intramuscular',
      perineural: 'perineural',
    },
    dose: 'Dose per administration',
    doseUnit: 'Dose unit',
    dosesPerDay: 'Doses a day',
    concentration: 'Concentration (%)',
    indication: 'Indication',
    indications: {
      spasticity: 'spasticity',
      musculoskeletal_spasm: 'musculoskeletal spasm',
      rheumatic_spasm: 'rheumatic spasm',
      sciatica: 'sciatica',
      neuropathic_pain: 'neuropathic pain',
      focal_spasticity: 'focal spasticity',
      other: 'other',
    },
    orderDate: 'Order date',
    taper: 'Tapered',
    regularUse: 'Taken regularly until now',
    context: 'Patient context for the check',
    ageYears: 'Age (years)',
    crcl: 'Creatinine clearance (mL/min)',
    hepatic: 'Liver',
    hepaticStates: {
      none: 'no known impairment',
      impairment: 'impairment',
      active_disease: 'active liver disease',
      severe_insufficiency: 'severe insufficiency',
    },
    fromAssessment: (cond, meds) =>
      `From the assessment — conditions: ${cond || 'none recorded'}; medications: ${meds || 'none recorded'}.`,
    lastBotulinumDate: 'Last botulinum toxin: date',
    lastBotulinumUnits: 'Last botulinum toxin: units',
    check: 'Order check',
    checkBlocked: 'Hard stop: the order cannot be saved without an override reason.',
    checkClear: 'No rule broken.',
    checkFindings: (warnings, notes) => {
      const said =
        warnings === 0
          ? 'No rule broken'
          : plural('en', warnings, { one: '# warning', other: '# warnings' });
      return notes === 0
        ? `${said}.`
        : `${said}; ${plural('en', notes, { one: '# note', other: '# notes' })} for information.`;
    },
    cannotCheck: 'The order cannot be checked yet:',
    severity: { hard_stop: 'Hard stop', warning: 'Warning', info: 'Information' },
    source: (ids, status, rule) => `${rule}; sources ${ids}; ${status}`,
    overrideReason: 'Reason to override the hard stop (at least 10 characters)',
    overrideHint: 'Recorded with the order and shown to every clinician who reads it.',
    overrideTooShort: (min, n) =>
      `Give a reason of at least ${plural('en', min, { one: '# character', other: '# characters' })} (${n} so far).`,
    overrideTooLong: (max, n) =>
      `Keep the reason to at most ${plural('en', max, { one: '# character', other: '# characters' })} (${n} so far).`,
    overrideNotText: (min, n) =>
      `Give the reason in words: at least ${plural('en', min, { one: '# letter or digit', other: '# letters or digits' })} (${n} so far).`,
    overrideUnstorable:
      'The reason contains characters that cannot be stored (a NUL character or an unpaired surrogate); remove them.',
    save: 'Save the order',
    saving: 'Saving…',
    saved: 'Order saved. The server’s own check:',
    savedButton: 'Order saved',
    newOrder: 'New order',
    serverCheck: 'The server’s check',
    overridden: (r) => `Saved over a hard stop. Override reason: ${r}`,
  },
  timeline: {
    plan: (measures, goals) => (goals === '' ? measures : `${measures}; goals: ${goals}`),
    order: (drug, dose, blocked) =>
      `${drug}${dose === '' ? '' : ` ${dose}`}${blocked ? ' (hard stop overridden)' : ''}`,
    dose: (value, unit, perDay) =>
      `${value} ${unit}${perDay === undefined ? '' : `, ${plural('en', perDay, { one: 'once a day', other: '# times a day' })}`}`,
    step: (measure, times) => `${measure} ${times}× a day`,
  },
};

/**
 * @module A patient's whole record as FHIR R4 resources: the Patient; per encounter an Encounter, the
 * assessment as entered and the engine's answer; each diary entry, outcome measure and self-care session;
 * the clinicians' plans (CarePlan with Goals); orders with their checks (MedicationRequest + DetectedIssue);
 * EMG studies (DiagnosticReport + Media pointing at the stored file). Each part carries its role tag, so an
 * import knows what it reads back and what it recomputes.
 */
import type {
  CarePlan,
  CodeableConcept,
  DiagnosticReport,
  Encounter,
  Goal,
  Media,
  Observation,
  ObservationComponent,
  Resource,
} from '@medplum/fhirtypes';
import type { Assessment } from '../assessment/index.js';
import type { AssessmentResult } from '../engine/index.js';
import type { OrderCheckResult, ProposedOrder } from '../orders/index.js';
import type {
  DiaryEntry,
  EmgStudy,
  Outcome,
  OutcomeInput,
  PatientRecord,
  Plan,
  SelfCareSession,
} from '../records/index.js';
import {
  assessmentToFhir,
  historyObservations,
  patientResource,
  questionnaireResources,
} from './assessment-to-fhir.js';
import { orderToFhir } from './order-to-fhir.js';
import {
  codeable,
  observation,
  observationCategory,
  refIn,
  referenceTo,
  roleMeta,
  ucum,
  type ReferenceStyle,
  type WriteContext,
} from './resources.js';
import { resultToFhir } from './result-to-fhir.js';
import { SYSTEM, TONUS_EXTENSION, tonusCoding } from './systems.js';
import { PAIN_NRS_LOINC } from './terminology.js';

/** One encounter as kept: the assessment entered and the engine's answer for it. */
export interface RecordEncounter {
  readonly id: string;
  readonly createdAt: string;
  readonly assessment: Assessment;
  readonly result: AssessmentResult;
}

export interface RecordOrder {
  readonly id: string;
  readonly order: ProposedOrder;
  readonly result: OrderCheckResult;
  readonly createdAt: string;
}

/** Everything the reader may see of one patient's record. */
export interface PatientRecordData {
  readonly patient: Pick<PatientRecord, 'id' | 'name' | 'birthDate' | 'sex'>;
  readonly encounters: readonly RecordEncounter[];
  readonly diary: readonly DiaryEntry[];
  readonly outcomes: readonly Outcome[];
  readonly selfCare: readonly SelfCareSession[];
  readonly plans: readonly Plan[];
  /** Empty for a patient reading their own record: orders and EMG studies are clinicians' data. */
  readonly orders: readonly RecordOrder[];
  readonly emgStudies: readonly EmgStudy[];
}

const t = tonusCoding;
const obsCode = (code: string): CodeableConcept => codeable(t('observation', code));

/** Ids for the record's own things are kept, so references inside the Bundle follow the record. */
interface RecordContext {
  readonly style: ReferenceStyle;
  readonly newId: () => string;
  readonly subject: WriteContext['subject'];
}

function at(rc: RecordContext, effective: string, encounter?: string): WriteContext {
  return {
    subject: rc.subject,
    effective,
    newId: rc.newId,
    style: rc.style,
    ...(encounter === undefined
      ? {}
      : { encounter: referenceTo<Encounter>(rc.style, 'Encounter', encounter) }),
  };
}

function encounterResources(rc: RecordContext, e: RecordEncounter): Resource[] {
  const encounter: Encounter = {
    resourceType: 'Encounter',
    id: e.id,
    meta: roleMeta('encounter'),
    status: 'finished',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
    subject: rc.subject,
    period: { start: e.createdAt },
  };
  const ctx = at(rc, e.createdAt, e.id);
  return [encounter, ...assessmentToFhir(e.assessment, ctx), ...resultToFhir(e.result, ctx)];
}

function diaryObservation(rc: RecordContext, d: DiaryEntry): Observation {
  const component: ObservationComponent[] = [
    { code: obsCode('diary-duration'), valueQuantity: ucum(d.durationMinutes, 'min') },
    { code: obsCode('psfs-severity'), valueInteger: d.psfsSeverity },
    {
      code: codeable(
        { system: SYSTEM.loinc, code: PAIN_NRS_LOINC.loinc },
        t('observation', 'pain-nrs'),
      ),
      valueInteger: d.painNrs,
    },
    ...(d.trigger === null
      ? []
      : [
          {
            code: obsCode('diary-trigger'),
            valueCodeableConcept: codeable(t('trigger', d.trigger)),
          },
        ]),
    ...(d.helped === null ? [] : [{ code: obsCode('diary-helped'), valueString: d.helped }]),
    ...(d.note === null ? [] : [{ code: obsCode('diary-note'), valueString: d.note }]),
  ];
  const entry = observation(at(rc, d.startedAt), 'diary', {
    category: observationCategory('survey'),
    code: obsCode('diary-entry'),
    component,
  });
  const slip = d.enteredInError;
  // kept in the record, as the patient's diary keeps it, but marked so no receiving system charts it
  return slip === null
    ? entry
    : {
        ...entry,
        status: 'entered-in-error',
        ...(slip.reason === null ? {} : { note: [{ time: slip.at, text: slip.reason }] }),
      };
}

/** An outcome's instrument with its answers, each instrument with its own answers' type. */
type Answered = OutcomeInput extends infer U
  ? U extends OutcomeInput
    ? Pick<U, 'instrument' | 'answers'>
    : never
  : never;

/** An outcome measure as its questionnaire (ODI, RMDQ, STarT Back) or its Observation (PSFS, pain). */
function outcomeResources(rc: RecordContext, o: Outcome): Resource[] {
  const ctx = at(rc, o.takenAt);
  // the answers were validated as this instrument's when the outcome was recorded
  const input = { instrument: o.instrument, answers: o.answers } as Answered;
  switch (input.instrument) {
    case 'odi':
      return questionnaireResources(ctx, { odi: input.answers }, 'outcome');
    case 'rmdq':
      return questionnaireResources(ctx, { rmdq: input.answers }, 'outcome');
    case 'start_back':
      return questionnaireResources(ctx, { startBack: input.answers }, 'outcome');
    case 'psfs':
      return historyObservations(
        ctx,
        {
          psfsFrequency: input.answers.frequency,
          ...(input.answers.severity === undefined ? {} : { psfsSeverity: input.answers.severity }),
        },
        'outcome',
      );
    case 'nrs':
      return historyObservations(ctx, { painNrs: input.answers.painNrs }, 'outcome');
  }
}

function selfCareObservation(rc: RecordContext, s: SelfCareSession): Observation {
  return observation(at(rc, s.startedAt), 'self-care', {
    category: observationCategory('survey'),
    code: obsCode('self-care-session'),
    valueQuantity: ucum(s.minutes, 'min'),
    component: [
      {
        code: obsCode('self-care-measure'),
        valueCodeableConcept: codeable(t('self-care-measure', s.measure)),
      },
    ],
  });
}

function planResources(rc: RecordContext, p: Plan): Resource[] {
  const goals: Goal[] = p.body.goals.map((text) => ({
    resourceType: 'Goal',
    id: rc.newId(),
    meta: roleMeta('plan'),
    lifecycleStatus: 'active',
    description: { text },
    subject: rc.subject,
  }));
  const ctx = at(rc, p.createdAt, p.body.encounterId);
  const plan: CarePlan = {
    resourceType: 'CarePlan',
    id: p.id,
    meta: roleMeta('plan'),
    ...(p.body.reviewOn === undefined
      ? {}
      : { extension: [{ url: TONUS_EXTENSION.reviewOn, valueDate: p.body.reviewOn }] }),
    status: 'active',
    intent: 'plan',
    category: [obsCode('clinician-plan')],
    subject: rc.subject,
    ...(ctx.encounter === undefined ? {} : { encounter: ctx.encounter }),
    created: p.createdAt,
    ...(goals.length === 0 ? {} : { goal: goals.map((g) => refIn(ctx, g)) }),
    activity: p.body.selfCare.map((s) => ({
      detail: {
        code: codeable(t('self-care-measure', s.measure)),
        status: 'not-started',
        scheduledTiming: { repeat: { frequency: s.timesPerDay, period: 1, periodUnit: 'd' } },
      },
    })),
    ...(p.body.note === undefined ? {} : { note: [{ text: p.body.note }] }),
  };
  return [plan, ...goals];
}

function orderResources(rc: RecordContext, o: RecordOrder): Resource[] {
  const { request, issues } = orderToFhir(o.order, o.result, at(rc, o.createdAt), 'active');
  return [request, ...issues];
}

const REPORT_STATUS: Readonly<Record<EmgStudy['state'], DiagnosticReport['status']>> = {
  queued: 'registered',
  running: 'partial',
  done: 'final',
  failed: 'cancelled',
};

/** An EMG study: the report of its analysis, and a Media pointing at the file kept by the service. */
function emgResources(rc: RecordContext, s: EmgStudy, fileUrl: string): Resource[] {
  const ctx = at(rc, s.createdAt);
  const media: Media = {
    resourceType: 'Media',
    id: rc.newId(),
    meta: roleMeta('emg'),
    status: 'completed',
    subject: rc.subject,
    createdDateTime: s.createdAt,
    content: {
      contentType: 'application/octet-stream',
      url: fileUrl,
      size: s.sizeBytes,
      title: s.fileName,
    },
  };
  const report: DiagnosticReport = {
    resourceType: 'DiagnosticReport',
    id: s.id,
    meta: roleMeta('emg'),
    status: REPORT_STATUS[s.state],
    category: [codeable({ system: SYSTEM.diagnosticServiceSection, code: 'OTH' })],
    code: obsCode('emg-study'),
    subject: rc.subject,
    effectiveDateTime: s.createdAt,
    ...(s.finishedAt === null ? {} : { issued: s.finishedAt }),
    ...(s.error === null ? {} : { conclusion: s.error }),
    media: [{ link: refIn(ctx, media) }],
  };
  return [report, media];
}

/**
 * In clinical time, then by content: the same record gives the same order of resources wherever it is
 * stored (two outcomes taken at the same minute would otherwise follow their random ids).
 */
function inOrder<T>(xs: readonly T[], time: (x: T) => string, key: (x: T) => string): T[] {
  return [...xs].sort((a, b) => time(a).localeCompare(time(b)) || key(a).localeCompare(key(b)));
}

/** A record's content without its storage fields, as a sort key. */
function content(storage: readonly string[]): (x: object) => string {
  return (x) =>
    JSON.stringify(Object.entries(x).filter(([k]) => !storage.includes(k) && k !== 'createdBy'));
}

/**
 * The record as resources about its patient. Encounter and plan ids are the record's, so a plan points at
 * its encounter; other resources get new ids.
 * @param emgFileUrl - Where the service serves a study's file, for the Media's attachment.
 */
export function recordToFhir(
  r: PatientRecordData,
  o: {
    readonly style: ReferenceStyle;
    readonly newId: () => string;
    readonly emgFileUrl: (studyId: string) => string;
  },
): Resource[] {
  const ctx: RecordContext = {
    style: o.style,
    newId: o.newId,
    subject: referenceTo(o.style, 'Patient', r.patient.id),
  };
  const latest = [...r.encounters].sort((x, y) => y.createdAt.localeCompare(x.createdAt))[0];
  // the record's own sex first; records without one fall back to the latest assessment's
  return [
    {
      ...patientResource(r.patient.id, r.patient.sex ?? latest?.assessment.patient.sex),
      ...(r.patient.birthDate === null ? {} : { birthDate: r.patient.birthDate }),
      name: [{ text: r.patient.name }],
    },
    ...r.encounters.flatMap((e) => encounterResources(ctx, e)),
    ...inOrder(r.diary, (d) => d.startedAt, content(['id', 'createdAt'])).map((d) =>
      diaryObservation(ctx, d),
    ),
    ...inOrder(r.outcomes, (x) => x.takenAt, content(['id', 'createdAt'])).flatMap((x) =>
      outcomeResources(ctx, x),
    ),
    ...inOrder(r.selfCare, (x) => x.startedAt, content(['id', 'createdAt'])).map((x) =>
      selfCareObservation(ctx, x),
    ),
    ...inOrder(
      r.plans,
      (p) => p.createdAt,
      (p) => JSON.stringify(p.body),
    ).flatMap((p) => planResources(ctx, p)),
    ...r.orders.flatMap((x) => orderResources(ctx, x)),
    ...r.emgStudies.flatMap((s) => emgResources(ctx, s, o.emgFileUrl(s.id))),
  ];
}

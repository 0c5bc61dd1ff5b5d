/**
 * @module A Bundle read back into a patient's record: the Patient's name; an assessment per Tonus
 * encounter (and one for everything another system sent without Tonus tags); diary entries, outcome
 * measures, self-care sessions and plans by their role tags. Tonus's results are recomputed, not read;
 * orders and EMG studies are reported as not imported (their check context and file are not in a
 * Bundle). Every part that is not read is reported with its reason.
 */
import { z } from 'zod';
import type { ParsedAssessment } from '../assessment/index.js';
import { TRIGGERS } from '../kb/index.js';
import {
  DiaryEntryInput,
  OutcomeInput,
  PlanBody,
  refinePatientReadable,
  SelfCareSessionInput,
  BirthDate,
  birthDateIssues,
  RecordSex,
} from '../records/index.js';
import { fail, ok, type Result } from '../shared/index.js';
import { assessmentFromFhir, type ImportReport, type ReadOptions } from './assessment-from-fhir.js';
import type { ImportNoteEntry, UnmappedPart } from './issues.js';
import type { Located } from './prefetch.js';
import type { Observation } from './profiles.js';
import { readResources, type TypedResource } from './read-resources.js';
import { hasCode, tonusCodeIn, tonusRawCode } from './read-codes.js';
import { referencedId, roleOf, roleMeta } from './resources.js';
import { SYSTEM, TONUS_EXTENSION, tonusSystem } from './systems.js';
import { PAIN_NRS_LOINC } from './terminology.js';

export interface ImportedEncounter {
  /** The Encounter's id in the Bundle, when it came from one. */
  readonly ref?: string;
  /** When it took place (the Encounter's period start), when the Bundle says. */
  readonly at?: string;
  readonly parsed: ParsedAssessment;
}

export interface ImportedPlan {
  readonly body: Omit<PlanBody, 'encounterId'>;
  readonly encounterRef?: string;
  readonly at?: string;
}

export interface RecordImport {
  readonly name: string | null;
  /** The Patient's full `birthDate` when it passes the record's rules on the day of the import. */
  readonly birthDate: string | null;
  /** The Patient's `gender`, `null` for `unknown` or none. */
  readonly sex: RecordSex | null;
  readonly encounters: readonly ImportedEncounter[];
  readonly diary: readonly DiaryEntryInput[];
  readonly outcomes: readonly OutcomeInput[];
  readonly selfCare: readonly SelfCareSessionInput[];
  readonly plans: readonly ImportedPlan[];
  readonly report: Omit<ImportReport, 'hepatic' | 'botulinumToxin' | 'presentation'>;
}

const EncounterProfile = z.looseObject({
  resourceType: z.literal('Encounter'),
  id: z.string().optional(),
  period: z.looseObject({ start: z.string().optional() }).optional(),
});

const Text = z.looseObject({ text: z.string().optional() });
const CarePlanProfile = z.looseObject({
  resourceType: z.literal('CarePlan'),
  encounter: z.looseObject({ reference: z.string().optional() }).optional(),
  created: z.string().optional(),
  goal: z.array(z.looseObject({ reference: z.string().optional() })).optional(),
  extension: z
    .array(z.looseObject({ url: z.string(), valueDate: z.string().optional() }))
    .optional(),
  note: z.array(Text).optional(),
  activity: z
    .array(
      z.looseObject({
        detail: z
          .looseObject({
            code: z.looseObject({ coding: z.array(z.looseObject({})).optional() }).optional(),
            scheduledTiming: z
              .looseObject({
                repeat: z.looseObject({ frequency: z.number().optional() }).optional(),
              })
              .optional(),
          })
          .optional(),
      }),
    )
    .optional(),
});
const GoalProfile = z.looseObject({
  resourceType: z.literal('Goal'),
  id: z.string().optional(),
  description: Text,
});
const PatientName = z.looseObject({
  name: z
    .array(
      z.looseObject({
        text: z.string().optional(),
        given: z.array(z.string()).optional(),
        family: z.string().optional(),
      }),
    )
    .optional(),
});

/** The name a person would read: `text`, or the given names and the family name. */
function nameOf(patient: unknown): string | null {
  const p = PatientName.safeParse(patient);
  const n = p.success ? p.data.name?.[0] : undefined;
  const text =
    n?.text ?? [...(n?.given ?? []), ...(n?.family === undefined ? [] : [n.family])].join(' ');
  return text.trim() === '' ? null : text.trim();
}

/**
 * The Patient's date of birth and sex as the record keeps them. A partial (`1970`, `1970-05`) or
 * implausible birth date is not kept and is reported as a rejected value.
 */
function demographicsOf(
  patient: TypedResource | undefined,
  o: ReadOptions,
  unmapped: UnmappedPart[],
): { birthDate: string | null; sex: RecordSex | null } {
  const p = patient?.value as { birthDate?: string; gender?: string } | undefined;
  const sex = RecordSex.safeParse(p?.gender);
  let birthDate: string | null = null;
  if (p?.birthDate !== undefined && patient !== undefined) {
    const full = BirthDate.safeParse(p.birthDate);
    if (full.success && birthDateIssues(full.data, `${o.asOf}T00:00:00.000Z`).length === 0) {
      birthDate = full.data;
    } else {
      unmapped.push({ resource: patient.label, reason: 'rejected_value', field: 'birthDate' });
    }
  }
  return { birthDate, sex: sex.success ? sex.data : null };
}

/** The encounter a resource was recorded in, as its id. */
function encounterOf(resource: unknown): string | undefined {
  const r = resource as { encounter?: { reference?: string }; context?: { reference?: string } };
  return referencedId(r.encounter?.reference ?? r.context?.reference);
}

/** The same resource tagged as assessment input, to read it with the assessment reader. */
function asInput(resource: unknown): unknown {
  return { ...(resource as object), meta: roleMeta('input') };
}

const observationCode = (o: Observation): string | undefined => tonusRawCode(o.code, 'observation');

function component(
  o: Observation,
  code: string,
): NonNullable<Observation['component']>[number] | undefined {
  return (o.component ?? []).find(
    (c) =>
      tonusCodeIn(c.code, 'observation', [code]) !== undefined ||
      (code === 'pain-nrs' && hasCode(c.code, SYSTEM.loinc, PAIN_NRS_LOINC.loinc)),
  );
}

function diaryOf(o: Observation): unknown {
  const str = (code: string): string | undefined =>
    (component(o, code) as { valueString?: string } | undefined)?.valueString;
  const trigger = tonusCodeIn(
    component(o, 'diary-trigger')?.valueCodeableConcept,
    'trigger',
    TRIGGERS,
  );
  return {
    startedAt: o.effectiveDateTime,
    durationMinutes: component(o, 'diary-duration')?.valueQuantity?.value,
    psfsSeverity: component(o, 'psfs-severity')?.valueInteger,
    painNrs: component(o, 'pain-nrs')?.valueInteger,
    ...(trigger === undefined ? {} : { trigger }),
    ...(str('diary-helped') === undefined ? {} : { helped: str('diary-helped') }),
    ...(str('diary-note') === undefined ? {} : { note: str('diary-note') }),
  };
}

function selfCareOf(o: Observation): unknown {
  const measure = component(o, 'self-care-measure')?.valueCodeableConcept?.coding?.find(
    (c) => c.system === tonusSystem('self-care-measure'),
  )?.code;
  return { measure, startedAt: o.effectiveDateTime, minutes: o.valueQuantity?.value };
}

/** An outcome measure, read with the assessment reader (the same shapes) and dated by its resource. */
function outcomeOf(patient: Located | undefined, t: TypedResource, o: ReadOptions): unknown {
  const read = assessmentFromFhir(
    [...(patient === undefined ? [] : [patient]), { resource: asInput(t.value), at: t.at }],
    o,
  );
  if (!read.ok) {
    return undefined;
  }
  const a = read.value.parsed.assessment;
  const v = t.value as { authored?: string; effectiveDateTime?: string };
  const takenAt = v.authored ?? v.effectiveDateTime;
  const q = a.questionnaires;
  if (q?.odi !== undefined) {
    return { instrument: 'odi', takenAt, answers: q.odi };
  }
  if (q?.rmdq !== undefined) {
    return { instrument: 'rmdq', takenAt, answers: q.rmdq };
  }
  if (q?.startBack !== undefined) {
    return { instrument: 'start_back', takenAt, answers: q.startBack };
  }
  const h = a.history;
  if (h?.psfsFrequency !== undefined) {
    return {
      instrument: 'psfs',
      takenAt,
      answers: {
        frequency: h.psfsFrequency,
        ...(h.psfsSeverity === undefined ? {} : { severity: h.psfsSeverity }),
      },
    };
  }
  return h?.painNrs === undefined
    ? undefined
    : { instrument: 'nrs', takenAt, answers: { painNrs: h.painNrs } };
}

/** A plan as another record holds it, checked as a plan a clinician writes (the patient reads it). */
const ImportedPlanBody = PlanBody.omit({ encounterId: true }).superRefine(refinePatientReadable);

function planOf(t: TypedResource, goals: ReadonlyMap<string, string>): ImportedPlan | undefined {
  const p = CarePlanProfile.safeParse(t.value);
  if (!p.success) {
    return undefined;
  }
  const reviewOn = p.data.extension?.find((e) => e.url === TONUS_EXTENSION.reviewOn)?.valueDate;
  const body = ImportedPlanBody.safeParse({
    selfCare: (p.data.activity ?? []).map((a) => ({
      measure: tonusRawCode(a.detail?.code as Observation['code'], 'self-care-measure'),
      timesPerDay: a.detail?.scheduledTiming?.repeat?.frequency,
    })),
    goals: (p.data.goal ?? []).flatMap((g) => {
      const text = goals.get(referencedId(g.reference) ?? '');
      return text === undefined ? [] : [text];
    }),
    ...(reviewOn === undefined ? {} : { reviewOn }),
    ...(p.data.note?.[0]?.text === undefined ? {} : { note: p.data.note[0].text }),
  });
  if (!body.success) {
    return undefined;
  }
  const encounterRef = referencedId(p.data.encounter?.reference);
  return {
    body: body.data,
    ...(encounterRef === undefined ? {} : { encounterRef }),
    ...(p.data.created === undefined ? {} : { at: p.data.created }),
  };
}

/**
 * Reads a record from resources (a Bundle's entries).
 * @returns The parts to store and a report of every resource, or issues when a resource is invalid or
 *   an assessment cannot be read (nothing is to be stored then).
 */
export function recordFromFhir(
  resources: readonly Located[],
  o: ReadOptions,
): Result<RecordImport> {
  const typed = readResources(resources);
  if (!typed.ok) {
    return typed;
  }
  const patients = typed.value.filter((t) => t.value.resourceType === 'Patient');
  const ids = new Set(patients.map((p) => p.value.id ?? p.label));
  if (ids.size > 1) {
    return fail([{ code: 'fhir.patient_ambiguous', path: [], params: { count: ids.size } }]);
  }
  const patient = patients[0];
  const patientLocated: Located | undefined =
    patient === undefined ? undefined : { resource: patient.value, at: patient.at };
  const mapped: { resource: string; to: string }[] = [];
  const unmapped: UnmappedPart[] = [];
  const derived: string[] = [];
  const notes: ImportNoteEntry[] = [];
  const groups = new Map<string, Located[]>();
  const encounterTimes = new Map<string, string | undefined>();
  const goals = new Map<string, string>();
  const diary: DiaryEntryInput[] = [];
  const outcomes: OutcomeInput[] = [];
  const selfCare: SelfCareSessionInput[] = [];
  const planResources: TypedResource[] = [];
  const rejected = (t: TypedResource, field: string): void => {
    unmapped.push({ resource: t.label, reason: 'rejected_value', field });
  };
  const take = <T>(
    t: TypedResource,
    schema: z.ZodType<T>,
    value: unknown,
    to: string,
    into: T[],
  ): void => {
    const parsed = schema.safeParse(value);
    if (parsed.success) {
      into.push(parsed.data);
      mapped.push({ resource: t.label, to });
    } else {
      rejected(t, to);
    }
  };
  for (const t of typed.value) {
    const role = roleOf(t.value);
    if (t.value.resourceType === 'Patient') {
      continue;
    }
    const obs = t.kind === 'Observation' ? (t.value as Observation) : undefined;
    switch (role) {
      case 'result':
      case 'score':
      case 'provenance':
        derived.push(t.label);
        continue;
      case 'order':
      case 'order-check':
      case 'emg':
        unmapped.push({ resource: t.label, reason: 'record_only' });
        continue;
      case 'encounter': {
        const e = EncounterProfile.safeParse(t.value);
        if (e.success && e.data.id !== undefined) {
          encounterTimes.set(e.data.id, e.data.period?.start);
          groups.set(e.data.id, groups.get(e.data.id) ?? []);
          mapped.push({ resource: t.label, to: 'encounter' });
        } else {
          unmapped.push({ resource: t.label, reason: 'unsupported_resource' });
        }
        continue;
      }
      case 'diary':
        if (obs?.status === 'entered-in-error') {
          // the patient withdrew it: a new record starts without it
          unmapped.push({ resource: t.label, reason: 'not_current' });
        } else if (obs !== undefined && observationCode(obs) === 'diary-entry') {
          take(t, DiaryEntryInput, diaryOf(obs), 'diary', diary);
        } else {
          unmapped.push({ resource: t.label, reason: 'unknown_code' });
        }
        continue;
      case 'self-care':
        if (obs !== undefined && observationCode(obs) === 'self-care-session') {
          take(t, SelfCareSessionInput, selfCareOf(obs), 'selfCare', selfCare);
        } else {
          unmapped.push({ resource: t.label, reason: 'unknown_code' });
        }
        continue;
      case 'outcome':
        take(t, OutcomeInput, outcomeOf(patientLocated, t, o), 'outcomes', outcomes);
        continue;
      case 'plan':
        if (t.value.resourceType === 'Goal') {
          const g = GoalProfile.safeParse(t.value);
          if (g.success && g.data.id !== undefined && g.data.description.text !== undefined) {
            goals.set(g.data.id, g.data.description.text);
            mapped.push({ resource: t.label, to: 'plans.goals' });
          } else {
            rejected(t, 'plans.goals');
          }
        } else {
          planResources.push(t);
        }
        continue;
      case 'input':
      case undefined: {
        // assessment input: a Tonus encounter's, or another system's (all read as one assessment)
        const key = role === 'input' ? (encounterOf(t.value) ?? '') : '';
        groups.set(key, [...(groups.get(key) ?? []), { resource: t.value, at: t.at }]);
      }
    }
  }
  const plans: ImportedPlan[] = [];
  for (const t of planResources) {
    const p = planOf(t, goals);
    if (p === undefined) {
      rejected(t, 'plans');
    } else {
      plans.push(p);
      mapped.push({ resource: t.label, to: 'plans' });
    }
  }
  const encounters: ImportedEncounter[] = [];
  let presentationOnly = true;
  for (const [key, group] of groups) {
    const read = assessmentFromFhir(
      [...(patientLocated === undefined ? [] : [patientLocated]), ...group],
      o,
    );
    if (!read.ok) {
      return fail(read.issues);
    }
    presentationOnly = false;
    const at = encounterTimes.get(key);
    encounters.push({
      ...(key === '' ? {} : { ref: key }),
      ...(at === undefined ? {} : { at }),
      parsed: read.value.parsed,
    });
    const r = read.value.report;
    mapped.push(...r.mapped.filter((m) => m.to !== 'patient'));
    unmapped.push(...r.unmapped);
    notes.push(...r.notes.filter((n) => n.note !== 'derived_recomputed'));
  }
  if (patient === undefined && presentationOnly) {
    return fail([{ code: 'fhir.patient_missing', path: [] }]);
  }
  if (patients.length > 0) {
    mapped.push({ resource: patients[0]?.label ?? 'Patient', to: 'patient' });
  }
  if (derived.length > 0) {
    notes.push({ note: 'derived_recomputed', about: String(derived.length) });
  }
  const name = patient === undefined ? null : nameOf(patient.value);
  const { birthDate, sex } = demographicsOf(patient, o, unmapped);
  return ok({
    name,
    birthDate,
    sex,
    encounters,
    diary,
    outcomes,
    selfCare,
    plans,
    report: {
      mapped,
      unmapped,
      derived,
      notes: dedupe(notes),
      ...(patient?.value.id === undefined ? {} : { patientId: patient.value.id }),
    },
  });
}

function dedupe(notes: readonly ImportNoteEntry[]): ImportNoteEntry[] {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const k = `${n.note}|${n.about}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

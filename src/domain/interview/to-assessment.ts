/**
 * @module The answers as a case-format fragment: the assessment the engine runs on. "I don't know"
 * leaves a field out, so it stays unknown; a list answered in part carries its scope (`known`), so
 * the members that were not answered stay unknown instead of absent.
 */
import type { Assessment, ListScope } from '../assessment/index.js';
import type { z } from 'zod';
import {
  Course,
  Onset,
  Sex,
  Side,
  Spread,
  type Exposure,
  type HistoryCondition,
  type Medication,
  type Region,
  type Trigger,
} from '../kb/index.js';
import type { AnswerValue, Answers } from './refs.js';

type ListKey = keyof ListScope;

const LIST_PREFIX: Readonly<Record<ListKey, string>> = {
  conditions: 'conditions.',
  medications: 'medications.',
  exposures: 'exposures.',
  triggers: 'history.triggers.',
  regions: 'history.regions.',
};
const LIST_KEYS = Object.keys(LIST_PREFIX) as ListKey[];

interface ListAnswers {
  readonly members: string[];
  readonly answered: string[];
}

function lists(answers: Answers): Record<ListKey, ListAnswers> {
  const out = Object.fromEntries(
    LIST_KEYS.map((k) => [k, { members: [], answered: [] }]),
  ) as unknown as Record<ListKey, ListAnswers>;
  for (const [ref, value] of Object.entries(answers) as [string, AnswerValue | undefined][]) {
    if (typeof value !== 'boolean') {
      continue;
    }
    for (const k of LIST_KEYS) {
      const prefix = LIST_PREFIX[k];
      if (ref.startsWith(prefix)) {
        const id = ref.slice(prefix.length);
        out[k].answered.push(id);
        if (value) {
          out[k].members.push(id);
        }
      }
    }
  }
  return out;
}

function num(v: AnswerValue | undefined): number | undefined {
  return typeof v === 'number' ? v : undefined;
}
/** An option answer, read through the vocabulary's own schema. */
function option<T>(schema: z.ZodType<T>, v: AnswerValue | undefined): T | undefined {
  const r = schema.safeParse(v);
  return r.success ? r.data : undefined;
}

/** Copies only the defined entries, so an unknown answer leaves no key behind. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The assessment the answers describe. Values are assumed valid for their refs (the use case checks
 * them first); a list answered in full carries no scope, as in a case file.
 */
export function toAssessment(answers: Answers): Assessment {
  const l = lists(answers);
  const findings: Record<string, boolean> = {};
  for (const [ref, value] of Object.entries(answers) as [string, AnswerValue | undefined][]) {
    if (ref.startsWith('findings.') && typeof value === 'boolean') {
      findings[ref.slice('findings.'.length)] = value;
    }
  }
  const known: Record<string, string[]> = {};
  for (const k of LIST_KEYS) {
    if (l[k].answered.length > 0) {
      known[k] = l[k].answered;
    }
  }
  const history = defined({
    onset: option(Onset, answers['history.onset']),
    durationDays: num(answers['history.durationDays']),
    course: option(Course, answers['history.course']),
    triggers: l.triggers.answered.length > 0 ? (l.triggers.members as Trigger[]) : undefined,
    regions: l.regions.answered.length > 0 ? (l.regions.members as Region[]) : undefined,
    side: option(Side, answers['history.side']),
    spread: option(Spread, answers['history.spread']),
    psfsFrequency: num(answers['history.psfsFrequency']),
    psfsSeverity: num(answers['history.psfsSeverity']),
    painNrs: num(answers['history.painNrs']),
  });
  const temperatureC = num(answers['vitals.temperatureC']);
  return defined({
    patient: defined({
      ageYears: num(answers['patient.ageYears']),
      sex: option(Sex, answers['patient.sex']),
    }),
    history: Object.keys(history).length > 0 ? history : undefined,
    findings: Object.keys(findings).length > 0 ? findings : undefined,
    conditions:
      l.conditions.answered.length > 0 ? (l.conditions.members as HistoryCondition[]) : undefined,
    medications:
      l.medications.answered.length > 0 ? (l.medications.members as Medication[]) : undefined,
    exposures: l.exposures.answered.length > 0 ? (l.exposures.members as Exposure[]) : undefined,
    vitals: temperatureC === undefined ? undefined : { temperatureC },
    known: Object.keys(known).length > 0 ? (known as ListScope) : undefined,
  });
}

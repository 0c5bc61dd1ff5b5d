/**
 * @module The chart summary of a patient: the diary by day and outcome scores over time, each pain point
 * flagged when it differs from the baseline by a clinically important change (2 points or 30 %, P [S5]).
 */
import { z } from 'zod';
import { isClinicallyImportantPainChange } from '../scales/index.js';
import type { DiaryEntry } from './diary.js';
import type { Outcome } from './outcomes.js';
import { RecordId } from './primitives.js';

/** The rule behind every `importantChange` flag, so a chart can cite it. */
export const PAIN_CHANGE_RULE = {
  id: 'pain_change_2_points_or_30_percent',
  sourceIds: ['S5'],
  status: 'P',
} as const;

/**
 * The baseline is the diary's first week (seven calendar days from its first day), so one bad day does not
 * set it; the latest figure is the last week, once the diary reaches past the first.
 */
const WEEK_DAYS = 7;

/** `date` (YYYY-MM-DD) moved by `days` calendar days. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const Point = z.strictObject({
  date: z.iso.date(),
  entries: z.int(),
  meanPain: z.number(),
  maxPain: z.int(),
  maxPsfsSeverity: z.int(),
  totalMinutes: z.int(),
  importantChange: z.boolean(),
});

/** The band a scale names for its score, where it has one: ODI's disability [S6], STarT Back's risk [S8]. */
export const OutcomeBand = z.enum([
  'minimal',
  'moderate',
  'severe',
  'crippled',
  'bed_bound',
  'low',
  'medium',
  'high',
]);
export type OutcomeBand = z.infer<typeof OutcomeBand>;

const OutcomePoint = z.strictObject({
  takenAt: z.string(),
  value: z.number().nullable(),
  /** Only for a scale with bands; the total alone does not give STarT Back's risk (its subscore does). */
  band: OutcomeBand.optional(),
  importantChange: z.boolean().nullable(),
});

export const PatientSummary = z.strictObject({
  patientId: RecordId,
  rule: z.strictObject({ id: z.string(), sourceIds: z.array(z.string()), status: z.string() }),
  diary: z.array(Point),
  pain: z.strictObject({
    baseline: z.number().nullable(),
    latest: z.number().nullable(),
    importantChange: z.boolean(),
    direction: z.enum(['better', 'worse', 'unchanged']).nullable(),
  }),
  outcomes: z.array(
    z.strictObject({
      instrument: z.enum(['odi', 'rmdq', 'start_back', 'psfs', 'nrs']),
      points: z.array(OutcomePoint),
    }),
  ),
});
export type PatientSummary = z.infer<typeof PatientSummary>;

const round1 = (x: number): number => Math.round(x * 10) / 10;

function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

/** One day of diary, as the store adds it up: count, mean and worst pain, worst PSFS severity, minutes. */
export interface DiaryDay {
  readonly date: string;
  readonly entries: number;
  readonly meanPain: number;
  readonly maxPain: number;
  readonly maxPsfsSeverity: number;
  readonly totalMinutes: number;
}

/** One outcome score in time. */
export interface OutcomePoint {
  readonly instrument: Outcome['instrument'];
  readonly takenAt: string;
  readonly value: number | null;
  /** The band the scale gave this score, when it has bands. */
  readonly band?: OutcomeBand;
}

/**
 * Adds up diary entries by UTC day, as the store does, for callers that hold entries; an entry marked as
 * entered in error counts for nothing.
 */
export function diaryDays(entries: readonly DiaryEntry[]): DiaryDay[] {
  const byDay = new Map<string, DiaryEntry[]>();
  for (const e of entries.filter((x) => x.enteredInError === null)) {
    const day = e.startedAt.slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), e]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, list]) => ({
      date,
      entries: list.length,
      meanPain: mean(list.map((e) => e.painNrs)),
      maxPain: Math.max(...list.map((e) => e.painNrs)),
      maxPsfsSeverity: Math.max(...list.map((e) => e.psfsSeverity)),
      totalMinutes: list.reduce((s, e) => s + e.durationMinutes, 0),
    }));
}

/** Builds the summary from the diary by day (in date order) and the outcome scores (any order). */
export function summarizePatient(
  patientId: string,
  diary: readonly DiaryDay[],
  outcomes: readonly OutcomePoint[],
): PatientSummary {
  const days = diary.map((d) => ({ ...d, meanPain: round1(d.meanPain) }));
  const first = days[0]?.date;
  const last = days.at(-1)?.date;
  // a day inside the first week is part of the baseline: it is never judged against it
  const afterBaseline = first === undefined ? '' : addDays(first, WEEK_DAYS);
  const inBaseline = (date: string): boolean => date < afterBaseline;
  const baselineDays = days.filter((d) => inBaseline(d.date));
  const baseline =
    baselineDays.length === 0 ? null : round1(mean(baselineDays.map((d) => d.meanPain)));
  const lastWeekFrom = last === undefined ? '' : addDays(last, -(WEEK_DAYS - 1));
  const recent = days.filter((d) => !inBaseline(d.date) && d.date >= lastWeekFrom);
  const latest = recent.length === 0 ? null : round1(mean(recent.map((d) => d.meanPain)));
  const important =
    baseline !== null && latest !== null && isClinicallyImportantPainChange(baseline, latest);
  let direction: PatientSummary['pain']['direction'] = null;
  if (baseline !== null && latest !== null) {
    direction = 'unchanged';
    if (latest !== baseline) {
      direction = latest < baseline ? 'better' : 'worse';
    }
  }
  const instruments = ['odi', 'rmdq', 'start_back', 'psfs', 'nrs'] as const;
  const sortedOutcomes = [...outcomes].sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  return {
    patientId,
    rule: { id: PAIN_CHANGE_RULE.id, sourceIds: [...PAIN_CHANGE_RULE.sourceIds], status: 'P' },
    diary: days.map((d) => ({
      ...d,
      importantChange:
        baseline !== null &&
        !inBaseline(d.date) &&
        isClinicallyImportantPainChange(baseline, d.meanPain),
    })),
    pain: { baseline, latest, importantChange: important, direction },
    outcomes: instruments.flatMap((instrument) => {
      const list = sortedOutcomes.filter((o) => o.instrument === instrument);
      if (list.length === 0) {
        return [];
      }
      const first = list[0]?.value ?? null;
      return [
        {
          instrument,
          points: list.map((o) => ({
            takenAt: o.takenAt,
            value: o.value,
            ...(o.band === undefined ? {} : { band: o.band }),
            // only pain has a change rule in the reference; other scales are charted without a flag
            importantChange:
              instrument === 'nrs' && first !== null && o.value !== null
                ? isClinicallyImportantPainChange(first, o.value)
                : null,
          })),
        },
      ];
    }),
  };
}

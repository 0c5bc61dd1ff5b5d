/** @module Pieces the views share: sources as one string, evidence as code and words, the self-care plan. */
import { z } from 'zod';
import { evidenceCode, type EvidenceRef } from '../../domain/evidence/index.js';
import { FactStatus, SourceId } from '../../domain/kb/index.js';
import type { SelfCarePlan } from '../../domain/treatment/index.js';
import type { ClinicianMessages, PatientMessages } from '../../i18n/index.js';

/** Source ids joined for reading: `R3, R4`. */
export function sourceList(ids: readonly SourceId[]): string {
  return ids.join(', ');
}

/** Probabilities and scores to four decimals: enough to rank, not a claim of precision. */
export function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

export const EvidenceView = z.strictObject({
  /** Stable short form: `f:trismus`, `no f:trismus`, `onset=sudden`, `lab:potassium<2.5`. */
  code: z.string(),
  text: z.string(),
});
export type EvidenceView = z.infer<typeof EvidenceView>;

export function evidenceView(ref: EvidenceRef, m: ClinicianMessages): EvidenceView {
  return { code: evidenceCode(ref), text: m.evidence(ref) };
}

export const SelfCareView = z.strictObject({
  mode: z.enum(['follow', 'until_seen', 'seek_care_now', 'child_doctor_advises']),
  heading: z.string(),
  items: z.array(
    z.strictObject({
      measure: z.string(),
      /** Why it is in the plan (the planner's reason code): the web app's timers read it. */
      reason: z.string().optional(),
      /** The article's numbers for it (seconds to hold, minutes, litres a day), for timers and trackers. */
      amounts: z
        .strictObject({
          holdSeconds: z.tuple([z.number(), z.number()]).optional(),
          minutes: z.tuple([z.number(), z.number()]).optional(),
          litresPerDay: z.tuple([z.number(), z.number()]).optional(),
        })
        .optional(),
      text: z.string(),
      cautions: z.array(z.string()),
      sourceIds: z.array(SourceId),
      status: FactStatus,
    }),
  ),
  /** Measures left out until a clinician has looked, and why. */
  withheld: z.array(z.string()),
  withheldText: z.string().optional(),
});
export type SelfCareView = z.infer<typeof SelfCareView>;

function amountsOf(a: NonNullable<SelfCarePlan['items'][number]['amounts']>): {
  holdSeconds?: [number, number];
  minutes?: [number, number];
  litresPerDay?: [number, number];
} {
  return {
    ...(a.holdSeconds === undefined ? {} : { holdSeconds: [...a.holdSeconds] }),
    ...(a.minutes === undefined ? {} : { minutes: [...a.minutes] }),
    ...(a.litresPerDay === undefined ? {} : { litresPerDay: [...a.litresPerDay] }),
  };
}

export function selfCareView(plan: SelfCarePlan, m: PatientMessages): SelfCareView {
  return {
    mode: plan.mode,
    heading: m.selfCareMode[plan.mode],
    items: plan.items.map((i) => ({
      measure: i.measure,
      reason: i.reason,
      ...(i.amounts === undefined ? {} : { amounts: amountsOf(i.amounts) }),
      text: m.selfCareItem(i),
      cautions: i.cautions.map((c) => m.caution[c]),
      sourceIds: [...i.sourceIds],
      status: i.status,
    })),
    withheld: [...plan.withheld],
    ...(plan.withheld.length === 0 ? {} : { withheldText: m.withheld }),
  };
}

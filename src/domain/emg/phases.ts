/**
 * @module Phases of a recording: the flexion–relaxation protocol (standing, flexion, full flexion,
 * extension), rest, and tasks (any other named activity). They come from EDF+/BDF+ annotations or a
 * phases file. Flexion–relaxation phases give the ratios; rest phases are where a spasm at rest can be
 * found; every phase but rest is activity, where no burst is a spasm.
 */
import { z } from 'zod';
import type { Annotation } from './formats/index.js';
import type { Interval, RestContext } from './spasms.js';

/** Where an analysis learnt when the patient was at rest: a spasm at rest needs rest. */
export const REST_SOURCES = ['at_rest_option', 'phases_file', 'annotations', 'none'] as const;
export type RestSource = (typeof REST_SOURCES)[number];

export const FRR_PHASES = ['standing', 'flexion', 'full_flexion', 'extension'] as const;
export const PHASES = [...FRR_PHASES, 'rest', 'task'] as const;

export const Phase = z
  .strictObject({
    phase: z.enum(PHASES),
    onsetS: z.number().min(0),
    offsetS: z.number().min(0),
    /** The activity's own name, for a task named otherwise (an annotation "lifting", say). */
    label: z.string().max(80).optional(),
  })
  .refine((p) => p.offsetS > p.onsetS, {
    path: ['offsetS'],
    error: 'must come after onsetS',
  });
export type Phase = z.infer<typeof Phase>;

/** Maps an annotation text such as "Flexion", "full flexion", "MVF" or "re-extension" to a phase. */
export function phaseFromText(text: string): (typeof FRR_PHASES)[number] | null {
  const t = text.toLowerCase().replace(/[-_]/g, ' ').trim();
  if (/full flexion|mvf|maximum (voluntary )?flexion|max flexion/.test(t)) {
    return 'full_flexion';
  }
  if (/extension/.test(t)) {
    return 'extension';
  }
  if (/flexion/.test(t)) {
    return 'flexion';
  }
  if (/stand/.test(t)) {
    return 'standing';
  }
  return null;
}

const REST = /\b(rest|resting|relax|relaxed|relaxing|sleep|sleeping|asleep)\b/;

/**
 * Phases from annotations. A flexion–relaxation name is a phase with or without a duration (without
 * one it lasts until the next such annotation). Any other annotation with a duration is a phase too:
 * rest when its text says so ("rest", "resting", "sleep"), otherwise a task named by its text. An
 * annotation without a duration and without a phase name marks an event, not a phase.
 */
export function phasesFromAnnotations(annotations: readonly Annotation[]): Phase[] {
  const sorted = [...annotations].sort((p, q) => p.onsetS - q.onsetS);
  const frr = sorted.flatMap((a) => {
    const phase = phaseFromText(a.text);
    return phase === null ? [] : [{ a, phase }];
  });
  const out: Phase[] = frr.flatMap(({ a, phase }, i) => {
    const offsetS =
      a.durationS === null ? (frr[i + 1]?.a.onsetS ?? a.onsetS) : a.onsetS + a.durationS;
    return offsetS > a.onsetS && a.onsetS >= 0 ? [{ phase, onsetS: a.onsetS, offsetS }] : [];
  });
  for (const a of sorted) {
    if (phaseFromText(a.text) !== null || a.durationS === null || !(a.durationS > 0)) {
      continue;
    }
    if (a.onsetS < 0) {
      continue;
    }
    const text = a.text.trim();
    const rest = REST.test(text.toLowerCase());
    out.push({
      phase: rest ? 'rest' : 'task',
      onsetS: a.onsetS,
      offsetS: a.onsetS + a.durationS,
      ...(rest || text.toLowerCase() === 'task' ? {} : { label: text.slice(0, 80) }),
    });
  }
  return out.sort((p, q) => p.onsetS - q.onsetS);
}

/** Rest and activity from phases: every phase but rest is activity. */
export function restContext(phases: readonly Phase[], atRest: boolean): RestContext {
  const pick = (rest: boolean): Interval[] =>
    phases
      .filter((p) => (p.phase === 'rest') === rest)
      .map((p) => ({ onsetS: p.onsetS, offsetS: p.offsetS }))
      .sort((p, q) => p.onsetS - q.onsetS);
  return { everywhere: atRest, rest: pick(true), task: pick(false) };
}

/** The context as seen from a segment that starts `startS` into the recording. */
export function shiftRestContext(c: RestContext, startS: number): RestContext {
  const shift = (ivs: readonly Interval[]): Interval[] =>
    ivs.map((iv) => ({ onsetS: iv.onsetS - startS, offsetS: iv.offsetS - startS }));
  return { everywhere: c.everywhere, rest: shift(c.rest), task: shift(c.task) };
}

/**
 * @module The result of an EMG analysis as a view: what every surface shows or returns (the CLI's
 * `--json`, an HTTP response, a worker's message), versioned and described by its zod schema. Times
 * are seconds from the start of the recording; numbers are rounded to what they can claim; what could
 * not be computed is null. It says plainly what the analysis knew about rest.
 */
import { z } from 'zod';
import { Phase, REST_SOURCES, type EmgWarning } from '../../domain/emg/index.js';
import type { EmgMessages } from '../../i18n/index.js';
import type { ChannelReport, RecordingReport } from './analyze.js';

const Num = z.number().nullable();
const Seconds = z.number();

export const EmgBurstView = z.strictObject({
  onsetS: Seconds,
  offsetS: Seconds,
  durationS: Seconds,
  levelUv: Num,
});

export const EmgSpasmView = z.strictObject({
  onsetS: Seconds,
  offsetS: Seconds,
  durationS: Seconds,
  kind: z.enum(['phasic', 'sustained']),
  rmsUv: Num,
  /** `at_rest`: a spasm at rest; `candidate`: nothing says the patient was at rest then. */
  status: z.enum(['at_rest', 'candidate']),
});

export const EmgChannelView = z.strictObject({
  label: z.string(),
  fs: z.number(),
  notchesHz: z.array(z.number()),
  restRmsUv: Num,
  bursts: z.array(EmgBurstView),
  spasms: z.array(EmgSpasmView),
  features: z.strictObject({
    burstCount: z.int(),
    activeFraction: z.number(),
    spasmsAtRest: z.int(),
    spasmCandidates: z.int(),
    /** Spasm-like episodes inside task phases: voluntary, left out of the spasms. */
    episodesInTasks: z.int(),
    phasicSpasms: z.int(),
    sustainedSpasms: z.int(),
    rms100msMeanUv: Num,
    rms100msPeakUv: Num,
    linearEnvelopeMeanUv: Num,
    linearEnvelopePeakUv: Num,
    ecgBeats: z.int(),
    heartRateBpm: Num,
    activeEpochs: z.int(),
    meanMnfHz: Num,
    meanMdfHz: Num,
    mnfSlopeHzPerS: Num,
    mdfSlopeHzPerS: Num,
    mdfSlopePercentPerS: Num,
    perMinute: z.array(
      z.strictObject({ minute: z.int(), mnfHz: Num, mdfHz: Num, epochs: z.int() }),
    ),
  }),
  flexionRelaxation: z
    .strictObject({
      frr: Num,
      err: Num,
      fer: Num,
      flexionMaxUv: Num,
      extensionMaxUv: Num,
      fullFlexionMeanUv: Num,
      cycles: z.int(),
    })
    .nullable(),
});
export type EmgChannelView = z.infer<typeof EmgChannelView>;

export const EmgMessageView = z.strictObject({
  code: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  text: z.string(),
});

export const EmgAnalysisView = z.strictObject({
  view: z.literal('emg-analysis/1'),
  /** The file as the caller named it, when there is one. */
  file: z.string().nullable(),
  format: z.enum(['edf', 'edf+c', 'edf+d', 'bdf', 'bdf+c', 'bdf+d', 'csv']),
  analysedFromS: Seconds,
  analysedToS: Seconds,
  segments: z.int(),
  onset: z.strictObject({
    method: z.enum(['hodges_bui', 'tkeo', 'bonato']),
    name: z.string(),
    /** The method's limits the reader must know of, or null. */
    caveat: z.string().nullable(),
  }),
  rest: z.strictObject({
    source: z.enum(REST_SOURCES),
    /** False when nothing said when the patient was at rest: then every episode is a candidate. */
    known: z.boolean(),
    restS: Seconds,
    taskS: Seconds,
    text: z.string(),
  }),
  phases: z.array(Phase),
  channels: z.array(EmgChannelView),
  skipped: z.array(
    z.strictObject({
      label: z.string(),
      fs: z.number(),
      reason: z.enum(['rate_too_low', 'range_implausible']),
    }),
  ),
  warnings: z.array(EmgMessageView),
  notice: z.string(),
});
export type EmgAnalysisView = z.infer<typeof EmgAnalysisView>;

/** What the view's words come from: the EMG catalog and the decision-support notice. */
export interface EmgViewMessages {
  readonly emg: EmgMessages;
  readonly notice: string;
}

const round = (x: number | null | undefined, d = 4): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10 ** d) / 10 ** d;

/** Times to a tenth of a millisecond: finer than any onset can be placed. */
const t = (x: number): number => round(x) ?? 0;

function channelView(c: ChannelReport): EmgChannelView {
  const atRest = c.spasms.count((s) => s.context === 'rest');
  const phasic = c.spasms.count((s) => s.kind === 'phasic');
  return {
    label: c.label,
    fs: c.fs,
    notchesHz: [...c.notchesHz],
    restRmsUv: round(c.restRmsUv, 3),
    bursts: c.bursts.toArray().map((b) => ({
      onsetS: t(b.onsetS),
      offsetS: t(b.offsetS),
      durationS: t(b.durationS),
      levelUv: round(b.levelUv, 3),
    })),
    spasms: c.spasms.toArray().map((s) => ({
      onsetS: t(s.onsetS),
      offsetS: t(s.offsetS),
      durationS: t(s.durationS),
      kind: s.kind,
      rmsUv: round(s.rmsUv, 3),
      status: s.context === 'rest' ? 'at_rest' : 'candidate',
    })),
    features: {
      burstCount: c.bursts.length,
      activeFraction: round(c.activeFraction) ?? 0,
      spasmsAtRest: atRest,
      spasmCandidates: c.spasms.length - atRest,
      episodesInTasks: c.spasmsInTask,
      phasicSpasms: phasic,
      sustainedSpasms: c.spasms.length - phasic,
      rms100msMeanUv: round(c.amplitude.rms100msMeanUv, 3),
      rms100msPeakUv: round(c.amplitude.rms100msPeakUv, 3),
      linearEnvelopeMeanUv: round(c.amplitude.linearEnvelopeMeanUv, 3),
      linearEnvelopePeakUv: round(c.amplitude.linearEnvelopePeakUv, 3),
      ecgBeats: c.ecg.beats,
      heartRateBpm: round(c.ecg.bpm, 1),
      activeEpochs: c.spectral.activeEpochs,
      meanMnfHz: round(c.spectral.meanMnfHz, 2),
      meanMdfHz: round(c.spectral.meanMdfHz, 2),
      mnfSlopeHzPerS: round(c.spectral.mnfSlope?.hzPerS, 5),
      mdfSlopeHzPerS: round(c.spectral.mdfSlope?.hzPerS, 5),
      mdfSlopePercentPerS: round(c.spectral.mdfSlope?.percentPerS, 5),
      perMinute: c.spectral.perMinute.map((m) => ({
        minute: m.minute,
        mnfHz: round(m.mnfHz, 2),
        mdfHz: round(m.mdfHz, 2),
        epochs: m.epochs,
      })),
    },
    flexionRelaxation:
      c.frr === null
        ? null
        : {
            frr: round(c.frr.frr),
            err: round(c.frr.err),
            fer: round(c.frr.fer),
            flexionMaxUv: round(c.frr.flexionMaxUv, 3),
            extensionMaxUv: round(c.frr.extensionMaxUv, 3),
            fullFlexionMeanUv: round(c.frr.fullFlexionMeanUv, 3),
            cycles: c.frr.cycles,
          },
  };
}

function messageView(w: EmgWarning, m: EmgMessages): z.infer<typeof EmgMessageView> {
  return { code: w.code, path: [...w.path], text: m.warning[w.code](w) };
}

export function toEmgAnalysisView(
  r: RecordingReport,
  m: EmgViewMessages,
  file: string | null = null,
): EmgAnalysisView {
  return {
    view: 'emg-analysis/1',
    file,
    format: r.format,
    analysedFromS: t(r.analysedFromS),
    analysedToS: t(r.analysedToS),
    segments: r.segments,
    onset: {
      method: r.onsetMethod,
      name: m.emg.onsetMethod[r.onsetMethod],
      caveat: m.emg.onsetCaveat[r.onsetMethod],
    },
    rest: {
      source: r.rest.source,
      known: r.rest.source !== 'none',
      restS: t(r.rest.restS),
      taskS: t(r.rest.taskS),
      text: m.emg.rest[r.rest.source],
    },
    phases: r.phases.map((p) => ({ ...p })),
    channels: r.channels.map(channelView),
    skipped: r.skipped.map((s) => ({ ...s })),
    warnings: r.warnings.map((w) => messageView(w, m.emg)),
    notice: m.notice,
  };
}

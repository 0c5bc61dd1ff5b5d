/** @module `tonus emg synth` and `tonus emg analyze`. */
import { existsSync, writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import {
  analyzeRecording,
  type AnalyzeOptions,
  type ChannelReport,
  type RecordingReport,
} from '../../app/emg/index.js';
import {
  EMG_DEFAULTS,
  Phase,
  SynthSpec,
  SynthStream,
  type FormatError,
} from '../../domain/emg/index.js';
import { NOTICE } from '../../i18n/index.js';
import { openRecording } from '../emg/open.js';
import { PLOT_COLUMNS, plotSvg } from '../emg/svg.js';
import { writeRecording, type WriteFormat } from '../emg/write.js';
import { describeFsError, EXIT, type CliIo } from './io.js';
import { z } from 'zod';

const num =
  (name: string) =>
  (v: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n)) {
      throw new Error(`--${name}: "${v}" is not a number`);
    }
    return n;
  };

/** A terminal progress bar, redrawn at most four times a second. */
function progressBar(
  io: CliIo,
  label: string,
  totalS: number,
): { update: (doneS: number) => void; done: () => void } {
  let last = -Infinity;
  const draw = (doneS: number): void => {
    const f = Math.min(1, doneS / totalS);
    const width = 30;
    const full = Math.round(f * width);
    io.progress(
      `${label} [${'#'.repeat(full)}${'.'.repeat(width - full)}] ${(f * 100).toFixed(0)} %`,
    );
  };
  return {
    update: (doneS) => {
      const t = io.now();
      if (t - last >= 250) {
        last = t;
        draw(doneS);
      }
    },
    done: () => {
      draw(totalS);
      io.progress('\n');
    },
  };
}

function formatError(file: string, e: FormatError): string {
  if (e.code === 'emg.rate_too_low') {
    return `error: ${file}: ${e.field}: ${e.detail} [${e.code}]`;
  }
  const where = e.code.startsWith('emg.csv') ? `line ${e.at}` : `byte ${e.at}`;
  return `error: ${file}: ${e.field} (${where}): ${e.detail} [${e.code}]`;
}

interface AnalyzeFlags {
  json?: boolean;
  plot?: string;
  from?: number;
  to?: number;
  plotFrom?: number;
  plotTo?: number;
  mode: 'offline' | 'streaming' | 'causal';
  notch: string;
  onset: 'hodges-bui' | 'tkeo' | 'bonato';
  trunk?: boolean;
  phases?: string;
  fs?: number;
  allowTruncated?: boolean;
}

function channelJson(c: ChannelReport): object {
  const round = (x: number | null | undefined, d = 4): number | null =>
    x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10 ** d) / 10 ** d;
  return {
    label: c.label,
    fs: c.fs,
    notchesHz: c.notchesHz,
    restRmsUv: round(c.restRmsUv, 3),
    bursts: c.bursts.toArray().map((b) => ({
      onsetS: round(b.onsetS),
      offsetS: round(b.offsetS),
      durationS: round(b.durationS),
      levelUv: round(b.levelUv, 3),
    })),
    spasms: c.spasms.toArray().map((s) => ({
      onsetS: round(s.onsetS),
      offsetS: round(s.offsetS),
      durationS: round(s.durationS),
      kind: s.kind,
      rmsUv: round(s.rmsUv, 3),
    })),
    features: {
      burstCount: c.bursts.length,
      activeFraction: round(c.activeFraction),
      spasmCount: c.spasms.length,
      phasicSpasms: c.spasms.count((s) => s.kind === 'phasic'),
      sustainedSpasms: c.spasms.count((s) => s.kind === 'sustained'),
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

const uv = (x: number | null): string => (x === null ? '—' : `${x.toFixed(2)} µV`);

function reportText(file: string, r: RecordingReport): string {
  const lines = [
    NOTICE,
    '',
    `${file}: ${r.format.toUpperCase()}, ${r.channels.length} channel(s), ${r.analysedFromS.toFixed(1)}–${r.analysedToS.toFixed(1)} s${r.segments > 1 ? `, ${r.segments} segments` : ''}`,
  ];
  for (const s of r.skipped) {
    lines.push(`${s.label} (${s.fs} Hz): not analysed, sampled below ${EMG_DEFAULTS.minRateHz} Hz`);
  }
  for (const c of r.channels) {
    lines.push(
      '',
      `${c.label} (${c.fs} Hz)${c.notchesHz.length === 0 ? '' : `, ${c.notchesHz.join('/')} Hz notch`}: rest RMS ${c.restRmsUv.toFixed(2)} µV; 100 ms RMS mean ${uv(c.amplitude.rms100msMeanUv)}, peak ${uv(c.amplitude.rms100msPeakUv)}; linear envelope mean ${uv(c.amplitude.linearEnvelopeMeanUv)}, peak ${uv(c.amplitude.linearEnvelopePeakUv)}`,
    );
    lines.push(
      `  bursts: ${c.bursts.length} (${(c.activeFraction * 100).toFixed(1)} % of the time active)${
        c.bursts.length === 0
          ? ''
          : `; first: ${c.bursts
              .slice(0, 5)
              .map((b) => `${b.onsetS.toFixed(3)}–${b.offsetS.toFixed(3)} s`)
              .join(', ')}`
      }`,
    );
    const phasic = c.spasms.count((s) => s.kind === 'phasic');
    lines.push(
      `  spasm episodes at rest: ${c.spasms.length} (${phasic} phasic, ${c.spasms.length - phasic} sustained)${
        c.spasms.length === 0
          ? ''
          : `; first: ${c.spasms
              .slice(0, 5)
              .map((s) => `${s.onsetS.toFixed(2)}–${s.offsetS.toFixed(2)} s`)
              .join(', ')}`
      }`,
    );
    if (c.ecg.bpm !== null) {
      lines.push(`  ECG gated: ${c.ecg.beats} beats, ${c.ecg.bpm.toFixed(0)} bpm`);
    }
    const sp = c.spectral;
    if (sp.activeEpochs > 0) {
      lines.push(
        `  spectrum over ${sp.activeEpochs} active epochs: MNF ${sp.meanMnfHz?.toFixed(1) ?? '-'} Hz, MDF ${sp.meanMdfHz?.toFixed(1) ?? '-'} Hz${sp.mdfSlope === null ? '' : `; MDF slope ${sp.mdfSlope.hzPerS.toFixed(4)} Hz/s (${sp.mdfSlope.percentPerS.toFixed(3)} %/s)`}`,
      );
    }
    if (c.frr !== null) {
      lines.push(
        `  flexion–relaxation: FRR ${c.frr.frr.toFixed(2)}, ERR ${c.frr.err.toFixed(2)}, FER ${c.frr.fer.toFixed(2)} (${c.frr.cycles} cycles)`,
      );
    }
  }
  return lines.join('\n');
}

export function addEmgCommands(program: Command, io: CliIo, setCode: (code: number) => void): void {
  const emg = program
    .command('emg')
    .description(
      'electromyography: synthesise recordings with ground truth, analyse EDF/EDF+/BDF/CSV files',
    );
  emg
    .command('analyze')
    .description('bursts, spasm episodes at rest and features per channel of a recording')
    .argument('<file>', 'EDF, EDF+, BDF or CSV recording')
    .option('--json', 'print JSON (times in seconds from the start of the recording)')
    .option(
      '--plot <out.svg>',
      'write an SVG of signal, envelope, threshold and events over a window',
    )
    .option('--from <s>', 'analyse from this time (s)', num('from'))
    .option('--to <s>', 'analyse up to this time (s)', num('to'))
    .option(
      '--plot-from <s>',
      'start of the plotted window (default: the start of the analysis)',
      num('plot-from'),
    )
    .option(
      '--plot-to <s>',
      'end of the plotted window (default: 10 s after its start)',
      num('plot-to'),
    )
    .addOption(
      new Option('--mode <mode>', 'zero-phase offline, zero-phase streaming, or causal')
        .choices(['offline', 'streaming', 'causal'])
        .default('streaming'),
    )
    .addOption(
      new Option('--notch <hz>', 'mains notch')
        .choices(['auto', 'off', '50', '60'])
        .default('auto'),
    )
    .addOption(
      new Option('--onset <method>', 'onset detector')
        .choices(['hodges-bui', 'tkeo', 'bonato'])
        .default('hodges-bui'),
    )
    .option('--trunk', 'high-pass at 30 Hz (order 4) against ECG on trunk channels')
    .option(
      '--phases <file.json>',
      'flexion–relaxation phases: [{"phase":"flexion","onsetS":1,"offsetS":4}, ...]',
    )
    .option('--fs <hz>', 'sampling rate of a CSV file without a time column', num('fs'))
    .option(
      '--allow-truncated',
      'analyse the complete records of a file whose last record is cut short',
    )
    .addHelpText(
      'after',
      '\nExample:\n  $ tonus emg analyze recording.edf --plot recording.svg --json',
    )
    .action((file: string, flags: AnalyzeFlags) => {
      setCode(analyzeCommand(io, file, flags));
    });
  emg
    .command('synth')
    .description(
      'write a seeded synthetic recording (EDF, BDF or CSV) and a JSON of its true events',
    )
    .requiredOption(
      '--out <file>',
      'output recording; the format follows the extension (.edf, .bdf, .csv)',
    )
    .option('--truth <file.json>', 'ground-truth JSON (default: <out>.truth.json)')
    .option('--seed <n>', 'random seed', num('seed'), 1)
    .option('--fs <hz>', 'sampling rate', num('fs'), 2000)
    .option('--duration <s>', 'duration in seconds', num('duration'), 60)
    .option('--channels <n>', 'number of channels', num('channels'), 2)
    .option('--noise-uv <uv>', 'background noise RMS (µV)', num('noise-uv'), 4)
    .option('--bursts <n>', 'bursts per channel', num('bursts'), 10)
    .option('--snr <db>', 'burst SNR (dB)', num('snr'), 10)
    .option('--spasms <n>', 'spasm-at-rest episodes per channel', num('spasms'), 0)
    .option('--spasm-snr <db>', 'spasm SNR (dB)', num('spasm-snr'), 12)
    .option('--mains <hz>', 'mains hum frequency (50 or 60)', num('mains'))
    .option('--mains-uv <uv>', 'mains hum amplitude (µV)', num('mains-uv'), 20)
    .option('--ecg-bpm <bpm>', 'add ECG spikes at this rate', num('ecg-bpm'))
    .option('--ecg-uv <uv>', 'ECG spike amplitude (µV)', num('ecg-uv'), 200)
    .option('--contraction <onset:duration>', 'a sustained contraction, seconds (e.g. 10:60)')
    .option(
      '--fatigue <percent-per-min>',
      'frequency shift of the contraction, percent per minute',
      num('fatigue'),
      0,
    )
    .option(
      '--flexion-cycles <n>',
      'flexion–relaxation cycles, annotated in EDF+',
      num('flexion-cycles'),
    )
    .option(
      '--tasks <n>',
      'task phases of 10–30 s, annotated in EDF+/BDF+ with rest between them: bursts fall in the tasks, spasms at rest',
      num('tasks'),
    )
    .addHelpText(
      'after',
      '\nExample:\n  $ tonus emg synth --out rest.edf --duration 600 --spasms 10 --ecg-bpm 80 --mains 50',
    )
    .action((flags: Record<string, unknown>) => {
      setCode(synthCommand(io, flags));
    });
}

/** The time window must be a window: from ≥ 0, to after from. */
function windowError(flags: AnalyzeFlags): string | null {
  if (flags.from !== undefined && flags.from < 0) {
    return `--from: ${flags.from} s is before the start of the recording; give 0 or more`;
  }
  if (flags.to !== undefined && flags.to <= (flags.from ?? 0)) {
    return `--to: ${flags.to} s must come after --from (${flags.from ?? 0} s)`;
  }
  if (
    flags.plotFrom !== undefined &&
    flags.plotTo !== undefined &&
    flags.plotTo <= flags.plotFrom
  ) {
    return `--plot-to: ${flags.plotTo} s must come after --plot-from (${flags.plotFrom} s)`;
  }
  return null;
}

function analyzeCommand(io: CliIo, file: string, flags: AnalyzeFlags): number {
  const badWindow = windowError(flags);
  if (badWindow !== null) {
    io.err(`error: ${badWindow}`);
    return EXIT.badInput;
  }
  let phases: Phase[] | undefined;
  if (flags.phases !== undefined) {
    let text: string;
    try {
      text = io.readText(flags.phases);
    } catch (e) {
      io.err(`error: ${describeFsError(flags.phases, e)}`);
      return EXIT.badInput;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      io.err(
        `error: ${flags.phases}: not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
      );
      return EXIT.badInput;
    }
    const parsed = z.array(Phase).safeParse(json);
    if (!parsed.success) {
      io.err(`error: ${flags.phases}: ${z.prettifyError(parsed.error)}`);
      return EXIT.badInput;
    }
    phases = parsed.data;
  }
  if (!existsSync(file)) {
    io.err(`error: ${file}: no such file`);
    return EXIT.badInput;
  }
  let opened;
  try {
    opened = openRecording(file, {
      allowTruncated: flags.allowTruncated === true,
      ...(flags.fs === undefined ? {} : { fs: flags.fs }),
    });
  } catch (e) {
    io.err(`error: ${describeFsError(file, e)}`);
    return EXIT.badInput;
  }
  if (!opened.ok) {
    io.err(formatError(file, opened.error));
    return EXIT.badInput;
  }
  const source = opened.value;
  const from = flags.from ?? 0;
  const durationS = source.info.durationS;
  if (durationS !== null && from >= durationS) {
    source.close();
    io.err(`error: --from: ${from} s is past the end of the recording (${durationS} s)`);
    return EXIT.badInput;
  }
  const plotFrom = flags.plotFrom ?? from;
  const options: AnalyzeOptions = {
    mode: flags.mode,
    notch:
      flags.notch === 'auto' || flags.notch === 'off'
        ? flags.notch
        : (Number(flags.notch) as 50 | 60),
    onsetMethod: flags.onset === 'hodges-bui' ? 'hodges_bui' : flags.onset,
    trunk: flags.trunk === true,
    ...(flags.from === undefined ? {} : { fromS: flags.from }),
    ...(flags.to === undefined ? {} : { toS: flags.to }),
    ...(phases === undefined ? {} : { phases }),
    ...(flags.plot === undefined
      ? {}
      : { plot: { fromS: plotFrom, toS: flags.plotTo ?? plotFrom + 10, columns: PLOT_COLUMNS } }),
  };
  const info = source.info;
  const totalS = Math.min(flags.to ?? Infinity, info.durationS ?? Infinity) - from;
  const samples = Number.isFinite(totalS) ? totalS * info.rates.reduce((s, r) => s + r, 0) : 0;
  // about 60 ns a sample: show progress when the work takes more than a few seconds
  const bar = samples * 60e-9 > 2 ? progressBar(io, 'analysing', totalS) : null;
  let result;
  try {
    result = analyzeRecording(
      source,
      options,
      bar === null
        ? undefined
        : (doneS) => {
            bar.update(doneS - from);
          },
    );
  } finally {
    source.close();
  }
  bar?.done();
  if (!result.ok) {
    io.err(formatError(file, result.error));
    return EXIT.badInput;
  }
  const r = result.value;
  if (flags.plot !== undefined) {
    writeFileSync(flags.plot, plotSvg(r.channels, `EMG: ${file}`));
  }
  if (flags.json === true) {
    io.out(
      JSON.stringify(
        {
          file,
          format: r.format,
          analysedFromS: r.analysedFromS,
          analysedToS: r.analysedToS,
          segments: r.segments,
          phases: r.phases,
          notice: NOTICE,
          channels: r.channels.map(channelJson),
          skipped: r.skipped,
        },
        null,
        2,
      ),
    );
  } else {
    io.out(reportText(file, r));
  }
  return EXIT.ok;
}

/** The option that set each field of the synthetic spec, so an error names what the user typed. */
const SYNTH_OPTION: Record<string, string> = {
  seed: '--seed',
  fs: '--fs',
  durationS: '--duration',
  channels: '--channels',
  noiseRmsUv: '--noise-uv',
  'bursts.count': '--bursts',
  'bursts.snrDb': '--snr',
  'spasms.count': '--spasms',
  'spasms.snrDb': '--spasm-snr',
  'mains.hz': '--mains',
  'mains.amplitudeUv': '--mains-uv',
  'ecg.bpm': '--ecg-bpm',
  'ecg.amplitudeUv': '--ecg-uv',
  'contraction.onsetS': '--contraction',
  'contraction.durationS': '--contraction',
  'contraction.fatiguePercentPerMin': '--fatigue',
  'flexionRelaxation.cycles': '--flexion-cycles',
  'tasks.count': '--tasks',
};

function synthCommand(io: CliIo, f: Record<string, unknown>): number {
  const out = String(f.out);
  const ext = /\.(edf|bdf|csv)$/i.exec(out)?.[1]?.toLowerCase() as WriteFormat | undefined;
  if (ext === undefined) {
    io.err(`error: --out: ${out} must end in .edf, .bdf or .csv`);
    return EXIT.badInput;
  }
  let contraction: object | undefined;
  if (typeof f.contraction === 'string') {
    const m = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(f.contraction);
    if (m === null) {
      io.err(`error: --contraction: "${f.contraction}" is not onset:duration in seconds`);
      return EXIT.badInput;
    }
    contraction = {
      onsetS: Number(m[1]),
      durationS: Number(m[2]),
      fatiguePercentPerMin: f.fatigue,
    };
  }
  const spec = SynthSpec.safeParse({
    seed: f.seed,
    fs: f.fs,
    durationS: f.duration,
    channels: f.channels,
    noiseRmsUv: f.noiseUv,
    bursts: { count: f.bursts, snrDb: f.snr },
    spasms: { count: f.spasms, snrDb: f.spasmSnr },
    ...(f.mains === undefined ? {} : { mains: { hz: f.mains, amplitudeUv: f.mainsUv } }),
    ...(f.ecgBpm === undefined ? {} : { ecg: { bpm: f.ecgBpm, amplitudeUv: f.ecgUv } }),
    ...(contraction === undefined ? {} : { contraction }),
    ...(f.flexionCycles === undefined ? {} : { flexionRelaxation: { cycles: f.flexionCycles } }),
    ...(f.tasks === undefined ? {} : { tasks: { count: f.tasks } }),
  });
  if (!spec.success) {
    for (const issue of spec.error.issues) {
      const path = issue.path.join('.');
      io.err(`error: ${SYNTH_OPTION[path] ?? path}: ${issue.message}`);
    }
    return EXIT.badInput;
  }
  const stream = new SynthStream(spec.data);
  const bar =
    stream.totalSamples * stream.labels.length > 20_000_000 ? progressBar(io, 'writing', 1) : null;
  try {
    writeRecording(
      out,
      ext,
      stream,
      bar === null
        ? undefined
        : (fr) => {
            bar.update(fr);
          },
    );
  } catch (e) {
    io.err(`error: ${describeFsError(out, e)}`);
    return EXIT.badInput;
  }
  bar?.done();
  const truthPath = typeof f.truth === 'string' ? f.truth : `${out}.truth.json`;
  writeFileSync(
    truthPath,
    `${JSON.stringify({ ...stream.truth, file: out, format: ext }, null, 2)}\n`,
  );
  io.out(
    `wrote ${out} (${ext.toUpperCase()}, ${stream.labels.length} channels, ${spec.data.durationS} s at ${spec.data.fs} Hz) and ${truthPath}`,
  );
  return EXIT.ok;
}

/**
 * @module `tonus emg synth` and `tonus emg analyze`. Options are checked, and output paths found
 * writable, before any work; the analysis view is what `--json` prints and what the text report is
 * read from. Every message that quotes the file (a label, a value) is printed escaped.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { z } from 'zod';
import {
  analyzeRecording,
  openRecording,
  recordingKindOf,
  parseAnalyzeRequest,
  parseSynthSpec,
  toEmgAnalysisView,
  writeSynthetic,
  type EmgAnalysisView,
  type SynthFormat,
} from '../../app/emg/index.js';
import { parseJson } from '../../app/index.js';
import { Phase } from '../../domain/emg/index.js';
import type { DomainIssue } from '../../domain/shared/index.js';
import { EMG_EN, en } from '../../i18n/index.js';
import { reportIssues } from './documents.js';
import { describeFsError, EXIT, type CliIo } from './io.js';
import { printable } from './printable.js';

/** A phases file is a list of phases: far smaller than this. */
const MAX_PHASES_BYTES = 4 * 2 ** 20;

/** A number option: a finite decimal, or a clear word on what it is not. */
const num = (v: string): number => {
  const t = v.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) {
    throw new InvalidArgumentError(`"${printable(v)}" is not a number.`);
  }
  const n = Number(t);
  if (!Number.isFinite(n)) {
    throw new InvalidArgumentError(`${t} is beyond the largest number (it overflows to Infinity).`);
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
  atRest?: boolean;
  phases?: string;
  fs?: number;
  allowTruncated?: boolean;
}

/** The option that set each request field, so an error names what the user typed. */
const ANALYZE_OPTION: Readonly<Record<string, string>> = {
  mode: '--mode',
  notch: '--notch',
  onsetMethod: '--onset',
  fromS: '--from',
  toS: '--to',
  fs: '--fs',
  plot: '--plot',
  'plot.fromS': '--plot-from',
  'plot.toS': '--plot-to',
  phases: '--phases',
};

/** The option that set each field of the synthetic spec. */
const SYNTH_OPTION: Readonly<Record<string, string>> = {
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

/** Issues about options, with the option's name where the field's was. */
function asOptions(
  issues: readonly DomainIssue[],
  names: Readonly<Record<string, string>>,
): DomainIssue[] {
  return issues.map((i) => {
    for (let k = i.path.length; k > 0; k--) {
      const name = names[i.path.slice(0, k).join('.')];
      if (name !== undefined) {
        return { ...i, path: [name, ...i.path.slice(k)] };
      }
    }
    return i;
  });
}

/** An output path that cannot be written, named by its option, before any work. */
async function unwritable(io: CliIo, option: string, path: string): Promise<boolean> {
  const code = await io.emg.canWrite(path);
  if (code === null) {
    return false;
  }
  const reason: Readonly<Record<string, string>> = {
    ENOENT: 'its folder does not exist',
    ENOTDIR: 'its folder is not a folder',
    EISDIR: 'is a folder',
    EACCES: 'permission denied',
    EROFS: 'the file system is read-only',
  };
  io.err(
    `error: ${option}: ${printable(path)}: cannot be written (${reason[code] ?? code}); nothing was done`,
  );
  return true;
}

/** Reads a phases file: a regular file, bounded, strict JSON, each phase checked. */
async function readPhases(io: CliIo, path: string): Promise<Phase[] | null> {
  let text: string;
  try {
    const opened = await io.emg.openBytes(path);
    if (!opened.ok) {
      reportIssues(io, `--phases: ${path}`, opened.issues);
      return null;
    }
    const bytes = opened.value;
    try {
      if (bytes.size > MAX_PHASES_BYTES) {
        io.err(
          `error: --phases: ${printable(path)}: ${bytes.size} bytes; a phases file is at most ${MAX_PHASES_BYTES}`,
        );
        return null;
      }
      text = new TextDecoder().decode(await bytes.read(0, bytes.size));
    } finally {
      await bytes.close();
    }
  } catch (e) {
    io.err(`error: --phases: ${printable(describeFsError(path, e))}`);
    return null;
  }
  const json = parseJson(text);
  if (!json.ok) {
    reportIssues(io, `--phases: ${path}`, json.issues);
    return null;
  }
  const parsed = z.array(Phase).max(100_000).safeParse(json.value);
  if (!parsed.success) {
    const r = parseAnalyzeRequest({ phases: json.value });
    reportIssues(io, `--phases: ${path}`, r.ok ? [] : r.issues);
    return null;
  }
  return parsed.data;
}

async function analyzeCommand(io: CliIo, file: string, flags: AnalyzeFlags): Promise<number> {
  const plotFrom = flags.plotFrom ?? flags.from ?? 0;
  const request = parseAnalyzeRequest({
    mode: flags.mode,
    notch: flags.notch === 'auto' || flags.notch === 'off' ? flags.notch : Number(flags.notch),
    onsetMethod: flags.onset === 'hodges-bui' ? 'hodges_bui' : flags.onset,
    trunk: flags.trunk === true,
    atRest: flags.atRest === true,
    allowTruncated: flags.allowTruncated === true,
    ...(flags.from === undefined ? {} : { fromS: flags.from }),
    ...(flags.to === undefined ? {} : { toS: flags.to }),
    ...(flags.fs === undefined ? {} : { fs: flags.fs }),
    ...(flags.plot === undefined
      ? {}
      : {
          plot: {
            fromS: plotFrom,
            toS: flags.plotTo ?? plotFrom + 10,
            columns: io.emg.plotColumns,
          },
        }),
  });
  if (!request.ok) {
    reportIssues(io, 'options', asOptions(request.issues, ANALYZE_OPTION));
    return EXIT.badInput;
  }
  if (flags.plot !== undefined && (await unwritable(io, '--plot', flags.plot))) {
    return EXIT.badInput;
  }
  let phases: Phase[] | undefined;
  if (flags.phases !== undefined) {
    const read = await readPhases(io, flags.phases);
    if (read === null) {
      return EXIT.badInput;
    }
    phases = read;
  }
  const req = { ...request.value, ...(phases === undefined ? {} : { phases }) };
  let report;
  try {
    const bytes = await io.emg.openBytes(file);
    if (!bytes.ok) {
      reportIssues(io, file, bytes.issues);
      return EXIT.badInput;
    }
    const opened = await openRecording(bytes.value, recordingKindOf(file), {
      allowTruncated: req.allowTruncated,
      ...(req.fs === undefined ? {} : { fs: req.fs }),
    });
    if (!opened.ok) {
      await bytes.value.close();
      reportIssues(io, file, opened.issues);
      return EXIT.badInput;
    }
    const source = opened.value;
    const from = req.fromS ?? 0;
    const totalS = Math.min(req.toS ?? Infinity, source.info.durationS ?? Infinity) - from;
    const samples = Number.isFinite(totalS)
      ? totalS * source.info.rates.reduce((s, r) => s + r, 0)
      : 0;
    // about 200 ns a sample: show progress when the work takes more than a few seconds
    const bar = samples * 200e-9 > 2 ? progressBar(io, 'analysing', totalS) : null;
    try {
      report = await analyzeRecording(
        source,
        req,
        bar === null
          ? undefined
          : (doneS) => {
              bar.update(doneS - from);
            },
      );
    } finally {
      await source.close();
    }
    bar?.done();
  } catch (e) {
    io.err(`error: ${printable(describeFsError(file, e))}`);
    return EXIT.badInput;
  }
  if (!report.ok) {
    reportIssues(io, file, asOptions(report.issues, ANALYZE_OPTION));
    return EXIT.badInput;
  }
  const view = toEmgAnalysisView(report.value, { emg: EMG_EN, notice: en.notice }, file);
  if (flags.plot !== undefined) {
    try {
      const sink = await io.emg.createSink(flags.plot);
      await sink.write(
        new TextEncoder().encode(io.emg.renderPlot(report.value.channels, `EMG: ${file}`)),
      );
      await sink.close();
    } catch (e) {
      io.err(`error: --plot: ${printable(describeFsError(flags.plot, e))}`);
      return EXIT.badInput;
    }
  }
  io.out(flags.json === true ? JSON.stringify(view, null, 2) : printable(reportText(view)));
  return EXIT.ok;
}

const uv = (x: number | null): string => (x === null ? '—' : `${x.toFixed(2)} µV`);

/** The text report, read from the view. */
function reportText(v: EmgAnalysisView): string {
  const lines = [
    v.notice,
    '',
    `${v.file ?? 'recording'}: ${v.format.toUpperCase()}, ${v.channels.length} channel(s), ${v.analysedFromS.toFixed(1)}–${v.analysedToS.toFixed(1)} s${v.segments > 1 ? `, ${v.segments} segments` : ''}`,
    `onsets: ${v.onset.name}`,
    ...(v.onset.caveat === null ? [] : [`caution: ${v.onset.caveat}`]),
    `rest: ${v.rest.text}`,
    ...v.warnings.map((w) => `warning: ${w.text}`),
  ];
  for (const c of v.channels) {
    const f = c.features;
    lines.push(
      '',
      `${c.label} (${c.fs} Hz)${c.notchesHz.length === 0 ? '' : `, ${c.notchesHz.join('/')} Hz notch`}: rest RMS ${uv(c.restRmsUv)}; 100 ms RMS mean ${uv(f.rms100msMeanUv)}, peak ${uv(f.rms100msPeakUv)}; linear envelope mean ${uv(f.linearEnvelopeMeanUv)}, peak ${uv(f.linearEnvelopePeakUv)}`,
    );
    lines.push(
      `  bursts: ${f.burstCount} (${(f.activeFraction * 100).toFixed(1)} % of the time active)${
        c.bursts.length === 0
          ? ''
          : `; first: ${c.bursts
              .slice(0, 5)
              .map((b) => `${b.onsetS.toFixed(3)}–${b.offsetS.toFixed(3)} s`)
              .join(', ')}`
      }`,
    );
    const first = (status: 'at_rest' | 'candidate'): string => {
      const some = c.spasms.filter((s) => s.status === status).slice(0, 5);
      return some.length === 0
        ? ''
        : `; first: ${some.map((s) => `${s.onsetS.toFixed(2)}–${s.offsetS.toFixed(2)} s`).join(', ')}`;
    };
    lines.push(
      `  spasm episodes at rest: ${f.spasmsAtRest} (${f.phasicSpasms} phasic, ${f.sustainedSpasms} sustained in all)${first('at_rest')}`,
    );
    if (f.spasmCandidates > 0 || !v.rest.known) {
      lines.push(`  spasm candidates (rest not known): ${f.spasmCandidates}${first('candidate')}`);
    }
    if (f.episodesInTasks > 0) {
      lines.push(`  episodes during tasks, left out as voluntary: ${f.episodesInTasks}`);
    }
    if (f.heartRateBpm !== null) {
      lines.push(`  ECG removed: ${f.ecgBeats} beats, ${f.heartRateBpm.toFixed(0)} bpm`);
    }
    if (f.activeEpochs > 0) {
      lines.push(
        `  spectrum over ${f.activeEpochs} active epochs: MNF ${f.meanMnfHz?.toFixed(1) ?? '—'} Hz, MDF ${f.meanMdfHz?.toFixed(1) ?? '—'} Hz${f.mdfSlopeHzPerS === null ? '' : `; MDF slope ${f.mdfSlopeHzPerS.toFixed(4)} Hz/s (${f.mdfSlopePercentPerS?.toFixed(3) ?? '—'} %/s)`}`,
      );
    }
    const frr = c.flexionRelaxation;
    if (frr !== null) {
      lines.push(
        `  flexion–relaxation: FRR ${frr.frr?.toFixed(2) ?? '—'}, ERR ${frr.err?.toFixed(2) ?? '—'}, FER ${frr.fer?.toFixed(2) ?? '—'} (${frr.cycles} cycles)`,
      );
    }
  }
  for (const s of v.skipped) {
    lines.push(
      '',
      `${s.label} (${s.fs} Hz): not analysed, ${s.reason === 'rate_too_low' ? 'sampled too slowly for EMG' : 'its physical range is no EMG’s'}`,
    );
  }
  return lines.join('\n');
}

async function synthCommand(io: CliIo, f: Record<string, unknown>): Promise<number> {
  const out = String(f.out);
  const ext = /\.(edf|bdf|csv)$/i.exec(out)?.[1]?.toLowerCase() as SynthFormat | undefined;
  if (ext === undefined) {
    io.err(`error: --out: ${printable(out)} must end in .edf, .bdf or .csv`);
    return EXIT.badInput;
  }
  let contraction: object | undefined;
  if (typeof f.contraction === 'string') {
    const m = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(f.contraction);
    if (m === null) {
      io.err(
        `error: --contraction: "${printable(f.contraction)}" is not onset:duration in seconds`,
      );
      return EXIT.badInput;
    }
    contraction = {
      onsetS: Number(m[1]),
      durationS: Number(m[2]),
      fatiguePercentPerMin: f.fatigue,
    };
  }
  const spec = parseSynthSpec({
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
  if (!spec.ok) {
    reportIssues(io, 'options', asOptions(spec.issues, SYNTH_OPTION));
    return EXIT.badInput;
  }
  const truthPath = typeof f.truth === 'string' ? f.truth : `${out}.truth.json`;
  if ((await unwritable(io, '--out', out)) || (await unwritable(io, '--truth', truthPath))) {
    return EXIT.badInput;
  }
  const d = spec.value;
  const durationS = d.durationS;
  const bar = durationS * d.fs * d.channels > 20_000_000 ? progressBar(io, 'writing', 1) : null;
  let truth;
  try {
    truth = await writeSynthetic(
      d,
      ext,
      await io.emg.createSink(out),
      bar === null
        ? undefined
        : (fr) => {
            bar.update(fr);
          },
    );
    bar?.done();
    const sink = await io.emg.createSink(truthPath);
    await sink.write(
      new TextEncoder().encode(
        `${JSON.stringify({ ...truth, file: out, format: ext }, null, 2)}\n`,
      ),
    );
    await sink.close();
  } catch (e) {
    const option = truth === undefined ? '--out' : '--truth';
    io.err(
      `error: ${option}: ${printable(describeFsError(truth === undefined ? out : truthPath, e))}`,
    );
    return EXIT.badInput;
  }
  io.out(
    `wrote ${printable(out)} (${ext.toUpperCase()}, ${d.channels} channels, ${durationS} s at ${d.fs} Hz) and ${printable(truthPath)}`,
  );
  return EXIT.ok;
}

export function addEmgCommands(program: Command, io: CliIo, setCode: (code: number) => void): void {
  const emg = program
    .command('emg')
    .description(
      'electromyography: synthesise recordings with ground truth, analyse EDF/EDF+/BDF/CSV files',
    );
  emg
    .command('analyze')
    .description('bursts, spasm episodes and features per channel of a recording')
    .argument('<file>', 'EDF, EDF+, BDF or CSV recording (a regular file)')
    .option('--json', 'print the emg-analysis/1 view as JSON (times in seconds from the start)')
    .option(
      '--plot <out.svg>',
      'write an SVG of signal, envelope, threshold and events over a window (any length: reduced to the plot’s columns as it streams)',
    )
    .option('--from <s>', 'analyse from this time (s)', num)
    .option('--to <s>', 'analyse up to this time (s)', num)
    .option(
      '--plot-from <s>',
      'start of the plotted window (default: the start of the analysis)',
      num,
    )
    .option('--plot-to <s>', 'end of the plotted window (default: 10 s after its start)', num)
    .addOption(
      new Option(
        '--mode <mode>',
        'zero-phase streamed (bounded memory), zero-phase offline (up to 4.8 million samples: 5 min of 8 channels at 2 kHz), or causal',
      )
        .choices(['streaming', 'offline', 'causal'])
        .default('streaming'),
    )
    .addOption(
      new Option('--notch <hz>', 'mains notch (auto: 50/60 Hz and harmonics when present)')
        .choices(['auto', 'off', '50', '60'])
        .default('auto'),
    )
    .addOption(
      new Option('--onset <method>', 'onset detector (bonato holds only at 10 dB SNR or more)')
        .choices(['hodges-bui', 'tkeo', 'bonato'])
        .default('hodges-bui'),
    )
    .option('--trunk', 'high-pass at 30 Hz (order 4) instead of the 20–450 Hz band-pass')
    .option(
      '--at-rest',
      'the recording was made at rest: episodes outside task phases are spasms at rest',
    )
    .option(
      '--phases <file.json>',
      'phases: [{"phase":"rest","onsetS":0,"offsetS":60}, {"phase":"task","onsetS":60,"offsetS":90,"label":"lifting"}, {"phase":"flexion",...}]',
    )
    .option('--fs <hz>', 'sampling rate of a CSV file without a time column', num)
    .option(
      '--allow-truncated',
      'analyse the complete records of a file whose last record is cut short',
    )
    .addHelpText(
      'after',
      '\nWithout rest information (rest/task annotations, --phases, or --at-rest), spasm episodes are\nreported as candidates only.\n\nExample:\n  $ tonus emg analyze recording.edf --plot recording.svg --json',
    )
    .action(async (file: string, flags: AnalyzeFlags) => {
      setCode(await analyzeCommand(io, file, flags));
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
    .option('--seed <n>', 'random seed', num, 1)
    .option('--fs <hz>', 'sampling rate', num, 2000)
    .option('--duration <s>', 'duration in seconds', num, 60)
    .option('--channels <n>', 'number of channels', num, 2)
    .option('--noise-uv <uv>', 'background noise RMS (µV)', num, 4)
    .option('--bursts <n>', 'bursts per channel', num, 10)
    .option('--snr <db>', 'burst SNR (dB)', num, 10)
    .option('--spasms <n>', 'spasm-at-rest episodes per channel', num, 0)
    .option('--spasm-snr <db>', 'spasm SNR (dB)', num, 12)
    .option('--mains <hz>', 'mains hum frequency (50 or 60)', num)
    .option('--mains-uv <uv>', 'mains hum amplitude (µV)', num, 20)
    .option('--ecg-bpm <bpm>', 'add ECG spikes at this rate', num)
    .option('--ecg-uv <uv>', 'ECG spike amplitude (µV)', num, 200)
    .option('--contraction <onset:duration>', 'a sustained contraction, seconds (e.g. 10:60)')
    .option(
      '--fatigue <percent-per-min>',
      'frequency shift of the contraction, percent per minute',
      num,
      0,
    )
    .option('--flexion-cycles <n>', 'flexion–relaxation cycles, annotated in EDF+/BDF+', num)
    .option(
      '--tasks <n>',
      'task phases of 10–30 s with rest between, annotated in EDF+/BDF+: bursts fall in the tasks, spasms at rest',
      num,
    )
    .addHelpText(
      'after',
      '\nExample:\n  $ tonus emg synth --out rest.edf --duration 600 --spasms 10 --ecg-bpm 80 --mains 50',
    )
    .action(async (flags: Record<string, unknown>) => {
      setCode(await synthCommand(io, flags));
    });
}

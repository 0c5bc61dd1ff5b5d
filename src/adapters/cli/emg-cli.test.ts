import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EmgAnalysisView } from '../../app/emg/index.js';
import { synthesize } from '../../domain/emg/index.js';
import { edfBytes, edfSpec, emgSignal } from '../../../test/fixtures/emg-recordings.js';
import { emgHost } from '../emg/index.js';
import { EXIT } from './index.js';
import { memoryCli, type CliRun } from './memory-io.js';

const cli = (): ((...args: string[]) => Promise<CliRun>) => memoryCli({}, emgHost).run;
/** `tonus emg synth --out FILE FLAGS…` */
const synth = (file: string, ...flags: string[]): Promise<CliRun> =>
  cli()('emg', 'synth', '--out', file, ...flags);

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tonus-emg-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('tonus emg', () => {
  test('synth writes an EDF and its truth; analyze finds the true bursts and names channels by their labels', async () => {
    const file = join(dir, 'bursts.edf');
    const w = await synth(
      file,
      '--duration',
      '90',
      '--channels',
      '2',
      '--bursts',
      '12',
      '--snr',
      '15',
      '--seed',
      '4',
    );
    expect(w.code).toBe(EXIT.ok);
    const truth = JSON.parse(readFileSync(`${file}.truth.json`, 'utf8'));
    expect(truth.channels[0].bursts).toHaveLength(12);
    const r = await cli()('emg', 'analyze', file, '--json');
    expect(r.code).toBe(EXIT.ok);
    // the JSON is the analysis view, as its schema describes it
    const doc = EmgAnalysisView.parse(JSON.parse(r.out));
    expect(doc.view).toBe('emg-analysis/1');
    expect(doc.channels.map((c: any) => c.label)).toEqual(['EMG 1', 'EMG 2']);
    for (const [k, ch] of doc.channels.entries()) {
      const want: { onsetS: number }[] = truth.channels[k].bursts;
      const got: { onsetS: number; offsetS: number }[] = ch.bursts;
      expect(got).toHaveLength(want.length);
      got.forEach((b, i) => {
        expect(Math.abs(b.onsetS - (want[i]?.onsetS ?? NaN))).toBeLessThan(0.03);
        expect(b.offsetS).toBeGreaterThan(b.onsetS);
      });
    }
    expect(doc.notice).toMatch(/not a diagnosis/);
  });

  test('--from and --to analyse a window and keep times from the start of the recording', async () => {
    const file = join(dir, 'bursts.edf');
    const r = await cli()('emg', 'analyze', file, '--json', '--from', '30', '--to', '60');
    const doc = JSON.parse(r.out);
    expect(doc.analysedFromS).toBe(30);
    expect(doc.analysedToS).toBe(60);
    // a window holds some of the 12 bursts: checking each of none would prove nothing
    expect(doc.channels[0].bursts.length).toBeGreaterThanOrEqual(2);
    for (const b of doc.channels[0].bursts) {
      expect(b.onsetS).toBeGreaterThanOrEqual(30);
      expect(b.offsetS).toBeLessThanOrEqual(60);
    }
  });

  test('--plot writes an accessible SVG with the signal, envelope, threshold and events', async () => {
    const file = join(dir, 'bursts.edf');
    const svg = join(dir, 'plot.svg');
    const r = await cli()(
      'emg',
      'analyze',
      file,
      '--plot',
      svg,
      '--plot-from',
      '5',
      '--plot-to',
      '25',
    );
    expect(r.code).toBe(EXIT.ok);
    const text = readFileSync(svg, 'utf8');
    expect(text).toMatch(/^<svg [^>]*role="img"/);
    expect(text).toContain('<title id="t">');
    expect(text).toContain('onset envelope');
    expect(text).toMatch(/<title>burst \d/);
  });

  test('BDF and CSV round-trip through synth and analyze', async () => {
    for (const ext of ['bdf', 'csv']) {
      const file = join(dir, `r.${ext}`);
      expect(
        (await synth(file, '--duration', '30', '--channels', '1', '--bursts', '5', '--snr', '15'))
          .code,
      ).toBe(EXIT.ok);
      const r = await cli()('emg', 'analyze', file, '--json');
      expect(r.code).toBe(EXIT.ok);
      expect(JSON.parse(r.out).channels[0].bursts.length).toBe(5);
    }
  });

  test('EDF+ annotations give the flexion–relaxation phases and ratios', async () => {
    const file = join(dir, 'fr.edf');
    await synth(
      file,
      '--duration',
      '60',
      '--channels',
      '1',
      '--bursts',
      '0',
      '--flexion-cycles',
      '3',
    );
    const doc = JSON.parse((await cli()('emg', 'analyze', file, '--json')).out);
    expect(doc.format).toBe('edf+c');
    expect(doc.phases).toHaveLength(12);
    const frr = doc.channels[0].flexionRelaxation;
    // flexion is ten times the relaxed level in the synthetic protocol; the window maximum runs a little higher
    expect(frr.frr).toBeGreaterThan(8);
    expect(frr.frr).toBeLessThan(15);
    expect(frr.cycles).toBe(3);
  });

  test('a file with a wrong version field exits 2, naming the field and the byte offset', async () => {
    const file = join(dir, 'bursts.edf');
    const bad = join(dir, 'bad.edf');
    const bytes = readFileSync(file);
    bytes.write('X', 0, 'latin1');
    writeFileSync(bad, bytes);
    const r = await cli()('emg', 'analyze', bad);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.err).toMatch(
      /version \(byte 0\): expected "0" \(EDF\) or 0xFF "BIOSEMI" \(BDF\), found "X {7}" \[emg\.bad_version\]/,
    );
  });

  test('a truncated file says how many records were read, and --allow-truncated analyses them', async () => {
    const file = join(dir, 'bursts.edf');
    const cut = join(dir, 'cut.edf');
    const bytes = readFileSync(file);
    writeFileSync(cut, bytes.subarray(0, bytes.length - 1000));
    const strict = await cli()('emg', 'analyze', cut);
    expect(strict.code).toBe(EXIT.badInput);
    expect(strict.err).toMatch(
      /89 complete records of 8000 bytes could be read, the header expects 90/,
    );
    const lenient = await cli()('emg', 'analyze', cut, '--allow-truncated', '--json');
    expect(lenient.code).toBe(EXIT.ok);
    expect(JSON.parse(lenient.out).analysedToS).toBe(89);
  });

  test('a CSV without a time column needs --fs', async () => {
    const file = join(dir, 'plain.csv');
    writeFileSync(file, 'a\n1\n2\n3\n');
    const r = await cli()('emg', 'analyze', file);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.err).toMatch(/give it with --fs/);
  });

  test('synth names the option whose value it cannot use', async () => {
    for (const [flag, value, message] of [
      ['--fs', '500', /--fs: must be at least 1000 \(got 500\)/],
      ['--mains', '55', /--mains: must be 50 or 60 Hz/],
      ['--channels', '0', /--channels: /],
    ] as const) {
      const r = await synth(join(dir, 'bad.edf'), flag, value);
      expect(r.code).toBe(EXIT.badInput);
      expect(r.err).toMatch(message);
    }
  });

  test('a channel sampled too slowly for EMG is listed as skipped; a file of only such channels is refused', async () => {
    const { signals } = synthesize({
      seed: 3,
      durationS: 20,
      channels: 1,
      bursts: { count: 4, snrDb: 15 },
    });
    const emg = signals[0] ?? new Float64Array(0);
    const spec = edfSpec(
      [
        emgSignal('EMG L3', 2000),
        { label: 'Temp', dimension: 'degC', physicalMin: 0, physicalMax: 50, samplesPerRecord: 1 },
      ],
      20,
    );
    const temperature = new Float64Array(20).fill(36.6);
    const file = join(dir, 'mixed.edf');
    writeFileSync(file, edfBytes(spec, [emg, temperature]));
    const r = await cli()('emg', 'analyze', file, '--json');
    expect(r.code).toBe(EXIT.ok);
    const json = JSON.parse(r.out);
    expect(json.channels.map((c: { label: string }) => c.label)).toEqual(['EMG L3']);
    expect(json.channels[0].bursts).toHaveLength(4);
    expect(json.skipped).toEqual([{ label: 'Temp', fs: 1, reason: 'rate_too_low' }]);
    expect(json.warnings.map((w: any) => w.code)).toEqual(['emg.channel_rate_too_low']);

    const slow = join(dir, 'slow.csv');
    writeFileSync(
      slow,
      'a\n' + Array.from({ length: 500 }, (_, i) => String(Math.sin(i))).join('\n'),
    );
    const refused = await cli()('emg', 'analyze', slow, '--fs', '100');
    expect(refused.code).toBe(EXIT.badInput);
    expect(refused.err).toMatch(/no channel is sampled at 200 Hz or more \(100 Hz\)/);
  });

  test('a time window that is not one is refused, naming the option', async () => {
    const file = join(dir, 'window.edf');
    await synth(file, '--duration', '20');
    for (const [args, message] of [
      [['--from', '10', '--to', '5'], /--to: must come after fromS/],
      [['--from', '100'], /--from: 100 s is past the end of the recording \(20 s\)/],
      [['--from', '-5'], /--from: must be at least 0 \(got -5\)/],
      [
        ['--plot', join(dir, 'w.svg'), '--plot-from', '5', '--plot-to', '2'],
        /--plot-to: must come after plot.fromS/,
      ],
    ] as const) {
      const r = await cli()('emg', 'analyze', file, ...args);
      expect(r.code).toBe(EXIT.badInput);
      expect(r.err).toMatch(message);
    }
  });

  test('synth refuses an output it cannot write as a recording', async () => {
    const r = await synth(join(dir, 'x.wav'));
    expect(r.code).toBe(EXIT.badInput);
    expect(r.err).toMatch(/must end in \.edf, \.bdf or \.csv/);
  });

  test('BDF+ rest and task annotations drive the spasm classification: bursts only in tasks give no spasm at rest', async () => {
    const file = join(dir, 'tasks.bdf');
    const w = await synth(
      file,
      '--duration',
      '300',
      '--channels',
      '1',
      '--tasks',
      '6',
      '--bursts',
      '15',
      '--snr',
      '15',
      '--seed',
      '8',
    );
    expect(w.code).toBe(EXIT.ok);
    const truth = JSON.parse(readFileSync(`${file}.truth.json`, 'utf8'));
    expect(truth.phases.filter((p: any) => p.phase === 'task')).toHaveLength(6);
    const r = await cli()('emg', 'analyze', file, '--json');
    expect(r.code).toBe(EXIT.ok);
    const doc = EmgAnalysisView.parse(JSON.parse(r.out));
    expect(doc.format).toBe('bdf+c');
    expect(doc.rest.source).toBe('annotations');
    expect(doc.rest.known).toBe(true);
    expect(doc.phases.filter((p) => p.phase === 'task')).toHaveLength(6);
    expect(doc.phases.some((p) => p.phase === 'rest')).toBe(true);
    const ch = doc.channels[0];
    expect(ch?.bursts.length).toBeGreaterThanOrEqual(12);
    expect(ch?.features.spasmsAtRest).toBe(0);
    expect(ch?.features.spasmCandidates).toBe(0);
    expect(ch?.features.episodesInTasks).toBeGreaterThanOrEqual(8);
    const text = await cli()('emg', 'analyze', file);
    expect(text.out).toMatch(/spasm episodes at rest: 0/);
    expect(text.out).toMatch(/episodes during tasks, left out as voluntary: \d+/);
  });

  test('without rest information the JSON and the report say so plainly, and spasms are only candidates; --at-rest makes them spasms at rest', async () => {
    const file = join(dir, 'spasms.edf');
    await synth(
      file,
      '--duration',
      '120',
      '--channels',
      '1',
      '--bursts',
      '0',
      '--spasms',
      '6',
      '--spasm-snr',
      '15',
    );
    const doc = EmgAnalysisView.parse(
      JSON.parse((await cli()('emg', 'analyze', file, '--json')).out),
    );
    expect(doc.rest.known).toBe(false);
    expect(doc.rest.source).toBe('none');
    expect(doc.rest.text).toMatch(/No rest phases were given/);
    const spasms = doc.channels[0]?.spasms ?? [];
    expect(spasms.length).toBeGreaterThanOrEqual(4);
    expect(spasms.every((e) => e.status === 'candidate')).toBe(true);
    const text = await cli()('emg', 'analyze', file);
    expect(text.out).toMatch(/rest: No rest phases were given/);
    expect(text.out).toMatch(/spasm candidates \(rest not known\): \d/);
    expect(text.out).toMatch(/spasm episodes at rest: 0/);
    const atRest = EmgAnalysisView.parse(
      JSON.parse((await cli()('emg', 'analyze', file, '--json', '--at-rest')).out),
    );
    expect(atRest.rest.source).toBe('at_rest_option');
    expect(atRest.channels[0]?.spasms.length).toBe(spasms.length);
    expect(atRest.channels[0]?.spasms.every((e) => e.status === 'at_rest')).toBe(true);
  });

  test('a phases file gives the rest and task phases', async () => {
    const file = join(dir, 'spasms.edf');
    const phases = join(dir, 'phases.json');
    writeFileSync(
      phases,
      JSON.stringify([
        { phase: 'rest', onsetS: 0, offsetS: 60 },
        { phase: 'task', onsetS: 60, offsetS: 120, label: 'walking' },
      ]),
    );
    const doc = EmgAnalysisView.parse(
      JSON.parse((await cli()('emg', 'analyze', file, '--json', '--phases', phases)).out),
    );
    expect(doc.rest.source).toBe('phases_file');
    const ch = doc.channels[0];
    for (const e of ch?.spasms ?? []) {
      expect(e.offsetS).toBeLessThanOrEqual(60);
      expect(e.status).toBe('at_rest');
    }
    expect((ch?.spasms.length ?? 0) + (ch?.features.episodesInTasks ?? 0)).toBeGreaterThanOrEqual(
      4,
    );
    expect(ch?.features.episodesInTasks).toBeGreaterThanOrEqual(1);
  });

  test('the Bonato option carries its caveat in the JSON and the report', async () => {
    const file = join(dir, 'bursts.edf');
    const doc = EmgAnalysisView.parse(
      JSON.parse((await cli()('emg', 'analyze', file, '--json', '--onset', 'bonato')).out),
    );
    expect(doc.onset.method).toBe('bonato');
    expect(doc.onset.caveat).toMatch(/10 dB SNR or more/);
    expect((await cli()('emg', 'analyze', file, '--onset', 'bonato')).out).toMatch(
      /caution: The Bonato double threshold holds only at 10 dB SNR or more/,
    );
    const hodges = EmgAnalysisView.parse(
      JSON.parse((await cli()('emg', 'analyze', file, '--json')).out),
    );
    expect(hodges.onset.caveat).toBeNull();
  });
});

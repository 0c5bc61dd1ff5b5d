import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { memoryCli } from '../../src/adapters/cli/memory-io.js';
import { emgHost } from '../../src/adapters/emg/index.js';
import { encodeCsv, synthesize, type WriteSpec } from '../../src/domain/emg/index.js';
import { edfBytes, edfSpec, emgSignal, writeEdf } from '../fixtures/emg-recordings.js';
import { MEMORY_LIMIT_MB, TIME_LIMIT_S, tonus, type HostileRun } from './harness.js';

/**
 * Careless and hostile EMG input, each try through the real CLI under the harness's time and memory
 * bounds: it must end with exit code 2 and a message naming the option, or the field with its byte
 * offset or line; nothing may hang, grow with the input, print a stack trace or a raw control character.
 */
let dir = '';
const path = (name: string): string => join(dir, name);

// eslint-disable-next-line no-control-regex -- raw control characters must never reach the terminal
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

function bounded(r: HostileRun): void {
  expect(r.seconds).toBeLessThan(TIME_LIMIT_S);
  expect(r.peakMb).toBeLessThan(MEMORY_LIMIT_MB);
  expect(r.err).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  expect(r.err).not.toMatch(RAW_CONTROL);
  expect(r.out).not.toMatch(RAW_CONTROL);
}

function refused(r: HostileRun, message: RegExp): void {
  bounded(r);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(message);
  expect(r.out).toBe('');
}

/**
 * Runs `tonus emg …` in this process over the real files, counting the bytes it reads: a refusal "before
 * the work" reads the header and nothing of the signal, however fast or loaded the machine is.
 */
async function bytesReadBy(args: string[]): Promise<{ code: number; err: string; read: number }> {
  let read = 0;
  const counting = {
    ...emgHost,
    openBytes: async (p: string) => {
      const opened = await emgHost.openBytes(p);
      if (!opened.ok) {
        return opened;
      }
      const bytes = opened.value;
      return {
        ...opened,
        value: {
          size: bytes.size,
          read: async (position: number, length: number) => {
            const got = await bytes.read(position, length);
            read += got.length;
            return got;
          },
          close: () => bytes.close(),
        },
      };
    },
  };
  const r = await memoryCli({}, counting).run(...args);
  return { code: r.code, err: r.err, read };
}

/**
 * Less than the header of an EDF of `channels` 2 kHz signals (256 bytes and 256 per signal) and one
 * second's data record (2 bytes a sample): what a reader may look at before the first sample is analysed.
 */
const beforeTheSignal = (channels: number): number => 256 * (channels + 1) + 2 * 2000 * channels;

const fs = 1000;
const ten =
  synthesize({
    seed: 41,
    fs,
    durationS: 10,
    channels: 1,
    bursts: { count: 3, snrDb: 15, durationS: [0.3, 1], minGapS: 0.5 },
  }).signals[0] ?? new Float64Array(0);

/** An EDF with one EMG signal of ten synthetic seconds, with the signal and spec fields given. */
function edf(
  name: string,
  signal: Partial<WriteSpec['signals'][number]> = {},
  spec: Partial<WriteSpec> = {},
  recordIndex: (r: number) => number = (r) => r,
): string {
  const s = edfSpec([{ ...emgSignal('EMG L3', fs), ...signal }], 10, spec);
  const p = path(name);
  writeFileSync(p, edfBytes(s, [ten], [], recordIndex));
  return p;
}

/** The file's bytes with `text` written at `at` (a header field edited by hand). */
function edit(file: string, at: number, text: string): string {
  const b = readFileSync(file);
  b.write(text, at, 'latin1');
  const p = `${file}.edited.edf`;
  writeFileSync(p, b);
  return p;
}

const csv = (name: string, text: string): string => {
  writeFileSync(path(name), text);
  return path(name);
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tonus-emg-hostile-'));
});

describe('what is not a recording file, or never ends, is refused at once', () => {
  test('tonus emg analyze /dev/zero', () => {
    refused(
      tonus('emg /dev/zero', ['emg', 'analyze', '/dev/zero']),
      /\/dev\/zero: is a character device, not a regular file/,
    );
  });

  test('a FIFO named *.edf is refused instead of blocking forever', () => {
    const fifo = path('pipe.edf');
    execFileSync('mkfifo', [fifo]);
    refused(
      tonus('emg fifo', ['emg', 'analyze', fifo]),
      /pipe\.edf: is a FIFO \(named pipe\), not a regular file/,
    );
  });

  test('a folder', () => {
    refused(tonus('emg folder', ['emg', 'analyze', dir]), /is a folder, not a regular file/);
  });

  test('a phases file that is /dev/zero', () => {
    refused(
      tonus('emg --phases /dev/zero', ['emg', 'analyze', edf('p.edf'), '--phases', '/dev/zero']),
      /--phases: \/dev\/zero: is a character device, not a regular file/,
    );
  });

  test('100 MB of CSV without a line break is refused once a line passes 1 MiB, not read whole', () => {
    const p = path('oneline.csv');
    writeFileSync(p, `emg\n${'1'.repeat(100 * 1024 * 1024)}`);
    const r = tonus('emg 100 MB line', ['emg', 'analyze', p, '--fs', '1000']);
    refused(r, /line 2: longer than 1048576 characters without a line break/);
    expect(r.peakMb).toBeLessThan(250);
  });

  test('a CSV of 5,000 channels is refused', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',');
    refused(
      tonus('emg 5000 channels', ['emg', 'analyze', csv('wide.csv', `${names}\n`), '--fs', '1000']),
      /line 1: 5000 channels: between 1 and 4096 are read/,
    );
  });
});

describe('work that grows with the recording is bounded, or refused naming the mode to use', () => {
  test('--mode offline over two hours is refused before the work, naming --mode streaming', async () => {
    const long = path('two-hours.edf');
    writeEdf(long, 2, 7200);
    const r = tonus('emg offline 2 h', ['emg', 'analyze', long, '--mode', 'offline']);
    refused(
      r,
      /--mode: offline mode holds the whole recording in memory and takes at most 1200 s of it \(2 channels\); this is 7200 s\. Use --mode streaming/,
    );
    // before the work: the header is read, not the two hours (57.6 MB) of signal
    const counted = await bytesReadBy(['emg', 'analyze', long, '--mode', 'offline']);
    expect(counted.code).toBe(2);
    expect(counted.err).toMatch(/--mode: offline mode/);
    expect(counted.read).toBeLessThan(beforeTheSignal(2));
  });

  test('--plot over a whole hour is reduced to the plot’s columns as it streams: bounded memory', () => {
    const long = path('hour.edf');
    writeEdf(long, 2, 3600);
    const svg = path('hour.svg');
    const r = tonus('emg plot 1 h', [
      'emg',
      'analyze',
      long,
      '--plot',
      svg,
      '--plot-from',
      '0',
      '--plot-to',
      '3600',
    ]);
    bounded(r);
    expect(r.code).toBe(0);
    expect(r.peakMb).toBeLessThan(250);
    // 1110 columns of signal and envelope per channel, not 7.2 million samples
    expect(readFileSync(svg, 'utf8').length).toBeLessThan(1_000_000);
  });
});

describe('options are checked before the work, each refusal naming the option', () => {
  test.each([
    [['--from', 'abc'], /option '--from <s>' argument 'abc' is invalid\. "abc" is not a number/],
    [
      ['--to', '1e309'],
      /option '--to <s>' argument '1e309' is invalid\. 1e309 is beyond the largest number/,
    ],
    [['--fs', '1e300'], /--fs: must be at most 200000 \(got 1e\+300\)/],
    [['--from', '-3'], /--from: must be at least 0 \(got -3\)/],
    [['--from', '5', '--to', '2'], /--to: must come after fromS/],
    [
      ['--plot-from', '4', '--plot-to', '1', '--plot', 'x.svg'],
      /--plot-to: must come after plot\.fromS/,
    ],
  ])('analyze %j exits 2', (args, message) => {
    refused(
      tonus(`emg analyze ${args.join(' ')}`, ['emg', 'analyze', edf('o.edf'), ...args]),
      message,
    );
  });

  test.each([
    [
      ['--duration', 'abc'],
      /option '--duration <s>' argument 'abc' is invalid\. "abc" is not a number/,
    ],
    [['--fs', '1e300'], /--fs: must be at most 20000 \(got 1e\+300\)/],
    [['--duration', '1e300'], /--duration: must be at most 604800 \(got 1e\+300\)/],
    [['--channels', '1e9'], /--channels: must be at most 64 \(got 1000000000\)/],
  ])('synth %j exits 2', (args, message) => {
    refused(
      tonus(`emg synth ${args.join(' ')}`, ['emg', 'synth', '--out', path('s.edf'), ...args]),
      message,
    );
  });

  test('an unwritable --plot is refused before hours of work, and nothing is written', async () => {
    const long = path('hour-for-plot.edf');
    writeEdf(long, 2, 3600);
    const r = tonus('emg unwritable --plot', [
      'emg',
      'analyze',
      long,
      '--plot',
      '/nonexistent/dir/p.svg',
    ]);
    refused(
      r,
      /--plot: \/nonexistent\/dir\/p\.svg: cannot be written \(its folder does not exist\); nothing was done/,
    );
    const counted = await bytesReadBy(['emg', 'analyze', long, '--plot', '/nonexistent/dir/p.svg']);
    expect(counted.code).toBe(2);
    expect(counted.err).toMatch(/--plot: .*cannot be written/);
    expect(counted.read).toBeLessThan(beforeTheSignal(2));
  });

  test('an unwritable --truth is refused before the recording is written', () => {
    const out = path('never.edf');
    const r = tonus('emg unwritable --truth', [
      'emg',
      'synth',
      '--out',
      out,
      '--truth',
      '/nonexistent/dir/t.json',
    ]);
    refused(
      r,
      /--truth: \/nonexistent\/dir\/t\.json: cannot be written \(its folder does not exist\)/,
    );
    expect(existsSync(out)).toBe(false);
  });

  test('an unwritable --out is refused', () => {
    const notAFolder = edf('plain.edf');
    refused(
      tonus('emg unwritable --out', ['emg', 'synth', '--out', `${notAFolder}/x.edf`]),
      /--out: .*plain\.edf\/x\.edf: cannot be written \(its folder is not a folder\)/,
    );
  });
});

describe('values that silently changed the answer are refused or warned of, naming the field', () => {
  test('a physical range of ±1e300 is no EMG’s: refused, not reported as "Infinity µV"', () => {
    // our writer refuses such a range, so the header is edited by hand: physical minimum and maximum
    const p = edit(edit(edf('huge-range.edf'), 256 + 104, '-1e300  '), 256 + 112, '1e300   ');
    const r = tonus('emg range 1e300', ['emg', 'analyze', p]);
    refused(
      r,
      /signal 1 \(EMG L3\) physical maximum \(byte 368\): a physical range of -1e\+300…1e\+300 uV reaches beyond ±10000000 µV, which no EMG measures/,
    );
    expect(r.err).not.toMatch(/Infinity/);
  });

  test('one 1e308 sample in a CSV is refused, naming the line and the channel', () => {
    const text = `time_s,EMG 1\n${Array.from({ length: 3000 }, (_, i) => `${(i / 1000).toFixed(3)},${i === 1500 ? '1e308' : (ten[i] ?? 0).toFixed(2)}`).join('\n')}\n`;
    refused(
      tonus('emg 1e308 sample', ['emg', 'analyze', csv('spike.csv', text)]),
      /line 1502, EMG 1: 1e308 µV is beyond ±10000000 µV/,
    );
  });

  test('a CSV without a header row is refused, not analysed with a time column as EMG', () => {
    const text = encodeCsv(['EMG 1'], fs, [ten], 0, false);
    refused(
      tonus('emg csv no header', ['emg', 'analyze', csv('noheader.csv', text)]),
      /line 1: the first row holds numbers, not channel names/,
    );
  });

  test('--fs that disagrees with a CSV time column is refused, not silently used', () => {
    const text = encodeCsv(['EMG 1'], fs, [ten], 0, true);
    refused(
      tonus('emg --fs vs time', ['emg', 'analyze', csv('timed.csv', text), '--fs', '4000']),
      /time column: the time column gives 1000 Hz, --fs says 4000 Hz/,
    );
  });

  test('an EDF+C file with broken time-keeping is refused, naming the record and its byte', () => {
    const p = edf('broken-time.edf', {}, { plus: true, annotationBytes: 60 }, (r) =>
      r === 3 ? 7 : r,
    );
    refused(
      tonus('emg broken timekeeping', ['emg', 'analyze', p]),
      /time-keeping annotation of record 4 \(byte \d+\): says the record starts at 7 s; in a continuous \(EDF\+C\) file it must start at 3 s/,
    );
  });

  test('EDF+D records that go back in time are refused', () => {
    const p = edf('backwards.edf', {}, { plus: true, annotationBytes: 60 }, (r) =>
      r === 5 ? 2 : r,
    );
    const d = readFileSync(p);
    d.write('EDF+D', 192, 'latin1');
    writeFileSync(p, d);
    refused(
      tonus('emg edf+d backwards', ['emg', 'analyze', p]),
      /time-keeping annotation of record 6 \(byte \d+\): says the record starts at 2 s, before the previous record \(4 s/,
    );
  });
});

describe('messages that misled now say what is wrong', () => {
  test('a record duration of 1e-6 s is a sampling rate no EMG has, not a read error', () => {
    refused(
      tonus('emg 1e-6 s records', ['emg', 'analyze', edit(edf('micro.edf'), 244, '0.000001')]),
      /duration of a data record \(byte 244\): 1000000000 Hz \(1000 samples in 0\.000001 s for EMG L3\) is above 200000 Hz/,
    );
  });

  test('an EDF with no data records says so, and does not blame --from', () => {
    const p = edf('empty.edf', {}, { numRecords: 0 });
    const r = tonus('emg no records', ['emg', 'analyze', p]);
    refused(r, /number of data records \(byte 236\): the file holds no complete data record/);
    expect(r.err).not.toMatch(/--from/);
  });

  test('a CSV of a header row only says it has no rows, not that it has no time column', () => {
    refused(
      tonus('emg header only', ['emg', 'analyze', csv('header-only.csv', 'time_s,EMG 1\n')]),
      /line \d: the file has a header row but no rows of samples/,
    );
  });

  test('1e309 in a phases file reads as Infinity, not null', () => {
    const phases = csv('phases.json', '[{"phase":"rest","onsetS":0,"offsetS":1e309}]');
    refused(
      tonus('emg phases 1e309', ['emg', 'analyze', edf('ph.edf'), '--phases', phases]),
      /phases\[0\]\.offsetS: .*Infinity/,
    );
  });

  test('ANSI escapes and NUL bytes in an EDF label are printed escaped in an error', () => {
    const p = edf('ansi.edf', { label: '\u001b[31mRED\u0000' });
    const r = tonus('emg ansi label error', ['emg', 'analyze', edit(p, 256 + 104, 'abc     ')]);
    refused(
      r,
      /signal 1 \(\\u001b\[31mRED\\u0000\) physical minimum \(byte 360\): "abc" is not a number/,
    );
  });

  test('… and in the report, the JSON and the plot of a good file', () => {
    const p = edf('ansi-good.edf', { label: '\u001b[2J\u0000EMG' });
    const text = tonus('emg ansi label report', ['emg', 'analyze', p]);
    bounded(text);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/\\u001b\[2J\\u0000EMG \(1000 Hz\)/);
    const json = tonus('emg ansi label json', ['emg', 'analyze', p, '--json']);
    bounded(json);
    expect(JSON.parse(json.out).channels[0].label).toBe('\u001b[2J\u0000EMG');
    const svg = path('ansi.svg');
    const plot = tonus('emg ansi label plot', ['emg', 'analyze', p, '--plot', svg]);
    bounded(plot);
    expect(readFileSync(svg, 'utf8')).not.toMatch(RAW_CONTROL);
  });
});

/**
 * @module `npm run bench:emg`: builds an 8-channel, 2 kHz, 1-hour EDF (once; cached in bench/emg/.data),
 * then in the same run times our pipeline and the same steps in numpy/scipy (bench/emg/peer.py, the
 * machine's python3), each in its own process, and prints ns per sample, the ratio and peak RSS.
 * `--soak` also builds a 24-hour, 16-channel EDF (5.5 GB) and streams it from disk to show that memory
 * does not grow with duration. Single-threaded on both sides.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { writeSynthetic } from '../../src/app/emg/index.js';
import { createFileSink } from '../../src/adapters/emg/index.js';

const DATA = 'bench/emg/.data';

async function build(file: string, channels: number, durationS: number): Promise<void> {
  if (existsSync(file)) {
    return;
  }
  mkdirSync(DATA, { recursive: true });
  const t0 = Date.now();
  const spec = {
    seed: 2026,
    fs: 2000,
    durationS,
    channels,
    bursts: {
      count: Math.round(durationS / 10),
      snrDb: 10,
      durationS: [0.3, 2] as [number, number],
      minGapS: 1,
    },
    mains: { hz: 50 as const, amplitudeUv: 10 },
  };
  let shown = -1;
  await writeSynthetic(spec, 'edf', await createFileSink(file), (f) => {
    const pct = Math.floor(f * 100);
    if (pct !== shown) {
      shown = pct;
      process.stderr.write(`\rbuilding ${file}: ${pct} %`);
    }
  });
  process.stderr.write(
    `\rbuilt ${file} (${(statSync(file).size / 2 ** 20).toFixed(0)} MiB) in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`,
  );
}

function run(cmd: string, args: string[]): Record<string, unknown> {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  }
  const last = r.stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as Record<string, unknown>;
}

const tsx = ['--import', 'tsx', 'bench/emg/run-ours.ts'];
const ours = (mode: string, file: string): Record<string, unknown> =>
  run(process.execPath, [...tsx, mode, file]);
const fmt = (x: unknown, d = 1): string => (typeof x === 'number' ? x.toFixed(d) : String(x));

// the file name carries the writer's version: files written before the header-number fix are not reused
const hour = `${DATA}/8ch-2khz-1h.v2.edf`;
await build(hour, 8, 3600);
console.log(
  `EMG benchmark: ${cpus()[0]?.model ?? 'CPU'}, node ${process.version}, one thread each; 8 channels × 2 kHz × 1 h = 57.6 M samples, EDF streamed from disk (same steps in the peer's 10 s blocks, the full pipeline in tonus emg analyze's 2 s blocks)`,
);
const same = ours('same', hour);
const peer = run('python3', ['bench/emg/peer.py', hour]);
const full = ours('full', hour);
const ratio = (same.nsPerSample as number) / (peer.nsPerSample as number);
console.log('');
console.log(
  'same steps (read, 50 Hz notch, band-pass 20–450, rectify, 6 Hz envelope, all zero-phase streamed; 100 ms RMS; onsets; Welch MNF/MDF per 1 s epoch):',
);
console.log(
  `  ours (TypeScript)   ${fmt(same.nsPerSample)} ns/sample  ${fmt(same.seconds, 2)} s  peak RSS ${fmt(same.peakRssMb, 0)} MB  bursts ${JSON.stringify(same.bursts)}`,
);
console.log(
  `  numpy/scipy         ${fmt(peer.nsPerSample)} ns/sample  ${fmt(peer.seconds, 2)} s  peak RSS ${fmt(peer.peakRssMb, 0)} MB  bursts ${JSON.stringify(peer.bursts)}  (numpy ${String(peer.numpy)}, scipy ${String(peer.scipy)})`,
);
console.log(`  ratio ours/scipy    ${ratio.toFixed(2)} on the same steps (target ≤ 1.0)`);
console.log('');
console.log(
  `full tonus pipeline (adds ECG gating, spasm episodes, onset refinement, epoch gating, amplitude; no scipy counterpart): ${fmt(full.nsPerSample)} ns/sample, ${fmt(full.seconds, 2)} s, peak RSS ${fmt(full.peakRssMb, 0)} MB`,
);
if (process.argv.includes('--soak')) {
  const day = `${DATA}/16ch-2khz-24h.v2.edf`;
  await build(day, 16, 86400);
  const hour16 = `${DATA}/16ch-2khz-1h.v2.edf`;
  await build(hour16, 16, 3600);
  const h = ours('full', hour16);
  const d = ours('full', day);
  console.log('');
  console.log('memory against duration, 16 channels, full pipeline streamed from disk:');
  console.log(
    `  1 h  (0.23 GB): peak RSS ${fmt(h.peakRssMb, 0)} MB, ${fmt(h.nsPerSample)} ns/sample`,
  );
  console.log(
    `  24 h (5.5 GB):  peak RSS ${fmt(d.peakRssMb, 0)} MB, ${fmt(d.nsPerSample)} ns/sample, RSS every 10 % of the file: ${JSON.stringify(d.rssTraceMb)} MB`,
  );
}

/**
 * @module One measured run of our EMG code on a file, in its own process so its peak RSS is its own.
 * `same`: exactly the steps of bench/emg/peer.py (the fair comparison). `full`: the whole `tonus emg
 * analyze` pipeline (ECG gating, spasm episodes, onset refinement, epoch gating). Prints one JSON line.
 */
import {
  AnalyzeRequest,
  analyzeRecording,
  openEdfSource,
  type RecordingSource,
} from '../../src/app/emg/index.js';
import { openFileBytes } from '../../src/adapters/emg/index.js';
import {
  BurstDetector,
  butter,
  epochSpectrum,
  estimateBaseline,
  fatigueSlope,
  iirnotch,
  spectrumWork,
  ZeroPhaseStream,
  type SpectrumWork,
} from '../../src/domain/emg/index.js';

interface SameChannel {
  push(x: Float64Array): void;
  finish(): { bursts: number; meanMnf: number; mdfSlope: number | null; rmsSum: number };
}

/** The peer's steps, one to one, on our building blocks. */
class SameSteps implements SameChannel {
  private readonly fs: number;
  private readonly notch: ZeroPhaseStream;
  private readonly band: ZeroPhaseStream;
  private readonly env: ZeroPhaseStream;
  private readonly w: number;
  private readonly ring: Float64Array;
  private ringAt = 0;
  private runSq = 0;
  private rmsSum = 0;
  private readonly epoch: Float64Array;
  private readonly spectra: SpectrumWork;
  private fill = 0;
  private epochs = 0;
  private readonly mnf: number[] = [];
  private readonly mdfPts: { t: number; y: number }[] = [];
  private calibration: Float64Array[] | null = [];
  private calibrated = 0;
  private detector: BurstDetector | null = null;
  private bursts = 0;

  constructor(fs: number) {
    this.fs = fs;
    this.notch = new ZeroPhaseStream(iirnotch(50, 30, fs), Math.round(4 * fs));
    this.band = new ZeroPhaseStream(
      butter({ order: 2, cutoffHz: [20, 450], type: 'bandpass', fs }),
      Math.round(0.5 * fs),
    );
    this.env = new ZeroPhaseStream(
      butter({ order: 2, cutoffHz: 6, type: 'lowpass', fs }),
      Math.round(1.5 * fs),
    );
    this.w = Math.round(0.1 * fs);
    this.ring = new Float64Array(this.w);
    this.epoch = new Float64Array(Math.round(fs));
    this.spectra = spectrumWork(512, fs);
  }

  push(x: Float64Array): void {
    this.bandOut(this.band.push(this.notch.push(x)));
  }

  finish(): { bursts: number; meanMnf: number; mdfSlope: number | null; rmsSum: number } {
    this.bandOut(this.band.push(this.notch.finish()));
    this.bandOut(this.band.finish());
    this.envOut(this.env.finish(), true);
    this.bursts += this.detector?.finish().length ?? 0;
    return {
      bursts: this.bursts,
      meanMnf: this.mnf.reduce((s, v) => s + v, 0) / this.mnf.length,
      mdfSlope: fatigueSlope(this.mdfPts)?.hzPerS ?? null,
      rmsSum: this.rmsSum,
    };
  }

  private bandOut(x: Float64Array): void {
    const { ring, w, epoch } = this;
    let { ringAt, runSq, rmsSum, fill } = this;
    for (let i = 0; i < x.length; i++) {
      const v = x[i] ?? 0;
      const sq = v * v;
      runSq += sq - (ring[ringAt] ?? 0);
      ring[ringAt] = sq;
      ringAt = ringAt + 1 === w ? 0 : ringAt + 1;
      rmsSum += Math.sqrt(runSq > 0 ? runSq / w : 0);
      epoch[fill++] = v;
      if (fill === epoch.length) {
        const s = epochSpectrum(epoch, this.fs, this.epochs + 0.5, 512, [20, 450], this.spectra);
        this.mnf.push(s.mnfHz);
        this.mdfPts.push({ t: this.epochs + 0.5, y: s.mdfHz });
        this.epochs += 1;
        fill = 0;
      }
      x[i] = v < 0 ? -v : v;
    }
    this.ringAt = ringAt;
    this.runSq = runSq;
    this.rmsSum = rmsSum;
    this.fill = fill;
    this.envOut(this.env.push(x), false);
  }

  private envOut(e: Float64Array, final: boolean): void {
    if (this.detector !== null) {
      this.bursts += this.detector.push(e).length;
      return;
    }
    // a copy: the stream's output is a view that its next push reuses
    this.calibration?.push(e.slice());
    this.calibrated += e.length;
    if (this.calibrated < 60 * this.fs && !final) {
      return;
    }
    const all = new Float64Array(this.calibrated);
    let at = 0;
    for (const c of this.calibration ?? []) {
      all.set(c, at);
      at += c.length;
    }
    this.calibration = null;
    const b = estimateBaseline(all.subarray(0, Math.round(60 * this.fs)), this.fs, 1, 0.5);
    this.detector = new BurstDetector(
      {
        fs: this.fs,
        thresholdSd: 3,
        minOnS: 0.05,
        minOffS: 0.05,
        mergeGapS: 0.1,
        minBurstS: 0.05,
        refine: 'threshold',
      },
      b,
    );
    this.bursts += this.detector.push(all).length;
  }
}

const sameSteps = (fs: number): SameChannel => new SameSteps(fs);

async function open(file: string, blockS?: number): Promise<RecordingSource> {
  const bytes = await openFileBytes(file);
  if (!bytes.ok) {
    throw new Error(JSON.stringify(bytes.issues));
  }
  const o = await openEdfSource(bytes.value, blockS === undefined ? {} : { blockS });
  if (!o.ok) {
    throw new Error(JSON.stringify(o.issues));
  }
  return o.value;
}

const [mode, file] = process.argv.slice(2);
if (file === undefined || (mode !== 'same' && mode !== 'full')) {
  throw new Error('usage: run-ours.ts same|full FILE');
}
// the peer reads 10 s chunks, so the same steps do too; the full pipeline reads as `tonus emg analyze` does
const source = await open(file, mode === 'same' ? 10 : undefined);
const samples = (source.info.durationS ?? 0) * source.info.rates.reduce((s, r) => s + r, 0);
const rssTrace: number[] = [];
let lastTrace = 0;
const t0 = process.hrtime.bigint();
let summary: unknown;
if (mode === 'same') {
  const channels = source.info.rates.map((fs) => sameSteps(fs));
  for (;;) {
    const b = await source.next();
    if (!b.ok) {
      throw new Error(JSON.stringify(b.issues));
    }
    if (b.value === null) {
      break;
    }
    b.value.channels.forEach((x, i) => channels[i]?.push(x));
  }
  const done = channels.map((c) => c.finish());
  summary = {
    bursts: done.map((d) => d.bursts),
    meanMnfHz: done.map((d) => d.meanMnf),
    mdfSlopeHzPerS: done.map((d) => d.mdfSlope),
  };
} else {
  const total = source.info.durationS ?? 1;
  const r = await analyzeRecording(source, AnalyzeRequest.parse({}), (doneS) => {
    if (doneS - lastTrace >= total / 10) {
      lastTrace = doneS;
      rssTrace.push(Math.round(process.memoryUsage().rss / 2 ** 20));
    }
  });
  if (!r.ok) {
    throw new Error(JSON.stringify(r.issues));
  }
  summary = {
    bursts: r.value.channels.map((c) => c.bursts.length),
    spasms: r.value.channels.map((c) => c.spasms.length),
    meanMnfHz: r.value.channels.map((c) => c.spectral.meanMnfHz),
  };
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
await source.close();
console.log(
  JSON.stringify({
    mode,
    seconds,
    samples,
    nsPerSample: (seconds / samples) * 1e9,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    rssTraceMb: rssTrace,
    ...(summary as object),
  }),
);

/** @module Filter stages with one interface, so the pipeline runs offline, streaming or causal with the same code. */
import { EMG_DEFAULTS } from './defaults.js';
import {
  butter,
  CausalStream,
  evenExtension,
  oddExtension,
  padLength,
  sosfiltfilt,
  ZeroPhaseStream,
  type EdgePadding,
  type Sos,
} from './dsp/index.js';
import { rectifyInPlace } from './envelope.js';

export interface Stage {
  /**
   * Takes samples, returns the outputs now ready; over a whole stream, as many outputs as inputs. The
   * output may be a view of the stage's own buffer, valid until its next call: copy it to keep it.
   */
  push(x: Float64Array): Float64Array;
  finish(): Float64Array;
}

export type FilterMode = 'offline' | 'streaming' | 'causal';

/** Offline zero-phase: keeps the whole signal and filters it at the end (scipy's sosfiltfilt). */
class OfflineZeroPhase implements Stage {
  private readonly parts: Float64Array[] = [];
  private readonly sos: Sos;
  private readonly padlen: number;
  private readonly padding: EdgePadding;

  constructor(sos: Sos, padlen: number, padding: EdgePadding) {
    this.sos = sos;
    this.padlen = padlen;
    this.padding = padding;
  }

  push(x: Float64Array): Float64Array {
    this.parts.push(Float64Array.from(x));
    return new Float64Array(0);
  }

  finish(): Float64Array {
    const n = this.parts.reduce((s, p) => s + p.length, 0);
    const all = new Float64Array(n);
    let at = 0;
    for (const p of this.parts) {
      all.set(p, at);
      at += p.length;
    }
    this.parts.length = 0;
    if (all.length <= padLength(this.sos)) {
      return new Float64Array(all.length).fill(NaN);
    }
    return sosfiltfilt(this.sos, all, Math.min(this.padlen, all.length - 1), this.padding);
  }
}

/**
 * A filter in the chosen mode; `padlen` and `padding` are how the zero-phase modes pad the ends
 * (scipy's odd extension of its default length when absent).
 */
export function filterStage(
  sos: Sos,
  mode: FilterMode,
  lookaheadSamples: number,
  padlen: number = padLength(sos),
  padding: EdgePadding = oddExtension,
): Stage {
  switch (mode) {
    case 'offline':
      return new OfflineZeroPhase(sos, padlen, padding);
    case 'streaming':
      return new ZeroPhaseStream(sos, lookaheadSamples, padlen, padding);
    case 'causal':
      return new CausalStream(sos);
  }
}

/** Full-wave rectification into the stage's own buffer (its input may be another stage's). */
export function rectifyStage(): Stage {
  let buf = new Float64Array(0);
  return {
    push: (x) => {
      if (buf.length < x.length) {
        buf = new Float64Array(x.length);
      }
      const y = buf.subarray(0, x.length);
      y.set(x);
      return rectifyInPlace(y);
    },
    finish: () => new Float64Array(0),
  };
}

/** Stages in series; finishing flushes each stage's tail through the ones after it. */
export function chain(stages: readonly Stage[]): Stage {
  const run = (x: Float64Array, from: number): Float64Array => {
    let y = x;
    for (let i = from; i < stages.length; i++) {
      const s = stages[i];
      if (s !== undefined && y.length > 0) {
        y = s.push(y);
      }
    }
    return y;
  };
  return {
    push: (x) => run(x, 0),
    finish: () => {
      const outs: Float64Array[] = [];
      for (let i = 0; i < stages.length; i++) {
        const tail = stages[i]?.finish() ?? new Float64Array(0);
        // a copy: the next stage's finish reuses the buffers this output may live in
        outs.push(run(tail, i + 1).slice());
      }
      return concat(outs);
    },
  };
}

export function concat(parts: readonly Float64Array[]): Float64Array {
  const n = parts.reduce((s, p) => s + p.length, 0);
  const out = new Float64Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Teager–Kaiser energy on a stream: one sample of delay; the edge samples copy their neighbours. */
export function tkeoStage(): Stage {
  let prev2: number | null = null;
  let prev1: number | null = null;
  let last: number | null = null;
  let seen = 0;
  return {
    push: (x) => {
      const out: number[] = [];
      for (const v of x) {
        seen += 1;
        if (prev1 !== null && prev2 !== null) {
          const e = prev1 * prev1 - prev2 * v;
          if (last === null) {
            out.push(e);
          }
          out.push(e);
          last = e;
        }
        prev2 = prev1;
        prev1 = v;
      }
      return Float64Array.from(out);
    },
    finish: () => {
      if (seen === 0) {
        return new Float64Array(0);
      }
      if (last === null) {
        return new Float64Array(seen);
      }
      return Float64Array.of(last);
    },
  };
}

export function lowpass(hz: number, order: number, fs: number): Sos {
  return butter({ order, cutoffHz: hz, type: 'lowpass', fs });
}

/**
 * The low-pass of a rectified signal as an envelope stage: its ends padded with half a second of even
 * extension, so the envelope starts at the level around the first sample, not at twice that sample.
 */
export function envelopeStage(hz: number, order: number, fs: number, mode: FilterMode): Stage {
  return filterStage(
    lowpass(hz, order, fs),
    mode,
    Math.round(EMG_DEFAULTS.lookaheadS.envelope * fs),
    Math.round(EMG_DEFAULTS.envelopePadS * fs),
    evenExtension,
  );
}

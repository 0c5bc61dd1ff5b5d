import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { butter, iirnotch, sosfiltfilt, ZeroPhaseStream } from './index.js';

function noise(n: number, seed: number): Float64Array {
  let s = seed >>> 0;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s / 2 ** 32 - 0.5 + Math.sin(i / 37) * 0.3;
  }
  return out;
}

function streamInBlocks(stream: ZeroPhaseStream, x: Float64Array, blocks: number[]): Float64Array {
  const out: number[] = [];
  let i = 0;
  let b = 0;
  while (i < x.length) {
    const size = Math.max(1, blocks[b++ % blocks.length] ?? 1);
    out.push(...stream.push(x.subarray(i, Math.min(x.length, i + size))));
    i += size;
  }
  out.push(...stream.finish());
  return Float64Array.from(out);
}

function relErr(a: Float64Array, b: Float64Array): number {
  let max = 0;
  let scale = 0;
  for (let i = 0; i < b.length; i++) {
    max = Math.max(max, Math.abs((a[i] ?? NaN) - (b[i] ?? 0)));
    scale = Math.max(scale, Math.abs(b[i] ?? 0));
  }
  return max / scale;
}

describe('streaming zero-phase filter', () => {
  const fs = 2000;
  const bandpass = butter({ order: 2, cutoffHz: [20, 450], type: 'bandpass', fs });
  const envelope = butter({ order: 2, cutoffHz: 6, type: 'lowpass', fs });
  const notch = iirnotch(50, 30, fs);
  const x = noise(30_000, 7);

  test.each([
    ['band-pass 20–450 Hz', bandpass, 0.5],
    ['6 Hz envelope', envelope, 1.5],
    ['50 Hz notch Q 30', notch, 4],
  ] as const)(
    '%s agrees with the offline filter within 1e-9 relative, whatever the block sizes',
    (_name, sos, lookaheadS) => {
      const offline = sosfiltfilt(sos, x);
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 1, max: 7000 }), { minLength: 1, maxLength: 6 }),
          (blocks) => {
            const streamed = streamInBlocks(
              new ZeroPhaseStream(sos, Math.round(lookaheadS * fs)),
              x,
              blocks,
            );
            expect(streamed.length).toBe(x.length);
            expect(relErr(streamed, offline)).toBeLessThan(1e-9);
          },
        ),
        { numRuns: 12 },
      );
    },
  );

  test('a shorter look-ahead is less exact, which is what the look-ahead buys', () => {
    const offline = sosfiltfilt(envelope, x);
    const short = streamInBlocks(new ZeroPhaseStream(envelope, 100), x, [2000]);
    expect(relErr(short, offline)).toBeGreaterThan(1e-6);
  });

  test('memory stays bounded: the stream keeps about one block plus the look-ahead', () => {
    const s = new ZeroPhaseStream(bandpass, 1000);
    let emitted = 0;
    for (let k = 0; k < 200; k++) {
      emitted += s.push(noise(2000, k)).length;
    }
    // everything but the look-ahead has come out
    expect(200 * 2000 - emitted).toBe(1000);
  });

  test('with blocks shorter than the look-ahead it emits a look-ahead at a time, holding at most two and a block', () => {
    const s = new ZeroPhaseStream(bandpass, 1000);
    let pushed = 0;
    let emitted = 0;
    let emissions = 0;
    for (let k = 0; k < 400; k++) {
      const out = s.push(noise(100, k)).length;
      pushed += 100;
      emitted += out;
      emissions += out > 0 ? 1 : 0;
      expect(pushed - emitted).toBeLessThanOrEqual(2 * 1000 + 100);
    }
    // about one emission per look-ahead's worth of input, not one per block
    expect(emissions).toBeLessThanOrEqual(40);
    expect(emissions).toBeGreaterThanOrEqual(35);
  });
});

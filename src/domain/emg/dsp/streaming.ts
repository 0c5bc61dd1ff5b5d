/**
 * @module Zero-phase filtering of an unbounded stream in bounded memory. The forward pass is causal and
 * carries its state; each block's backward pass starts from rest `lookahead` samples beyond the block,
 * so its error is the impulse response's tail at that distance (≈1e-9 after 0.2 s for the default
 * band-pass, 0.8 s for the 6 Hz envelope; emg.md §5.3). The start and the end are padded exactly as
 * scipy's sosfiltfilt pads them, so the stream equals the offline filter everywhere, not only inside.
 *
 * Ownership: what `push` returns is a view of the stream's own buffer, valid until the next call; copy it
 * to keep it. Every block would otherwise allocate its output, and on a 16-channel stream that garbage,
 * not the data, sets the peak memory.
 */
import { sections, type Sos } from './butter.js';
import { oddExtension, padLength, sosfiltfilt, type EdgePadding } from './filtfilt.js';
import { Fifo } from './fifo.js';
import { sosfiltInPlace, sosfiltReverseInPlace, sosfiltZi } from './sosfilt.js';

export class ZeroPhaseStream {
  private readonly zi: Float64Array;
  private readonly edge: number;
  /** Raw input until the left padding can be built. */
  private head: Fifo | null = new Fifo();
  /** The last `edge + 1` raw samples, for the right padding. */
  private readonly tail: Fifo = new Fifo();
  /** Forward-filtered samples not yet emitted. */
  private readonly forward = new Fifo();
  private readonly state: Float64Array;
  /** The look-ahead's backward pass runs here, since the look-ahead must stay forward-filtered. */
  private readonly scratch: Float64Array;
  private readonly back: Float64Array;
  private readonly sos: Sos;
  private readonly lookahead: number;
  private readonly padding: EdgePadding;

  /**
   * @param sos - The filter.
   * @param lookahead - Samples of look-ahead for the backward pass; longer is more exact.
   * @param padlen - Odd-extension padding at each end (scipy's default when absent). A filter with a long
   * impulse response, such as a narrow notch, needs more, or the hum at the start rings in the output.
   * @param padding - How the ends are padded (scipy's odd extension when absent).
   */
  constructor(
    sos: Sos,
    lookahead: number,
    padlen: number = padLength(sos),
    padding: EdgePadding = oddExtension,
  ) {
    this.sos = sos;
    this.lookahead = lookahead;
    this.padding = padding;
    this.zi = sosfiltZi(sos);
    this.edge = padlen;
    this.state = new Float64Array(this.zi.length);
    this.back = new Float64Array(this.zi.length);
    this.scratch = new Float64Array(lookahead);
  }

  /** Adds samples; returns the outputs that are now final (possibly none), valid until the next call. */
  push(x: Float64Array): Float64Array {
    this.rememberTail(x);
    if (this.head !== null) {
      this.head.push(x);
      if (this.head.length <= this.edge) {
        return new Float64Array(0);
      }
      const h = this.head.view();
      this.head = null;
      this.startForward(h);
    } else {
      this.forwardAppend(x);
    }
    return this.emit();
  }

  /** Ends the stream: pads the end as the offline filter does and returns every remaining output. */
  finish(): Float64Array {
    if (this.head !== null) {
      const h = this.head.view();
      this.head = null;
      // shorter than the padding asked for: padded as far as the signal allows, as offline; shorter
      // than scipy's own padding, nothing meaningful can be filtered, as scipy would refuse too
      if (h.length <= padLength(this.sos)) {
        return new Float64Array(h.length).fill(NaN);
      }
      return sosfiltfilt(this.sos, h, Math.min(this.edge, h.length - 1), this.padding);
    }
    const right = this.padding(this.tail.view(), this.edge, 'right');
    sosfiltInPlace(this.sos, right, this.state);
    const fwd = this.forward.view();
    const all = new Float64Array(fwd.length + right.length);
    all.set(fwd, 0);
    all.set(right, fwd.length);
    const y0 = all[all.length - 1] ?? 0;
    const back = this.zi.map((z) => z * y0);
    sosfiltReverseInPlace(this.sos, all, back);
    const out = all.slice(0, fwd.length);
    this.forward.drop(fwd.length);
    return out;
  }

  private rememberTail(x: Float64Array): void {
    const keep = this.edge + 1;
    if (x.length >= keep) {
      this.tail.drop(this.tail.length);
      this.tail.push(x.subarray(x.length - keep));
    } else {
      this.tail.push(x);
      this.tail.drop(this.tail.length - keep);
    }
  }

  private startForward(h: Float64Array): void {
    const left = this.padding(h, this.edge, 'left');
    for (let i = 0; i < this.zi.length; i++) {
      this.state[i] = (this.zi[i] ?? 0) * (left[0] ?? 0);
    }
    sosfiltInPlace(this.sos, left, this.state);
    this.forwardAppend(h);
  }

  private forwardAppend(x: Float64Array): void {
    const at = this.forward.length;
    this.forward.push(x);
    sosfiltInPlace(this.sos, this.forward.view().subarray(at), this.state);
  }

  private emit(): Float64Array {
    const ready = this.forward.length - this.lookahead;
    // the look-ahead's backward pass is repeated for every emission: emitting at least a look-ahead's
    // worth at a time bounds that work to one extra pass whatever the block size (a 4 s notch
    // look-ahead with 2 s blocks would otherwise cost three backward passes)
    if (ready <= 0 || ready < this.lookahead) {
      return new Float64Array(0);
    }
    const fwd = this.forward.view();
    // the look-ahead must stay forward-filtered for the next block: its backward pass runs on a copy;
    // the ready part is emitted and dropped, so its backward pass can run in place
    const ahead = this.scratch.subarray(0, fwd.length - ready);
    ahead.set(fwd.subarray(ready));
    this.back.fill(0);
    sosfiltReverseInPlace(this.sos, ahead, this.back);
    const done = fwd.subarray(0, ready);
    sosfiltReverseInPlace(this.sos, done, this.back);
    // dropped samples stay in place until the next push, so the view is the output
    this.forward.drop(ready);
    return done;
  }
}

/** A causal (forward-only) stream: no delay, but the phase of the filter. Outputs are views, as above. */
export class CausalStream {
  private readonly state: Float64Array;
  private readonly sos: Sos;
  private out = new Float64Array(0);

  constructor(sos: Sos) {
    this.sos = sos;
    this.state = new Float64Array(sections(sos) * 2);
  }

  push(x: Float64Array): Float64Array {
    if (this.out.length < x.length) {
      this.out = new Float64Array(x.length);
    }
    const y = this.out.subarray(0, x.length);
    y.set(x);
    sosfiltInPlace(this.sos, y, this.state);
    return y;
  }

  finish(): Float64Array {
    return new Float64Array(0);
  }
}

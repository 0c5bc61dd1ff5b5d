#!/usr/bin/env python3
"""The scipy peer of `npm run bench:emg`: the same steps as bench/emg/emg.bench.ts, streamed in chunks.

Steps per channel, on 10 s chunks of data records read with numpy:
  1. int16 -> physical µV with the header's scaling
  2. 50 Hz notch (Q 30), zero-phase, streamed: sosfilt forward with carried state, then a backward
     pass over the chunk plus a 4 s look-ahead from rest
  3. Butterworth band-pass 20-450 Hz, order 2, zero-phase, streamed the same way (0.5 s look-ahead)
  4. full-wave rectification
  5. 6 Hz order-2 low-pass envelope, zero-phase, streamed (1.5 s look-ahead)
  6. 100 ms trailing moving RMS of the band-passed signal
  7. onsets: median + 3 MAD-SD of the quieter half of the first 60 s of the envelope, 50 ms on, 50 ms off,
     gaps < 100 ms merged, bursts < 50 ms dropped
  8. MNF and MDF per 1 s epoch (Welch, Hann, nperseg 512, 50 % overlap, 20-450 Hz) and the MDF slope
Prints one JSON line: timings, ns per sample, peak RSS, and counts to compare with ours.
"""
import json
import resource
import sys
import time

import numpy as np
from scipy import signal


def header(path):
    with open(path, "rb") as f:
        fixed = f.read(256)
        ns = int(fixed[252:256])
        rest = f.read(256 * ns)
    field = lambda off, size, i: rest[off * ns + size * i: off * ns + size * (i + 1)].decode("latin1").strip()
    sigs = []
    for i in range(ns):
        sigs.append({
            "label": field(0, 16, i),
            "pmin": float(field(104, 8, i)), "pmax": float(field(112, 8, i)),
            "dmin": int(field(120, 8, i)), "dmax": int(field(128, 8, i)),
            "n": int(field(216, 8, i)),
        })
    return {"header_bytes": int(fixed[184:192]), "records": int(fixed[236:244]),
            "duration": float(fixed[244:252]), "signals": sigs}


class ZeroPhase:
    """Forward sosfilt with carried state; backward over the block plus look-ahead, from rest."""

    def __init__(self, sos, lookahead):
        self.sos = sos
        self.L = lookahead
        self.zi = np.zeros((sos.shape[0], 2))
        self.fwd = np.zeros(0)

    def push(self, x):
        y, self.zi = signal.sosfilt(self.sos, x, zi=self.zi)
        self.fwd = np.concatenate((self.fwd, y))
        ready = len(self.fwd) - self.L
        if ready <= 0:
            return np.zeros(0)
        back = signal.sosfilt(self.sos, self.fwd[::-1])[::-1]
        out = back[:ready]
        self.fwd = self.fwd[ready:]
        return out

    def finish(self):
        out = signal.sosfilt(self.sos, self.fwd[::-1])[::-1]
        self.fwd = np.zeros(0)
        return out


class Channel:
    def __init__(self, fs):
        self.fs = fs
        b, a = signal.iirnotch(50, 30, fs)
        self.notch = ZeroPhase(np.concatenate([b, a]).reshape(1, 6), int(4 * fs))
        self.band = ZeroPhase(signal.butter(2, [20, 450], btype="bandpass", fs=fs, output="sos"), int(0.5 * fs))
        self.env = ZeroPhase(signal.butter(2, 6, btype="lowpass", fs=fs, output="sos"), int(1.5 * fs))
        self.rms_tail = np.zeros(int(0.1 * fs) - 1)
        self.epoch_buf = np.zeros(0)
        self.mnf, self.mdf, self.t = [], [], []
        self.epochs_done = 0
        self.calibration = []
        self.thr = None
        self.above_prev = False
        self.run_start = None
        self.runs = []
        self.env_seen = 0
        self.rms_sum = 0.0

    def push(self, raw):
        self.band_out(self.band.push(self.notch.push(raw)))

    def finish(self):
        self.band_out(self.band.push(self.notch.finish()))
        self.band_out(self.band.finish())
        self.env_out(self.env.finish(), final=True)

    def band_out(self, x):
        if len(x) == 0:
            return
        # moving RMS, 100 ms trailing, continued across chunks
        sq = np.concatenate((self.rms_tail, x)) ** 2
        c = np.cumsum(sq)
        w = len(self.rms_tail) + 1
        rms = np.sqrt(np.maximum(0, (c[w - 1:] - np.concatenate(([0.0], c[:-w]))) / w))
        self.rms_sum += float(rms.sum())
        self.rms_tail = np.concatenate((self.rms_tail, x))[-(w - 1):]
        self.env_out(self.env.push(np.abs(x)))
        self.epochs(x)

    def epochs(self, x):
        e = int(self.fs)
        self.epoch_buf = np.concatenate((self.epoch_buf, x))
        k = len(self.epoch_buf) // e
        if k == 0:
            return
        block = self.epoch_buf[: k * e].reshape(k, e)
        self.epoch_buf = self.epoch_buf[k * e:]
        f, p = signal.welch(block, fs=self.fs, window="hann", nperseg=512, axis=-1)
        band = (f >= 20) & (f <= 450)
        fb, pb = f[band], p[:, band]
        total = pb.sum(axis=1)
        self.mnf.extend((pb * fb).sum(axis=1) / total)
        cum = np.cumsum(pb, axis=1)
        half = total[:, None] / 2
        idx = (cum < half).sum(axis=1)
        df = f[1] - f[0]
        below = np.where(idx > 0, cum[np.arange(k), np.maximum(idx - 1, 0)], 0.0)
        self.mdf.extend(fb[idx] - df / 2 + (half[:, 0] - below) / pb[np.arange(k), idx] * df)
        self.t.extend(self.epochs_done + np.arange(k) + 0.5)
        self.epochs_done += k

    def env_out(self, env, final=False):
        if self.thr is None:
            self.calibration.append(env)
            n = sum(len(c) for c in self.calibration)
            if n < 60 * self.fs and not final:
                return
            allenv = np.concatenate(self.calibration)
            self.calibration = []
            first = allenv[: int(60 * self.fs)]
            w = int(self.fs)
            k = len(first) // w
            means = first[: k * w].reshape(k, w).mean(axis=1)
            quiet = np.argsort(means, kind="stable")[: max(1, int(np.ceil(k * 0.5)))]
            # as ours (src/domain/emg/baseline.ts): about 250 samples per window, every keep-th one
            keep = max(1, w // 250)
            pooled = first[: k * w].reshape(k, w)[quiet][:, ::keep]
            stride = max(1, (len(quiet) * pooled.shape[1]) // 20000)
            pooled = pooled[:, ::stride].ravel()
            m = np.median(pooled)
            self.thr = m + 3 * 1.4826 * np.median(np.abs(pooled - m))
            env = allenv
        above = env > self.thr
        # run boundaries, continued across chunks
        edges = np.flatnonzero(np.diff(np.concatenate(([self.above_prev], above)).astype(np.int8)))
        for i in edges:
            if above[i]:
                self.run_start = self.env_seen + i
            elif self.run_start is not None:
                self.runs.append((self.run_start, self.env_seen + i))
                self.run_start = None
        self.above_prev = bool(above[-1]) if len(above) else self.above_prev
        self.env_seen += len(env)
        if final and self.run_start is not None:
            self.runs.append((self.run_start, self.env_seen))

    def bursts(self):
        s = self.fs
        on, off, merge = int(0.05 * s), int(0.05 * s), int(0.1 * s)
        joined = []
        for a, b in self.runs:
            if joined and a - joined[-1][1] < off:
                joined[-1] = (joined[-1][0], b)
            else:
                joined.append((a, b))
        kept = [r for r in joined if r[1] - r[0] >= on]
        merged = []
        for a, b in kept:
            if merged and a - merged[-1][1] < merge:
                merged[-1] = (merged[-1][0], b)
            else:
                merged.append((a, b))
        return [r for r in merged if r[1] - r[0] >= int(0.05 * s)]


def main():
    path = sys.argv[1]
    h = header(path)
    sigs = h["signals"]
    per_block = max(1, int(round(10 / h["duration"])))
    rec_samples = sum(s["n"] for s in sigs)
    fs = [s["n"] / h["duration"] for s in sigs]
    chans = [Channel(f) for f in fs]
    gains = [(s["pmax"] - s["pmin"]) / (s["dmax"] - s["dmin"]) for s in sigs]
    offsets = [s["pmin"] - s["dmin"] * g for s, g in zip(sigs, gains)]
    t0 = time.perf_counter()
    with open(path, "rb") as f:
        f.seek(h["header_bytes"])
        done = 0
        while done < h["records"]:
            k = min(per_block, h["records"] - done)
            raw = np.frombuffer(f.read(k * rec_samples * 2), dtype="<i2").reshape(k, rec_samples)
            col = 0
            for i, s in enumerate(sigs):
                x = raw[:, col: col + s["n"]].reshape(-1).astype(np.float64) * gains[i] + offsets[i]
                col += s["n"]
                chans[i].push(x)
            done += k
    for c in chans:
        c.finish()
    bursts = [c.bursts() for c in chans]
    slopes = [float(np.polyfit(c.t, c.mdf, 1)[0]) if len(c.t) > 2 else None for c in chans]
    seconds = time.perf_counter() - t0
    samples = h["records"] * rec_samples
    print(json.dumps({
        "seconds": seconds,
        "samples": samples,
        "nsPerSample": seconds / samples * 1e9,
        "peakRssMb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "bursts": [len(b) for b in bursts],
        "meanMnfHz": [float(np.mean(c.mnf)) for c in chans],
        "mdfSlopeHzPerS": slopes,
        "numpy": np.__version__,
        "scipy": __import__("scipy").__version__,
    }))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Write golden vectors from scipy for the EMG DSP tests (run: python3 bench/emg/oracle.py).

The tests compare our TypeScript butter, iirnotch, sosfilt, sosfilt_zi, sosfiltfilt and welch with
these vectors, so Python is not needed at test time. Re-run only when the cases below change, and
commit the output.
"""
import json
import os
import sys

import numpy as np
import scipy
from scipy import signal

OUT = os.path.join(os.path.dirname(__file__), "golden")


def dump(name, obj):
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(obj, f, separators=(",", ":"))
        f.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    meta = {"numpy": np.__version__, "scipy": scipy.__version__, "python": sys.version.split()[0]}

    designs = [
        {"order": 2, "cutoffHz": [20, 450], "type": "bandpass", "fs": 2000},
        {"order": 4, "cutoffHz": [20, 450], "type": "bandpass", "fs": 2000},
        {"order": 4, "cutoffHz": 30, "type": "highpass", "fs": 2000},
        {"order": 2, "cutoffHz": 6, "type": "lowpass", "fs": 2000},
        {"order": 3, "cutoffHz": 100, "type": "lowpass", "fs": 1000},
        {"order": 5, "cutoffHz": 20, "type": "highpass", "fs": 1000},
        {"order": 2, "cutoffHz": [45, 55], "type": "bandstop", "fs": 1000},
        {"order": 3, "cutoffHz": [10, 400], "type": "bandpass", "fs": 1024},
    ]
    for d in designs:
        d["sos"] = signal.butter(d["order"], d["cutoffHz"], btype=d["type"], fs=d["fs"], output="sos").ravel().tolist()
        d["zi"] = signal.sosfilt_zi(np.reshape(d["sos"], (-1, 6))).ravel().tolist()
    notches = []
    for w0, q, fs in [(50, 30, 2000), (60, 30, 1000), (150, 10, 2000)]:
        b, a = signal.iirnotch(w0, q, fs)
        notches.append({"w0": w0, "q": q, "fs": fs, "sos": np.concatenate([b, a]).tolist()})
    dump("design.json", {"meta": meta, "butter": designs, "notch": notches})

    rng = np.random.default_rng(20261125)
    fs = 2000
    t = np.arange(4000) / fs
    x = rng.standard_normal(4000) * 20 + 300 * np.sin(2 * np.pi * 50 * t) + 5 * t
    bp = signal.butter(2, [20, 450], btype="bandpass", fs=fs, output="sos")
    lp = signal.butter(2, 6, btype="lowpass", fs=fs, output="sos")
    notch = np.concatenate(signal.iirnotch(50, 30, fs)).reshape(1, 6)
    dump(
        "filter.json",
        {
            "meta": meta,
            "fs": fs,
            "x": x.tolist(),
            "bandpass": {"sos": bp.ravel().tolist(), "sosfilt": signal.sosfilt(bp, x).tolist(),
                         "sosfiltfilt": signal.sosfiltfilt(bp, x).tolist()},
            "notch": {"sos": notch.ravel().tolist(), "sosfilt": signal.sosfilt(notch, x).tolist(),
                      "sosfiltfilt": signal.sosfiltfilt(notch, x).tolist()},
            "envelope": {"sos": lp.ravel().tolist(), "sosfiltfilt": signal.sosfiltfilt(lp, np.abs(x)).tolist()},
        },
    )

    y = rng.standard_normal(8192) * 50 + 100 * np.sin(2 * np.pi * 80 * np.arange(8192) / fs)
    spectra = []
    for nperseg, noverlap in [(512, None), (1024, 512), (1000, None), (256, 64)]:
        f, p = signal.welch(y, fs=fs, window="hann", nperseg=nperseg, noverlap=noverlap)
        spectra.append({"nperseg": nperseg, "noverlap": noverlap, "freqs": f.tolist(), "psd": p.tolist()})
    dump("welch.json", {"meta": meta, "fs": fs, "x": y.tolist(), "spectra": spectra})
    print(f"golden vectors written to {OUT} (numpy {np.__version__}, scipy {scipy.__version__})")


if __name__ == "__main__":
    main()

/**
 * @module An SVG of each channel over a window: the band-passed signal (min/max per pixel column), the
 * onset envelope and its threshold, the detected bursts and spasm episodes. Plain SVG with a title and
 * a description, so it reads in any browser and to a screen reader.
 */
import type { ChannelReport } from '../../app/emg/index.js';

const WIDTH = 1200;
const PANEL = 180;
const LEFT = 70;
const RIGHT = 20;
const TOP = 40;

const esc = (s: string): string =>
  s.replace(
    /[<>&"]/g,
    (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[ch] ?? ch,
  );

export function plotSvg(channels: readonly ChannelReport[], title: string): string {
  const shown = channels.filter((c) => c.trace !== null && c.trace.signal.length > 0);
  const height = TOP + shown.length * (PANEL + 30) + 30;
  const plotW = WIDTH - LEFT - RIGHT;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="t d" font-family="sans-serif" font-size="12">`,
    `<title id="t">${esc(title)}</title>`,
    `<desc id="d">${esc(shown.map((c) => `${c.label}: ${c.bursts.length} bursts, ${c.spasms.length} spasm episodes`).join('; '))}. Decision support, not a diagnosis.</desc>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${LEFT}" y="22" font-size="15" font-weight="bold">${esc(title)}</text>`,
  ];
  shown.forEach((c, k) => {
    const tr = c.trace;
    if (tr === null) {
      return;
    }
    const y0 = TOP + k * (PANEL + 30);
    const n = tr.signal.length;
    const durS = n / tr.fs;
    let peak = 0;
    for (const v of tr.signal) {
      peak = Math.max(peak, Math.abs(v));
    }
    peak = peak > 0 ? peak : 1;
    const x = (tS: number): number => LEFT + ((tS - tr.t0S) / durS) * plotW;
    const y = (uv: number): number => y0 + PANEL / 2 - (uv / peak) * (PANEL / 2 - 4);
    parts.push(`<g aria-label="${esc(c.label)}">`);
    parts.push(
      `<rect x="${LEFT}" y="${y0}" width="${plotW}" height="${PANEL}" fill="none" stroke="#999"/>`,
    );
    parts.push(
      `<text x="${LEFT}" y="${y0 - 6}" font-weight="bold">${esc(c.label)} (${tr.fs} Hz)</text>`,
    );
    for (const s of c.spasms) {
      if (s.offsetS > tr.t0S && s.onsetS < tr.t0S + durS) {
        const a = x(Math.max(s.onsetS, tr.t0S));
        const b = x(Math.min(s.offsetS, tr.t0S + durS));
        parts.push(
          `<rect x="${a.toFixed(1)}" y="${y0}" width="${(b - a).toFixed(1)}" height="${PANEL}" fill="#f4a261" fill-opacity="0.25"><title>spasm episode ${s.onsetS.toFixed(2)}–${s.offsetS.toFixed(2)} s (${s.kind})</title></rect>`,
        );
      }
    }
    for (const b of c.bursts) {
      if (b.offsetS > tr.t0S && b.onsetS < tr.t0S + durS) {
        const a = x(Math.max(b.onsetS, tr.t0S));
        const e = x(Math.min(b.offsetS, tr.t0S + durS));
        parts.push(
          `<rect x="${a.toFixed(1)}" y="${y0 + PANEL - 10}" width="${Math.max(1, e - a).toFixed(1)}" height="8" fill="#2a9d8f"><title>burst ${b.onsetS.toFixed(3)}–${b.offsetS.toFixed(3)} s</title></rect>`,
        );
      }
    }
    const cols = Math.min(plotW, n);
    const per = n / cols;
    let d = '';
    for (let col = 0; col < cols; col++) {
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = Math.floor(col * per); i < Math.min(n, Math.floor((col + 1) * per)); i++) {
        const v = tr.signal[i] ?? 0;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      const px = (LEFT + (col / cols) * plotW).toFixed(1);
      d += `M${px} ${y(hi).toFixed(1)}V${y(lo).toFixed(1)}`;
    }
    parts.push(`<path d="${d}" stroke="#264653" stroke-width="1" fill="none"/>`);
    const env = tr.envelope;
    if (env.length > 0) {
      let e = '';
      const step = Math.max(1, Math.floor(env.length / plotW));
      for (let i = 0; i < env.length; i += step) {
        e += `${i === 0 ? 'M' : 'L'}${(LEFT + (i / n) * plotW).toFixed(1)} ${y(env[i] ?? 0).toFixed(1)}`;
      }
      parts.push(
        `<path d="${e}" stroke="#e76f51" stroke-width="1.5" fill="none"><title>onset envelope</title></path>`,
      );
    }
    if (Number.isFinite(tr.threshold)) {
      const ty = y(tr.threshold).toFixed(1);
      parts.push(
        `<line x1="${LEFT}" x2="${LEFT + plotW}" y1="${ty}" y2="${ty}" stroke="#e76f51" stroke-dasharray="4 3"><title>threshold ${tr.threshold.toFixed(2)} µV</title></line>`,
      );
    }
    parts.push(
      `<text x="${LEFT - 6}" y="${y0 + 10}" text-anchor="end">${peak.toFixed(0)} µV</text>`,
    );
    parts.push(
      `<text x="${LEFT - 6}" y="${y0 + PANEL}" text-anchor="end">−${peak.toFixed(0)}</text>`,
    );
    for (let t = 0; t <= 5; t++) {
      const ts = tr.t0S + (t * durS) / 5;
      parts.push(
        `<text x="${x(ts).toFixed(1)}" y="${y0 + PANEL + 16}" text-anchor="middle">${ts.toFixed(1)} s</text>`,
      );
    }
    parts.push('</g>');
  });
  parts.push(
    `<text x="${LEFT}" y="${height - 8}" fill="#555">Decision support, not a diagnosis. Blue: signal; orange line: envelope and threshold; green: bursts; shaded: spasm episodes.</text>`,
  );
  parts.push('</svg>');
  return parts.join('\n');
}

/**
 * @module An SVG of each channel over a window: the band-passed signal (min/max per pixel column, as the
 * analysis reduced it), the onset envelope and its threshold, the detected bursts and spasm episodes.
 * Plain SVG with a title and a description, so it reads in any browser and to a screen reader.
 */
import type { ChannelReport } from '../../app/emg/index.js';
import { plural } from '../../i18n/plural.js';

const WIDTH = 1200;
const PANEL = 180;
const LEFT = 70;
const RIGHT = 20;
const TOP = 40;
/** The plot's width in pixel columns: the analysis reduces the trace to this many. */
export const PLOT_COLUMNS = WIDTH - LEFT - RIGHT;

/**
 * Text from a file (a channel label) as SVG text: markup characters escaped, and control characters,
 * which XML does not allow and a terminal would obey, shown as \u001b-style text.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

const esc = (s: string): string =>
  s
    .replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(
      /[<>&"]/g,
      (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[ch] ?? ch,
    );

export function plotSvg(channels: readonly ChannelReport[], title: string): string {
  const shown = channels.filter(
    (c) => c.trace !== null && c.trace.signalMax.some((v) => !Number.isNaN(v)),
  );
  const height = TOP + shown.length * (PANEL + 30) + 30;
  const plotW = WIDTH - LEFT - RIGHT;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="t d" font-family="sans-serif" font-size="12">`,
    `<title id="t">${esc(title)}</title>`,
    `<desc id="d">${esc(shown.map((c) => `${c.label}: ${plural('en', c.bursts.length, { one: '# burst', other: '# bursts' })}, ${plural('en', c.spasms.length, { one: '# spasm episode', other: '# spasm episodes' })}`).join('; '))}. Decision support, not a diagnosis.</desc>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${LEFT}" y="22" font-size="15" font-weight="bold">${esc(title)}</text>`,
  ];
  shown.forEach((c, k) => {
    const tr = c.trace;
    if (tr === null) {
      return;
    }
    const y0 = TOP + k * (PANEL + 30);
    const cols = tr.signalMax.length;
    const durS = tr.durationS;
    let peak = 0;
    for (let i = 0; i < cols; i++) {
      const hi = Math.abs(tr.signalMax[i] ?? NaN);
      const lo = Math.abs(tr.signalMin[i] ?? NaN);
      peak = Math.max(peak, Number.isNaN(hi) ? 0 : hi, Number.isNaN(lo) ? 0 : lo);
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
        const what = s.context === 'rest' ? 'spasm episode at rest' : 'spasm candidate';
        parts.push(
          `<rect x="${a.toFixed(1)}" y="${y0}" width="${(b - a).toFixed(1)}" height="${PANEL}" fill="#f4a261" fill-opacity="0.25"><title>${what} ${s.onsetS.toFixed(2)}–${s.offsetS.toFixed(2)} s (${s.kind})</title></rect>`,
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
    const col = (i: number): string => (LEFT + (i / cols) * plotW).toFixed(1);
    let d = '';
    for (let i = 0; i < cols; i++) {
      const hi = tr.signalMax[i] ?? NaN;
      const lo = tr.signalMin[i] ?? NaN;
      if (!Number.isNaN(hi) && !Number.isNaN(lo)) {
        d += `M${col(i)} ${y(hi).toFixed(1)}V${y(lo).toFixed(1)}`;
      }
    }
    parts.push(`<path d="${d}" stroke="#264653" stroke-width="1" fill="none"/>`);
    let e = '';
    for (let i = 0; i < cols; i++) {
      const v = tr.envelope[i] ?? NaN;
      if (!Number.isNaN(v)) {
        e += `${e === '' ? 'M' : 'L'}${col(i)} ${y(v).toFixed(1)}`;
      }
    }
    if (e !== '') {
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

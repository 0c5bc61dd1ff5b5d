/// <reference lib="dom" />
/**
 * @module `npm run bench:web`: in Debian's Chromium on 127.0.0.1 against a real `tonus serve`, the largest
 * contentful paint of the interview's first screen (median of 5 cold loads) and the time from an input in the
 * clinician's assessment to the live differential painted (p50/p95 over 60 inputs).
 */
import { ensureWebBuilt } from '../../web/scripts/ensure-built.js';
import { DEMO, launch, newPage, serve, signIn } from '../../test/e2e/harness.js';

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

await ensureWebBuilt();
const served = await serve('bench');
const browser = await launch();
try {
  const lcps: number[] = [];
  for (let i = 0; i < 5; i++) {
    const { context, page } = await newPage(browser, served.base);
    await page.goto('/interview');
    await page.locator('section.question').waitFor();
    lcps.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((l) => {
              const e = l.getEntries().at(-1);
              resolve(e === undefined ? NaN : e.startTime);
            }).observe({ type: 'largest-contentful-paint', buffered: true });
          }),
      ),
    );
    await context.close();
  }
  const { context, page } = await newPage(browser, served.base, { width: 1280 });
  await signIn(page, DEMO.clinician);
  await page.getByRole('link', { name: 'Ada Demo' }).click();
  await page.getByRole('link', { name: 'New assessment' }).click();
  await page.locator('input[name="finding-paraspinal_tenderness"]').first().waitFor();
  const ids = [
    'paraspinal_tenderness',
    'pain_on_movement',
    'relief_at_rest',
    'fever_reported',
    'saddle_anaesthesia',
    'muscle_cramps',
  ];
  const times: number[] = [];
  const engine: number[] = [];
  for (let i = 0; i < 60; i++) {
    const f = ids[i % ids.length] ?? '';
    const v = Math.floor(i / ids.length) % 2 === 0 ? 'present' : 'absent';
    const ms = await page.evaluate(
      ([sel]) =>
        new Promise<number>((resolve) => {
          const target = document.querySelector<HTMLInputElement>(sel ?? '');
          const t0 = performance.now();
          const obs = new MutationObserver(() => {
            obs.disconnect();
            requestAnimationFrame(() => {
              resolve(performance.now() - t0);
            });
          });
          obs.observe(document.querySelector('.sticky') ?? document.body, {
            subtree: true,
            childList: true,
            characterData: true,
            attributes: true,
          });
          target?.click();
        }),
      [`input[name="finding-${f}"][value="${v}"]`],
    );
    times.push(ms);
    engine.push(Number(await page.locator('.sticky [data-ms]').getAttribute('data-ms')));
  }
  await context.close();
  process.stdout.write(
    `interview first screen LCP: median ${pct(lcps, 50).toFixed(0)} ms (5 cold loads: ${lcps.map((x) => x.toFixed(0)).join(', ')})\n` +
      `live differential, input to paint: p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms (60 inputs; budget 50 ms)\n` +
      `  of which the engine in the browser: p50 ${pct(engine, 50).toFixed(1)} ms, p95 ${pct(engine, 95).toFixed(1)} ms\n`,
  );
} finally {
  await browser.close();
  await served.stop();
}

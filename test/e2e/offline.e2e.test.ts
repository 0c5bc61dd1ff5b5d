/// <reference lib="dom" />
/**
 * @module Offline in Chromium: once installed (the service worker in control), the diary opens with no
 * network, an entry made offline is kept on the device, and when the network returns it is sent with its
 * Idempotency-Key and appears once on the server — also after reloading and coming back again.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  axeViolations,
  DEMO,
  launch,
  newPage,
  screenshots,
  serve,
  signIn,
  type Served,
} from './harness.js';

let served: Served | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  [served, browser] = await Promise.all([serve('offline'), launch()]);
});
afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

describe('the diary offline', () => {
  test('an entry made offline appears once on the server after going back online', async () => {
    const { context, page } = await newPage(browser!, served!.base);
    await signIn(page, DEMO.patient);
    await page.goto('/diary');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // the page must be controlled before the network goes: reload once under the worker
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    const me = await (await page.request.get('/api/me')).json();
    const count = async (): Promise<number> =>
      (await (await page.request.get(`/api/patients/${me.patientId}/diary`)).json()).items.filter(
        (e: { painNrs: number; psfsSeverity: number }) => e.painNrs === 9 && e.psfsSeverity === 3,
      ).length;
    const before = await count();

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Spasm diary', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Severe' }).click();
    await page.getByRole('button', { name: '9', exact: true }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/Saved on this device/).waitFor();
    await page.getByText('1 entry waiting to be sent').waitFor();
    // the offline and queued notices are part of the page: checked like the rest
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'diary-offline');
    expect(
      await page.evaluate(() => JSON.parse(localStorage.getItem('tonus.outbox') ?? '[]').length),
    ).toBe(1);

    await context.setOffline(false);
    await expect
      .poll(
        () => page.evaluate(() => JSON.parse(localStorage.getItem('tonus.outbox') ?? '[]').length),
        {
          timeout: 30_000,
        },
      )
      .toBe(0);
    expect(await count()).toBe(before + 1);

    // the same key sent again (a second tab, a retry after a lost answer) stores nothing twice
    await page.reload();
    await page.getByRole('heading', { name: 'Spasm diary', level: 1 }).waitFor();
    expect(await count()).toBe(before + 1);
    await context.close();
  }, 180_000);
});

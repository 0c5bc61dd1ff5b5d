/// <reference lib="dom" />
/**
 * @module The patient flow in Chromium against a real server: sign up, the whole interview with the keyboard
 * alone to a result (saved to the record), the self-care screen (the same check's plan again after signing
 * out and in: read back from the record), a diary entry in three taps, the page in Spanish, the emergency
 * screen with each locale's number; axe (WCAG 2.2 AA) on every page (sign-in, sign-up, interview,
 * emergency, result, self-care, diary) at 390 and 1280 px with zero violations, and screenshots. Back from
 * the emergency, the checklist shows the Yes answers still ticked.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launch, newPage, screenshots, serve, type Served } from './harness.js';

let served: Served | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  [served, browser] = await Promise.all([serve('patient'), launch()]);
});
afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

/** Answers the question on screen with the keyboard alone; returns false once the result shows. */
async function answerByKeyboard(page: Page): Promise<boolean> {
  const section = page.locator('section.question, section.result');
  await section.first().waitFor();
  if ((await page.locator('section.result').count()) > 0) {
    return false;
  }
  const q = page.locator('section.question');
  const id = await q.getAttribute('data-question');
  const n = await page.locator('.progress').textContent();
  const kind = await q.getAttribute('data-kind');
  // the question's heading has the focus; Tab walks to the answers
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q-title');
  switch (kind) {
    case 'checklist': // the first control is "None of these"
    case 'single': // the first option
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      break;
    case 'yes_no': // Yes, then No
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      break;
    case 'number':
      await page.keyboard.press('Tab');
      await page.keyboard.type(id === 'age' ? '42' : '37');
      await page.keyboard.press('Enter');
      break;
    case null:
    default:
      throw new Error(`unknown question kind ${String(kind)}`);
  }
  await page.waitForFunction(
    ([prevId, prevN]) => {
      const s = document.querySelector('section.question');
      return (
        document.querySelector('section.result') !== null ||
        (s !== null &&
          (s.getAttribute('data-question') !== prevId ||
            document.querySelector('.progress')?.textContent !== prevN))
      );
    },
    [id, n],
  );
  return true;
}

describe('the patient in Chromium', () => {
  test('signs up, completes the interview with the keyboard alone, sees a saved result without drugs, finds its self-care again after signing out and in, and adds a diary entry in three taps', async () => {
    const { context, page } = await newPage(browser!, served!.base);
    await page.goto('/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/back/i);
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'home');

    await page.goto('/sign-in');
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'sign-in');

    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill('Eve Example');
    const email = `eve-${Date.now()}@test.invalid`;
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('correct horse battery');
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'sign-up');
    await page.getByRole('button', { name: 'Create the account' }).click();
    await page.waitForURL((u) => u.pathname === '/');

    await page.goto('/interview');
    await page.locator('section.question').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'interview-first');
    let asked = 0;
    while (await answerByKeyboard(page)) {
      asked += 1;
      if (asked === 3) {
        expect(await axeViolations(page)).toEqual([]);
      }
      expect(asked).toBeLessThanOrEqual(30);
    }
    expect(asked).toBeGreaterThan(3);
    const level = await page.locator('[data-level]').getAttribute('data-level');
    expect(level).toMatch(/^(self_care|routine|consultation_24|urgent)/);
    await expect.poll(() => page.getByRole('note').textContent()).toMatch(/not a diagnosis/);
    await page.getByText('Saved to your record.').waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/\d\s?(mg|mcg|µg)\b/i);
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'result');

    const me = await (await page.request.get('/api/me')).json();
    const encounters = await (
      await page.request.get(`/api/patients/${me.patientId}/encounters`)
    ).json();
    expect(encounters.items).toHaveLength(1);
    expect(encounters.items[0].result.triage.level).toBe(level);

    await page.goto('/self-care');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Your self-care plan');
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'self-care');
    const plan = (): Promise<{ source: string; cards: string[] }> =>
      page.evaluate(() => ({
        source: document.querySelector('.source strong')?.textContent ?? '',
        cards: [...document.querySelectorAll('main article h2')].map((h) => h.textContent),
      }));
    const fromCheck = await plan();
    expect(fromCheck.source).toMatch(/^From your symptom check of /);

    // signing out forgets the check on this device; signed in again, the page follows it from the record
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    expect(await page.evaluate(() => localStorage.getItem('tonus.cache.lastResult'))).toBeNull();
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/');
    await page.goto('/self-care');
    await expect.poll(() => plan()).toEqual(fromCheck);

    await page.goto('/diary');
    await page.getByRole('button', { name: 'Moderate' }).click();
    await page.getByRole('button', { name: '6', exact: true }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    const diary = await (await page.request.get(`/api/patients/${me.patientId}/diary`)).json();
    expect(diary.items).toHaveLength(1);
    expect(diary.items[0]).toMatchObject({ psfsSeverity: 2, painNrs: 6 });
    await page.locator('figure [role="img"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'diary');
    await context.close();
  }, 300_000);

  test('the page switches to Spanish, and the interview speaks Spanish too', async () => {
    const { context, page } = await newPage(browser!, served!.base);
    await page.goto('/');
    await page.getByLabel('Language').selectOption('es');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Espasmo muscular en la espalda');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page.getByRole('link', { name: 'Empezar las preguntas' }).click();
    await page.locator('section.question').waitFor();
    await page.getByRole('button', { name: 'No lo sé para ninguno' }).waitFor();
    const heading = (await page.locator('#q-title').textContent()) ?? '';
    expect(heading).not.toMatch(/\bthe\b|\bhave\b/i);
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'interview-es');
    await context.close();
  }, 180_000);

  test("an emergency answer stops the interview on the emergency screen, with the number of the device's country in either language", async () => {
    const { context, page } = await newPage(browser!, served!.base);
    await page.goto('/interview');
    const q = page.locator('section.question');
    await q.waitFor();
    // the keyboard's focus is visible: a 3 px outline on the control Tab reaches
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q-title');
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return {
        tag: el.tagName,
        outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        reduced: matchMedia('(prefers-reduced-motion: reduce)').matches,
        transitionS: parseFloat(style.transitionDuration),
      };
    });
    expect(focus).toMatchObject({ tag: 'BUTTON', outline: 'solid', reduced: true });
    expect(focus.width).toBeGreaterThanOrEqual(3);
    // reduced motion asked for: nothing on the page moves for longer than a hundredth of a millisecond
    expect(focus.transitionS).toBeLessThanOrEqual(0.00001);
    // the danger questions come first: a yes to every sign on the first screen is an emergency
    expect(await q.getAttribute('data-kind')).toBe('checklist');
    const items = page.locator('fieldset.item');
    for (let i = 0; i < (await items.count()); i++) {
      await items.nth(i).getByLabel('Yes').check();
    }
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    const alarm = page.locator('.alarm');
    await alarm.waitFor();
    expect(await page.locator('[role="alert"] h1').textContent()).toMatch(/help/i);
    await expect
      .poll(() => page.getByRole('link', { name: 'Call 911 now' }).getAttribute('href'))
      .toBe('tel:911');
    await expect.poll(() => page.getByRole('note').textContent()).toMatch(/not a diagnosis/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'emergency');
    // the emergency screen titles the tab; back on the checklist every Yes is still ticked, so "None of
    // these" brings the same screen back instead of erasing them
    await expect.poll(() => page.title()).toBe('Get help now · Tonus');
    await page.getByRole('button', { name: /Back/ }).click();
    await q.waitFor();
    await expect
      .poll(() => page.title())
      .toBe(`${await page.locator('#q-title').textContent()} · Tonus`);
    for (let i = 0; i < (await items.count()); i++) {
      expect(await items.nth(i).getByLabel('Yes').isChecked()).toBe(true);
    }
    await page.getByRole('button', { name: 'None of these' }).click();
    await alarm.waitFor();

    // in Spanish the same answers give the same screen, with the number of the device's country (this
    // browser is set up for the United States), not of the language
    await page.getByLabel('Language').selectOption('es');
    await expect
      .poll(() => page.getByRole('link', { name: 'Llame ahora al 911' }).getAttribute('href'))
      .toBe('tel:911');
    expect(await page.locator('main').textContent()).not.toMatch(/\bCall\b|\bwhy\b/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'emergency-es');
    await context.close();
  }, 180_000);
});

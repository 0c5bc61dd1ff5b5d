/// <reference lib="dom" />
/**
 * @module The clinician in Chromium against a real server: the patient list and page, a public case entered by
 * hand into the assessment (the live result in the browser gives the triage and leading group `tonus case`
 * gives), saved (the server runs the engine again), its PDF report downloaded with the triage level in its
 * text, and an EMG upload shown with its bursts and spasm episodes on the trace read from the server (zoomed by
 * key and button, another channel picked) and the server's feature table; axe on every page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeSynthetic } from '../../src/app/emg/index.js';
import { createFileSink } from '../../src/adapters/emg/index.js';
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

const CASE = 'cases/public/pub-01-lumbar-strain.json';

let served: Served | undefined;
let browser: Browser | undefined;
const tmp = mkdtempSync(join(tmpdir(), 'tonus-e2e-clin-'));

beforeAll(async () => {
  [served, browser] = await Promise.all([serve('clinician'), launch()]);
});
afterAll(async () => {
  await browser?.close();
  await served?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

/** Types the case into the form, field by field, as a clinician would. */
async function enterCase(page: Page, c: Record<string, any>): Promise<void> {
  await page.getByLabel('ageYears').fill(String(c.patient.ageYears));
  await page.getByRole('combobox', { name: /^sex/ }).selectOption(c.patient.sex);
  for (const [k, v] of Object.entries(c.history ?? {})) {
    if (k === 'regions' || k === 'triggers') {
      for (const x of v as string[]) {
        await page.locator(`input[name="${k}-${x}"]`).check();
      }
    } else if (['onset', 'course', 'side', 'spread'].includes(k)) {
      await page.locator(`select[name="${k}"]`).selectOption(String(v));
    } else {
      await page.locator(`input[name="${k}"]`).fill(String(v));
    }
  }
  for (const [f, v] of Object.entries(c.findings ?? {})) {
    await page.getByLabel('Filter').fill(f);
    await page.locator(`input[name="finding-${f}"][value="${v ? 'present' : 'absent'}"]`).check();
  }
  await page.getByLabel('Filter').fill('');
  for (const key of [
    'conditions',
    'medications',
    'exposures',
    'vitals',
    'exam',
    'labs',
    'emg',
    'imaging',
    'csf',
    'questionnaires',
  ]) {
    if (c[key] !== undefined) {
      await page.locator(`textarea[name="${key}"]`).fill(JSON.stringify(c[key]));
    }
  }
}

describe('the clinician in Chromium', () => {
  test('enters a public case by hand and sees the triage and leading group of tonus case; saves it; downloads its PDF; uploads an EMG recording and sees its bursts', async () => {
    const { context, page } = await newPage(browser!, served!.base, { width: 1280 });
    await signIn(page, DEMO.clinician);
    await page.waitForURL(/\/clinician/);
    await page.getByRole('heading', { name: 'Your patients' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'clinician-patients');
    await page.getByRole('link', { name: 'Ada Demo' }).click();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'clinician-patient');
    const patientId = /patients\/([^/]+)/.exec(page.url())?.[1] ?? '';

    await page.getByRole('link', { name: 'New assessment' }).click();
    await page.getByRole('heading', { name: 'New assessment' }).waitFor();
    const c = JSON.parse(readFileSync(CASE, 'utf8'));
    await enterCase(page, c);
    const expected = JSON.parse(
      execFileSync(
        process.execPath,
        ['--import', 'tsx', 'src/main/cli.ts', 'case', CASE, '--json'],
        {
          encoding: 'utf8',
        },
      ),
    );
    const live = page.locator('#live-title + p + *, .sticky');
    await expect
      .poll(() => page.locator('.sticky [data-level]').getAttribute('data-level'))
      .toBe(expected.triage.level);
    expect(await page.locator('[data-testid="groups"] li').first().getAttribute('data-group')).toBe(
      expected.groups[0].group,
    );
    expect(await live.count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'clinician-assessment');

    await page.getByRole('button', { name: 'Save the encounter' }).click();
    await page.waitForURL(/encounters\//);
    await expect
      .poll(() => page.locator('[data-level]').getAttribute('data-level'))
      .toBe(expected.triage.level);
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'PDF report' }).click(),
    ]);
    const pdf = join(tmp, 'report.pdf');
    await download.saveAs(pdf);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(`Triage level: ${expected.triage.level}`);
    expect(text).toMatch(/signature/i);
    expect(text).toMatch(/not a diagnosis/);

    // EMG: a seeded synthetic recording with spasms, as EDF; the trace comes from the stored study
    const edf = join(tmp, 'rest.edf');
    await writeSynthetic(
      { seed: 5, fs: 1000, durationS: 20, channels: 2, spasms: { count: 3 } },
      'edf',
      await createFileSink(edf),
    );
    await page.goto(`/clinician/patients/${patientId}/emg`);
    await page.getByLabel(/Upload a recording/).setInputFiles(edf);
    // the episodes appear on the trace once the server's analysis is done
    await page.locator('[data-bursts]').waitFor({ timeout: 60_000 });
    const shown = Number(await page.locator('[data-bursts]').getAttribute('data-bursts'));
    const spasmsShown = Number(await page.locator('[data-spasms]').getAttribute('data-spasms'));
    expect(shown + spasmsShown).toBeGreaterThan(0);
    // the table lists the same marks the trace draws, for screen readers
    const marks = await page.locator('[data-testid="episodes"] tbody th').allTextContents();
    expect(marks).toHaveLength(shown + spasmsShown);
    expect(marks.filter((m) => m.startsWith('S'))).toHaveLength(spasmsShown);
    // the whole 20 s is shown; the keyboard zooms in to the middle half and a button moves later
    await page.getByText('Showing 0 s to 20 s of 20 s').waitFor();
    await page.getByRole('group', { name: 'Trace' }).focus();
    await page.keyboard.press('+');
    await page.getByText('Showing 5 s to 15 s of 20 s').waitFor();
    await page.getByRole('button', { name: 'Later →' }).click();
    await page.getByText('Showing 10 s to 20 s of 20 s').waitFor();
    await page.getByRole('combobox', { name: 'Channel' }).selectOption({ index: 1 });
    await page.getByText('Showing 10 s to 20 s of 20 s').waitFor();
    await page.locator('[data-testid="features"]').waitFor({ timeout: 60_000 });
    const table = (await page.locator('[data-testid="features"]').textContent()) ?? '';
    expect(table).toContain('burstCount');
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'clinician-emg');
    await context.close();
  }, 240_000);
});

/// <reference lib="dom" />
/**
 * @module The clinician in Chromium against a real server: the patient list and page (the course charted
 * from the server's summary with its flags in words, the record exported as a FHIR R4 Bundle), public cases
 * entered by hand through the assessment's structured controls (the live result in the browser gives the
 * triage and leading group `tonus case` gives; a slip is named beside its field), one saved (the server
 * runs the engine again), its PDF report downloaded with the triage level in its text, the plan builder
 * (steps left out and added, saved) and an order refused at a hard stop until an override reason is given,
 * both on the timeline, and an EMG upload shown with its bursts and spasm episodes on the trace read from
 * the server (zoomed by key and button, another channel picked) and the server's feature table; axe on every
 * page (the new screens at 390 px and 1280 px), and at 390 px no page wider than the screen and no control
 * past its edge (the course's day table and the timeline are lists of cards there).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeSynthetic } from '../../src/app/emg/index.js';
import { createFileSink } from '../../src/adapters/emg/index.js';
import { LEVEL_NAMES } from '../../src/i18n/triage.en.js';
import {
  axeViolations,
  DEMO,
  launch,
  narrowOverflow,
  newPage,
  screenshots,
  serve,
  signIn,
  type Served,
} from './harness.js';

/** Examination, labs and conditions; then vital signs and labs: between them every measured section. */
const CASE = 'cases/public/pub-07-diabetic-neuropathy.json';
const CASE_VITALS = 'cases/public/pub-05-addison.json';

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

/** Types the case into the form, field by field, through the structured controls, as a clinician would. */
async function enterCase(page: Page, c: Record<string, any>): Promise<void> {
  await page.getByLabel('Age (years)').fill(String(c.patient.ageYears));
  await page.getByRole('combobox', { name: /^Sex/ }).selectOption(c.patient.sex);
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
  // the structured sections open from their summaries, as with the keyboard (Enter on each)
  const closed = page.locator('details:not([open]) > summary');
  while ((await closed.count()) > 0) {
    await closed.first().focus();
    await page.keyboard.press('Enter');
  }
  for (const key of ['conditions', 'exposures'] as const) {
    for (const x of c[key] ?? []) {
      await page.locator(`input[name="${key}-${x}"]`).check();
    }
  }
  for (const [i, m] of ((c.medications ?? []) as string[]).entries()) {
    if (i > 0) {
      await page.getByRole('button', { name: 'Add a medication' }).click();
    }
    await page.locator(`select[name="medications.${i}"]`).selectOption(m);
  }
  for (const [k, v] of Object.entries(c.vitals ?? {})) {
    await page.locator(`input[name="vitals.${k}"]`).fill(String(v));
  }
  const exam = c.exam ?? {};
  for (const part of ['mrc', 'reflexes', 'romPercentOfNormal'] as const) {
    for (const [k, v] of Object.entries(exam[part] ?? {})) {
      const field = page.locator(`[name="exam.${part}.${k}"]`);
      await (part === 'romPercentOfNormal' ? field.fill(String(v)) : field.selectOption(String(v)));
    }
  }
  if (exam.mas !== undefined) {
    await page.locator('select[name="exam.mas"]').selectOption(exam.mas);
  }
  if (exam.romDegrees !== undefined) {
    await page
      .locator('select[name="exam.romDegrees.region"]')
      .selectOption(exam.romDegrees.region);
    for (const [k, v] of Object.entries(exam.romDegrees.movements)) {
      await page.locator(`input[name="exam.romDegrees.movements.${k}"]`).fill(String(v));
    }
  }
  for (const [i, row] of ((exam.sensory ?? []) as Record<string, string>[]).entries()) {
    await page.getByRole('button', { name: 'Add a sensory test' }).click();
    for (const [k, v] of Object.entries(row)) {
      await page.locator(`select[name="exam.sensory.${i}.${k}"]`).selectOption(v);
    }
  }
  for (const g of exam.gait ?? []) {
    await page.locator(`input[name="exam.gait-${g}"]`).check();
  }
  for (const [i, lab] of ((c.labs ?? []) as Record<string, any>[]).entries()) {
    if (i > 0) {
      await page.getByRole('button', { name: 'Add a result' }).click();
    }
    await page.locator(`select[name="labs.${i}.loinc"]`).selectOption(lab.loinc);
    await page.locator(`input[name="labs.${i}.value"]`).fill(String(lab.value));
    await page.locator(`select[name="labs.${i}.unit"]`).selectOption(lab.unit);
    for (const end of ['low', 'high'] as const) {
      if (lab.referenceRange?.[end] !== undefined) {
        await page
          .locator(`input[name="labs.${i}.referenceRange.${end}"]`)
          .fill(String(lab.referenceRange[end]));
      }
    }
  }
  for (const key of ['emg', 'imaging'] as const) {
    for (const [f, v] of Object.entries(c[key] ?? {})) {
      await page.locator(`input[name="${key}.${f}"][value="${v ? 'present' : 'absent'}"]`).check();
    }
  }
  if (c.csf !== undefined) {
    await page.locator('input[name="csf.whiteCellsPerMm3"]').fill(String(c.csf.whiteCellsPerMm3));
  }
  if (c.questionnaires !== undefined) {
    throw new Error(
      'this test enters no questionnaire: pick a case without one or extend enterCase',
    );
  }
}

/** What `tonus case` gives for a case file. */
function tonusCase(file: string): { triage: { level: string }; groups: { group: string }[] } {
  return JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', 'src/main/cli.ts', 'case', file, '--json'], {
      encoding: 'utf8',
    }),
  );
}

/** axe (WCAG 2.2 AA) at a phone's and a desktop's width. */
async function axeAtBothWidths(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    out.push(...(await axeViolations(page)).map((v) => `${String(width)} px: ${v}`));
  }
  return out;
}

/** Enters a case by hand and waits for the live result to give `tonus case`'s triage and leading group. */
async function enterAndCompare(page: Page, file: string): Promise<void> {
  await page.getByRole('heading', { name: 'New assessment' }).waitFor();
  await enterCase(page, JSON.parse(readFileSync(file, 'utf8')));
  const expected = tonusCase(file);
  // the level, or what stands in its place (the form's errors), so a miss says why; polled without a
  // locator's own 30 s wait, within a minute for a loaded machine
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const panel = document.querySelector('.sticky');
          return (
            panel?.querySelector('[data-level]')?.getAttribute('data-level') ??
            `no level; ${panel === null ? 'no result panel' : `errors: ${panel.querySelector('.error')?.textContent ?? 'none'}`}`
          );
        }),
      { timeout: 60_000 },
    )
    .toBe(expected.triage.level);
  expect(await page.locator('[data-testid="groups"] li').first().getAttribute('data-group')).toBe(
    expected.groups[0]?.group,
  );
}

describe('the clinician in Chromium', () => {
  test('enters public cases by hand through the structured controls and sees the triage and leading group of tonus case; saves one; downloads its PDF; builds a plan and an order refused at a hard stop until a reason is given; uploads an EMG recording and sees its bursts', async () => {
    const { context, page } = await newPage(browser!, served!.base, { width: 1280 });
    await signIn(page, DEMO.clinician);
    await page.waitForURL(/\/clinician/);
    await page.getByRole('heading', { name: 'Your patients' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await narrowOverflow(page)).toEqual([]);
    await screenshots(page, 'clinician-patients');
    await page.getByRole('link', { name: 'Ada Demo' }).click();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    await page.getByRole('table', { name: 'Timeline' }).locator('tbody tr').first().waitFor();
    const patientId = /patients\/([^/]+)/.exec(page.url())?.[1] ?? '';

    // the course from the server's summary: the diary chart drawn, its table a row a day with the server's
    // flags in words, the outcome measures with theirs, under the decision-support notice
    const summary = await page.evaluate(
      async (url) => (await fetch(url)).json(),
      `/api/patients/${patientId}/summary`,
    );
    const flaggedDays = summary.diary.filter((d: any) => d.importantChange).length;
    expect(flaggedDays).toBeGreaterThan(0);
    const course = page.getByRole('region', { name: 'Course' });
    await course.locator('.notice', { hasText: 'Decision support, not a diagnosis' }).waitFor();
    const chart = course.getByRole('img', {
      name: `Chart of the patient’s spasms per day, worst severity and mean pain over ${String(summary.diary.length)} days`,
    });
    const canvas = await chart.locator('canvas').first().boundingBox();
    expect(canvas?.width ?? 0).toBeGreaterThan(390);
    // drawn at a desktop's width, the chart narrows with the window to a phone's
    await page.setViewportSize({ width: 390, height: 844 });
    await expect
      .poll(async () => (await chart.locator('canvas').first().boundingBox())?.width ?? 0)
      .toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
    await course.getByText('The same figures as a table').click();
    const dayRows = course.locator('figure details table tbody tr');
    expect(await dayRows.count()).toBe(summary.diary.length);
    expect(await dayRows.filter({ hasText: 'Clinically important change' }).count()).toBe(
      flaggedDays,
    );
    const nrs = course.getByRole('table', { name: 'Pain NRS' });
    const nrsFlags = summary.outcomes
      .find((o: any) => o.instrument === 'nrs')
      .points.map((p: any) => p.importantChange);
    expect(nrsFlags).toContain(true);
    expect(
      (await nrs.locator('tbody tr td:last-child').allTextContents()).map((t) =>
        t.includes('Clinically important change'),
      ),
    ).toEqual(nrsFlags);
    expect(await course.getByRole('table', { name: 'ODI' }).textContent()).toContain(
      'Not judged: no change rule for this scale',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(await narrowOverflow(page)).toEqual([]);
    await screenshots(page, 'clinician-patient');

    // the record as a FHIR R4 Bundle, downloaded with the session cookie under a sensible name
    const [fhir] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export FHIR R4 (JSON)' }).click(),
    ]);
    expect(fhir.suggestedFilename()).toBe(`tonus-patient-${patientId}-fhir-r4.json`);
    const bundleFile = join(tmp, 'bundle.json');
    await fhir.saveAs(bundleFile);
    const bundle = JSON.parse(readFileSync(bundleFile, 'utf8'));
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.entry.some((e: any) => e.resource.resourceType === 'Patient')).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);

    // a case with vital signs and labs, then one with the examination, labs and conditions
    await page.getByRole('link', { name: 'New assessment' }).click();
    await enterAndCompare(page, CASE_VITALS);
    // a slip names its field and rule beside the control, and the live result waits for it to be mended
    await page.locator('input[name="vitals.heartRate"]').fill('5');
    await expect
      .poll(() => page.locator('input[name="vitals.heartRate"]').getAttribute('aria-invalid'))
      .toBe('true');
    expect(
      await page.locator('fieldset:has(input[name="vitals.heartRate"]) .error').textContent(),
    ).toContain('vitals.heartRate: must be at least 20');
    expect(await page.getByRole('button', { name: 'Save the encounter' }).isDisabled()).toBe(true);

    await page.goto(`/clinician/patients/${patientId}/assess`);
    await enterAndCompare(page, CASE);
    const expected = tonusCase(CASE);
    expect(await axeAtBothWidths(page)).toEqual([]);
    expect(await narrowOverflow(page)).toEqual([]);
    await screenshots(page, 'clinician-assessment');

    await page.getByRole('button', { name: 'Save the encounter' }).click();
    await page.waitForURL(/encounters\//);
    await expect
      .poll(() => page.locator('[data-level]').getAttribute('data-level'))
      .toBe(expected.triage.level);
    expect(await axeViolations(page)).toEqual([]);
    expect(await narrowOverflow(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'PDF report' }).click(),
    ]);
    const pdf = join(tmp, 'report.pdf');
    await download.saveAs(pdf);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(
      `Triage level: ${LEVEL_NAMES[expected.triage.level as keyof typeof LEVEL_NAMES]}`,
    );
    expect(text).toMatch(/signature/i);
    expect(text).toMatch(/not a diagnosis/);

    // the plan builder: the planner's steps with their sources, one left out, one added, a goal; saved
    const builder = page.locator('[data-testid="plan-builder"]');
    await builder.waitFor();
    const steps = page.locator('[data-testid="plan-steps"] li');
    expect(await steps.count()).toBeGreaterThan(0);
    expect(await steps.first().textContent()).toMatch(/Sources /);
    const first = (await steps.first().getAttribute('data-measure')) ?? '';
    await page.locator(`input[name="step-${first}"]`).uncheck();
    const added = await page
      .locator('select[name="add-step"] option:not([value=""])')
      .first()
      .getAttribute('value');
    await page.locator('select[name="add-step"]').selectOption(added ?? '');
    await page.getByRole('button', { name: 'Add the step' }).click();
    await page.locator(`input[name="step-${added}-times"]`).fill('2');
    await page.getByLabel(/^Goals/).fill('Walk for 20 minutes every day');
    await page.getByRole('button', { name: 'Save the plan' }).click();
    await page.getByText('Plan saved').waitFor();

    // an order that hits a hard stop: refused until a reason is given, then saved with it
    await page.locator('select[name="order.drug"]').selectOption('baclofen');
    await page.locator('input[name="order.dose.value"]').fill('500');
    await page.locator('input[name="order.dosesPerDay"]').fill('4');
    const check = page.locator('#order-check');
    await expect.poll(() => check.getAttribute('data-blocked')).toBe('true');
    expect(await check.locator('li[data-severity="hard_stop"]').textContent()).toMatch(
      /Hard stop:.*OC-DOSE-IMPLAUSIBLE; sources/,
    );
    const save = page.getByRole('button', { name: 'Save the order' });
    expect(await save.isDisabled()).toBe(true);
    expect(await axeAtBothWidths(page)).toEqual([]);
    expect(await narrowOverflow(page)).toEqual([]);
    await screenshots(page, 'clinician-plan-hard-stop');
    // the server refuses the same order without a reason (the browser only mirrors its rule)
    const refused = await page.evaluate(
      async ([url]) => {
        const body = {
          order: {
            drug: 'baclofen',
            route: 'oral',
            dose: { value: 500, unit: 'mg' },
            dosesPerDay: 4,
            orderDate: new Date().toISOString().slice(0, 10),
          },
          patient: { ageYears: 63 },
        };
        const r = await fetch(url ?? '', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return { status: r.status, text: await r.text() };
      },
      [`/api/patients/${patientId}/orders`],
    );
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('overrideReason');
    await page.getByLabel(/Reason to override/).fill('Too short');
    expect(await save.isDisabled()).toBe(true);
    await page
      .getByLabel(/Reason to override/)
      .fill('Intrathecal trial dose confirmed with the pharmacist');
    expect(await save.isDisabled()).toBe(false);
    await save.click();
    const server = page.locator('#order-server-check');
    await server.waitFor();
    expect(await server.getAttribute('data-blocked')).toBe('true');
    expect(await server.locator('li[data-severity="hard_stop"]').count()).toBe(1);
    expect(await axeAtBothWidths(page)).toEqual([]);
    expect(await narrowOverflow(page)).toEqual([]);
    await screenshots(page, 'clinician-plan-saved');

    // both on the patient's timeline
    await page.goto(`/clinician/patients/${patientId}`);
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    const timelineTable = page.getByRole('table', { name: 'Timeline' });
    await timelineTable.locator('tbody tr th', { hasText: 'Order' }).waitFor();
    const timeline = (await timelineTable.locator('tbody').textContent()) ?? '';
    expect(timeline).toContain('baclofen 500 mg, 4 times a day (hard stop overridden)');
    expect(timeline).toContain('Walk for 20 minutes every day');

    // EMG: a seeded synthetic recording with spasms, as EDF; the trace comes from the stored study
    const edf = join(tmp, 'rest.edf');
    await writeSynthetic(
      { seed: 5, fs: 1000, durationS: 20, channels: 2, spasms: { count: 3 } },
      'edf',
      await createFileSink(edf),
    );
    await page.goto(`/clinician/patients/${patientId}/emg`);
    await page.getByLabel(/Upload a recording/).setInputFiles(edf);
    // picking shows the file and the patient; nothing is sent until the button is pressed
    await page.getByRole('group', { name: 'To be sent' }).getByText('rest.edf').waitFor();
    await page.getByRole('button', { name: 'Upload and analyse' }).click();
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
    expect(table).toContain('Bursts');
    expect(table).not.toContain('burstCount');
    await page.locator('.notice', { hasText: 'Decision support, not a diagnosis' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await narrowOverflow(page)).toEqual([]);
    await screenshots(page, 'clinician-emg');
    await context.close();
  }, 600_000);
});

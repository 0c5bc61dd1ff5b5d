/**
 * @module The encounter's PDF report read back as text (poppler's pdftotext, as a reader would see it):
 * findings, conditions and medications and the triage level in words, never a knowledge-base code; the
 * treatment of the cause apart from what the patient does alone; the patient's report without it; the
 * header's patient line with the age on the day of the encounter and the sex from the record.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ageOn } from '../../src/domain/shared/index.js';
import { FINDING_NAMES, MEDICATION_NAMES } from '../../src/i18n/findings.en.js';
import { LEVEL_NAMES } from '../../src/i18n/triage.en.js';
import { prescriptionMention } from '../../src/domain/kb/index.js';
import { DIALECTS, useService } from '../support/service.js';

describe.each(DIALECTS)('the encounter report on %s', (dialect) => {
  const f = useService(dialect, { world: true });
  let dir: string;
  let encounterUrl: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tonus-report-'));
    const r = await f.s.app.inject({
      method: 'POST',
      url: `/api/patients/${f.w.patient.patientId}/encounters`,
      headers: f.w.clinician.headers,
      payload: {
        patient: { ageYears: 34, sex: 'male' },
        history: { onset: 'sudden', triggers: ['lifting'], regions: ['lumbar'], painNrs: 6 },
        findings: { paraspinal_tenderness: true, saddle_anaesthesia: false },
        medications: ['thiazide_diuretic'],
        conditions: [],
      },
    });
    expect(r.statusCode).toBe(201);
    encounterUrl = `/api/patients/${f.w.patient.patientId}/encounters/${(JSON.parse(r.body) as { id: string }).id}`;
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function reportText(headers: Record<string, string>): Promise<string> {
    const r = await f.s.app.inject({ method: 'GET', url: `${encounterUrl}/report.pdf`, headers });
    expect(r.statusCode).toBe(200);
    const file = join(dir, `${String(Math.random()).slice(2)}.pdf`);
    writeFileSync(file, r.rawPayload);
    // one line per line of text, words kept apart as laid out
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  }

  test("the clinician's report says what was entered and the triage level in words, never a code", async () => {
    const text = await reportText(f.w.clinician.headers);
    const enc = JSON.parse(
      (await f.s.app.inject({ method: 'GET', url: encounterUrl, headers: f.w.clinician.headers }))
        .body,
    ) as {
      result: {
        triage: { level: keyof typeof LEVEL_NAMES };
        pharmacotherapy: { causeTreatment: { text: string }[] };
      };
    };
    expect(text).toContain(`Triage level: ${LEVEL_NAMES[enc.result.triage.level]}`);
    expect(text).toContain(FINDING_NAMES.paraspinal_tenderness);
    expect(text).toContain(FINDING_NAMES.saddle_anaesthesia);
    expect(text).toContain(`Medications: ${MEDICATION_NAMES.thiazide_diuretic}`);
    for (const code of ['paraspinal_tenderness', 'saddle_anaesthesia', 'thiazide_diuretic']) {
      expect(text).not.toContain(code);
    }
    expect(text).not.toMatch(/Triage level: [a-z_]+\s*$/m);
    expect(text).toMatch(/not a diagnosis/);
    // what only a prescriber gives stands under its own heading, after the self-care plan
    const cause = enc.result.pharmacotherapy.causeTreatment;
    expect(cause.length).toBeGreaterThan(0);
    const heading = text.indexOf('Treatment of the cause (prescriber)');
    expect(heading).toBeGreaterThan(text.indexOf('Plan'));
    expect(text.indexOf((cause[0]?.text ?? '').slice(0, 30))).toBeGreaterThan(heading);
  });

  test("the patient's own report names no medicine, only how many the clinician recorded", async () => {
    const r = await f.s.app.inject({
      method: 'POST',
      url: `/api/patients/${String(f.w.patient.patientId)}/encounters`,
      headers: f.w.clinician.headers,
      payload: {
        patient: { ageYears: 34, sex: 'male' },
        history: { onset: 'sudden', triggers: ['lifting'], regions: ['lumbar'], painNrs: 6 },
        findings: { paraspinal_tenderness: true },
        medications: ['baclofen', 'tizanidine', 'diazepam'],
        conditions: [],
      },
    });
    expect(r.statusCode).toBe(201);
    const url = `/api/patients/${String(f.w.patient.patientId)}/encounters/${(JSON.parse(r.body) as { id: string }).id}`;
    const read = async (headers: Record<string, string>): Promise<string> => {
      const pdf = await f.s.app.inject({ method: 'GET', url: `${url}/report.pdf`, headers });
      expect(pdf.statusCode).toBe(200);
      const file = join(dir, `${String(Math.random()).slice(2)}.pdf`);
      writeFileSync(file, pdf.rawPayload);
      return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    };
    const mine = await read(f.w.patient.headers);
    expect(mine).toContain('Medications: 3 medicines as recorded by your clinician');
    for (const drug of ['baclofen', 'tizanidine', 'diazepam']) {
      expect(mine.toLowerCase()).not.toContain(drug);
    }
    // nor anything else the check for patient-facing text refuses
    expect(prescriptionMention(mine)).toBeUndefined();
    expect(await read(f.w.clinician.headers)).toContain(
      'Medications: baclofen; tizanidine; diazepam',
    );
  });

  test("the patient's own report has no prescriber's treatment and says medicines need a prescriber", async () => {
    const text = await reportText(f.w.patient.headers);
    expect(text).not.toContain('Treatment of the cause (prescriber)');
    expect(text).toMatch(/prescribed by a doctor/);
  });

  test('the header says "not recorded" until the record has them, then the age and sex', async () => {
    expect(await reportText(f.w.clinician.headers)).toMatch(
      /Patient: Patient One; age not recorded; sex not recorded/,
    );
    const set = await f.s.app.inject({
      method: 'PATCH',
      url: `/api/patients/${f.w.patient.patientId}`,
      headers: f.w.clinician.headers,
      payload: { birthDate: '1960-02-29', sex: 'male' },
    });
    expect(set.statusCode).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    const age = ageOn('1960-02-29', today) ?? -1;
    expect(await reportText(f.w.patient.headers)).toContain(
      `Patient: Patient One; age ${String(age)} (born 1960-02-29); sex male`,
    );
  });
});

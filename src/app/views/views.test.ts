import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { strainAda } from '../../../test/fixtures/assessments.js';
import { DRUGS, MEDICATIONS } from '../../domain/kb/index.js';
import { ORDER_RULES } from '../../domain/orders/index.js';
import { RED_FLAG_RULES } from '../../domain/triage/index.js';
import { en } from '../../i18n/index.js';
import { assessDocument } from '../assess-document.js';
import { checkOrderDocument } from '../check-order.js';
import { runCase } from '../run-case.js';
import { CaseCheckView, toCaseCheckView } from './case-check-view.js';
import { ClinicianView, toClinicianView } from './clinician-view.js';
import { OrderCheckView, toOrderCheckView } from './order-check-view.js';
import { PatientView, toPatientView } from './patient-view.js';

const documents = ['cases/public', 'cases/dev'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map(
      (f) => [`${dir}/${f}`, JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as unknown] as const,
    ),
);

/** Words that name a prescription drug or its class, as a patient might read them. */
const DRUG_WORDS = [
  ...DRUGS.map((d) => d.replace(/_/g, ' ')),
  ...MEDICATIONS.map((m) => m.replace(/_/g, ' ')),
  'botulinum',
  'aciclovir',
  'hydrocortisone',
  'nsaid',
  'muscle relaxant',
  'antibiotic',
  'anticholinergic',
].map((w) => w.toLowerCase());
const DOSE = /\d\s*(mg|mcg|µg|g|u|units?|ml)\b/i;

/** Keys whose values are codes (a rule's id, source ids), never shown as words: a rule may be named after a drug. */
const CODES = new Set(['rule', 'sourceIds']);

function strings(v: unknown): string[] {
  if (typeof v === 'string') {
    return [v];
  }
  if (Array.isArray(v)) {
    return v.flatMap(strings);
  }
  if (typeof v === 'object' && v !== null) {
    return Object.entries(v).flatMap(([k, x]) => (CODES.has(k) ? [] : strings(x)));
  }
  return [];
}

describe('patient view', () => {
  test.each(documents)(
    '%s: level, reasons and self-care in lay words, with no drug, dose or differential',
    (_file, doc) => {
      const r = assessDocument(doc, 'patient', '2026-11-25');
      expect(r.ok).toBe(true);
      if (!r.ok) {
        return;
      }
      const view = PatientView.parse(toPatientView(r.value, en));
      expect(view.notice).toMatch(/decision support, not a diagnosis/i);
      expect(view.triage.reasons.length).toBeGreaterThan(0);
      for (const text of strings({ ...view, triage: { ...view.triage, level: '' } })) {
        for (const word of DRUG_WORDS) {
          expect(text.toLowerCase(), `${text} names ${word}`).not.toContain(word);
        }
        expect(text).not.toMatch(DOSE);
      }
    },
  );

  test('the patient wording of every triage rule names no drug and no dose', () => {
    for (const rule of RED_FLAG_RULES) {
      const text = en.reasonForPatient(rule.id).toLowerCase();
      for (const word of DRUG_WORDS) {
        expect(text, `${rule.id} names ${word}`).not.toContain(word);
      }
      expect(text).not.toMatch(DOSE);
    }
  });

  test('the schema refuses a view that carries a differential or drug options', () => {
    const r = assessDocument(documents[0]?.[1], 'clinician', '2026-11-25');
    if (!r.ok) {
      throw new Error('fixture');
    }
    const view = toPatientView(r.value, en);
    expect(PatientView.safeParse({ ...view, differential: [] }).success).toBe(false);
    expect(PatientView.safeParse({ ...view, pharmacotherapy: {} }).success).toBe(false);
  });

  test('a clinician result shown to a patient still carries nothing clinician-only', () => {
    const r = assessDocument(
      JSON.parse(readFileSync('examples/assessments/post-stroke-spasticity.json', 'utf8')),
      'clinician',
      '2026-11-25',
    );
    if (!r.ok) {
      throw new Error('fixture');
    }
    expect(r.value.pharmacotherapy?.options.length).toBeGreaterThan(0);
    const text = JSON.stringify(toPatientView(r.value, en)).toLowerCase();
    for (const drug of DRUGS) {
      expect(text).not.toContain(drug.replace(/_/g, ' '));
    }
  });
});

describe('clinician and case-check views', () => {
  test.each(documents)('%s: both views satisfy their schemas', (_file, doc) => {
    const r = runCase(doc, { asOf: '2026-11-25' });
    expect(r.ok).toBe(true);
    if (!r.ok) {
      return;
    }
    const clinician = ClinicianView.parse(toClinicianView(r.value.result, en));
    for (const d of clinician.differential) {
      expect(d.name).toBe(en.condition[d.condition]);
    }
    expect(clinician.triage.reasons.every((x) => x.text !== x.rule)).toBe(true);
    const check = CaseCheckView.parse(toCaseCheckView(r.value, en));
    expect(check.id).toBe(r.value.file.id);
    expect(check.differential.map((d) => d.condition)).toEqual(
      r.value.result.differential.map((d) => d.condition),
    );
  });

  test('evidence is given as its code and its words', () => {
    const r = assessDocument(strainAda, 'clinician', '2026-11-25');
    if (!r.ok) {
      throw new Error('fixture');
    }
    const top = toClinicianView(r.value, en).differential[0];
    expect(top?.for).toContainEqual({ code: 'trig:lifting', text: 'set off by lifting' });
  });
});

describe('order-check view', () => {
  test('every finding carries its rule, severity, sources and a message in words', () => {
    const r = checkOrderDocument(
      JSON.parse(readFileSync('examples/orders/tizanidine-ciprofloxacin.json', 'utf8')),
    );
    if (!r.ok) {
      throw new Error('fixture');
    }
    const view = OrderCheckView.parse(toOrderCheckView(r.value, en));
    expect(view.blocked).toBe(true);
    const ids = new Set<string>(ORDER_RULES.map((x) => x.id));
    for (const f of view.findings) {
      expect(ids.has(f.rule)).toBe(true);
      expect(f.sourceIds.length).toBeGreaterThan(0);
      expect(f.message).not.toBe(f.rule);
    }
  });
});

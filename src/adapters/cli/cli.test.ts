import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { strainAda } from '../../../test/fixtures/assessments.js';
import { CONDITION_IDS, DRUGS } from '../../domain/kb/index.js';
import { EXIT } from './index.js';
import { memoryCli } from './memory-io.js';

const cli = memoryCli;

/** A case file built on the shared strain fixture, with the fields the bad-input variants change. */
const strain = {
  format: 'tonus-case/1',
  id: 'cli-strain',
  summary: 'Low-back strain after lifting, for the bad-input variants.',
  ...strainAda,
  history: { ...strainAda.history, psfsFrequency: 2, psfsSeverity: 2 },
  exam: { mrc: { L4: 5, L5: 5, S1: 5 } },
  expected: { triage: 'self_care', group: 'muscle', conditions: ['exertional_overuse'] },
};
const variant = (change: (c: Record<string, any>) => void): string => {
  const c = structuredClone(strain) as Record<string, any>;
  change(c);
  return JSON.stringify(c);
};

describe('tonus case', () => {
  test('a folder prints one line per case and a summary, and exits 0 when all pass', async () => {
    const r = await cli().run('case', 'cases/public');
    expect(r.code).toBe(EXIT.ok);
    const lines = r.out.split('\n');
    expect(lines.filter((l) => l.startsWith('PASS'))).toHaveLength(20);
    expect(lines.at(-1)).toMatch(
      /^20 cases: 20 passed, 0 failed; triage 20\/20 \(under 0, over 0\)/,
    );
  });

  test('--json prints the FORMAT.md object with every required key', async () => {
    const r = await cli().run('case', 'cases/dev/dev-29-thiazide-mild-history-only.json', '--json');
    expect(r.code).toBe(EXIT.ok);
    const doc = JSON.parse(r.out) as Record<string, any>;
    expect(doc.id).toBe('dev-29-thiazide-mild-history-only');
    // loose stools on a water tablet with no potassium measured: a blood test the same day
    expect(doc.triage.level).toBe('consultation_24');
    expect(doc.triage.reasons[0]).toMatchObject({ rule: 'RF-DIURETIC-GUT-LOSSES' });
    expect(doc.triage.reasons[0]).toHaveProperty('rule');
    expect(doc.triage.reasons[0]).toHaveProperty('source');
    const sum = (doc.groups as { probability: number }[]).reduce((s, g) => s + g.probability, 0);
    expect(sum).toBeCloseTo(1, 3);
    expect(doc.differential).toHaveLength(CONDITION_IDS.length);
    expect(doc.differential[0]).toEqual(
      expect.objectContaining({
        condition: 'hypokalemia',
        for: expect.any(Array),
        against: expect.any(Array),
        missing: expect.any(Array),
      }),
    );
    const scores = (doc.differential as { score: number }[]).map((d) => d.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(doc.check).toEqual({ triage: 'pass', group: 'pass', condition: 'pass' });
    expect(doc.nextTests[0]).toEqual(
      expect.objectContaining({ test: expect.any(String), why: expect.any(String) }),
    );
  });

  test('--json on a folder prints an array and puts the summary on stderr', async () => {
    const r = await cli().run('case', 'cases/public', '--json');
    expect(JSON.parse(r.out)).toHaveLength(20);
    expect(r.err).toMatch(/^20 cases: 20 passed/);
  });

  test('a case whose expected answer the engine misses exits 1 and says under when triage is too low', async () => {
    const r = await cli({ 'wrong.json': variant((c) => (c.expected.triage = 'emergency')) }).run(
      'case',
      'wrong.json',
    );
    expect(r.code).toBe(EXIT.failed);
    expect(r.out).toMatch(/^Decision support, not a diagnosis/);
    expect(r.out).toMatch(/^FAIL .*\(under\)/m);
  });

  const bad: [string, string, RegExp][] = [
    ['malformed JSON', '{ "id": "x", ', /not valid JSON/],
    [
      'an unknown finding id',
      variant((c) => (c.findings.back_on_fire = true)),
      /findings\.back_on_fire: unknown finding id "?back_on_fire/,
    ],
    [
      'an unknown condition id',
      variant((c) => (c.conditions = ['gout'])),
      /conditions\[0\]: unknown condition id "gout"/,
    ],
    [
      'an unknown medication id',
      variant((c) => (c.medications = ['aspirin'])),
      /medications\[0\]: unknown medication id "aspirin"/,
    ],
    [
      'pain 11',
      variant((c) => (c.history.painNrs = 11)),
      /history\.painNrs: must be at most 10 \(got 11\)/,
    ],
    ['MRC 6', variant((c) => (c.exam.mrc.L4 = 6)), /exam\.mrc\.L4: must be at most 5 \(got 6\)/],
    [
      'a lab unit that cannot measure the analyte',
      variant((c) => (c.labs = [{ loinc: '2823-3', value: 4, unit: 'mg/dL' }])),
      /labs\[0\]\.unit: unit "mg\/dL" cannot measure potassium \(LOINC 2823-3\)/,
    ],
    ['a missing patient', variant((c) => delete c.patient), /patient: is required/],
    [
      'PSFS severity without frequency',
      variant((c) => (c.history.psfsFrequency = 0)),
      /history\.psfsSeverity: PSFS severity is only given when spasm frequency is 1 or more/,
    ],
  ];
  test.each(bad)(
    '%s exits 2 with a message naming the field and the rule',
    async (_what, text, message) => {
      const r = await cli({ 'bad.json': text }).run('case', 'bad.json');
      expect(r.code).toBe(EXIT.badInput);
      expect(r.err).toMatch(message);
      expect(r.out).toBe('');
    },
  );

  test('a missing file exits 2 and says so', async () => {
    const r = await cli().run('case', 'no/such/case.json');
    expect(r.code).toBe(EXIT.badInput);
    expect(r.err).toMatch(/no such file/);
  });
});

describe('tonus assess', () => {
  test('the patient report gives the level, reasons and self-care and names no prescription drug or dose', async () => {
    for (const file of readdirSync('cases/public')) {
      const r = await cli().run('assess', `cases/public/${file}`, '--audience', 'patient');
      expect(r.code).toBe(EXIT.ok);
      expect(r.out).toMatch(/Decision support, not a diagnosis/);
      for (const drug of [...DRUGS, 'botulinum', 'aciclovir', 'hydrocortisone', 'NSAID']) {
        expect(r.out.toLowerCase(), `${file} names ${drug}`).not.toContain(
          drug.replace('_', ' ').toLowerCase(),
        );
      }
      expect(r.out).not.toMatch(/\d\s*(mg|mcg|µg|U)\b/);
    }
  });

  test('the patient JSON carries no differential and no drug names', async () => {
    const r = await cli().run(
      'assess',
      'examples/assessments/post-stroke-spasticity.json',
      '--audience',
      'patient',
      '--json',
    );
    const doc = JSON.parse(r.out) as Record<string, unknown>;
    expect(doc).not.toHaveProperty('differential');
    expect(doc).not.toHaveProperty('pharmacotherapy');
    for (const drug of DRUGS) {
      expect(r.out).not.toContain(drug);
    }
  });

  test('the clinician report shows the differential, next tests, options with their safety flags and the scales', async () => {
    const r = await cli().run('assess', 'examples/assessments/post-stroke-spasticity.json');
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/DIFFERENTIAL\n {2}1\. After a stroke/);
    expect(r.out).toMatch(/tizanidine — BLOCKED for this patient/);
    expect(r.out).toMatch(/HARD_STOP: Tizanidine is contraindicated with fluvoxamine/);
    expect(r.out).toMatch(/ODI 42\.2 %/);
    expect(r.out).toMatch(/STarT Back 5\/9, psychosocial 3\/5: medium risk/);
    expect(r.out).toMatch(/lowest ROM 61 % of normal/);
  });
});

describe('tonus check-order', () => {
  test('a contraindicated order prints the hard stop and exits 1', async () => {
    const r = await cli().run('check-order', 'examples/orders/tizanidine-ciprofloxacin.json');
    expect(r.code).toBe(EXIT.failed);
    expect(r.out).toMatch(
      /HARD_STOP\s+OC-TIZ-CYP1A2\s+Tizanidine is contraindicated with ciprofloxacin/,
    );
    expect(r.out).toMatch(/BLOCKED/);
  });

  test('--json lists every finding with severity and source', async () => {
    const r = await cli().run('check-order', 'examples/orders/botulinum-too-soon.json', '--json');
    expect(r.code).toBe(EXIT.ok);
    const doc = JSON.parse(r.out) as {
      findings: { rule: string; severity: string; sourceIds: string[] }[];
    };
    expect(doc.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['OC-BTX-INT', 'OC-BTX-CUM']),
    );
    expect(doc.findings.every((f) => f.sourceIds.length > 0)).toBe(true);
  });

  test('an order with an unknown drug exits 2 naming the field', async () => {
    const r = await cli({
      'o.json': JSON.stringify({
        order: { drug: 'aspirin', route: 'oral', orderDate: '2026-11-25' },
        patient: { ageYears: 40 },
      }),
    }).run('check-order', 'o.json');
    expect(r.code).toBe(EXIT.badInput);
    expect(r.err).toMatch(/order\.drug: unknown drug id "aspirin"/);
  });
});

describe('tonus kb and help', () => {
  test('--help lists every command with an example', async () => {
    const r = await cli().run('--help');
    expect(r.code).toBe(EXIT.ok);
    for (const command of ['case', 'assess', 'check-order', 'kb', 'emg']) {
      expect(r.out).toContain(`  ${command}`);
      expect(r.out).toMatch(new RegExp(`\\$ tonus ${command}`));
    }
  });

  test('kb --unverified --json lists only UNVERIFIED facts with their sources', async () => {
    const r = await cli().run('kb', '--unverified', '--json');
    const facts = JSON.parse(r.out) as { status: string; sourceIds: string[] }[];
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((f) => f.status === 'UNVERIFIED' && f.sourceIds.length > 0)).toBe(true);
  });

  test('an unknown command is a usage error', async () => {
    expect((await cli().run('diagnose')).code).toBe(EXIT.badInput);
  });
});

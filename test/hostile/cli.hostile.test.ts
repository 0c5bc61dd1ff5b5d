import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, test } from 'vitest';
import { MEMORY_LIMIT_MB, TIME_LIMIT_S, tonus, type HostileRun } from './harness.js';

/**
 * Each try runs the real CLI, as a user would, and must end within the bounds with the expected exit
 * code and a message that names what is wrong; none may print a stack trace.
 */
let dir = '';
const file = (name: string, content: string): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const patient = { ageYears: 40, sex: 'female' };
const expected = { triage: 'consultation', group: null, conditions: ['exertional_overuse'] };
const caseText = (body: string): string =>
  `{"id":"hostile","patient":${JSON.stringify(patient)},${body},"expected":${JSON.stringify(expected)}}`;
const orderText = (order: Record<string, unknown>, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({
    order: { action: 'start', orderDate: '2026-11-25', ...order },
    patient: { ageYears: 45, crclMlMin: 90, hepatic: 'none', liverTestsOnFile: true, ...extra },
  });

function bounded(r: HostileRun): void {
  expect(r.seconds).toBeLessThan(TIME_LIMIT_S);
  expect(r.peakMb).toBeLessThan(MEMORY_LIMIT_MB);
  expect(r.err).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tonus-hostile-'));
});

describe('input that would silently change the clinical answer is refused', () => {
  test.each([
    [
      'a red flag written true then false',
      caseText('"findings":{"saddle_anaesthesia":true,"saddle_anaesthesia":false}'),
      /findings\.saddle_anaesthesia: the key "saddle_anaesthesia" is given twice/,
    ],
    [
      'a second findings object',
      caseText('"findings":{"saddle_anaesthesia":true},"findings":{}'),
      /findings: the key "findings" is given twice/,
    ],
    [
      'a second medications list',
      caseText('"medications":["ciprofloxacin"],"medications":[]'),
      /medications: the key "medications" is given twice/,
    ],
    [
      '__proto__ inside findings',
      caseText('"findings":{"__proto__":{"saddle_anaesthesia":true}}'),
      /findings\.__proto__: the key "__proto__" is not allowed/,
    ],
    [
      '__proto__ inside exam.reflexes',
      caseText('"exam":{"reflexes":{"__proto__":{"patellar":4}}}'),
      /exam\.reflexes\.__proto__/,
    ],
    [
      '__proto__ inside exam.mrc',
      caseText('"exam":{"mrc":{"__proto__":{"L4":2}}}'),
      /exam\.mrc\.__proto__/,
    ],
    [
      'a male patient with pregnancy',
      caseText('"conditions":["pregnancy"]').replace('"female"', '"male"'),
      /conditions\[0\]: pregnancy cannot be recorded for a patient whose patient\.sex is male/,
    ],
    [
      'a 2-year-old with pregnancy and dialysis',
      caseText('"conditions":["pregnancy","dialysis"]').replace('"ageYears":40', '"ageYears":2'),
      /conditions\[0\]: pregnancy cannot be recorded at patient\.ageYears 2/,
    ],
  ])('case: %s exits 2 naming the field', (label, text, message) => {
    const r = tonus(label, ['case', file('c.json', text)]);
    bounded(r);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  test('check-order: a second drug key is refused, so the other drug is never checked instead', () => {
    const text = orderText({ route: 'oral', dose: { value: 2, unit: 'mg' } }).replace(
      '"order":{',
      '"order":{"drug":"tizanidine","drug":"baclofen",',
    );
    const r = tonus('order duplicate drug', ['check-order', file('o.json', text)]);
    bounded(r);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/order\.drug: the key "drug" is given twice/);
  });

  test.each([
    [
      'intrathecal baclofen 100 g',
      { drug: 'baclofen', route: 'intrathecal', dose: { value: 100, unit: 'g' } },
    ],
    [
      'oral clonidine 1000 g',
      { drug: 'clonidine', route: 'oral', dose: { value: 1000, unit: 'g' } },
    ],
    [
      'tizanidine 100,000 g 24 times a day',
      { drug: 'tizanidine', route: 'oral', dose: { value: 100000, unit: 'g' }, dosesPerDay: 24 },
    ],
    ['oral baclofen 10 g', { drug: 'baclofen', route: 'oral', dose: { value: 10, unit: 'g' } }],
    [
      'botulinum toxin 99,999 U',
      { drug: 'botulinum_toxin', route: 'intramuscular', dose: { value: 99999, unit: 'U' } },
    ],
  ])('check-order: %s is a hard stop naming a probable unit error', (label, order) => {
    const r = tonus(label, ['check-order', file('o.json', orderText(order))]);
    bounded(r);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/HARD_STOP\s+OC-DOSE-IMPLAUSIBLE\s+.*probably a unit or digit error/);
  });

  test('check-order: a last botulinum toxin date after the order is refused', () => {
    const text = orderText(
      { drug: 'botulinum_toxin', route: 'intramuscular', dose: { value: 100, unit: 'U' } },
      { lastBotulinumToxin: { date: '2027-01-10', units: 100 } },
    );
    const r = tonus('btx date after order', ['check-order', file('o.json', text)]);
    bounded(r);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/patient\.lastBotulinumToxin\.date: 2027-01-10 is after the order date/);
  });
});

describe('input that used to crash, hang or grow', () => {
  test('JSON nested 100,000 deep names the file, and a folder goes on with the other files', () => {
    const folder = join(dir, 'deep');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a-deep.json'), '['.repeat(100_000) + ']'.repeat(100_000));
    execFileSync('cp', ['cases/dev/dev-01-radiculopathy.json', join(folder, 'b-good.json')]);
    const r = tonus('deep JSON in a folder', ['case', folder]);
    bounded(r);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/a-deep\.json: \(document\): nested more than 64 levels deep/);
    expect(r.out).toMatch(/^PASS +dev-01-radiculopathy/m);
  });

  test('tonus case /dev/zero is refused at once', () => {
    const r = tonus('/dev/zero', ['case', '/dev/zero']);
    bounded(r);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\/dev\/zero: not a regular file/);
  });

  test('a FIFO named *.json is refused instead of blocking forever', () => {
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const r = tonus('fifo', ['case', fifo]);
    bounded(r);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/pipe\.json: not a regular file/);
  });

  test('a 50 MB document is refused before it is read', () => {
    const big = file('big.json', ' '.repeat(50 * 1024 * 1024));
    const r = tonus('50 MB file', ['case', big]);
    bounded(r);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/too large for a document/);
  });

  test('100,000 unknown finding keys print twenty lines and a count, quickly', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `"unknown_${i}":true`).join(',');
    const r = tonus('100k unknown keys', [
      'case',
      file('keys.json', caseText(`"findings":{${keys}}`)),
    ]);
    bounded(r);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(21);
    expect(r.err).toMatch(/and 99,980 more$/m);
  });

  test('writing into a closed pipe ends quietly', () => {
    const r = tonus('kb | head', ['kb'], '| head -1 >/dev/null');
    bounded(r);
    expect(r.code).toBe(0);
    expect(r.err).not.toMatch(/EPIPE|Error/);
  });

  test('writing to a full disk exits 1 with one line', () => {
    const r = tonus('kb > /dev/full', ['kb'], '> /dev/full');
    bounded(r);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error: cannot write the output \(no space left on the device\)$/m);
  });
});

describe('messages that used to mislead', () => {
  test.each([
    [
      'a dose of 0',
      orderText({ drug: 'tizanidine', route: 'oral', dose: { value: 0, unit: 'mg' } }),
      /order\.dose\.value: must be more than 0 \(got 0\)/,
      2,
    ],
    [
      'a dose of 1e309',
      orderText({ drug: 'tizanidine', route: 'oral', dose: { value: 1, unit: 'mg' } }).replace(
        '"value":1',
        '"value":1e309',
      ),
      /order\.dose\.value: .*Infinity/,
      2,
    ],
  ])('%s', (label, text, message, code) => {
    const r = tonus(label, ['check-order', file('o.json', text)]);
    bounded(r);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/got null/);
  });

  test('a missing neurolysis concentration asks for it', () => {
    const r = tonus('neurolysis without concentration', [
      'check-order',
      file('o.json', orderText({ drug: 'alcohol', route: 'perineural' })),
    ]);
    bounded(r);
    expect(r.out).toMatch(/the concentration is not given; give it \(50–100 %\)/);
    expect(r.out).not.toMatch(/not given %/);
  });

  test('ANSI escapes and NUL bytes in JSON keys are printed escaped', () => {
    const r = tonus('control characters in keys', [
      'case',
      file('esc.json', caseText('"findings":{"x\\u001b[2J\\u0000":true}')),
    ]);
    bounded(r);
    expect(r.code).toBe(2);
    expect(r.err).not.toContain('\u0000');
    expect(r.err).not.toContain('\u001b');
    expect(r.err).toContain('x\\u001b[2J\\u0000');
  });
});

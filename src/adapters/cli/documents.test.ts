import { describe, expect, test } from 'vitest';
import { EXIT } from './index.js';
import { memoryCli } from './memory-io.js';
import { printable } from './printable.js';

describe('reading documents on the command line', () => {
  test('thousands of unknown finding keys print twenty lines and a count of the rest', async () => {
    const findings = Object.fromEntries(
      Array.from({ length: 5000 }, (_, i) => [`made_up_${i}`, true]),
    );
    const doc = {
      id: 'many-keys',
      patient: { ageYears: 40, sex: 'male' },
      findings,
      expected: { triage: 'consultation', group: null, conditions: ['exertional_overuse'] },
    };
    const r = await memoryCli({ 'many.json': JSON.stringify(doc) }).run('case', 'many.json');
    expect(r.code).toBe(EXIT.badInput);
    const lines = r.err.split('\n');
    expect(lines).toHaveLength(21);
    expect(lines.at(-1)).toBe('error: many.json: and 4,980 more');
  });

  test('a duplicate key in a case file exits 2 naming the key and its path', async () => {
    const text =
      '{"id":"d","patient":{"ageYears":40,"sex":"male"},"findings":{"saddle_anaesthesia":true,"saddle_anaesthesia":false},' +
      '"expected":{"triage":"emergency","group":null,"conditions":["cauda_equina_syndrome"]}}';
    const r = await memoryCli({ 'dup.json': text }).run('case', 'dup.json');
    expect(r.code).toBe(EXIT.badInput);
    expect(r.err).toMatch(
      /findings\.saddle_anaesthesia: the key "saddle_anaesthesia" is given twice/,
    );
  });

  test('control characters from input are shown escaped, never sent to the terminal', () => {
    expect(printable('bad\u001b[31mred\u0000')).toBe('bad\\u001b[31mred\\u0000');
    expect(printable('tab\tand\nnewline')).toBe('tab\tand\nnewline');
  });

  test('an ANSI escape in an unknown key reaches the error output escaped', async () => {
    const text = JSON.stringify({
      id: 'esc',
      patient: { ageYears: 40, sex: 'male' },
      'evil\u001b[2J': 1,
      expected: { triage: 'consultation', group: null, conditions: ['exertional_overuse'] },
    });
    const r = await memoryCli({ 'esc.json': text }).run('case', 'esc.json');
    expect(r.code).toBe(EXIT.badInput);
    expect(r.err).not.toContain('\u001b');
    expect(r.err).toContain('evil\\u001b[2J');
  });
});

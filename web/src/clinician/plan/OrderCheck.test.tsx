// @vitest-environment happy-dom
/**
 * @module An order check's summary line counts what it found by what it means: a note for information is no
 * broken rule, and a warning is not hidden among notes.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import type { OrderFindingView } from '../../../../src/app/views/index';
import { OrderCheck } from './OrderCheck';

afterEach(cleanup);

function finding(rule: string, severity: OrderFindingView['severity']): OrderFindingView {
  return { rule, version: 1, severity, sourceIds: ['D1'], status: 'V', params: {}, message: rule };
}

function summaryOf(findings: OrderFindingView[]): string {
  render(<OrderCheck id="oc" title="Order check" check={{ blocked: false, findings }} />);
  return screen.getByTestId('oc').querySelector('p')?.textContent ?? '';
}

test('an order with only a note for information is said to break no rule', () => {
  expect(summaryOf([finding('OC-INFO', 'info')])).toBe('No rule broken; 1 note for information.');
});

test('warnings and notes are counted apart', () => {
  expect(
    summaryOf([
      finding('OC-W1', 'warning'),
      finding('OC-W2', 'warning'),
      finding('OC-INFO', 'info'),
    ]),
  ).toBe('2 warnings; 1 note for information.');
});

test('a warning alone is one warning', () => {
  expect(summaryOf([finding('OC-W1', 'warning')])).toBe('1 warning.');
});

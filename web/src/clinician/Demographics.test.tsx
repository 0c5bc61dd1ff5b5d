// @vitest-environment happy-dom
/**
 * @module The age and sex on a clinician's patient page: the age derived from the date of birth (the day
 * before a birthday still the younger age), "not recorded" when the record has neither, and the form that
 * sets, clears and is refused with the server's words naming the field. The server is a stand-in.
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { PatientRecord } from '../../../src/domain/records/accounts';
import { WEB_CLINICIAN_EN as c } from '../../../src/i18n/web.en';
import { Demographics } from './Demographics';

const d = c.demographics;
const ID = '0b9d3c1e-6a2f-4c8e-9d41-7f25a1c3e8b0';
const RECORD: PatientRecord = {
  id: ID,
  name: 'Ada Demo',
  birthDate: null,
  sex: null,
  createdAt: '2026-01-01T00:00:00.000Z',
};

/** The bodies the page sent, and what the stand-in answers. */
let sent: unknown[] = [];
let answer: () => Response;

beforeEach(() => {
  sent = [];
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-06-14T12:00:00.000Z'));
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init: RequestInit) => {
      sent.push(JSON.parse(init.body as string));
      return Promise.resolve(answer());
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function show(p: PatientRecord, onChange = vi.fn()): typeof onChange {
  render(<Demographics patient={p} onChange={onChange} />);
  return onChange;
}

test('a record without them says "not recorded" for both', () => {
  show(RECORD);
  expect(screen.getByTestId('age').textContent).toBe(d.notRecorded);
  expect(screen.getByTestId('sex').textContent).toBe(d.notRecorded);
});

test('the age is worked out for today: the day before the birthday it is still the younger age', () => {
  show({ ...RECORD, birthDate: '1980-06-15', sex: 'female' });
  expect(screen.getByTestId('age').textContent).toBe(d.ageFrom(45, '1980-06-15'));
  expect(screen.getByTestId('sex').textContent).toBe(d.sexes.female);
  cleanup();
  show({ ...RECORD, birthDate: '1980-06-14', sex: 'other' });
  expect(screen.getByTestId('age').textContent).toBe(d.ageFrom(46, '1980-06-14'));
});

test('the form sends the date of birth and sex, and the page shows what the server kept', async () => {
  const user = userEvent.setup();
  const kept: PatientRecord = { ...RECORD, birthDate: '1970-05-01', sex: 'male' };
  answer = () => new Response(JSON.stringify(kept), { status: 200 });
  const onChange = show(RECORD);
  await user.click(screen.getByRole('button', { name: d.edit }));
  await user.type(screen.getByLabelText(d.birthDate), '1970-05-01');
  await user.selectOptions(screen.getByLabelText(d.sex), 'male');
  await user.click(screen.getByRole('button', { name: d.save }));
  expect(sent).toEqual([{ birthDate: '1970-05-01', sex: 'male' }]);
  expect(onChange).toHaveBeenCalledWith(kept);
  expect(screen.getByRole('status').textContent).toBe(d.saved);
});

test('emptying both clears them on the record (null, not left out)', async () => {
  const user = userEvent.setup();
  answer = () => new Response(JSON.stringify(RECORD), { status: 200 });
  show({ ...RECORD, birthDate: '1970-05-01', sex: 'male' });
  await user.click(screen.getByRole('button', { name: d.edit }));
  await user.clear(screen.getByLabelText(d.birthDate));
  await user.selectOptions(screen.getByLabelText(d.sex), '');
  await user.click(screen.getByRole('button', { name: d.save }));
  expect(sent).toEqual([{ birthDate: null, sex: null }]);
});

test("a refusal shows the server's words naming birthDate and keeps the form open", async () => {
  const user = userEvent.setup();
  const detail =
    'birthDate: 2999-01-01 must be between 1906-06-14 (120 years ago) and 2026-06-14 (today)';
  answer = () =>
    new Response(
      JSON.stringify({
        status: 400,
        detail,
        errors: [
          {
            code: 'record.birth_date_out_of_range',
            pointer: '/birthDate',
            field: 'birthDate',
            detail,
          },
        ],
      }),
      { status: 400, headers: { 'content-type': 'application/problem+json' } },
    );
  const onChange = show(RECORD);
  await user.click(screen.getByRole('button', { name: d.edit }));
  await user.type(screen.getByLabelText(d.birthDate), '2999-01-01');
  await user.click(screen.getByRole('button', { name: d.save }));
  expect(screen.getByRole('status').textContent).toBe(detail);
  expect(onChange).not.toHaveBeenCalled();
  expect(screen.getByRole('button', { name: d.save })).toBeTruthy();
});

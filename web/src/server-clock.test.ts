/**
 * @module The server's time as the device tells it from the API's `Date` headers: the device's own clock
 * while the two agree to a few seconds, the server's when the device is set wrong.
 */
import { expect, test } from 'vitest';
import { noteServerDate, serverNow } from './server-clock';

const DEVICE = Date.parse('2026-03-02T09:00:00.750Z');

test('a device clock that agrees with the server to within the header’s second is kept, to the millisecond', () => {
  // the header counts whole seconds: 09:00:00 while the device reads 09:00:00.750
  noteServerDate('Mon, 02 Mar 2026 09:00:00 GMT', DEVICE);
  expect(serverNow(DEVICE)).toBe('2026-03-02T09:00:00.750Z');
});

test('a device clock set two hours slow is corrected by the server’s, here and afterwards', () => {
  noteServerDate('Mon, 02 Mar 2026 11:00:00 GMT', DEVICE);
  expect(serverNow(DEVICE)).toBe('2026-03-02T11:00:00.000Z');
  // ten minutes later by the device: still two hours behind
  expect(serverNow(DEVICE + 600_000)).toBe('2026-03-02T11:10:00.000Z');
});

test('a device clock set a day fast is corrected too', () => {
  noteServerDate('Sun, 01 Mar 2026 09:00:00 GMT', DEVICE);
  expect(serverNow(DEVICE)).toBe('2026-03-01T09:00:00.000Z');
});

test('an answer without a usable Date header changes nothing', () => {
  noteServerDate('Mon, 02 Mar 2026 11:00:00 GMT', DEVICE);
  noteServerDate(null, DEVICE);
  noteServerDate('not a date', DEVICE);
  expect(serverNow(DEVICE)).toBe('2026-03-02T11:00:00.000Z');
  // once the clocks agree again (the device was set right), the device's own time is used
  noteServerDate('Mon, 02 Mar 2026 09:00:01 GMT', DEVICE);
  expect(serverNow(DEVICE)).toBe('2026-03-02T09:00:00.750Z');
});

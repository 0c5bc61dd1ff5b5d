/**
 * @module The emergency number follows the country the device is in, never the page's language; where the
 * country is not known, both widespread numbers are offered.
 */
import { expect, test } from 'vitest';
import { emergencyNumbers } from './emergency-number';

test.each([
  [['es-MX', 'es'], undefined, '911'],
  [['es-ES'], undefined, '112'],
  [['en-GB', 'en'], undefined, '999'],
  [['en-US'], 'Europe/Madrid', '911'],
  [['en-IE'], undefined, '112'],
  [['en-AU'], undefined, '000'],
])('a device with languages %j (time zone %s) is offered %s', (languages, zone, number) => {
  expect(emergencyNumbers(languages, zone)).toEqual({ known: true, numbers: [number] });
});

test('languages without a region fall back to the time zone', () => {
  expect(emergencyNumbers(['es'], 'America/Mexico_City').numbers).toEqual(['911']);
  expect(emergencyNumbers(['en'], 'Europe/Madrid').numbers).toEqual(['112']);
});

test('a country not known offers both widespread numbers, and says the local one is to be called', () => {
  expect(emergencyNumbers(['es'], 'America/Bogota')).toEqual({
    known: false,
    numbers: ['112', '911'],
  });
  expect(emergencyNumbers(['pt-BR'], undefined).known).toBe(false);
  expect(emergencyNumbers(['not a tag!'], undefined).known).toBe(false);
});

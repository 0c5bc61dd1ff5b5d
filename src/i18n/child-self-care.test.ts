/** @module The heading a child's result gives instead of adult self-care, in English and Spanish. */
import { describe, expect, test } from 'vitest';
import { en } from './en.js';
import { es } from './patient.es.js';

describe("a child's self-care heading", () => {
  test('says the measures are for adults and a doctor will advise, in both languages', () => {
    expect(en.selfCareMode.child_doctor_advises).toMatch(/for adults.*doctor.*advise/);
    expect(es.selfCareMode.child_doctor_advises).toMatch(/para adultos.*médico.*conviene/);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { memoryCli } from './memory-io.js';

const CASE = 'cases/dev/dev-01-radiculopathy.json';

describe('tonus fhir', () => {
  test('export prints a collection Bundle of the assessment, its answer and its provenance', async () => {
    const r = await memoryCli().run('fhir', 'export', CASE);
    expect(r.code).toBe(0);
    const bundle = JSON.parse(r.out) as {
      resourceType: string;
      type: string;
      entry: { resource: { resourceType: string } }[];
    };
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const types = bundle.entry.map((e) => e.resource.resourceType);
    expect(types).toEqual(
      expect.arrayContaining([
        'Patient',
        'Observation',
        'ClinicalImpression',
        'Provenance',
        'Device',
      ]),
    );
  });

  test('import of an export gives back the assessment with nothing unmapped', async () => {
    const exported = await memoryCli().run('fhir', 'export', CASE);
    const r = await memoryCli({ 'bundle.json': exported.out }).run(
      'fhir',
      'import',
      'bundle.json',
      '--json',
    );
    expect(r.code).toBe(0);
    const { assessment, report } = JSON.parse(r.out) as {
      assessment: unknown;
      report: { unmapped: unknown[] };
    };
    const expected = JSON.parse(readFileSync(CASE, 'utf8')) as {
      patient: unknown;
      history: unknown;
    };
    expect(assessment).toMatchObject({ patient: expected.patient, history: expected.history });
    expect(report.unmapped).toEqual([]);
  });

  test('import lists what another system’s bundle holds that Tonus cannot map', async () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { resource: { resourceType: 'Patient', id: 'p', gender: 'male', birthDate: '1970-05-01' } },
        {
          resource: {
            resourceType: 'AllergyIntolerance',
            id: 'a',
            patient: { reference: 'Patient/p' },
          },
        },
      ],
    };
    const r = await memoryCli({ 'b.json': JSON.stringify(bundle) }).run('fhir', 'import', 'b.json');
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'not mapped: AllergyIntolerance/a: a resource type Tonus does not read',
    );
    expect(r.err).toContain('note: Patient/p: age worked out from the birth date');
  });

  test('an invalid bundle exits 2 naming the element, and nothing is read', async () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ resource: { resourceType: 'Patient', id: 'p', gender: 'woman' } }],
    };
    const r = await memoryCli({ 'b.json': JSON.stringify(bundle) }).run('fhir', 'import', 'b.json');
    expect(r.code).toBe(2);
    expect(r.err).toContain('entry[0].resource.gender');
    expect(r.out).toBe('');
  });

  test('--help shows the fhir commands with examples', async () => {
    const r = await memoryCli().run('--help');
    expect(r.out).toContain('  fhir');
    expect(r.out).toContain('$ tonus fhir export');
    expect(r.out).toContain('$ tonus fhir import');
  });

  test('a document that is no Bundle exits 2', async () => {
    const r = await memoryCli().run('fhir', 'import', CASE);
    expect(r.code).toBe(2);
    expect(r.err).toContain('expected a FHIR Bundle');
  });
});

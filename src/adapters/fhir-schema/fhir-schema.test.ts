import { describe, expect, test } from 'vitest';
import { bundleSchemaIssues, schemaIssues } from './index.js';

const observation = {
  resourceType: 'Observation',
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] },
  valueQuantity: { value: 80, unit: '/min', system: 'http://unitsofmeasure.org', code: '/min' },
};

describe('the official FHIR R4 JSON schema', () => {
  test('a valid resource has no issues', () => {
    expect(schemaIssues(observation)).toEqual([]);
  });

  test('an unknown element is named with its path', () => {
    expect(schemaIssues({ ...observation, colour: 'red' })).toEqual([
      { code: 'fhir.invalid_resource', path: [], params: { detail: 'unknown element "colour"' } },
    ]);
  });

  test('a value outside the code set and a malformed date are refused where they are', () => {
    const issues = schemaIssues({
      resourceType: 'Patient',
      gender: 'woman',
      birthDate: '1980-13-45',
    });
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining([['gender'], ['birthDate']]));
  });

  test('an unknown resource type is refused', () => {
    expect(schemaIssues({ resourceType: 'Spaceship' })[0]?.path).toEqual(['resourceType']);
    expect(schemaIssues(42)[0]?.params?.detail).toContain('none given');
  });

  test('a Bundle is checked entry by entry, each issue under its entry', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ resource: observation }, { resource: { ...observation, status: 'done' } }],
    };
    const issues = bundleSchemaIssues(bundle);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(['entry', 1, 'resource', 'status']);
  });

  test('a document that is not a Bundle says what it is', () => {
    expect(bundleSchemaIssues({ resourceType: 'Patient' })).toEqual([
      { code: 'fhir.not_a_bundle', path: ['resourceType'], params: { got: 'Patient' } },
    ]);
    expect(bundleSchemaIssues([1])[0]?.params?.got).toBe('an array');
    expect(
      bundleSchemaIssues({ resourceType: 'Bundle', type: 'collection', entry: 'x' })[0]?.path,
    ).toEqual(['entry']);
  });
});

/** @module Terminology systems and the release each code was checked against (reference §0, §9.2). */

export const CODE_SYSTEMS = {
  icd10cm: { url: 'http://hl7.org/fhir/sid/icd-10-cm', version: 'FY2020 (CMS tabular copy [C1])' },
  snomed: {
    url: 'http://snomed.info/sct',
    version: 'http://snomed.info/sct/900000000000207008/version/20220731',
  },
  loinc: { url: 'http://loinc.org', version: 'LOINC core table copy [C6]' },
  rxnorm: {
    url: 'http://www.nlm.nih.gov/research/umls/rxnorm',
    version: 'ingredient CUIs seen in [C8]',
  },
  ucum: { url: 'http://unitsofmeasure.org', version: '2.1' },
  hcpcs: {
    url: 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
    version: 'as seen in [C9]',
  },
} as const;

export type CodeSystem = keyof typeof CODE_SYSTEMS;

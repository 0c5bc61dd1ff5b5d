/**
 * @module Code-system URIs: the official ones of the knowledge base (ICD-10-CM, SNOMED CT, LOINC, RxNorm,
 * UCUM, HCPCS), the HL7 terminology systems FHIR R4 binds its status and category elements to, and
 * Tonus's own code systems for the vocabulary of the case format that has no standard code.
 */
import type { Coding } from '@medplum/fhirtypes';
import { CODE_SYSTEMS } from '../kb/index.js';

/** The official URIs, taken from the knowledge base so there is one place that names them. */
export const SYSTEM = {
  icd10cm: CODE_SYSTEMS.icd10cm.url,
  snomed: CODE_SYSTEMS.snomed.url,
  loinc: CODE_SYSTEMS.loinc.url,
  rxnorm: CODE_SYSTEMS.rxnorm.url,
  ucum: CODE_SYSTEMS.ucum.url,
  hcpcs: CODE_SYSTEMS.hcpcs.url,
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  listEmptyReason: 'http://terminology.hl7.org/CodeSystem/list-empty-reason',
  provenanceParticipant: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
  dataOperation: 'http://terminology.hl7.org/CodeSystem/v3-DataOperation',
  diagnosticServiceSection: 'http://terminology.hl7.org/CodeSystem/v2-0074',
} as const;

/**
 * The canonical base of Tonus's own FHIR artefacts (code systems, questionnaires, extensions). A
 * placeholder under the reserved `.example.org` until the project registers its domain: change it
 * here only, and every exported resource follows.
 */
export const TONUS_CANONICAL = 'https://tonus.example.org/fhir';

/** The reverse-domain name of Tonus's CDS Hooks extensions, following {@link TONUS_CANONICAL}. */
export const TONUS_CDS_EXTENSION = 'org.example.tonus';

/** Tonus's own code systems, one per closed vocabulary of the case format and the engine. */
export const TONUS_VOCABULARIES = [
  'finding',
  'history-condition',
  'medication',
  'exposure',
  'observation',
  'onset',
  'course',
  'spread',
  'side',
  'trigger',
  'region',
  'spine-movement',
  'spine-region',
  'mrc-root',
  'reflex-site',
  'mas-grade',
  'gait',
  'dermatome',
  'sensory-modality',
  'sensory-side',
  'sensory-result',
  'emg-finding',
  'imaging-finding',
  'condition',
  'cause-group',
  'triage-level',
  'triage-rule',
  'order-rule',
  'drug',
  'route',
  'indication',
  'self-care-measure',
  'self-care-mode',
  'bothersomeness',
  'list',
  'resource-role',
  'test',
  'feature',
  'self-care-withheld',
  'order-action',
  'kb-version',
  'rom-reference',
] as const;
export type TonusVocabulary = (typeof TONUS_VOCABULARIES)[number];

export function tonusSystem(vocabulary: TonusVocabulary): string {
  return `${TONUS_CANONICAL}/CodeSystem/${vocabulary}`;
}

const TONUS_SYSTEM_PREFIX = `${TONUS_CANONICAL}/CodeSystem/`;

/** The Tonus vocabulary a system URI names, or undefined when it is not one of ours. */
export function tonusVocabularyOf(system: string | undefined): TonusVocabulary | undefined {
  if (system?.startsWith(TONUS_SYSTEM_PREFIX) !== true) {
    return undefined;
  }
  const name = system.slice(TONUS_SYSTEM_PREFIX.length);
  return (TONUS_VOCABULARIES as readonly string[]).includes(name)
    ? (name as TonusVocabulary)
    : undefined;
}

export function tonusCoding(vocabulary: TonusVocabulary, code: string): Coding {
  return { system: tonusSystem(vocabulary), code };
}

/** Extensions Tonus adds where FHIR R4 has no element for what it must say. */
export const TONUS_EXTENSION = {
  /** The short evidence code behind a reason or a finding for or against (`f:trismus`, `onset=sudden`). */
  evidence: `${TONUS_CANONICAL}/StructureDefinition/evidence`,
  /** The source ids a rule or fact rests on (`R3`, `D3`). */
  source: `${TONUS_CANONICAL}/StructureDefinition/source`,
  /** How well those sources were checked: V, P or UNVERIFIED. */
  status: `${TONUS_CANONICAL}/StructureDefinition/evidence-status`,
  /** A parameter of an order-check finding, `name=value` (`dailyMg=48`). */
  parameter: `${TONUS_CANONICAL}/StructureDefinition/parameter`,
  /** Evidence for a condition of the differential (evidence codes). */
  evidenceFor: `${TONUS_CANONICAL}/StructureDefinition/evidence-for`,
  /** Evidence against a condition of the differential. */
  evidenceAgainst: `${TONUS_CANONICAL}/StructureDefinition/evidence-against`,
  /** An unknown feature that would move the condition most. */
  evidenceMissing: `${TONUS_CANONICAL}/StructureDefinition/evidence-missing`,
  /** A next best test or question, with the expected change of the differential. */
  nextStep: `${TONUS_CANONICAL}/StructureDefinition/next-step`,
  /** A self-care amount (hold seconds, minutes, litres a day) as a range. */
  amount: `${TONUS_CANONICAL}/StructureDefinition/amount`,
  /** The self-care plan's mode: follow, until seen, seek care now. */
  selfCareMode: `${TONUS_CANONICAL}/StructureDefinition/self-care-mode`,
  /** The version of the rule that fired. */
  ruleVersion: `${TONUS_CANONICAL}/StructureDefinition/rule-version`,
  /** The day a clinician's plan is to be reviewed. */
  reviewOn: `${TONUS_CANONICAL}/StructureDefinition/review-on`,
  /** A proposed order's details FHIR has no element for. */
  orderDetail: `${TONUS_CANONICAL}/StructureDefinition/order-detail`,
} as const;

export const TONUS_QUESTIONNAIRE = {
  odi: `${TONUS_CANONICAL}/Questionnaire/odi`,
  rmdq: `${TONUS_CANONICAL}/Questionnaire/rmdq`,
  startBack: `${TONUS_CANONICAL}/Questionnaire/start-back`,
} as const;

/** The software that writes Tonus's resources, as Provenance and Device name it. */
export const TONUS_DEVICE_NAME = 'Tonus';

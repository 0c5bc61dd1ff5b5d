/**
 * @module English for the CDS Hooks services: discovery titles and descriptions, card summaries and
 * headings, suggestion labels. Keyed by typed ids, so a service or heading without words is a type error.
 */
import type { CdsServiceId, PrefetchKey } from '../domain/fhir/index.js';
import { plural } from './plural.js';

const timesADay = (n: number): string =>
  plural('en', n, { one: 'once a day', other: '# times a day' });

export interface CdsServiceWords {
  readonly title: string;
  readonly description: string;
  readonly usageRequirements?: string;
}

export type CdsHeading =
  | 'triage'
  | 'groups'
  | 'conditions'
  | 'for'
  | 'against'
  | 'nextTests'
  | 'notRead'
  | 'incomplete'
  | 'order';

export interface CdsMessages {
  readonly service: Readonly<Record<CdsServiceId, CdsServiceWords>>;
  readonly sourceLabel: string;
  readonly orderSourceLabel: string;
  readonly heading: Readonly<Record<CdsHeading, string>>;
  /** The patient-view summary: the level's advice and, when one leads, the cause group. */
  readonly patientSummary: (advice: string, group: string | null, percent: number | null) => string;
  readonly openAssessment: string;
  readonly removeOrder: string;
  readonly removeOrderAction: (drug: string) => string;
  readonly changeDose: (dose: string, perDay: number) => string;
  readonly changeDoseAction: (drug: string, dose: string, perDay: number) => string;
  readonly notRead: (count: number) => string;
  readonly notGiven: (keys: readonly PrefetchKey[]) => string;
  readonly incompleteSummary: string;
  readonly percent: (p: number) => string;
}

const KEY_NAMES: Readonly<Record<PrefetchKey, string>> = {
  patient: 'the patient',
  conditions: 'the problem list',
  observations: 'recent observations',
  medications: 'active medication orders',
  statements: 'medication statements',
  administrations: 'past administrations (botulinum toxin)',
};

export const cdsEn: CdsMessages = {
  service: {
    'tonus-patient-view': {
      title: 'Tonus: paraspinal spasm triage and cause',
      description:
        'When a chart is opened: the triage level for back muscle spasm with its reasons, the leading cause group and conditions with the findings for and against them, and the next best tests. No card when the chart holds nothing about spasm.',
    },
    'tonus-order-select': {
      title: 'Tonus: antispastic order check (on select)',
      description:
        'When an antispastic drug is selected (baclofen, tizanidine, clonidine, diazepam, gabapentin, dantrolene, botulinum toxin, phenol, alcohol): every safety rule the draft order breaks, one card each, hard stops as critical.',
    },
    'tonus-order-sign': {
      title: 'Tonus: antispastic order check (on sign)',
      description:
        'Before draft orders are signed: every safety rule an antispastic order breaks, one card each, hard stops as critical, with a suggestion to remove or change the order where the rule has one.',
    },
  },
  sourceLabel: 'Tonus spasm decision support',
  orderSourceLabel: 'Tonus order check',
  heading: {
    triage: 'Triage',
    groups: 'Cause groups',
    conditions: 'Leading conditions',
    for: 'for',
    against: 'against',
    nextTests: 'Next best tests',
    notRead: 'Not read from the chart',
    incomplete: 'Incomplete data',
    order: 'Order check',
  },
  patientSummary: (advice, group, percent) =>
    group === null || percent === null
      ? `Back spasm: ${advice}`
      : `Back spasm: ${advice}; most likely ${group} cause (${percent} %)`,
  openAssessment: 'Open the full assessment in Tonus',
  removeOrder: 'Remove this order',
  removeOrderAction: (drug) => `Remove the draft ${drug} order`,
  changeDose: (dose, perDay) => `Change the dose to ${dose}, ${timesADay(perDay)}`,
  changeDoseAction: (drug, dose, perDay) =>
    `Change the draft ${drug} order to ${dose}, ${timesADay(perDay)}`,
  notRead: (count) =>
    `${plural('en', count, { one: '# chart entry was', other: '# chart entries were' })} not read (unknown codes, not current, or values out of range); Tonus reads missing data as unknown, never as normal.`,
  notGiven: (keys) =>
    `Not available to Tonus: ${keys.map((k) => KEY_NAMES[k]).join(', ')}. Checks that need them could not run.`,
  incompleteSummary: 'Order check incomplete: part of the chart was not available to Tonus',
  percent: (p) => `${Math.round(p * 100)} %`,
};

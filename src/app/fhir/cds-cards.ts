/**
 * @module CDS Hooks cards from Tonus's views: the patient-view card (triage level with reasons, the
 * leading cause group and conditions with the findings for and against, the next best tests, a link to
 * the full assessment) and one order card per broken rule (hard stops critical), with a suggestion to
 * remove or change the draft order where the rule has one. Words come from the locale, never the domain.
 */
import type { MedicationRequest } from '@medplum/fhirtypes';
import {
  cappedDose,
  ORDER_SUGGESTIONS,
  TONUS_CDS_EXTENSION,
  type CdsCard,
  type CdsSuggestion,
  type PrefetchKey,
} from '../../domain/fhir/index.js';
import type { OrderFinding, ProposedOrder } from '../../domain/orders/index.js';
import type { Severity } from '../../domain/orders/index.js';
import type { TriageLevel } from '../../domain/shared/index.js';
import type { CdsMessages, Messages } from '../../i18n/index.js';
import type { ClinicianView } from '../views/index.js';

export interface CardWords {
  readonly m: Messages;
  readonly cds: CdsMessages;
}

/** A one-sentence summary under the specification's 140 characters, cut at a word with an ellipsis. */
export function summaryOf(text: string, max = 139): string {
  if (text.length <= max) {
    return text;
  }
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…`;
}

const INDICATOR: Readonly<Record<TriageLevel, CdsCard['indicator']>> = {
  self_care: 'info',
  consultation: 'info',
  consultation_24: 'warning',
  emergency: 'critical',
  emergency_ambulance: 'critical',
};

/** How much of the differential and the next tests a card shows; the link opens the rest. */
const CONDITIONS_SHOWN = 3;
const TESTS_SHOWN = 3;

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) {
    binary += String.fromCharCode(b);
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export interface PatientCardInput {
  readonly view: ClinicianView;
  /** The assessment as read from the chart, carried in the link so Tonus opens it without storing it. */
  readonly assessment: unknown;
  readonly notRead: number;
  readonly notGiven: readonly PrefetchKey[];
  readonly appUrl?: string;
  readonly uuid: string;
}

export function patientCard(input: PatientCardInput, w: CardWords): CdsCard {
  const { view, cds } = { view: input.view, cds: w.cds };
  const lead = view.groups[0];
  const level = view.triage.level;
  // a red flag makes the card at least a warning, whatever level it set
  const indicator =
    view.triage.redFlag && INDICATOR[level] === 'info' ? 'warning' : INDICATOR[level];
  const lines: string[] = [
    `**${cds.heading.triage}: ${view.triage.advice}**`,
    ...view.triage.reasons.map((r) => `- ${r.text} (${r.sourceIds.join(', ')}; ${r.status})`),
    '',
    `**${cds.heading.groups}:** ${view.groups.map((g) => `${g.name} ${cds.percent(g.probability)}`).join(', ')}`,
    '',
    `**${cds.heading.conditions}**`,
    ...view.differential
      .slice(0, CONDITIONS_SHOWN)
      .flatMap((d) => [
        `- ${d.name} (${cds.percent(d.score)})`,
        ...(d.for.length === 0
          ? []
          : [`  - ${cds.heading.for}: ${d.for.map((e) => e.text).join('; ')}`]),
        ...(d.against.length === 0
          ? []
          : [`  - ${cds.heading.against}: ${d.against.map((e) => e.text).join('; ')}`]),
      ]),
    ...(view.nextTests.length === 0
      ? []
      : [
          '',
          `**${cds.heading.nextTests}**`,
          ...view.nextTests.slice(0, TESTS_SHOWN).map((t) => `- ${t.name}: ${t.why}`),
        ]),
    ...(input.notRead === 0 && input.notGiven.length === 0
      ? []
      : [
          '',
          `**${cds.heading.notRead}**`,
          ...(input.notRead === 0 ? [] : [`- ${cds.notRead(input.notRead)}`]),
          ...(input.notGiven.length === 0 ? [] : [`- ${cds.notGiven(input.notGiven)}`]),
        ]),
    '',
    `_${view.notice}_`,
  ];
  return {
    uuid: input.uuid,
    summary: summaryOf(
      cds.patientSummary(
        view.triage.advice,
        lead === undefined ? null : lead.name,
        lead === undefined ? null : Math.round(lead.probability * 100),
      ),
    ),
    detail: lines.join('\n'),
    indicator,
    source: { label: cds.sourceLabel },
    extension: {
      [`${TONUS_CDS_EXTENSION}.assessment`]: {
        triageLevel: level,
        redFlag: view.triage.redFlag,
        leadingGroup: lead?.group ?? null,
        leadingConditions: view.differential.slice(0, CONDITIONS_SHOWN).map((d) => d.condition),
        kbVersion: view.kbVersion,
      },
    },
    ...(input.appUrl === undefined
      ? {}
      : {
          links: [
            {
              label: cds.openAssessment,
              url: `${input.appUrl.replace(/\/$/, '')}/assessment#input=${base64url(JSON.stringify(input.assessment))}`,
              type: 'absolute' as const,
            },
          ],
        }),
  };
}

const ORDER_INDICATOR: Readonly<Record<Severity, CdsCard['indicator']>> = {
  hard_stop: 'critical',
  warning: 'warning',
  info: 'info',
};

export interface OrderCardInput {
  readonly finding: OrderFinding;
  readonly order: Omit<ProposedOrder, 'dose'> & { readonly dose?: ProposedOrder['dose'] };
  /** The draft request as the client sent it, to remove or to change. */
  readonly request: MedicationRequest;
  /** `MedicationRequest/<id>` as the client knows it. */
  readonly requestRef: string;
  readonly uuid: () => string;
}

function suggestion(input: OrderCardInput, w: CardWords): CdsSuggestion | undefined {
  const drug = input.order.drug.replace(/_/g, ' ');
  switch (ORDER_SUGGESTIONS[input.finding.rule]) {
    case 'remove':
      return {
        label: w.cds.removeOrder,
        uuid: input.uuid(),
        isRecommended: input.finding.severity === 'hard_stop',
        actions: [
          {
            type: 'delete',
            description: w.cds.removeOrderAction(drug),
            resourceId: input.requestRef,
          },
        ],
      };
    case 'cap_dose': {
      const capped = cappedDose(input.order, input.finding);
      const dosage = input.request.dosageInstruction?.[0];
      const quantity = dosage?.doseAndRate?.[0]?.doseQuantity;
      if (capped === undefined || dosage === undefined || quantity === undefined) {
        return undefined;
      }
      const dose = `${capped.dose.value} ${capped.dose.unit}`;
      const updated: MedicationRequest = {
        ...input.request,
        dosageInstruction: [
          {
            ...dosage,
            timing: {
              ...dosage.timing,
              repeat: { frequency: capped.dosesPerDay, period: 1, periodUnit: 'd' },
            },
            doseAndRate: [{ doseQuantity: { ...quantity, value: capped.dose.value } }],
          },
        ],
      };
      return {
        label: w.cds.changeDose(dose, capped.dosesPerDay),
        uuid: input.uuid(),
        actions: [
          {
            type: 'update',
            description: w.cds.changeDoseAction(drug, dose, capped.dosesPerDay),
            resource: updated as unknown as { resourceType: string },
          },
        ],
      };
    }
    case 'none':
      return undefined;
  }
}

export function orderCard(input: OrderCardInput, w: CardWords): CdsCard {
  const text = w.m.orderFinding(input.finding);
  const s = suggestion(input, w);
  return {
    uuid: input.uuid(),
    summary: summaryOf(text),
    detail: [
      `**${w.cds.heading.order}: ${input.finding.rule}**`,
      text,
      `(${input.finding.sourceIds.join(', ')}; ${input.finding.status})`,
      '',
      `_${w.m.notice}_`,
    ].join('\n'),
    indicator: ORDER_INDICATOR[input.finding.severity],
    source: { label: w.cds.orderSourceLabel },
    extension: {
      [`${TONUS_CDS_EXTENSION}.order-check`]: {
        rule: input.finding.rule,
        severity: input.finding.severity,
        drug: input.order.drug,
        order: input.requestRef,
      },
    },
    ...(s === undefined ? {} : { suggestions: [s], selectionBehavior: 'at-most-one' as const }),
  };
}

/** The card that says an order check could not see part of the chart, so no rule's silence is misread. */
export function incompleteCard(
  notGiven: readonly PrefetchKey[],
  uuid: string,
  w: CardWords,
): CdsCard {
  return {
    uuid,
    summary: summaryOf(w.cds.incompleteSummary),
    detail: [
      `**${w.cds.heading.incomplete}**`,
      w.cds.notGiven(notGiven),
      '',
      `_${w.m.notice}_`,
    ].join('\n'),
    indicator: 'info',
    source: { label: w.cds.orderSourceLabel },
  };
}

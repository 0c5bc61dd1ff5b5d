/**
 * @module A proposed prescription as a MedicationRequest (RxNorm, or HCPCS for botulinum toxin; UCUM
 * doses; SNOMED CT routes where the value set has one) and each rule it broke as a DetectedIssue that
 * implicates it, with the rule's severity, sources, status and parameters.
 */
import type {
  CodeableConcept,
  Coding,
  DetectedIssue,
  Dosage,
  Extension,
  MedicationRequest,
  Quantity,
  Timing,
} from '@medplum/fhirtypes';
import { DRUG_DEFS, type Drug } from '../kb/index.js';
import type { OrderCheckResult, OrderFinding, ProposedOrder, Severity } from '../orders/index.js';
import { provenanceExtensions } from './result-to-fhir.js';
import { codeable, refIn, roleMeta, type WriteContext } from './resources.js';
import { SYSTEM, TONUS_EXTENSION, tonusCoding } from './systems.js';
import { INDICATION_CODES, ROUTE_SNOMED } from './terminology.js';

const t = tonusCoding;

/** The drug's codes: Tonus's own, then its RxNorm ingredient or HCPCS code from the knowledge base. */
export function drugCodings(drug: Drug): Coding[] {
  const def = DRUG_DEFS[drug];
  return [
    t('drug', drug),
    ...(def.rxcui === undefined ? [] : [{ system: SYSTEM.rxnorm, code: def.rxcui.code }]),
    ...(def.hcpcs === undefined ? [] : [{ system: SYSTEM.hcpcs, code: def.hcpcs.code }]),
  ];
}

/** UCUM codes of the dose units an order may use; botulinum toxin units are product units, an annotation. */
export const DOSE_UCUM: Readonly<Record<NonNullable<ProposedOrder['dose']>['unit'], string>> = {
  mg: 'mg',
  g: 'g',
  mcg: 'ug',
  U: '{U}',
};

function doseQuantity(dose: NonNullable<ProposedOrder['dose']>): Quantity {
  return { value: dose.value, unit: dose.unit, system: SYSTEM.ucum, code: DOSE_UCUM[dose.unit] };
}

/** Doses a day as a FHIR timing: n times a day, or once every 1/n days when n is a fraction. */
function timing(dosesPerDay: number): Timing {
  return Number.isInteger(dosesPerDay)
    ? { repeat: { frequency: dosesPerDay, period: 1, periodUnit: 'd' } }
    : { repeat: { frequency: 1, period: 1 / dosesPerDay, periodUnit: 'd' } };
}

function dosage(o: ProposedOrder): Dosage {
  const snomed = ROUTE_SNOMED[o.route];
  return {
    route: codeable(
      t('route', o.route),
      ...(snomed === undefined ? [] : [{ system: SYSTEM.snomed, code: snomed.snomed }]),
    ),
    ...(o.dosesPerDay === undefined ? {} : { timing: timing(o.dosesPerDay) }),
    ...(o.dose === undefined ? {} : { doseAndRate: [{ doseQuantity: doseQuantity(o.dose) }] }),
  };
}

/** The order's details FHIR has no element for, as one complex extension. */
function orderDetail(o: ProposedOrder): Extension {
  return {
    url: TONUS_EXTENSION.orderDetail,
    extension: [
      { url: 'action', valueCode: o.action },
      ...(o.taper === undefined ? [] : [{ url: 'taper', valueBoolean: o.taper }]),
      ...(o.regularUse === undefined ? [] : [{ url: 'regularUse', valueBoolean: o.regularUse }]),
      ...(o.concentrationPercent === undefined
        ? []
        : [{ url: 'concentrationPercent', valueDecimal: o.concentrationPercent }]),
    ],
  };
}

function indicationConcept(indication: NonNullable<ProposedOrder['indication']>): CodeableConcept {
  const standard = INDICATION_CODES.find((i) => i.indication === indication)?.codes ?? [];
  return codeable(
    t('indication', indication),
    ...standard.map((c) => ({
      system: c.system === 'icd10cm' ? SYSTEM.icd10cm : SYSTEM.snomed,
      code: c.code,
    })),
  );
}

export const SEVERITY_TO_FHIR: Readonly<Record<Severity, 'high' | 'moderate' | 'low'>> = {
  hard_stop: 'high',
  warning: 'moderate',
  info: 'low',
};

function detectedIssue(
  ctx: WriteContext,
  f: OrderFinding,
  request: MedicationRequest,
): DetectedIssue {
  return {
    resourceType: 'DetectedIssue',
    id: ctx.newId(),
    meta: roleMeta('order-check'),
    extension: [
      ...provenanceExtensions(f.sourceIds, f.status),
      { url: TONUS_EXTENSION.ruleVersion, valueInteger: f.version },
      ...Object.entries(f.params).map(([name, value]) => ({
        url: TONUS_EXTENSION.parameter,
        extension: [
          { url: 'name', valueString: name },
          typeof value === 'number'
            ? { url: 'value', valueDecimal: value }
            : { url: 'value', valueString: value },
        ],
      })),
    ],
    status: 'final',
    code: codeable(t('order-rule', f.rule)),
    severity: SEVERITY_TO_FHIR[f.severity],
    patient: ctx.subject,
    identifiedDateTime: ctx.effective,
    implicated: [refIn(ctx, request)],
  };
}

export interface OrderResources {
  readonly request: MedicationRequest;
  readonly issues: readonly DetectedIssue[];
}

/**
 * A proposed order and its check result as FHIR.
 * @param status - The order's state in the record: `draft` until signed, `active` once it goes ahead.
 */
export function orderToFhir(
  order: ProposedOrder,
  result: OrderCheckResult,
  ctx: WriteContext,
  status: MedicationRequest['status'],
): OrderResources {
  const request: MedicationRequest = {
    resourceType: 'MedicationRequest',
    id: ctx.newId(),
    meta: roleMeta('order'),
    extension: [orderDetail(order)],
    status,
    intent: 'order',
    medicationCodeableConcept: { coding: drugCodings(order.drug) },
    subject: ctx.subject,
    ...(ctx.encounter === undefined ? {} : { encounter: ctx.encounter }),
    authoredOn: order.orderDate,
    ...(order.indication === undefined
      ? {}
      : { reasonCode: [indicationConcept(order.indication)] }),
    dosageInstruction: [dosage(order)],
  };
  const issues = result.findings.map((f) => detectedIssue(ctx, f, request));
  return {
    request:
      issues.length === 0
        ? request
        : { ...request, detectedIssue: issues.map((i) => refIn(ctx, i)) },
    issues,
  };
}

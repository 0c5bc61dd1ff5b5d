/**
 * @module Zod "profiles" of the FHIR R4 resources Tonus reads: the elements the import uses, with the
 * cardinality and value rules the official JSON schema does not enforce (a required `status`, one
 * value per choice type). Every other element passes untouched, so a full EHR resource is accepted.
 */
import { z } from 'zod';
import { refine } from '../shared/index.js';

const Id = z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/, 'a FHIR id');
const DateTime = z
  .string()
  .regex(
    /^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00)))?)?)?$/,
    'a FHIR dateTime',
  );
const FhirDate = z
  .string()
  .regex(/^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a FHIR date');

export const Coding = z.looseObject({
  system: z.string().optional(),
  code: z.string().optional(),
  display: z.string().optional(),
});
export type Coding = z.infer<typeof Coding>;

export const CodeableConcept = z.looseObject({
  coding: z.array(Coding).optional(),
  text: z.string().optional(),
});
export type CodeableConcept = z.infer<typeof CodeableConcept>;

export const Quantity = z.looseObject({
  value: z.number().optional(),
  unit: z.string().optional(),
  system: z.string().optional(),
  code: z.string().optional(),
});
export type Quantity = z.infer<typeof Quantity>;

export const Reference = z.looseObject({ reference: z.string().optional() });

const Meta = z.looseObject({ tag: z.array(Coding).optional() });

/** The value[x] choices Tonus reads; at most one may be present (FHIR's choice-type rule). */
const VALUE_KEYS = [
  'valueQuantity',
  'valueCodeableConcept',
  'valueString',
  'valueBoolean',
  'valueInteger',
  'valueRange',
  'valueRatio',
  'valueSampledData',
  'valueTime',
  'valueDateTime',
  'valuePeriod',
] as const;

const valueFields = {
  valueQuantity: Quantity.optional(),
  valueCodeableConcept: CodeableConcept.optional(),
  valueString: z.string().optional(),
  valueBoolean: z.boolean().optional(),
  valueInteger: z.int().optional(),
};

function oneValue(ctx: z.core.ParsePayload<Record<string, unknown>>): void {
  const present = VALUE_KEYS.filter((k) => ctx.value[k] !== undefined);
  if (present.length > 1) {
    refine(ctx, 'fhir.several_values', present, [present[1] ?? ''], { found: present.join(', ') });
  }
}

const ObservationComponent = z
  .looseObject({ code: CodeableConcept, ...valueFields })
  .check((ctx) => {
    oneValue(ctx);
  });

export const Observation = z
  .looseObject({
    resourceType: z.literal('Observation'),
    id: Id.optional(),
    meta: Meta.optional(),
    status: z.enum([
      'registered',
      'preliminary',
      'final',
      'amended',
      'corrected',
      'cancelled',
      'entered-in-error',
      'unknown',
    ]),
    code: CodeableConcept,
    subject: Reference.optional(),
    encounter: Reference.optional(),
    effectiveDateTime: DateTime.optional(),
    effectiveInstant: z.string().optional(),
    effectivePeriod: z
      .looseObject({ start: DateTime.optional(), end: DateTime.optional() })
      .optional(),
    issued: z.string().optional(),
    ...valueFields,
    component: z.array(ObservationComponent).optional(),
    referenceRange: z
      .array(z.looseObject({ low: Quantity.optional(), high: Quantity.optional() }))
      .optional(),
    derivedFrom: z.array(Reference).optional(),
  })
  .check((ctx) => {
    oneValue(ctx);
  });
export type Observation = z.infer<typeof Observation>;

export const Condition = z.looseObject({
  resourceType: z.literal('Condition'),
  id: Id.optional(),
  meta: Meta.optional(),
  clinicalStatus: CodeableConcept.optional(),
  verificationStatus: CodeableConcept.optional(),
  category: z.array(CodeableConcept).optional(),
  code: CodeableConcept.optional(),
  subject: Reference,
  encounter: Reference.optional(),
  recordedDate: DateTime.optional(),
  onsetDateTime: DateTime.optional(),
});
export type Condition = z.infer<typeof Condition>;

const Timing = z.looseObject({
  repeat: z
    .looseObject({
      frequency: z.int().positive().optional(),
      period: z.number().positive().optional(),
      periodUnit: z.enum(['s', 'min', 'h', 'd', 'wk', 'mo', 'a']).optional(),
    })
    .optional(),
  code: CodeableConcept.optional(),
});

export const Dosage = z.looseObject({
  text: z.string().optional(),
  timing: Timing.optional(),
  route: CodeableConcept.optional(),
  doseAndRate: z.array(z.looseObject({ doseQuantity: Quantity.optional() })).optional(),
});
export type Dosage = z.infer<typeof Dosage>;

const medicationChoice = {
  medicationCodeableConcept: CodeableConcept.optional(),
  medicationReference: Reference.optional(),
};

export const MedicationStatement = z.looseObject({
  resourceType: z.literal('MedicationStatement'),
  id: Id.optional(),
  meta: Meta.optional(),
  status: z.enum([
    'active',
    'completed',
    'entered-in-error',
    'intended',
    'stopped',
    'on-hold',
    'unknown',
    'not-taken',
  ]),
  ...medicationChoice,
  subject: Reference,
  effectiveDateTime: DateTime.optional(),
  dateAsserted: DateTime.optional(),
  contained: z.array(z.unknown()).optional(),
});
export type MedicationStatement = z.infer<typeof MedicationStatement>;

export const MedicationRequest = z.looseObject({
  resourceType: z.literal('MedicationRequest'),
  id: Id.optional(),
  meta: Meta.optional(),
  status: z.enum([
    'active',
    'on-hold',
    'cancelled',
    'completed',
    'entered-in-error',
    'stopped',
    'draft',
    'unknown',
  ]),
  intent: z.enum([
    'proposal',
    'plan',
    'order',
    'original-order',
    'reflex-order',
    'filler-order',
    'instance-order',
    'option',
  ]),
  ...medicationChoice,
  subject: Reference,
  authoredOn: DateTime.optional(),
  dosageInstruction: z.array(Dosage).optional(),
  reasonCode: z.array(CodeableConcept).optional(),
  contained: z.array(z.unknown()).optional(),
});
export type MedicationRequest = z.infer<typeof MedicationRequest>;

export const MedicationAdministration = z.looseObject({
  resourceType: z.literal('MedicationAdministration'),
  id: Id.optional(),
  meta: Meta.optional(),
  status: z.enum([
    'in-progress',
    'not-done',
    'on-hold',
    'completed',
    'entered-in-error',
    'stopped',
    'unknown',
  ]),
  ...medicationChoice,
  subject: Reference,
  effectiveDateTime: DateTime.optional(),
  effectivePeriod: z
    .looseObject({ start: DateTime.optional(), end: DateTime.optional() })
    .optional(),
  dosage: z.looseObject({ dose: Quantity.optional() }).optional(),
  contained: z.array(z.unknown()).optional(),
});
export type MedicationAdministration = z.infer<typeof MedicationAdministration>;

export const Medication = z.looseObject({
  resourceType: z.literal('Medication'),
  id: Id.optional(),
  code: CodeableConcept.optional(),
});
export type Medication = z.infer<typeof Medication>;

export const Patient = z.looseObject({
  resourceType: z.literal('Patient'),
  id: Id.optional(),
  meta: Meta.optional(),
  gender: z.enum(['male', 'female', 'other', 'unknown']).optional(),
  birthDate: FhirDate.optional(),
});
export type Patient = z.infer<typeof Patient>;

const Answer = z.looseObject({
  valueInteger: z.int().optional(),
  valueBoolean: z.boolean().optional(),
  valueCoding: Coding.optional(),
});

export const QuestionnaireResponse = z.looseObject({
  resourceType: z.literal('QuestionnaireResponse'),
  id: Id.optional(),
  meta: Meta.optional(),
  questionnaire: z.string().optional(),
  status: z.enum(['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped']),
  subject: Reference.optional(),
  authored: DateTime.optional(),
  item: z
    .array(z.looseObject({ linkId: z.string(), answer: z.array(Answer).optional() }))
    .optional(),
});
export type QuestionnaireResponse = z.infer<typeof QuestionnaireResponse>;

/** Any resource: a type and, optionally, an id and a role tag. */
export const AnyResource = z.looseObject({
  resourceType: z.string().regex(/^[A-Z][A-Za-z]{1,63}$/, 'a FHIR resource type'),
  id: Id.optional(),
  meta: Meta.optional(),
});
export type AnyResource = z.infer<typeof AnyResource>;

export const Bundle = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.enum([
    'document',
    'message',
    'transaction',
    'transaction-response',
    'batch',
    'batch-response',
    'history',
    'searchset',
    'collection',
  ]),
  entry: z
    .array(z.looseObject({ fullUrl: z.string().optional(), resource: z.unknown().optional() }))
    .max(100_000)
    .optional(),
});
export type Bundle = z.infer<typeof Bundle>;

/** The profile of each resource type the import reads. */
export const READ_PROFILES = {
  Observation,
  Condition,
  MedicationStatement,
  MedicationRequest,
  MedicationAdministration,
  Medication,
  Patient,
  QuestionnaireResponse,
} as const;
export type ReadType = keyof typeof READ_PROFILES;

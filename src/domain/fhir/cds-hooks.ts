/**
 * @module CDS Hooks 2.0 as data: zod schemas of a service call (hook, hookInstance, fhirServer,
 * fhirAuthorization, context, prefetch) and of the response (cards, suggestions, actions, links), the
 * three services Tonus offers with their prefetch templates, and the prefetch tokens filled from context.
 * @see {@link https://cds-hooks.hl7.org/2.0/}
 */
import { z } from 'zod';
import { refine } from '../shared/index.js';

export const CDS_HOOKS = ['patient-view', 'order-select', 'order-sign'] as const;
export type CdsHook = (typeof CDS_HOOKS)[number];

/** The OAuth 2.0 token the client gives for its FHIR server; every field but `patient` is required. */
export const FhirAuthorization = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.literal('Bearer'),
  expires_in: z.int().nonnegative(),
  scope: z.string().min(1),
  subject: z.string().min(1),
  patient: z.string().min(1).optional(),
});
export type FhirAuthorization = z.infer<typeof FhirAuthorization>;

const FhirId = z.string().min(1).max(64);
const BundleOfOrders = z.looseObject({
  resourceType: z.literal('Bundle'),
  entry: z.array(z.looseObject({ resource: z.unknown().optional() })).optional(),
});

/** Hook contexts: `userId` and `patientId` always; the order hooks add the draft orders. */
const ContextBase = {
  userId: z.string().min(1),
  patientId: FhirId,
  encounterId: FhirId.optional(),
};
export const CDS_CONTEXTS = {
  'patient-view': z.looseObject(ContextBase),
  'order-select': z.looseObject({
    ...ContextBase,
    selections: z.array(z.string().min(1)).min(1),
    draftOrders: BundleOfOrders,
  }),
  'order-sign': z.looseObject({ ...ContextBase, draftOrders: BundleOfOrders }),
} as const;
export type OrderContextField = z.infer<(typeof CDS_CONTEXTS)['order-sign']>;

/** A service call as the CDS Hooks 2.0 specification defines it. */
export const CdsRequest = z
  .looseObject({
    hook: z.string().min(1),
    hookInstance: z.guid(),
    fhirServer: z.url({ protocol: /^https?$/ }).optional(),
    fhirAuthorization: FhirAuthorization.optional(),
    context: z.looseObject({}),
    // a key the client could not fill is null; a key it chose not to fill is absent
    prefetch: z.record(z.string(), z.unknown()).optional(),
  })
  .check((ctx) => {
    // fhirServer is REQUIRED when fhirAuthorization is given
    if (ctx.value.fhirAuthorization !== undefined && ctx.value.fhirServer === undefined) {
      refine(ctx, 'input.required', undefined, ['fhirServer'], { expected: 'url' });
    }
  });
export type CdsRequest = z.infer<typeof CdsRequest>;

const Url = z.url();
/** The name the specification reserves for extensions: a JSON object of reverse-domain-named members. */
const Extension = z.record(z.string().min(1), z.unknown());
const NonEmpty = z.string().min(1);
const Coding = z.strictObject({
  system: NonEmpty.optional(),
  code: NonEmpty.optional(),
  display: NonEmpty.optional(),
});

export const CdsAction = z
  .strictObject({
    type: z.enum(['create', 'update', 'delete']),
    description: NonEmpty,
    resource: z.looseObject({ resourceType: NonEmpty }).optional(),
    resourceId: NonEmpty.optional(),
  })
  .check((ctx) => {
    const a = ctx.value;
    if ((a.type === 'create' || a.type === 'update') && a.resource === undefined) {
      refine(ctx, 'input.required', undefined, ['resource'], { expected: 'object' });
    }
    if (a.type === 'delete' && a.resourceId === undefined) {
      refine(ctx, 'input.required', undefined, ['resourceId'], { expected: 'string' });
    }
  });
export type CdsAction = z.infer<typeof CdsAction>;

export const CdsSuggestion = z.strictObject({
  label: NonEmpty,
  uuid: z.guid().optional(),
  isRecommended: z.boolean().optional(),
  actions: z.array(CdsAction).min(1).optional(),
});
export type CdsSuggestion = z.infer<typeof CdsSuggestion>;

export const CdsLink = z.strictObject({
  label: NonEmpty,
  url: Url,
  type: z.enum(['absolute', 'smart']),
  appContext: NonEmpty.optional(),
  autolaunchable: z.boolean().optional(),
});
export type CdsLink = z.infer<typeof CdsLink>;

/** A card: summary under 140 characters, an indicator, a source with a label (CDS Hooks 2.0). */
export const CdsCard = z
  .strictObject({
    uuid: z.guid().optional(),
    summary: NonEmpty.max(139),
    detail: NonEmpty.optional(),
    indicator: z.enum(['info', 'warning', 'critical']),
    source: z.strictObject({
      label: NonEmpty,
      url: Url.optional(),
      icon: Url.optional(),
      topic: Coding.optional(),
    }),
    suggestions: z.array(CdsSuggestion).min(1).optional(),
    selectionBehavior: z.enum(['at-most-one', 'any']).optional(),
    overrideReasons: z
      .array(Coding.extend({ display: NonEmpty }))
      .min(1)
      .optional(),
    links: z.array(CdsLink).min(1).optional(),
    extension: Extension.optional(),
  })
  .check((ctx) => {
    if (ctx.value.suggestions !== undefined && ctx.value.selectionBehavior === undefined) {
      refine(ctx, 'input.required', undefined, ['selectionBehavior'], { expected: 'string' });
    }
  });
export type CdsCard = z.infer<typeof CdsCard>;

export const CdsResponse = z.strictObject({
  cards: z.array(CdsCard),
  systemActions: z.array(CdsAction).min(1).optional(),
});
export type CdsResponse = z.infer<typeof CdsResponse>;

export const CdsServiceDescription = z.strictObject({
  hook: NonEmpty,
  title: NonEmpty.optional(),
  description: NonEmpty,
  id: NonEmpty,
  prefetch: z.record(z.string(), NonEmpty).optional(),
  usageRequirements: NonEmpty.optional(),
  extension: Extension.optional(),
});
export const CdsDiscovery = z.strictObject({ services: z.array(CdsServiceDescription) });
export type CdsDiscovery = z.infer<typeof CdsDiscovery>;

/** What every Tonus service asks the client to prefetch: the chart, as far as spasm is concerned. */
export const PREFETCH_TEMPLATES = {
  patient: 'Patient/{{context.patientId}}',
  conditions: 'Condition?patient={{context.patientId}}&clinical-status=active',
  observations: 'Observation?patient={{context.patientId}}&_sort=-date&_count=200',
  medications: 'MedicationRequest?patient={{context.patientId}}&status=active',
  statements: 'MedicationStatement?patient={{context.patientId}}&status=active',
  administrations:
    'MedicationAdministration?patient={{context.patientId}}&_sort=-effective-time&_count=50',
} as const;
export type PrefetchKey = keyof typeof PREFETCH_TEMPLATES;
export const PREFETCH_KEYS = Object.keys(PREFETCH_TEMPLATES) as PrefetchKey[];

export const CDS_SERVICES = [
  { id: 'tonus-patient-view', hook: 'patient-view' },
  { id: 'tonus-order-select', hook: 'order-select' },
  { id: 'tonus-order-sign', hook: 'order-sign' },
] as const satisfies readonly { id: string; hook: CdsHook }[];
export type CdsServiceId = (typeof CDS_SERVICES)[number]['id'];

/**
 * Fills the prefetch tokens of a template from the hook's context: `{{context.x}}` takes a first-level
 * primitive field, `{{userPractitionerId}}` and its kin come from `context.userId`.
 * @returns The relative FHIR URL, or undefined when a token has no value in this context.
 */
export function fillTemplate(
  template: string,
  context: Readonly<Record<string, unknown>>,
): string | undefined {
  const userId = typeof context.userId === 'string' ? context.userId : '';
  const [userType, userRef] = userId.split('/');
  const byType: Readonly<Record<string, string>> = {
    userPractitionerId: 'Practitioner',
    userPractitionerRoleId: 'PractitionerRole',
    userPatientId: 'Patient',
    userRelatedPersonId: 'RelatedPerson',
  };
  let filled = template;
  for (const [token, name] of template.matchAll(/\{\{\s*([A-Za-z.]+)\s*\}\}/g)) {
    const byUser = byType[name ?? ''] === userType ? userRef : undefined;
    const value = name?.startsWith('context.') ? context[name.slice('context.'.length)] : byUser;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      return undefined;
    }
    filled = filled.replace(token, encodeURIComponent(String(value)));
  }
  return filled;
}

/**
 * @module Small builders shared by every mapping: codeable concepts, UCUM quantities, references, the
 * role tag each Tonus resource carries, and the context a mapping writes with (subject, time, ids).
 */
import type {
  CodeableConcept,
  Coding,
  Encounter,
  Meta,
  Observation,
  Patient,
  Quantity,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import { SYSTEM, tonusCoding, tonusSystem } from './systems.js';

/**
 * What a resource is in a Tonus export, carried in `meta.tag`: an import reads `input` into the
 * assessment and recomputes the rest instead of reading it back.
 */
export const RESOURCE_ROLES = [
  'input',
  'score',
  'result',
  'order',
  'order-check',
  'provenance',
  'encounter',
  'diary',
  'outcome',
  'self-care',
  'plan',
  'emg',
] as const;
export type ResourceRole = (typeof RESOURCE_ROLES)[number];

export function roleMeta(role: ResourceRole): Meta {
  return { tag: [tonusCoding('resource-role', role)] };
}

/** The Tonus role of a resource, when it carries one. */
export function roleOf(resource: {
  readonly meta?: {
    readonly tag?: readonly { readonly system?: string; readonly code?: string }[];
  };
}): ResourceRole | undefined {
  const system = tonusSystem('resource-role');
  const code = resource.meta?.tag?.find((t) => t.system === system)?.code;
  return (RESOURCE_ROLES as readonly string[]).includes(code ?? '')
    ? (code as ResourceRole)
    : undefined;
}

/** How references are written: `Patient/123` for a FHIR server's data, `urn:uuid:…` inside a collection. */
export type ReferenceStyle = 'relative' | 'urn';

export function referenceTo<T extends Resource>(
  style: ReferenceStyle,
  type: T['resourceType'],
  id: string,
): Reference<T> {
  // the type parameter only tells the compiler what the reference points at
  return { reference: style === 'urn' ? `urn:uuid:${id}` : `${type}/${id}` };
}

/** The id a reference points at, whatever its style (`Patient/1`, `urn:uuid:1`, an absolute URL). */
export function referencedId(reference: string | undefined): string | undefined {
  if (reference === undefined || reference === '') {
    return undefined;
  }
  if (reference.startsWith('urn:uuid:')) {
    return reference.slice('urn:uuid:'.length);
  }
  if (reference.startsWith('#')) {
    return reference.slice(1);
  }
  const parts = reference.split('/').filter((p) => p !== '');
  // Type/id, or Type/id/_history/version
  const history = parts.indexOf('_history');
  const idIndex = history > 0 ? history - 1 : parts.length - 1;
  return parts[idIndex];
}

export function codeable(...coding: Coding[]): CodeableConcept {
  return { coding };
}

export function ucum(value: number, code: string, unit: string = code): Quantity {
  return { value, unit, system: SYSTEM.ucum, code };
}

export function observationCategory(
  code:
    'vital-signs' | 'laboratory' | 'exam' | 'survey' | 'social-history' | 'imaging' | 'procedure',
): CodeableConcept[] {
  return [codeable({ system: SYSTEM.observationCategory, code })];
}

/** Everything a mapping needs to write resources about one patient at one time. */
export interface WriteContext {
  readonly subject: Reference<Patient>;
  readonly encounter?: Reference<Encounter>;
  /** When the data was recorded (ISO date-time). */
  readonly effective: string;
  /** A new resource id (a UUID in every real use); the domain has no randomness of its own. */
  readonly newId: () => string;
  readonly style: ReferenceStyle;
}

export function refIn<T extends Resource>(ctx: WriteContext, resource: T): Reference<T> {
  return referenceTo<T>(ctx.style, resource.resourceType, resource.id ?? '');
}

/** An Observation about the subject, final, at the context's time, tagged with its role. */
export function observation(
  ctx: WriteContext,
  role: ResourceRole,
  fields: Omit<Observation, 'resourceType' | 'status' | 'subject' | 'effectiveDateTime' | 'id'>,
): Observation {
  return {
    resourceType: 'Observation',
    id: ctx.newId(),
    meta: roleMeta(role),
    status: 'final',
    ...fields,
    subject: ctx.subject,
    ...(ctx.encounter === undefined ? {} : { encounter: ctx.encounter }),
    effectiveDateTime: ctx.effective,
  };
}

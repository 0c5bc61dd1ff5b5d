/**
 * @module Checks each incoming resource against its profile before anything is read: a resource that is
 * not valid makes the whole input invalid (nothing half-read), with the path of the element that broke
 * the rule. Resource types Tonus does not read pass with their type only, to be reported as such.
 */
import { fail, fromZodIssues, ok, type DomainIssue, type Result } from '../shared/index.js';
import {
  AnyResource,
  Medication,
  READ_PROFILES,
  type CodeableConcept,
  type ReadType,
} from './profiles.js';
import { referencedId } from './resources.js';

export interface TypedResource<T = { readonly resourceType: string; readonly id?: string }> {
  readonly kind: ReadType | 'other';
  readonly value: T & {
    readonly meta?: { readonly tag?: readonly { system?: string; code?: string }[] };
  };
  /** `Observation/abc`, or where it came from when it has no id. */
  readonly label: string;
  /** Where it came from: `entry[3].resource`, `prefetch.conditions.entry[0].resource`. */
  readonly at: string;
  /** The medication a `medicationReference` points at (contained or elsewhere in the input). */
  readonly medication?: CodeableConcept;
}

function isReadType(type: string): type is ReadType {
  return Object.hasOwn(READ_PROFILES, type);
}

/** Validates every resource; fails with every issue found when any one is invalid. */
export function readResources(
  input: readonly { readonly resource: unknown; readonly at: string }[],
): Result<TypedResource[]> {
  const issues: DomainIssue[] = [];
  const out: TypedResource[] = [];
  const ids = new Map<string, { readonly at: string; readonly text: string }>();
  for (const { resource, at } of input) {
    const base = AnyResource.safeParse(resource, { reportInput: true });
    if (!base.success) {
      issues.push(...fromZodIssues(base.error.issues, [at]));
      continue;
    }
    const type = base.data.resourceType;
    const label = base.data.id === undefined ? at : `${type}/${base.data.id}`;
    if (base.data.id !== undefined) {
      const text = JSON.stringify(resource);
      const seen = ids.get(label);
      if (seen?.text === text) {
        // the same resource sent twice (under two prefetch keys) is one resource
        continue;
      }
      if (seen !== undefined) {
        issues.push({
          code: 'fhir.duplicate_id',
          path: [at, 'id'],
          params: { id: label, first: seen.at },
        });
        continue;
      }
      ids.set(label, { at, text });
    }
    if (!isReadType(type)) {
      out.push({ kind: 'other', value: base.data, label, at });
      continue;
    }
    const parsed = READ_PROFILES[type].safeParse(resource, { reportInput: true });
    if (!parsed.success) {
      issues.push(...fromZodIssues(parsed.error.issues, [at]));
      continue;
    }
    out.push({ kind: type, value: parsed.data, label, at });
  }
  if (issues.length > 0) {
    return fail(issues);
  }
  return ok(withMedications(out));
}

/** Resolves `medicationReference` to the Medication's code, from `contained` or from the input itself. */
function withMedications(resources: readonly TypedResource[]): TypedResource[] {
  const medications = new Map<string, CodeableConcept>();
  for (const r of resources) {
    if (r.kind === 'Medication' && r.value.id !== undefined) {
      const code = (r.value as Medication).code;
      if (code !== undefined) {
        medications.set(r.value.id, code);
      }
    }
  }
  return resources.map((r) => {
    if (
      r.kind !== 'MedicationRequest' &&
      r.kind !== 'MedicationStatement' &&
      r.kind !== 'MedicationAdministration'
    ) {
      return r;
    }
    const v = r.value as {
      medicationReference?: { reference?: string };
      contained?: unknown[];
    };
    const id = referencedId(v.medicationReference?.reference);
    if (id === undefined) {
      return r;
    }
    const contained = (v.contained ?? []).flatMap((c) => {
      const m = Medication.safeParse(c);
      return m.success && m.data.id === id && m.data.code !== undefined ? [m.data.code] : [];
    })[0];
    const medication = contained ?? medications.get(id);
    return medication === undefined ? r : { ...r, medication };
  });
}

/**
 * @module The resources of a prefetch (or of a FHIR server's answer to its template): a single resource,
 * or the entries of a search Bundle. A key the client left out, or answered with an OperationOutcome,
 * is missing and must be fetched; a key given as null means the chart has nothing of that kind.
 */
import { PREFETCH_KEYS, type PrefetchKey } from './cds-hooks.js';

export interface Located {
  readonly resource: unknown;
  /** Where it came from, for error paths: `prefetch.conditions.entry[2].resource`. */
  readonly at: string;
}

function isObject(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The resources of one answer: a Bundle's entries (search outcomes left out), or the resource itself.
 * @returns Undefined when the answer is an OperationOutcome: the data was not delivered.
 */
export function resourcesOf(answer: unknown, at: string): Located[] | undefined {
  if (!isObject(answer)) {
    return [{ resource: answer, at }];
  }
  if (answer.resourceType === 'OperationOutcome') {
    return undefined;
  }
  if (answer.resourceType !== 'Bundle') {
    return [{ resource: answer, at }];
  }
  const entries = Array.isArray(answer.entry) ? (answer.entry as unknown[]) : [];
  return entries.flatMap((e, i) => {
    const entry = isObject(e) ? e : {};
    const search = isObject(entry.search) ? entry.search : {};
    const resource = entry.resource;
    // an OperationOutcome inside a search answer tells about the search, it is not chart data
    if (
      search.mode === 'outcome' ||
      (isObject(resource) && resource.resourceType === 'OperationOutcome')
    ) {
      return [];
    }
    return [{ resource, at: `${at}.entry[${i}].resource` }];
  });
}

export interface PrefetchRead {
  readonly resources: readonly Located[];
  /** Keys the client did not satisfy: the service fetches them or cannot answer. */
  readonly missing: readonly PrefetchKey[];
}

/**
 * Every resource the prefetch holds, under Tonus's keys and under any other key a client sent (the
 * specification's own examples use their own key names), and the Tonus keys that were not satisfied.
 */
export function readPrefetch(
  prefetch: Readonly<Record<string, unknown>> | undefined,
): PrefetchRead {
  const resources: Located[] = [];
  const missing: PrefetchKey[] = [];
  for (const [key, value] of Object.entries(prefetch ?? {})) {
    if (!(PREFETCH_KEYS as readonly string[]).includes(key) && value !== null) {
      resources.push(...(resourcesOf(value, `prefetch.${key}`) ?? []));
    }
  }
  for (const key of PREFETCH_KEYS) {
    if (prefetch === undefined || !Object.hasOwn(prefetch, key)) {
      missing.push(key);
      continue;
    }
    const value = prefetch[key];
    if (value === null) {
      continue;
    }
    const found = resourcesOf(value, `prefetch.${key}`);
    if (found === undefined) {
      missing.push(key);
    } else {
      resources.push(...found);
    }
  }
  return { resources, missing };
}

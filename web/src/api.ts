/**
 * @module The typed API client: same-origin JSON with the session cookie, problem+json turned into an
 * `ApiError` naming each field, a network failure into `OfflineError`. The response types are the server's
 * own (types only: the patient bundle stays small, and the server validated what it sends).
 */
import { noteServerDate } from './server-clock';

export interface ProblemError {
  readonly code: string;
  readonly pointer: string;
  readonly field: string | null;
  readonly detail: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly errors: readonly ProblemError[];
  constructor(status: number, detail: string, errors: readonly ProblemError[]) {
    super(detail);
    this.status = status;
    this.errors = errors;
  }
}

export class OfflineError extends Error {}

/** The event a request answered 401 sends on `window` (the session ended: expired, revoked or disabled). */
export const UNAUTHENTICATED_EVENT = 'tonus:unauthenticated';

export interface UnauthenticatedDetail {
  readonly url: string;
  /** The request's number in this page's order (`requestsStarted`): a 401 to one sent before a sign-in is old news. */
  readonly seq: number;
}

let started = 0;

/** How many requests this page has started so far. */
export function requestsStarted(): number {
  return started;
}

export async function api<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  started += 1;
  const seq = started;
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new OfflineError('offline');
  }
  noteServerDate(res.headers.get('date'));
  if (res.status === 204) {
    return undefined as T;
  }
  const text = await res.text();
  const data: unknown = text === '' ? undefined : JSON.parse(text);
  if (!res.ok) {
    if (res.status === 401) {
      window.dispatchEvent(
        new CustomEvent<UnauthenticatedDetail>(UNAUTHENTICATED_EVENT, { detail: { url, seq } }),
      );
    }
    const p = (data ?? {}) as { detail?: string; errors?: ProblemError[] };
    throw new ApiError(res.status, p.detail ?? res.statusText, p.errors ?? []);
  }
  return data as T;
}

/** The items of a list response (typed by the caller: the server validated what it sends). */
export async function list<T>(url: string): Promise<T[]> {
  const page: { items: T[] } = await api('GET', url);
  return page.items;
}

/** A small JSON cache in localStorage, so screens can show what they last read when offline. */
export const cache = {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names what it stored
  get<T>(key: string): T | undefined {
    const raw = localStorage.getItem(`tonus.cache.${key}`);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  },
  set(key: string, value: unknown): void {
    localStorage.setItem(`tonus.cache.${key}`, JSON.stringify(value));
  },
  clear(): void {
    for (const k of Object.keys(localStorage)) {
      if (k.startsWith('tonus.cache.') || k === 'tonus.outbox') {
        localStorage.removeItem(k);
      }
    }
  },
};

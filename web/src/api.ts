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

export async function api<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
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

/**
 * @module The outbox: every diary entry and self-care session is written here first, with its own
 * Idempotency-Key, then sent. Whatever fails for want of a network stays and is sent again when the network
 * returns, with the same key, so the server stores it once: never lost, never twice. One tab sends at a time.
 */
import { api, ApiError, OfflineError } from './api';
import { problemOf, type Problem } from './problems';

export interface OutboxItem {
  readonly key: string;
  readonly url: string;
  readonly body: unknown;
  readonly queuedAt: string;
  /** Set when the server refused the item for good (kept for the user to see, never dropped silently). */
  readonly refused?: string;
  /** The server's reasons for the refusal (codes and fields), worded in the page's locale when shown. */
  readonly problem?: Problem;
}

const KEY = 'tonus.outbox';
const listeners = new Set<() => void>();

export function outboxItems(): OutboxItem[] {
  const raw = localStorage.getItem(KEY);
  return raw === null ? [] : (JSON.parse(raw) as OutboxItem[]);
}

function save(items: readonly OutboxItem[]): void {
  localStorage.setItem(KEY, JSON.stringify(items));
  for (const l of listeners) {
    l();
  }
}

export function onOutboxChange(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function enqueue(url: string, body: unknown): OutboxItem {
  const item: OutboxItem = {
    key: crypto.randomUUID(),
    url,
    body,
    queuedAt: new Date().toISOString(),
  };
  save([...outboxItems(), item]);
  return item;
}

function replace(key: string, next: OutboxItem | null): void {
  const rest = next === null ? [] : [next];
  save(outboxItems().flatMap((i) => (i.key === key ? rest : [i])));
}

/** Statuses worth trying again later: not signed in any more, too many requests, server trouble. */
const RETRY = new Set([401, 408, 429]);

async function sendAll(): Promise<number> {
  let sent = 0;
  for (const item of outboxItems()) {
    if (item.refused !== undefined) {
      continue;
    }
    try {
      await api('POST', item.url, item.body, { 'idempotency-key': item.key });
      replace(item.key, null);
      sent += 1;
    } catch (e) {
      if (e instanceof OfflineError) {
        break;
      }
      if (e instanceof ApiError && !RETRY.has(e.status) && e.status < 500) {
        const problem = problemOf(e);
        replace(item.key, {
          ...item,
          refused: e.message,
          ...(problem === 'network' ? {} : { problem }),
        });
        continue;
      }
      break;
    }
  }
  return sent;
}

let running: Promise<number> | null = null;

/** Sends what waits; returns how many were sent. */
export function flushOutbox(): Promise<number> {
  running ??= (
    'locks' in navigator ? navigator.locks.request('tonus-outbox', () => sendAll()) : sendAll()
  ).finally(() => {
    running = null;
  });
  return running;
}

/** What became of one item sent now: stored by the server, still waiting on this device, or refused for good. */
export type Outcome =
  | { readonly kind: 'sent' }
  | { readonly kind: 'waiting' }
  | { readonly kind: 'refused'; readonly problem: Problem };

/**
 * Sends what waits and says what became of the item `key`. A send already under way may have started
 * before the item was written, so one more is tried before calling it waiting.
 */
export async function sendNow(key: string): Promise<Outcome> {
  for (let round = 0; round < 2; round++) {
    await flushOutbox();
    const item = outboxItems().find((i) => i.key === key);
    if (item === undefined) {
      return { kind: 'sent' };
    }
    if (item.refused !== undefined) {
      return { kind: 'refused', problem: item.problem ?? { status: 400, errors: [] } };
    }
  }
  return { kind: 'waiting' };
}

/** Removes an item the server refused for good, once the patient has seen why; one still waiting stays. */
export function dismiss(key: string): void {
  const items = outboxItems();
  if (items.some((i) => i.key === key && i.refused !== undefined)) {
    save(items.filter((i) => i.key !== key));
  }
}

/** Sends on start, whenever the network returns, and every 30 s while something waits. */
export function startOutbox(): void {
  window.addEventListener('online', () => {
    void flushOutbox();
  });
  setInterval(() => {
    if (outboxItems().some((i) => i.refused === undefined) && navigator.onLine) {
      void flushOutbox();
    }
  }, 30_000);
  void flushOutbox();
}

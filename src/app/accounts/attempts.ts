/**
 * @module Counting attempts at the password routes in the database, so that every server process on one
 * database shares one count (C10: no state in memory) and the sign-in limit holds behind a load balancer.
 */
import { ok, type Result } from '../../domain/shared/index.js';
import type { CoreDeps } from '../shared/index.js';

export interface AttemptCount {
  /** Attempts in the current window, this one included. */
  readonly current: number;
  /** Milliseconds until the window ends. */
  readonly ttlMs: number;
}

/** Counters whose window ended this long ago are forgotten. */
const FORGET_AFTER_MS = 24 * 60 * 60_000;

/** Counts one attempt under `key` in a window of `windowMs`. */
export async function countAttempt(
  deps: CoreDeps,
  key: string,
  windowMs: number,
): Promise<AttemptCount> {
  // every instant in one form (toISOString, milliseconds included) so that the store may compare text
  const nowMs = Date.parse(deps.clock.now());
  const iso = (ms: number): string => new Date(ms).toISOString();
  const now = iso(nowMs);
  const r: Result<{ count: number; windowStart: string }> = await deps.store.transact(async (tx) =>
    ok(await tx.rateLimits.hit(key, now, iso(nowMs - windowMs), iso(nowMs - FORGET_AFTER_MS))),
  );
  if (!r.ok) {
    // the work above returns only ok; a refusal here would be a bug in the store
    throw new Error('rate limit count refused');
  }
  const ends = Date.parse(r.value.windowStart) + windowMs;
  return { current: r.value.count, ttlMs: Math.max(0, ends - nowMs) };
}

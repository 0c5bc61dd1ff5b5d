/** @module Resolving a session cookie or bearer token to the signed-in user; expired, idle or revoked ones, and a disabled account's, are ignored. */
import { ok } from '../../domain/shared/index.js';
import type { CoreDeps, Repos, UserActor } from '../shared/index.js';

/** Seen-at is refreshed at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60_000;

export async function authenticate(
  deps: CoreDeps,
  token: string | undefined,
): Promise<UserActor | null> {
  if (token === undefined || token.length === 0 || token.length > 200) {
    return null;
  }
  const idHash = deps.secrets.digest(token);
  const found = await deps.store.read.sessions.find(idHash);
  if (found === undefined) {
    return null;
  }
  const { session, user } = found;
  const now = deps.clock.now();
  const nowMs = Date.parse(now);
  const idleLimit = Date.parse(session.lastSeenAt) + deps.settings.sessionIdleMs;
  // a disabled account's sessions were revoked with it; its status is checked as well, so a sign-in that
  // raced the disabling opens nothing either
  if (
    user.disabledAt !== null ||
    session.revokedAt !== null ||
    session.expiresAt <= now ||
    (session.kind === 'cookie' && idleLimit <= nowMs)
  ) {
    return null;
  }
  if (nowMs - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS) {
    // a write, so it goes through the store's transactions like every other (never through `read`)
    await deps.store.transact(async (tx) => {
      await tx.sessions.touch(idHash, now);
      return ok(null);
    });
  }
  return {
    kind: 'user',
    userId: user.id,
    role: user.role,
    patientId: user.patientId,
    sessionHash: idHash,
  };
}

/** Creates a session or bearer token inside the caller's transaction and returns the token, shown once. */
export async function openSession(
  deps: CoreDeps,
  tx: Repos,
  userId: string,
  kind: 'cookie' | 'bearer',
  label: string | null,
): Promise<{ token: string; expiresAt: string }> {
  const token = deps.secrets.newToken();
  const now = deps.clock.now();
  const ttl = kind === 'cookie' ? deps.settings.sessionTtlMs : deps.settings.tokenTtlMs;
  const expiresAt = new Date(Date.parse(now) + ttl).toISOString();
  await tx.sessions.insert({
    idHash: deps.secrets.digest(token),
    userId,
    kind,
    label,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    revokedAt: null,
  });
  return { token, expiresAt };
}

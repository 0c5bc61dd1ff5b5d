/**
 * @module An account's life after it was made: an admin disables it (signed out everywhere at once, and it
 * can no longer sign in) or enables it again, or makes a one-time link with which its owner sets a new
 * password; and the signed-in user changes their own password. Nothing clinical is touched. Every attempt is
 * audited, allowed or denied; passwords, tokens and their hashes never are.
 */
import {
  ChangePasswordInput,
  RecordId,
  type AuditAction,
  ResetPasswordInput,
  type ResetLink,
  type UserSummary,
} from '../../domain/records/index.js';
import { fail, ok, type Result } from '../../domain/shared/index.js';
import {
  appendAudit,
  audit,
  issue,
  parseInput,
  requireRole,
  requireUser,
  type AuditNote,
  type CoreDeps,
  type RequestContext,
  type UserActor,
} from '../shared/index.js';
import { summaryOf } from './accounts.js';
import { takeOneTimeToken, newOneTimeToken } from './one-time.js';
import { guessable } from './password-rules.js';

const userNotFound = (): Result<never> => fail([issue('record.not_found', { resource: 'user' })]);

/** What an admin's action on one user rests on: the admin, the user's id and the audit note of the action. */
interface OnUser {
  readonly admin: UserActor;
  readonly id: string;
  readonly note: Omit<AuditNote, 'outcome'> & { readonly action: AuditAction };
}

/** An admin acting on the user `rawId`: any other role is refused (and audited), a malformed id is not found. */
async function adminOnUser(
  deps: CoreDeps,
  ctx: RequestContext,
  rawId: unknown,
  action: AuditAction,
): Promise<Result<OnUser>> {
  const parsed = RecordId.safeParse(rawId);
  const note = { action, resourceType: 'user', resourceId: parsed.success ? parsed.data : null };
  const admin = await requireRole(deps, ctx, ['admin'], note);
  if (!admin.ok) {
    return admin;
  }
  return parsed.success ? ok({ admin: admin.value, id: parsed.data, note }) : userNotFound();
}

/** Audits a refusal of `note` when `r` is refused for one of `codes` (a refusal rolls its work back, audit included). */
async function auditRefusal<T>(
  deps: CoreDeps,
  ctx: RequestContext,
  note: Omit<AuditNote, 'outcome'>,
  r: Result<T>,
  codes: readonly string[],
): Promise<Result<T>> {
  if (!r.ok && r.issues.some((i) => codes.includes(i.code))) {
    await audit(deps, ctx, { ...note, outcome: 'denied' });
  }
  return r;
}

/**
 * An admin disables an account: in one transaction it is marked disabled, every session and bearer token of
 * it is revoked and its pending reset link dropped. Its records and assignments stay (access went with the
 * sessions; enabling it again gives it back). An admin cannot disable themself, nor the last enabled admin.
 * Disabling a disabled account changes nothing and answers the same.
 */
export async function disableUser(
  deps: CoreDeps,
  ctx: RequestContext,
  rawId: unknown,
): Promise<Result<UserSummary>> {
  const opened = await adminOnUser(deps, ctx, rawId, 'user.disable');
  if (!opened.ok) {
    return opened;
  }
  const { admin, id, note } = opened.value;
  if (id === admin.userId) {
    await audit(deps, ctx, { ...note, outcome: 'denied' });
    return fail([issue('user.self_disable')]);
  }
  const r = await deps.store.transact(async (tx): Promise<Result<UserSummary>> => {
    // locks the enabled admins first (PostgreSQL), so two admins disabling each other wait for one another
    const admins = await tx.users.enabledAdmins();
    const user = await tx.users.byId(id);
    if (user === undefined) {
      return userNotFound();
    }
    if (admins.includes(user.id) && admins.length === 1) {
      return fail([issue('user.last_admin')]);
    }
    const now = deps.clock.now();
    const changed = await tx.users.disable(user.id, now);
    await tx.sessions.revokeAllOf(user.id, now);
    await appendAudit(deps, tx, ctx, { ...note, patientId: user.patientId, outcome: 'allowed' });
    return ok(summaryOf({ ...user, disabledAt: changed ? now : user.disabledAt }));
  });
  return auditRefusal(deps, ctx, note, r, ['user.last_admin']);
}

/**
 * An admin enables a disabled account again: its owner may sign in (every earlier session stays revoked).
 * Enabling an enabled account changes nothing and answers the same.
 */
export async function enableUser(
  deps: CoreDeps,
  ctx: RequestContext,
  rawId: unknown,
): Promise<Result<UserSummary>> {
  const opened = await adminOnUser(deps, ctx, rawId, 'user.enable');
  if (!opened.ok) {
    return opened;
  }
  const { id, note } = opened.value;
  return deps.store.transact(async (tx) => {
    const user = await tx.users.byId(id);
    if (user === undefined) {
      return userNotFound();
    }
    await tx.users.enable(user.id);
    await appendAudit(deps, tx, ctx, { ...note, patientId: user.patientId, outcome: 'allowed' });
    return ok(summaryOf({ ...user, disabledAt: null }));
  });
}

/**
 * The signed-in user (any role) changes their own password: the current one must be right (a wrong one is
 * refused, audited, and counted by the route's rate limit as a sign-in is), the new one passes the rules of
 * registration. Every other session and bearer token of the user is revoked; the one of this request stays.
 */
export async function changePassword(
  deps: CoreDeps,
  ctx: RequestContext,
  body: unknown,
): Promise<Result<null>> {
  const user = requireUser(ctx);
  if (!user.ok) {
    return user;
  }
  const input = parseInput(ChangePasswordInput, body);
  if (!input.ok) {
    return input;
  }
  const note = {
    action: 'auth.password_changed',
    resourceType: 'user',
    resourceId: user.value.userId,
  } as const;
  const row = await deps.store.read.users.byId(user.value.userId);
  if (row === undefined) {
    return fail([issue('auth.unauthenticated')]);
  }
  const verdict = await deps.secrets.verifyPassword(input.value.currentPassword, row.passwordHash);
  if (!verdict.ok) {
    await audit(deps, ctx, { ...note, outcome: 'denied' });
    return fail([{ code: 'auth.current_password_wrong', path: ['currentPassword'] }]);
  }
  const weak = guessable(input.value.newPassword, row.email, row.name, 'newPassword');
  if (weak !== null) {
    return fail([weak]);
  }
  const hash = await deps.secrets.hashPassword(input.value.newPassword);
  return deps.store.transact(async (tx) => {
    const now = deps.clock.now();
    await tx.users.setPasswordHash(row.id, hash);
    await tx.sessions.revokeAllOf(row.id, now, user.value.sessionHash);
    await appendAudit(deps, tx, ctx, { ...note, outcome: 'allowed' });
    return ok(null);
  });
}

/**
 * An admin makes a one-time password-reset link for an enabled account (there is no e-mail in Tonus: the admin
 * hands it over). Its token is shown once; only its hash is kept, until it expires, and a new link replaces the
 * one before.
 */
export async function issueResetLink(
  deps: CoreDeps,
  ctx: RequestContext,
  rawId: unknown,
): Promise<Result<ResetLink>> {
  const opened = await adminOnUser(deps, ctx, rawId, 'user.reset_link');
  if (!opened.ok) {
    return opened;
  }
  const { id, note } = opened.value;
  const { token, tokenHash, expiresAt } = newOneTimeToken(deps, deps.settings.resetTtlMs);
  return deps.store.transact(async (tx) => {
    const user = await tx.users.byId(id);
    if (user === undefined) {
      return userNotFound();
    }
    if (user.disabledAt !== null) {
      return fail([issue('user.disabled')]);
    }
    await tx.users.setResetToken(user.id, tokenHash, expiresAt);
    await appendAudit(deps, tx, ctx, { ...note, patientId: user.patientId, outcome: 'allowed' });
    return ok({ userId: user.id, email: user.email, token, expiresAt });
  });
}

/**
 * The holder of a reset link sets a new password with it (under the rules of registration). The link is used
 * up, and every session and bearer token of the account is revoked: its owner signs in again with the new
 * password. An unknown, used, replaced or expired link, or one of an account disabled since, is refused.
 */
export async function resetPassword(
  deps: CoreDeps,
  ctx: RequestContext,
  body: unknown,
): Promise<Result<null>> {
  const input = parseInput(ResetPasswordInput, body);
  if (!input.ok) {
    return input;
  }
  const anonymous = { ...ctx, actor: null };
  const r = await takeOneTimeToken(deps, {
    token: input.value.token,
    password: input.value.newPassword,
    passwordField: 'newPassword',
    invalid: { code: 'auth.reset_invalid', path: ['token'] },
    take: (tx, tokenHash, now) => tx.users.takeResetToken(tokenHash, now),
    use: async (tx, user, hash, now): Promise<Result<null>> => {
      await tx.users.setPasswordHash(user.id, hash);
      await tx.sessions.revokeAllOf(user.id, now);
      await appendAudit(deps, tx, anonymous, {
        action: 'auth.password_reset',
        resourceType: 'user',
        resourceId: user.id,
        patientId: user.patientId,
        outcome: 'allowed',
      });
      return ok(null);
    },
  });
  return auditRefusal(deps, anonymous, { action: 'auth.password_reset', resourceType: 'user' }, r, [
    'auth.reset_invalid',
  ]);
}

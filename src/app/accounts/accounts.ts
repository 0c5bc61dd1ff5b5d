/**
 * @module Accounts: patients register themselves (with their patient record), clinicians and admins are
 * invited by an admin, everyone signs in for a session cookie or a bearer token, and logout revokes it.
 * Every auth event is audited; passwords and tokens never are.
 */
import {
  AcceptInviteInput,
  AssignmentInput,
  InviteInput,
  LoginInput,
  RegisterInput,
  TokenInput,
  birthDateIssues,
  RecordId,
  type Assignment,
  type BearerToken,
  type Invitation,
  type Me,
  type PendingInvitation,
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
  type CoreDeps,
  type Repos,
  type RequestContext,
  type UserRow,
} from '../shared/index.js';
import { takeOneTimeToken, newOneTimeToken } from './one-time.js';
import { guessable } from './password-rules.js';
import { openSession } from './sessions.js';

export interface SignedIn {
  readonly me: Me;
  readonly token: string;
  readonly expiresAt: string;
}

function meOf(u: UserRow): Me {
  return { id: u.id, role: u.role, patientId: u.patientId, name: u.name, email: u.email };
}

/** An account as an admin lists it: never its password hash or reset link. */
export function summaryOf(u: UserRow): UserSummary {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    patientId: u.patientId,
    createdAt: u.createdAt,
    disabledAt: u.disabledAt,
  };
}

/**
 * A new account stored and signed in at once with a session cookie, audited as `action` of nobody signed
 * in yet; an email another account has is refused (and the transaction rolled back).
 */
async function storeAndSignIn(
  deps: CoreDeps,
  tx: Repos,
  ctx: RequestContext,
  user: UserRow,
  action: 'auth.register' | 'auth.invite_accepted',
): Promise<Result<SignedIn>> {
  if (!(await tx.users.insert(user))) {
    return fail([{ code: 'auth.email_taken', path: ['email'] }]);
  }
  const session = await openSession(deps, tx, user.id, 'cookie', null);
  await appendAudit(
    deps,
    tx,
    { ...ctx, actor: null },
    {
      action,
      resourceType: 'user',
      resourceId: user.id,
      patientId: user.patientId,
      outcome: 'allowed',
    },
  );
  return ok({ me: meOf(user), ...session });
}

/** A new patient account with its patient record, signed in at once. */
export async function register(
  deps: CoreDeps,
  ctx: RequestContext,
  body: unknown,
): Promise<Result<SignedIn>> {
  const input = parseInput(RegisterInput, body);
  if (!input.ok) {
    return input;
  }
  const { email, password, name, birthDate, sex } = input.value;
  const born = birthDate === undefined ? [] : birthDateIssues(birthDate, deps.clock.now());
  if (born.length > 0) {
    return fail(born);
  }
  const weak = guessable(password, email, name);
  if (weak !== null) {
    return fail([weak]);
  }
  const passwordHash = await deps.secrets.hashPassword(password);
  const now = deps.clock.now();
  const user: UserRow = {
    id: deps.ids.newId(),
    email,
    name,
    role: 'patient',
    passwordHash,
    patientId: deps.ids.newId(),
    createdAt: now,
    disabledAt: null,
  };
  return deps.store.transact(async (tx) => {
    if (user.patientId === null) {
      return fail([issue('record.not_found', { resource: 'patient' })]);
    }
    await tx.patients.insert({
      id: user.patientId,
      name,
      birthDate: birthDate ?? null,
      sex: sex ?? null,
      createdAt: now,
    });
    return storeAndSignIn(deps, tx, ctx, user, 'auth.register');
  });
}

// a hash of a password nobody has, so an unknown email costs the same time as a wrong password
let dummyHash: Promise<string> | undefined;

export async function login(
  deps: CoreDeps,
  ctx: RequestContext,
  body: unknown,
): Promise<Result<SignedIn>> {
  const input = parseInput(LoginInput, body);
  if (!input.ok) {
    return input;
  }
  const user = await deps.store.read.users.byEmail(input.value.email);
  dummyHash ??= deps.secrets.hashPassword('not a password of anybody');
  const verdict = await deps.secrets.verifyPassword(
    input.value.password,
    user?.passwordHash ?? (await dummyHash),
  );
  // a disabled account is refused exactly as a wrong password is: same answer, same time spent hashing
  if (user === undefined || !verdict.ok || user.disabledAt !== null) {
    await audit(deps, ctx, {
      action: 'auth.login',
      resourceType: 'user',
      resourceId: user?.id ?? null,
      outcome: 'denied',
    });
    return fail([issue('auth.invalid_credentials')]);
  }
  const rehash = verdict.needsRehash
    ? await deps.secrets.hashPassword(input.value.password)
    : undefined;
  return deps.store.transact(async (tx) => {
    if (rehash !== undefined) {
      await tx.users.setPasswordHash(user.id, rehash);
    }
    const session = await openSession(deps, tx, user.id, 'cookie', null);
    await appendAudit(
      deps,
      tx,
      { ...ctx, actor: null },
      {
        action: 'auth.login',
        resourceType: 'user',
        resourceId: user.id,
        patientId: user.patientId,
        outcome: 'allowed',
      },
    );
    return ok({ me: meOf(user), ...session });
  });
}

/** Revokes the session or token of the request; without one there is nothing to do. */
export async function logout(deps: CoreDeps, ctx: RequestContext): Promise<Result<null>> {
  const user = requireUser(ctx);
  if (!user.ok) {
    return ok(null);
  }
  return deps.store.transact(async (tx) => {
    await tx.sessions.revoke(user.value.sessionHash, deps.clock.now());
    await appendAudit(deps, tx, ctx, {
      action: 'auth.logout',
      resourceType: 'user',
      resourceId: user.value.userId,
      outcome: 'allowed',
    });
    return ok(null);
  });
}

export async function me(deps: CoreDeps, ctx: RequestContext): Promise<Result<Me>> {
  const user = requireUser(ctx);
  if (!user.ok) {
    return user;
  }
  const row = await deps.store.read.users.byId(user.value.userId);
  return row === undefined ? fail([issue('auth.unauthenticated')]) : ok(meOf(row));
}

/** A bearer token for scripts, tied to the signed-in user. */
export async function createToken(
  deps: CoreDeps,
  ctx: RequestContext,
  body: unknown,
): Promise<Result<BearerToken>> {
  const user = requireUser(ctx);
  if (!user.ok) {
    return user;
  }
  const input = parseInput(TokenInput, body);
  if (!input.ok) {
    return input;
  }
  return deps.store.transact(async (tx) => {
    const t = await openSession(deps, tx, user.value.userId, 'bearer', input.value.label);
    await appendAudit(deps, tx, ctx, {
      action: 'auth.token_created',
      resourceType: 'user',
      resourceId: user.value.userId,
      outcome: 'allowed',
    });
    return ok({ token: t.token, label: input.value.label, expiresAt: t.expiresAt });
  });
}

export async function invite(
  deps: CoreDeps,
  ctx: RequestContext,
  body: unknown,
): Promise<Result<Invitation>> {
  const admin = await requireRole(deps, ctx, ['admin'], {
    action: 'auth.invite_created',
    resourceType: 'invitation',
  });
  if (!admin.ok) {
    return admin;
  }
  const input = parseInput(InviteInput, body);
  if (!input.ok) {
    return input;
  }
  const { token, tokenHash, issuedAt, expiresAt } = newOneTimeToken(
    deps,
    deps.settings.inviteTtlMs,
  );
  const id = deps.ids.newId();
  return deps.store.transact(async (tx) => {
    if ((await tx.users.byEmail(input.value.email)) !== undefined) {
      return fail([{ code: 'auth.email_taken', path: ['email'] }]);
    }
    await tx.invitations.insert({
      id,
      tokenHash,
      email: input.value.email,
      name: input.value.name,
      role: input.value.role,
      createdBy: admin.value.userId,
      createdAt: issuedAt,
      expiresAt,
    });
    await appendAudit(deps, tx, ctx, {
      action: 'auth.invite_created',
      resourceType: 'invitation',
      resourceId: id,
      outcome: 'allowed',
    });
    return ok({ id, email: input.value.email, role: input.value.role, token, expiresAt });
  });
}

/** The invitations not yet accepted, revoked or expired, oldest first, for an admin: never a token or its hash. */
export async function listInvitations(
  deps: CoreDeps,
  ctx: RequestContext,
): Promise<Result<PendingInvitation[]>> {
  const admin = await requireRole(deps, ctx, ['admin'], {
    action: 'invitation.list',
    resourceType: 'invitation',
  });
  if (!admin.ok) {
    return admin;
  }
  const rows = await deps.store.read.invitations.pending(deps.clock.now());
  await audit(deps, ctx, {
    action: 'invitation.list',
    resourceType: 'invitation',
    outcome: 'allowed',
  });
  return ok(
    rows.map((i) => ({
      id: i.id,
      email: i.email,
      name: i.name,
      role: i.role,
      createdAt: i.createdAt,
      expiresAt: i.expiresAt,
    })),
  );
}

/**
 * An admin revokes a pending invitation (sent to the wrong address, say): its token can no longer be
 * accepted. The invitation is kept, marked revoked; "not found" when there is no pending one with this id.
 */
export async function revokeInvitation(
  deps: CoreDeps,
  ctx: RequestContext,
  rawId: unknown,
): Promise<Result<null>> {
  const id = RecordId.safeParse(rawId);
  const admin = await requireRole(deps, ctx, ['admin'], {
    action: 'invitation.revoke',
    resourceType: 'invitation',
    resourceId: id.success ? id.data : null,
  });
  if (!admin.ok) {
    return admin;
  }
  const notFound: Result<null> = fail([issue('record.not_found', { resource: 'invitation' })]);
  if (!id.success) {
    return notFound;
  }
  return deps.store.transact(async (tx) => {
    if (!(await tx.invitations.revoke(id.data, deps.clock.now()))) {
      return notFound;
    }
    await appendAudit(deps, tx, ctx, {
      action: 'invitation.revoke',
      resourceType: 'invitation',
      resourceId: id.data,
      outcome: 'allowed',
    });
    return ok(null);
  });
}

/** The invitee sets a password and is signed in. */
export async function acceptInvite(
  deps: CoreDeps,
  ctx: RequestContext,
  body: unknown,
): Promise<Result<SignedIn>> {
  const input = parseInput(AcceptInviteInput, body);
  if (!input.ok) {
    return input;
  }
  // the invitation names whose password it is
  return takeOneTimeToken(deps, {
    token: input.value.token,
    password: input.value.password,
    passwordField: 'password',
    invalid: { code: 'auth.invite_invalid', path: ['token'] },
    take: (tx, tokenHash, now) => tx.invitations.take(tokenHash, now),
    use: async (tx, inv, passwordHash) => {
      const user: UserRow = {
        id: deps.ids.newId(),
        email: inv.email,
        name: inv.name,
        role: inv.role,
        passwordHash,
        patientId: null,
        createdAt: deps.clock.now(),
        disabledAt: null,
      };
      return storeAndSignIn(deps, tx, ctx, user, 'auth.invite_accepted');
    },
  });
}

export async function listUsers(
  deps: CoreDeps,
  ctx: RequestContext,
): Promise<Result<UserSummary[]>> {
  const admin = await requireRole(deps, ctx, ['admin'], {
    action: 'user.list',
    resourceType: 'user',
  });
  if (!admin.ok) {
    return admin;
  }
  const rows = await deps.store.read.users.list();
  await audit(deps, ctx, { action: 'user.list', resourceType: 'user', outcome: 'allowed' });
  return ok(rows.map(summaryOf));
}

/** An admin assigns a patient to a clinician (or to an admin, who then may read that record). */
export async function assign(
  deps: CoreDeps,
  ctx: RequestContext,
  body: unknown,
): Promise<Result<Assignment>> {
  const admin = await requireRole(deps, ctx, ['admin'], {
    action: 'assignment.create',
    resourceType: 'assignment',
  });
  if (!admin.ok) {
    return admin;
  }
  const input = parseInput(AssignmentInput, body);
  if (!input.ok) {
    return input;
  }
  const { clinicianId, patientId } = input.value;
  return deps.store.transact(async (tx) => {
    const clinician = await tx.users.byId(clinicianId);
    if (clinician === undefined || clinician.role === 'patient') {
      return fail([
        { code: 'record.not_found', path: ['clinicianId'], params: { resource: 'clinician' } },
      ]);
    }
    if (clinician.disabledAt !== null) {
      return fail([{ code: 'user.disabled', path: ['clinicianId'] }]);
    }
    if ((await tx.patients.byId(patientId)) === undefined) {
      return fail([
        { code: 'record.not_found', path: ['patientId'], params: { resource: 'patient' } },
      ]);
    }
    const createdAt = deps.clock.now();
    await tx.assignments.insert({ clinicianId, patientId, createdAt });
    await appendAudit(deps, tx, ctx, {
      action: 'assignment.create',
      resourceType: 'assignment',
      resourceId: clinicianId,
      patientId,
      outcome: 'allowed',
    });
    return ok({ clinicianId, patientId, createdAt });
  });
}

/**
 * Every assignment of a patient to a clinician (or an admin), for an admin: who may read which record. Ids
 * and dates only; no clinical data.
 */
export async function listAssignments(
  deps: CoreDeps,
  ctx: RequestContext,
): Promise<Result<Assignment[]>> {
  const admin = await requireRole(deps, ctx, ['admin'], {
    action: 'assignment.list',
    resourceType: 'assignment',
  });
  if (!admin.ok) {
    return admin;
  }
  const rows = await deps.store.read.assignments.list();
  await audit(deps, ctx, {
    action: 'assignment.list',
    resourceType: 'assignment',
    outcome: 'allowed',
  });
  return ok(rows);
}

/**
 * An admin ends an assignment: the clinician (or admin) no longer sees the patient's record, which is told
 * "not found" from then on. Only the access ends: nothing the clinician recorded (encounters, plans,
 * orders) is touched. "Not found" when there is no such assignment. A write of theirs under way meanwhile
 * either commits before the end or is refused as "not found": each checks the assignment again in its own
 * transaction (`transactOnPatient`), where on PostgreSQL this delete waits for its commit.
 */
export async function unassign(
  deps: CoreDeps,
  ctx: RequestContext,
  rawClinicianId: unknown,
  rawPatientId: unknown,
): Promise<Result<null>> {
  const clinicianId = RecordId.safeParse(rawClinicianId);
  const patientId = RecordId.safeParse(rawPatientId);
  const admin = await requireRole(deps, ctx, ['admin'], {
    action: 'assignment.delete',
    resourceType: 'assignment',
    resourceId: clinicianId.success ? clinicianId.data : null,
    patientId: patientId.success ? patientId.data : null,
  });
  if (!admin.ok) {
    return admin;
  }
  const notFound: Result<null> = fail([issue('record.not_found', { resource: 'assignment' })]);
  if (!clinicianId.success || !patientId.success) {
    return notFound;
  }
  return deps.store.transact(async (tx) => {
    if (!(await tx.assignments.delete(clinicianId.data, patientId.data))) {
      return notFound;
    }
    await appendAudit(deps, tx, ctx, {
      action: 'assignment.delete',
      resourceType: 'assignment',
      resourceId: clinicianId.data,
      patientId: patientId.data,
      outcome: 'allowed',
    });
    return ok(null);
  });
}

/**
 * The operator at the host creates an admin (the first one of a clinic, or a replacement); nobody else
 * may. The password comes from the operator's environment, never from the command line.
 */
export async function createAdmin(
  deps: CoreDeps,
  ctx: RequestContext,
  body: unknown,
): Promise<Result<Me>> {
  if (ctx.actor?.kind !== 'operator') {
    return fail([issue('auth.forbidden')]);
  }
  const input = parseInput(RegisterInput, body);
  if (!input.ok) {
    return input;
  }
  const weak = guessable(input.value.password, input.value.email, input.value.name);
  if (weak !== null) {
    return fail([weak]);
  }
  const user: UserRow = {
    id: deps.ids.newId(),
    email: input.value.email,
    name: input.value.name,
    role: 'admin',
    passwordHash: await deps.secrets.hashPassword(input.value.password),
    patientId: null,
    createdAt: deps.clock.now(),
    disabledAt: null,
  };
  return deps.store.transact(async (tx) => {
    if (!(await tx.users.insert(user))) {
      return fail([{ code: 'auth.email_taken', path: ['email'] }]);
    }
    await appendAudit(deps, tx, ctx, {
      action: 'auth.register',
      resourceType: 'user',
      resourceId: user.id,
      outcome: 'allowed',
    });
    return ok(meOf(user));
  });
}

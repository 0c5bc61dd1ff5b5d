/** @module Routes of accounts: register, sign in and out, who am I, bearer tokens, passwords (changed, or reset with an admin's link), invitations (made, listed and revoked), users (listed, disabled, enabled), assignments (made, listed and ended). */
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  acceptInvite,
  assign,
  changePassword,
  createToken,
  disableUser,
  enableUser,
  invite,
  issueResetLink,
  listAssignments,
  listInvitations,
  listUsers,
  login,
  logout,
  me,
  register,
  resetPassword,
  revokeInvitation,
  unassign,
  type SignedIn,
} from '../../../app/accounts/index.js';
import type { CoreDeps } from '../../../app/shared/index.js';
import {
  AcceptInviteInput,
  Assignment,
  AssignmentInput,
  BearerToken,
  ChangePasswordInput,
  Invitation,
  InviteInput,
  LoginInput,
  Me,
  PendingInvitation,
  RegisterInput,
  ResetLink,
  ResetPasswordInput,
  TokenInput,
  UserSummary,
} from '../../../domain/records/index.js';
import { ok, type Result } from '../../../domain/shared/index.js';
import type { CookiePolicy } from '../auth.js';
import { addRoute, param, type RouteTable } from '../route.js';

export interface AccountRoutesOptions {
  readonly deps: CoreDeps;
  readonly table: RouteTable;
  readonly cookie: CookiePolicy;
  /** Route config for the rate limit on sign-in and the other password routes. */
  readonly limited: Record<string, unknown>;
}

function signIn(reply: FastifyReply, cookie: CookiePolicy, r: Result<SignedIn>): Result<unknown> {
  if (!r.ok) {
    return r;
  }
  reply.setCookie(cookie.name, r.value.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: cookie.secure,
    path: '/',
    expires: new Date(r.value.expiresAt),
  });
  return ok(r.value.me);
}

export function accountRoutes(app: FastifyInstance, o: AccountRoutesOptions): void {
  const { deps, table, cookie, limited } = o;
  addRoute(
    app,
    table,
    {
      method: 'POST',
      url: '/api/auth/register',
      summary: 'Register a patient account and its patient record; signs in',
      tag: 'accounts',
      auth: 'public',
      body: RegisterInput,
      response: Me,
      status: 201,
    },
    async (req, reply, ctx) => signIn(reply, cookie, await register(deps, ctx, req.body)),
    limited,
  );
  addRoute(
    app,
    table,
    {
      method: 'POST',
      url: '/api/auth/login',
      summary: 'Sign in: sets the session cookie',
      tag: 'accounts',
      auth: 'public',
      body: LoginInput,
      response: Me,
      status: 200,
    },
    async (req, reply, ctx) => signIn(reply, cookie, await login(deps, ctx, req.body)),
    limited,
  );
  addRoute(
    app,
    table,
    {
      method: 'POST',
      url: '/api/auth/accept-invite',
      summary: 'Accept an invitation: set a password and sign in',
      tag: 'accounts',
      auth: 'public',
      body: AcceptInviteInput,
      response: Me,
      status: 201,
    },
    async (req, reply, ctx) => signIn(reply, cookie, await acceptInvite(deps, ctx, req.body)),
    limited,
  );
  addRoute(
    app,
    table,
    {
      method: 'POST',
      url: '/api/auth/logout',
      summary: 'Sign out: revokes the session or token of this request',
      tag: 'accounts',
      auth: 'public',
      status: 204,
    },
    async (_req, reply, ctx) => {
      reply.clearCookie(cookie.name, { path: '/' });
      return logout(deps, ctx);
    },
  );
  addRoute(
    app,
    table,
    {
      method: 'POST',
      url: '/api/auth/tokens',
      summary: 'A bearer token for scripts, shown once',
      tag: 'accounts',
      auth: 'user',
      body: TokenInput,
      response: BearerToken,
      status: 201,
    },
    (req, _reply, ctx) => createToken(deps, ctx, req.body),
  );
  addRoute(
    app,
    table,
    {
      method: 'POST',
      url: '/api/auth/reset-password',
      summary:
        "Set a new password with an admin's one-time reset link; signs the account out everywhere",
      tag: 'accounts',
      auth: 'public',
      body: ResetPasswordInput,
      status: 204,
    },
    (req, _reply, ctx) => resetPassword(deps, ctx, req.body),
    limited,
  );
  addRoute(
    app,
    table,
    {
      method: 'POST',
      url: '/api/me/password',
      summary:
        'Change your own password: the current one, then a new one; your other sessions and tokens are revoked',
      tag: 'accounts',
      auth: 'user',
      body: ChangePasswordInput,
      status: 204,
    },
    (req, _reply, ctx) => changePassword(deps, ctx, req.body),
    limited,
  );
  addRoute(
    app,
    table,
    {
      method: 'GET',
      url: '/api/me',
      summary: 'The signed-in user',
      tag: 'accounts',
      auth: 'user',
      response: Me,
      status: 200,
    },
    (_req, _reply, ctx) => me(deps, ctx),
  );
  addRoute(
    app,
    table,
    {
      method: 'GET',
      url: '/api/admin/users',
      summary: 'Every user (admin)',
      tag: 'admin',
      auth: 'user',
      response: UserSummary,
      list: true,
      status: 200,
    },
    (_req, _reply, ctx) => listUsers(deps, ctx),
  );
  addRoute(
    app,
    table,
    {
      method: 'POST',
      url: '/api/admin/users/:userId/disable',
      summary:
        'Disable an account: it is signed out everywhere at once and cannot sign in; nothing recorded is deleted (admin)',
      tag: 'admin',
      auth: 'user',
      response: UserSummary,
      status: 200,
    },
    (req, _reply, ctx) => disableUser(deps, ctx, param(req, 'userId')),
  );
  addRoute(
    app,
    table,
    {
      method: 'POST',
      url: '/api/admin/users/:userId/enable',
      summary: 'Enable a disabled account again: its owner may sign in (admin)',
      tag: 'admin',
      auth: 'user',
      response: UserSummary,
      status: 200,
    },
    (req, _reply, ctx) => enableUser(deps, ctx, param(req, 'userId')),
  );
  addRoute(
    app,
    table,
    {
      method: 'POST',
      url: '/api/admin/users/:userId/reset-link',
      summary:
        'A one-time password-reset link for an account, shown once; it replaces any earlier one (admin)',
      tag: 'admin',
      auth: 'user',
      response: ResetLink,
      status: 201,
    },
    (req, _reply, ctx) => issueResetLink(deps, ctx, param(req, 'userId')),
  );
  addRoute(
    app,
    table,
    {
      method: 'POST',
      url: '/api/admin/invitations',
      summary: 'Invite a clinician or an admin (admin)',
      tag: 'admin',
      auth: 'user',
      body: InviteInput,
      response: Invitation,
      status: 201,
    },
    (req, _reply, ctx) => invite(deps, ctx, req.body),
  );
  addRoute(
    app,
    table,
    {
      method: 'POST',
      url: '/api/admin/assignments',
      summary: 'Assign a patient to a clinician (admin)',
      tag: 'admin',
      auth: 'user',
      body: AssignmentInput,
      response: Assignment,
      status: 201,
    },
    (req, _reply, ctx) => assign(deps, ctx, req.body),
  );
  addRoute(
    app,
    table,
    {
      method: 'GET',
      url: '/api/admin/assignments',
      summary: 'Every assignment of a patient to a clinician (admin)',
      tag: 'admin',
      auth: 'user',
      response: Assignment,
      list: true,
      status: 200,
    },
    (_req, _reply, ctx) => listAssignments(deps, ctx),
  );
  addRoute(
    app,
    table,
    {
      method: 'DELETE',
      url: '/api/admin/assignments/:clinicianId/:patientId',
      summary:
        "End an assignment: the clinician no longer sees the patient's record; nothing recorded is deleted (admin)",
      tag: 'admin',
      auth: 'user',
      status: 204,
    },
    (req, _reply, ctx) => unassign(deps, ctx, param(req, 'clinicianId'), param(req, 'patientId')),
  );
  addRoute(
    app,
    table,
    {
      method: 'GET',
      url: '/api/admin/invitations',
      summary: 'The invitations not yet accepted, revoked or expired; never their tokens (admin)',
      tag: 'admin',
      auth: 'user',
      response: PendingInvitation,
      list: true,
      status: 200,
    },
    (_req, _reply, ctx) => listInvitations(deps, ctx),
  );
  addRoute(
    app,
    table,
    {
      method: 'DELETE',
      url: '/api/admin/invitations/:invitationId',
      summary: 'Revoke a pending invitation: its token can no longer be accepted (admin)',
      tag: 'admin',
      auth: 'user',
      status: 204,
    },
    (req, _reply, ctx) => revokeInvitation(deps, ctx, param(req, 'invitationId')),
  );
}

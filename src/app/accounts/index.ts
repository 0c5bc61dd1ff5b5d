/** @module Accounts (and their disabling, enabling and passwords), sessions, bearer tokens, invitations and assignments. */
export {
  acceptInvite,
  assign,
  createAdmin,
  createToken,
  invite,
  listAssignments,
  listInvitations,
  listUsers,
  login,
  logout,
  me,
  register,
  revokeInvitation,
  unassign,
  type SignedIn,
} from './accounts.js';
export {
  changePassword,
  disableUser,
  enableUser,
  issueResetLink,
  resetPassword,
} from './lifecycle.js';
export { authenticate } from './sessions.js';
export { countAttempt, type AttemptCount } from './attempts.js';

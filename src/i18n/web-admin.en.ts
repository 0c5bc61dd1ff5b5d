/**
 * @module English wording of an admin's screens: every user of the clinic, the invitation of a clinician or an
 * admin (its link shown once) and the pending invitations (each revocable), and the assignment of a patient
 * to a clinician (and its end), the disabling and enabling of an account and its password-reset link (shown
 * once). An admin reads no clinical
 * record, so nothing here names one. English only for now, as the clinician screens.
 */
import type { Role } from '../domain/records/index.js';

/** Refusals of an admin's account actions, worded here rather than in the patients' catalogs. */
export const ADMIN_PROBLEM_CODES = [
  'user.self_disable',
  'user.last_admin',
  'user.disabled',
] as const;
export type AdminProblemCode = (typeof ADMIN_PROBLEM_CODES)[number];

/** The fields of an admin's forms, as the server names them in a refusal. */
export type AdminField = 'email' | 'name' | 'role' | 'clinicianId' | 'patientId';

export interface WebAdminMessages {
  readonly usersTitle: string;
  readonly usersCaption: string;
  readonly loading: string;
  readonly noUsers: string;
  readonly loadFailed: (status: number | null) => string;
  readonly columns: {
    readonly name: string;
    readonly email: string;
    readonly role: string;
    readonly patientRecord: string;
    readonly assigned: string;
    readonly account: string;
  };
  readonly roles: Readonly<Record<Role, string>>;
  /** A user who is not a patient has no patient record; a patient has no patients assigned. */
  readonly noRecord: string;
  /** A clinician or an admin with no patient assigned yet. */
  readonly noneAssigned: string;
  readonly inviteTitle: string;
  readonly inviteIntro: string;
  readonly inviteRoleHint: string;
  readonly sendInvite: string;
  readonly inviteLinkTitle: string;
  readonly inviteLink: (email: string) => string;
  readonly shownOnce: (expires: string) => string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly inviteAnother: string;
  readonly assignTitle: string;
  readonly assignIntro: string;
  readonly choose: string;
  readonly assign: string;
  readonly assigned: (clinician: string, patient: string) => string;
  /** The users list has no clinician or no patient yet, so nothing can be assigned. */
  readonly nothingToAssign: string;
  /** A patient record assigned to somebody, whose patient has no account (imported): by its id. */
  readonly unnamedPatient: (patientId: string) => string;
  /** The button beside each assigned patient, and its accessible name (which starts with its text). */
  readonly endAccess: string;
  readonly endAccessFor: (clinician: string, patient: string) => string;
  /** The confirmation step of ending an assignment. */
  readonly endAccessConfirm: (clinician: string, patient: string) => string;
  readonly endAccessYes: string;
  readonly cancel: string;
  readonly accessEnded: (clinician: string, patient: string) => string;
  readonly pendingTitle: string;
  readonly pendingCaption: string;
  readonly pendingLoading: string;
  readonly noPending: string;
  readonly pendingLoadFailed: (status: number | null) => string;
  readonly pendingColumns: {
    readonly name: string;
    readonly email: string;
    readonly role: string;
    readonly expires: string;
    readonly action: string;
  };
  /** The button beside each pending invitation, and its accessible name (which starts with its text). */
  readonly revoke: string;
  readonly revokeFor: (name: string, email: string) => string;
  readonly revokeConfirm: (name: string, email: string) => string;
  readonly revokeYes: string;
  readonly revoked: (name: string, email: string) => string;
  /** The account column: its status, and what an admin may do to it. */
  readonly enabledStatus: string;
  readonly disabledStatus: (since: string) => string;
  /** The admin's own row: they cannot disable themself. */
  readonly you: string;
  readonly disable: string;
  readonly disableFor: (name: string) => string;
  readonly disableConfirm: (name: string) => string;
  readonly disableYes: string;
  readonly disabledDone: (name: string) => string;
  readonly enable: string;
  readonly enableFor: (name: string) => string;
  readonly enableConfirm: (name: string) => string;
  readonly enableYes: string;
  readonly enabledDone: (name: string) => string;
  readonly resetLink: string;
  readonly resetLinkFor: (name: string) => string;
  readonly resetLinkTitle: (name: string) => string;
  readonly resetLinkLabel: (email: string) => string;
  readonly resetShownOnce: (expires: string) => string;
  readonly resetLinkClose: string;
  /** The refusals only an admin's requests bring back, in words. */
  readonly problems: Readonly<Record<AdminProblemCode, string>>;
  readonly fields: Readonly<Record<AdminField, string>>;
  /** Above a refusal that names no field of the form. */
  readonly refused: string;
  /** In that refusal, when fields of the form have their problem beside them. */
  readonly mendFields: string;
  /** The page is for admins: somebody else (or nobody) is signed in. */
  readonly adminsOnly: string;
  readonly signIn: string;
}

export const WEB_ADMIN_EN: WebAdminMessages = {
  usersTitle: 'Users',
  usersCaption: 'Every user of the clinic',
  loading: 'Reading the users…',
  noUsers: 'There are no users yet.',
  loadFailed: (status) => {
    if (status === null) {
      return 'The users could not be read: there is no connection to the server. Check the network and reload the page.';
    }
    if (status === 401) {
      return 'The users could not be read: the session has ended. Sign in again.';
    }
    if (status === 403) {
      return 'The users could not be read: this account is not an administrator.';
    }
    return 'The users could not be read: the server had a problem. Reload the page in a few minutes.';
  },
  columns: {
    name: 'Name',
    email: 'Email',
    role: 'Role',
    patientRecord: 'Patient record',
    assigned: 'Patients assigned',
    account: 'Account',
  },
  roles: { patient: 'Patient', clinician: 'Clinician', admin: 'Administrator' },
  noRecord: '—',
  noneAssigned: 'none yet',
  inviteTitle: 'Invite a clinician or an administrator',
  inviteIntro:
    'The person invited receives a link from you and sets their own password with it. Patients create their own accounts.',
  inviteRoleHint: 'A clinician sees the patients assigned to them; an administrator manages users.',
  sendInvite: 'Create the invitation',
  inviteLinkTitle: 'Invitation link',
  inviteLink: (email) => `The invitation link for ${email}:`,
  shownOnce: (expires) =>
    `This link is shown only once: copy it now and give it to the person invited. It works once, until ${expires}.`,
  copy: 'Copy the link',
  copied: 'Copied.',
  copyFailed: 'The link could not be copied: select it and copy it by hand.',
  inviteAnother: 'Invite somebody else',
  assignTitle: 'Assign a patient to a clinician',
  assignIntro: 'The clinician can then read and add to that patient’s record.',
  choose: 'Choose…',
  assign: 'Assign',
  assigned: (clinician, patient) => `${patient} is now assigned to ${clinician}.`,
  nothingToAssign: 'An assignment needs at least one clinician and one patient among the users.',
  unnamedPatient: (patientId) => `patient record ${patientId}`,
  endAccess: 'End access',
  endAccessFor: (clinician, patient) => `End access: ${clinician} to ${patient}`,
  endAccessConfirm: (clinician, patient) =>
    `End ${clinician}’s access to the record of ${patient}? ${clinician} will no longer see it. Nothing recorded is deleted.`,
  endAccessYes: 'Yes, end access',
  cancel: 'Cancel',
  accessEnded: (clinician, patient) =>
    `${clinician} no longer has access to the record of ${patient}.`,
  pendingTitle: 'Pending invitations',
  pendingCaption: 'Invitations not yet accepted',
  pendingLoading: 'Reading the pending invitations…',
  noPending: 'There are no pending invitations.',
  pendingLoadFailed: (status) => {
    if (status === null) {
      return 'The pending invitations could not be read: there is no connection to the server. Check the network and reload the page.';
    }
    if (status === 401) {
      return 'The pending invitations could not be read: the session has ended. Sign in again.';
    }
    if (status === 403) {
      return 'The pending invitations could not be read: this account is not an administrator.';
    }
    return 'The pending invitations could not be read: the server had a problem. Reload the page in a few minutes.';
  },
  pendingColumns: {
    name: 'Name',
    email: 'Email',
    role: 'Role',
    expires: 'Link works until',
    action: 'Action',
  },
  revoke: 'Revoke',
  revokeFor: (name, email) => `Revoke the invitation of ${name} (${email})`,
  revokeConfirm: (name, email) =>
    `Revoke the invitation of ${name} (${email})? Its link will no longer work.`,
  revokeYes: 'Yes, revoke',
  revoked: (name, email) =>
    `The invitation of ${name} (${email}) is revoked: its link no longer works.`,
  enabledStatus: 'Enabled',
  disabledStatus: (since) => `Disabled since ${since}`,
  you: 'This is you',
  disable: 'Disable',
  disableFor: (name) => `Disable the account of ${name}`,
  disableConfirm: (name) =>
    `Disable the account of ${name}? They are signed out everywhere at once and can no longer sign in. Nothing recorded is deleted; you can enable the account again.`,
  disableYes: 'Yes, disable',
  disabledDone: (name) => `The account of ${name} is disabled: it is signed out everywhere.`,
  enable: 'Enable',
  enableFor: (name) => `Enable the account of ${name}`,
  enableConfirm: (name) => `Enable the account of ${name} again? They can then sign in.`,
  enableYes: 'Yes, enable',
  enabledDone: (name) => `The account of ${name} is enabled again.`,
  resetLink: 'Reset link',
  resetLinkFor: (name) => `Reset link: a new password-reset link for ${name}`,
  resetLinkTitle: (name) => `Password-reset link for ${name}`,
  resetLinkLabel: (email) => `The password-reset link for ${email}:`,
  resetShownOnce: (expires) =>
    `This link is shown only once: copy it now and give it to the person. It works once, until ${expires}, and replaces any link made before. Using it signs the account out everywhere.`,
  resetLinkClose: 'Done',
  problems: {
    'user.self_disable': 'You cannot disable your own account.',
    'user.last_admin':
      'This is the last enabled administrator: enable or invite another administrator first.',
    'user.disabled': 'This account is disabled: enable it first.',
  },
  fields: {
    email: 'Email',
    name: 'Name',
    role: 'Role',
    clinicianId: 'Clinician',
    patientId: 'Patient',
  },
  refused: 'That did not work:',
  mendFields: 'Mend the fields marked below, then try again.',
  adminsOnly: 'This page is for administrators. Sign in with an administrator’s account.',
  signIn: 'Sign in',
};

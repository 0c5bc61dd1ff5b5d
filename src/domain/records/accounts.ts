/** @module Accounts: registration, sign-in, invitations and the signed-in identity, as zod schemas. */
import { z } from 'zod';
import { BirthDate, RecordSex } from './demographics.js';
import { freeText, Instant, RecordId, Role } from './primitives.js';

export const Email = z
  .email()
  .max(254)
  .transform((s) => s.toLowerCase());
export type Email = z.infer<typeof Email>;

/** Long enough to resist guessing, short enough that hashing it stays cheap to ask for. */
export const Password = freeText(200).min(10);
export type Password = z.infer<typeof Password>;

export const PersonName = freeText(200).min(1);

export const RegisterInput = z.strictObject({
  email: Email,
  password: Password,
  name: PersonName,
  /** Optional at sign-up; the same rules as on the record (`birthDateIssues`). */
  birthDate: BirthDate.optional(),
  sex: RecordSex.optional(),
});
export type RegisterInput = z.infer<typeof RegisterInput>;

export const LoginInput = z.strictObject({
  email: Email,
  password: freeText(200).min(1),
});
export type LoginInput = z.infer<typeof LoginInput>;

/** An admin invites clinicians (and other admins); patients register themselves. */
export const InviteInput = z.strictObject({
  email: Email,
  name: PersonName,
  role: z.enum(['clinician', 'admin']),
});
export type InviteInput = z.infer<typeof InviteInput>;

export const Invitation = z.strictObject({
  /** The invitation's stable id, to revoke it by (never its token). */
  id: RecordId,
  email: Email,
  role: z.enum(['clinician', 'admin']),
  /** Shown once to the admin, who hands it to the invitee; only its hash is stored. */
  token: z.string(),
  expiresAt: Instant,
});
export type Invitation = z.infer<typeof Invitation>;

/** An invitation not yet accepted, revoked or expired, as an admin lists it: never its token or the token's hash. */
export const PendingInvitation = z.strictObject({
  id: RecordId,
  email: z.string(),
  name: z.string(),
  role: z.enum(['clinician', 'admin']),
  createdAt: Instant,
  expiresAt: Instant,
});
export type PendingInvitation = z.infer<typeof PendingInvitation>;

export const AcceptInviteInput = z.strictObject({
  token: z.string().min(1).max(200),
  password: Password,
});
export type AcceptInviteInput = z.infer<typeof AcceptInviteInput>;

/** The signed-in user changes their own password: the current one, and a new one under the rules of registration. */
export const ChangePasswordInput = z.strictObject({
  currentPassword: freeText(200).min(1),
  newPassword: Password,
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

/** A password-reset link an admin made for a user: shown once to the admin, who hands it over; only its hash is stored. */
export const ResetLink = z.strictObject({
  userId: RecordId,
  email: z.string(),
  token: z.string(),
  expiresAt: Instant,
});
export type ResetLink = z.infer<typeof ResetLink>;

/** The holder of a reset link sets a new password with it. */
export const ResetPasswordInput = z.strictObject({
  token: z.string().min(1).max(200),
  newPassword: Password,
});
export type ResetPasswordInput = z.infer<typeof ResetPasswordInput>;

export const TokenInput = z.strictObject({
  label: freeText(100).min(1),
});
export type TokenInput = z.infer<typeof TokenInput>;

export const BearerToken = z.strictObject({
  token: z.string(),
  label: z.string(),
  expiresAt: Instant,
});
export type BearerToken = z.infer<typeof BearerToken>;

export const AssignmentInput = z.strictObject({
  clinicianId: RecordId,
  patientId: RecordId,
});
export type AssignmentInput = z.infer<typeof AssignmentInput>;

export const Assignment = AssignmentInput.extend({ createdAt: Instant });
export type Assignment = z.infer<typeof Assignment>;

export const Me = z.strictObject({
  id: RecordId,
  role: Role,
  /** The patient record of a patient account; `null` for clinicians and admins. */
  patientId: RecordId.nullable(),
  name: z.string(),
  email: z.string(),
});
export type Me = z.infer<typeof Me>;

export const UserSummary = z.strictObject({
  id: RecordId,
  email: z.string(),
  name: z.string(),
  role: Role,
  patientId: RecordId.nullable(),
  createdAt: Instant,
  /** When an admin disabled the account (it cannot sign in, and was signed out everywhere); `null`: enabled. */
  disabledAt: Instant.nullable(),
});
export type UserSummary = z.infer<typeof UserSummary>;

export const PatientRecord = z.strictObject({
  id: RecordId,
  name: z.string(),
  /** `null` when not recorded; the age is derived from it (`ageOn`), never stored. */
  birthDate: BirthDate.nullable(),
  sex: RecordSex.nullable(),
  createdAt: Instant,
});
export type PatientRecord = z.infer<typeof PatientRecord>;

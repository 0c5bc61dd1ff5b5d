/** @module Shared record primitives: app-generated ids, UTC instants and free text that every store keeps intact. */
import { z } from 'zod';

/** App-generated record id (UUID); the same text on SQLite and PostgreSQL. */
export const RecordId = z.uuid();
export type RecordId = z.infer<typeof RecordId>;

/**
 * An ISO-8601 instant (any offset), normalised to UTC to milliseconds (`2026-01-01T08:00:00.000Z`) so text order is time
 * order on both databases. Years outside 1900–2199 are refused as typing slips.
 */
export const Instant = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s).toISOString())
  .refine((s) => s >= '1900' && s < '2200', { message: 'must be between 1900 and 2199' });
export type Instant = z.infer<typeof Instant>;

// a NUL byte cannot be stored in PostgreSQL text and a lone surrogate would come back changed, so both are refused
// eslint-disable-next-line no-control-regex -- the NUL character is exactly what is refused
const UNSTORABLE = /[\u0000\p{Cs}]/u;

/** Free text a person typed: bounded, and refused when a store could not keep it exactly as given. */
export function freeText(max: number): z.ZodString {
  return z
    .string()
    .max(max)
    .refine((s) => !UNSTORABLE.test(s), {
      message: 'must not contain NUL characters or unpaired surrogates',
    });
}

export const Role = z.enum(['patient', 'clinician', 'admin']);
export type Role = z.infer<typeof Role>;

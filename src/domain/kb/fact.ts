/** @module The shape every knowledge-base fact shares: a stable id, its sources and how well they were checked. */
import { z } from 'zod';
import { SOURCE_IDS } from './sources.js';

/** V verified in the cited source; P partly verified; UNVERIFIED could not be confirmed (reference §0). */
export const FactStatus = z.enum(['V', 'P', 'UNVERIFIED']);
export type FactStatus = z.infer<typeof FactStatus>;

export const SourceId = z.enum(SOURCE_IDS);
export type SourceId = z.infer<typeof SourceId>;

export const Provenance = z.object({
  sourceIds: z.array(SourceId).min(1),
  status: FactStatus,
});
export type Provenance = z.infer<typeof Provenance>;

/** The kinds of fact the knowledge base holds, used to list and filter them. */
export const FactKind = z.enum([
  'source',
  'symptom',
  'group',
  'condition',
  'code',
  'finding',
  'analyte',
  'method',
  'test',
  'self_care',
  'drug',
  'drug_fact',
  'scale',
  'rom_normal',
  'root',
  'red_flag_rule',
  'order_rule',
  'evidence',
]);
export type FactKind = z.infer<typeof FactKind>;

/** A flattened fact, as `tonus kb` lists it. */
export interface Fact extends Provenance {
  readonly id: string;
  readonly kind: FactKind;
  readonly summary: string;
}

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

export type Detail = Readonly<Record<string, string | number | boolean>>;

/** A flattened fact, as `tonus kb` lists it: every table of knowledge contributes its own entries. */
export interface CatalogFact {
  readonly id: string;
  readonly kind: FactKind;
  readonly sourceIds: readonly SourceId[];
  readonly status: FactStatus;
  /** The fact's content: a summary where the knowledge base words it, else its structured values. */
  readonly detail: Detail;
  /** Ids of other facts this one rests on (order rules → drug facts). */
  readonly restsOn?: readonly string[];
}

/** Catalog entries for a table of facts with provenance: `prefix.id`, its sources, status and detail. */
export function catalogOf<
  T extends { readonly sourceIds: readonly SourceId[]; readonly status: FactStatus },
>(
  prefix: string,
  kind: FactKind,
  table: Readonly<Record<string, T>>,
  detail: (fact: T, id: string) => Detail,
): CatalogFact[] {
  return Object.entries(table).map(([id, fact]) => ({
    id: `${prefix}.${id}`,
    kind,
    sourceIds: fact.sourceIds,
    status: fact.status,
    detail: detail(fact, id),
  }));
}

/** The summary as the only detail, for facts the knowledge base words itself. */
export const summaryOnly = (f: { readonly summary: string }): Detail => ({ summary: f.summary });

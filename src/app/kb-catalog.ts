/**
 * @module Use case: every fact the engine uses, flattened with its sources and status, for `tonus kb`
 * and for the tests that hold the knowledge base to its rules (a source on every fact; no UNVERIFIED
 * fact behind a hard stop).
 */
import { BASELINE_BOOLEANS, CONDITION_MODELS, TEST_CATALOG } from '../domain/classifier/index.js';
import type { Frequency } from '../domain/classifier/index.js';
import { featuresOf } from '../domain/evidence/index.js';
import {
  ANALYTE_DEFS,
  CODE_SYSTEMS,
  CONDITIONS,
  DEFINITION,
  DRUG_DEFS,
  DRUG_FACTS,
  FINDINGS,
  GROUPS,
  LAB_THRESHOLDS,
  LOINC_CODES,
  METHODS,
  PHARMACOTHERAPY_PRINCIPLES,
  PRESENTATION_CODES,
  PREVALENCE,
  ROM_NORMALS,
  ROOTS,
  SELF_CARE,
  SOURCES,
  SYMPTOMS,
  type FactKind,
  type FactStatus,
  type SourceId,
} from '../domain/kb/index.js';
import { ORDER_RULES } from '../domain/orders/index.js';
import { SCALE_FACTS } from '../domain/scales/index.js';
import { CAUSE_ACTIONS } from '../domain/treatment/index.js';
import { BASELINE_RULES, RED_FLAG_RULES } from '../domain/triage/index.js';

export type Detail = Readonly<Record<string, string | number | boolean>>;

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

function freqDetail(f: Frequency): string {
  return typeof f === 'number'
    ? String(f)
    : Object.entries(f)
        .map(([k, v]) => `${k}:${v}`)
        .join(' ');
}

export function buildCatalog(): CatalogFact[] {
  const out: CatalogFact[] = [];
  const push = (fact: CatalogFact): void => {
    out.push(fact);
  };
  for (const [id, title] of Object.entries(SOURCES)) {
    push({
      id: `source.${id}`,
      kind: 'source',
      sourceIds: [id as SourceId],
      status: 'V',
      detail: { title },
    });
  }
  push({
    id: 'article.definition',
    kind: 'symptom',
    ...DEFINITION,
    detail: { summary: DEFINITION.summary },
  });
  push({
    id: 'article.prevalence',
    kind: 'symptom',
    ...PREVALENCE,
    detail: { summary: PREVALENCE.summary },
  });
  push({
    id: 'article.pharmacotherapy',
    kind: 'method',
    ...PHARMACOTHERAPY_PRINCIPLES,
    detail: { summary: PHARMACOTHERAPY_PRINCIPLES.summary },
  });
  for (const [id, s] of Object.entries(SYMPTOMS)) {
    push({
      id: `symptom.${id}`,
      kind: 'symptom',
      sourceIds: s.sourceIds,
      status: s.status,
      detail: { summary: s.summary, finding: s.finding },
    });
  }
  for (const [id, g] of Object.entries(GROUPS)) {
    push({
      id: `group.${id}`,
      kind: 'group',
      sourceIds: g.sourceIds,
      status: g.status,
      detail: { summary: g.summary },
    });
  }
  for (const [id, m] of Object.entries(METHODS)) {
    push({
      id: `method.${id}`,
      kind: 'method',
      sourceIds: m.sourceIds,
      status: m.status,
      detail: { summary: m.summary },
    });
  }
  for (const [id, c] of Object.entries(CONDITIONS)) {
    push({
      id: `condition.${id}`,
      kind: 'condition',
      sourceIds: c.sourceIds,
      status: c.status,
      detail: { group: c.group ?? 'outside the three groups', inArticleTable: c.inArticleTable },
    });
    for (const code of c.codes) {
      push({
        id: `code.${id}.${code.system}.${code.code}`,
        kind: 'code',
        sourceIds: code.sourceIds,
        status: code.status,
        detail: { system: CODE_SYSTEMS[code.system].url, code: code.code, display: code.display },
      });
    }
  }
  for (const code of PRESENTATION_CODES) {
    push({
      id: `code.presentation.${code.system}.${code.code}`,
      kind: 'code',
      sourceIds: code.sourceIds,
      status: code.status,
      detail: { system: CODE_SYSTEMS[code.system].url, code: code.code, display: code.display },
    });
  }
  for (const [id, f] of Object.entries(FINDINGS)) {
    push({
      id: `finding.${id}`,
      kind: 'finding',
      sourceIds: f.sourceIds,
      status: f.status,
      detail: { elicited: f.elicited, ...('snomed' in f ? { snomed: f.snomed } : {}) },
    });
  }
  for (const [loinc, l] of Object.entries(LOINC_CODES)) {
    push({
      id: `code.loinc.${loinc}`,
      kind: 'code',
      sourceIds: l.sourceIds,
      status: l.status,
      detail: {
        system: CODE_SYSTEMS.loinc.url,
        code: loinc,
        display: l.component,
        analyte: l.analyte,
      },
    });
  }
  for (const [analyte, a] of Object.entries(ANALYTE_DEFS)) {
    for (const [unit, u] of Object.entries(a.units)) {
      push({
        id: `unit.${analyte}.${unit}`,
        kind: 'analyte',
        sourceIds: u.provenance.sourceIds,
        status: u.provenance.status,
        detail: { ucum: unit, toCanonical: u.factor, canonical: a.canonicalUnit },
      });
    }
    if (a.reference !== undefined) {
      push({
        id: `range.${analyte}`,
        kind: 'analyte',
        sourceIds: a.reference.sourceIds,
        status: a.reference.status,
        detail: {
          unit: a.canonicalUnit,
          ...(a.reference.low === undefined ? {} : { low: a.reference.low }),
          ...(a.reference.high === undefined ? {} : { high: a.reference.high }),
        },
      });
    }
  }
  for (const [id, t] of Object.entries(LAB_THRESHOLDS)) {
    push({
      id: `threshold.${id}`,
      kind: 'analyte',
      sourceIds: t.sourceIds,
      status: t.status,
      detail: { value: t.value, unit: t.unit },
    });
  }
  for (const [id, m] of Object.entries(SELF_CARE)) {
    push({
      id: `self_care.${id}`,
      kind: 'self_care',
      sourceIds: m.sourceIds,
      status: m.status,
      detail: { summary: m.summary },
    });
  }
  for (const [id, a] of Object.entries(CAUSE_ACTIONS)) {
    push({
      id: `treatment.${id}`,
      kind: 'method',
      sourceIds: a.sourceIds,
      status: a.status,
      detail: { action: a.action },
    });
  }
  for (const [id, d] of Object.entries(DRUG_DEFS)) {
    const code = d.rxcui ?? d.hcpcs;
    push({
      id: `drug.${id}`,
      kind: 'drug',
      sourceIds: code?.sourceIds ?? ['A'],
      status: code?.status ?? 'UNVERIFIED',
      detail: {
        articleClass: d.articleClass,
        routes: d.routes.join(','),
        labeledForSpasm: d.labeledForSpasm,
        ...(d.rxcui === undefined ? {} : { rxcui: d.rxcui.code }),
        ...(d.hcpcs === undefined ? {} : { hcpcs: d.hcpcs.code }),
      },
    });
  }
  for (const [id, f] of Object.entries(DRUG_FACTS)) {
    push({
      id: `drug_fact.${id}`,
      kind: 'drug_fact',
      sourceIds: f.sourceIds,
      status: f.status,
      detail: { drug: f.drug, summary: f.summary },
    });
  }
  for (const [id, s] of Object.entries(SCALE_FACTS)) {
    push({
      id: `scale.${id}`,
      kind: 'scale',
      sourceIds: s.sourceIds,
      status: s.status,
      detail: { summary: s.summary },
    });
  }
  for (const [set, r] of Object.entries(ROM_NORMALS)) {
    for (const region of ['cervical', 'thoracolumbar'] as const) {
      push({
        id: `rom.${set}.${region}`,
        kind: 'rom_normal',
        sourceIds: r.sourceIds,
        status: r.status,
        detail: { ...r[region] },
      });
    }
  }
  for (const [root, r] of Object.entries(ROOTS)) {
    push({
      id: `root.${root}`,
      kind: 'root',
      sourceIds: r.sourceIds,
      status: r.status,
      detail: { keyMuscle: r.keyMuscle, sensoryPoint: r.sensoryPoint, reflex: r.reflex ?? 'none' },
    });
  }
  for (const rule of RED_FLAG_RULES) {
    push({
      id: `triage.${rule.id}`,
      kind: 'red_flag_rule',
      sourceIds: rule.sourceIds,
      status: rule.status,
      detail: {
        level: rule.level,
        group: rule.group,
        version: rule.version,
        reads: [...new Set(featuresOf(rule.when))].join(' '),
      },
    });
  }
  for (const rule of BASELINE_RULES) {
    push({
      id: `triage.${rule.id}`,
      kind: 'red_flag_rule',
      sourceIds: rule.sourceIds,
      status: rule.status,
      detail: { level: rule.level, group: 'baseline', version: rule.version },
    });
  }
  for (const rule of ORDER_RULES) {
    push({
      id: `order.${rule.id}`,
      kind: 'order_rule',
      sourceIds: rule.sourceIds,
      status: rule.status,
      detail: { severity: rule.severity, version: rule.version },
      restsOn: rule.facts.map((f) => `drug_fact.${f}`),
    });
  }
  for (const [id, t] of Object.entries(TEST_CATALOG)) {
    push({
      id: `test.${id}`,
      kind: 'test',
      sourceIds: t.sourceIds,
      status: t.status,
      detail: {
        kind: t.kind,
        reveals: t.reveals.join(' '),
        ...('loinc' in t ? { loinc: t.loinc } : {}),
      },
    });
  }
  for (const m of CONDITION_MODELS) {
    push({
      id: `evidence.${m.condition}.prior`,
      kind: 'evidence',
      sourceIds: ['TONUS'],
      status: 'UNVERIFIED',
      detail: { prior: m.prior },
    });
    for (const item of m.evidence) {
      const base = BASELINE_BOOLEANS[item.feature as keyof typeof BASELINE_BOOLEANS];
      push({
        id: `evidence.${m.condition}.${item.feature}`,
        kind: 'evidence',
        sourceIds: m.sourceIds,
        status: m.status,
        detail: {
          frequency: freqDetail(item.frequency),
          ...(base === undefined ? {} : { otherCauses: base }),
          estimate: true,
        },
      });
    }
  }
  return out;
}

export function listFacts(
  filter: { readonly unverifiedOnly?: boolean; readonly kind?: FactKind } = {},
): CatalogFact[] {
  return buildCatalog().filter(
    (f) =>
      (filter.unverifiedOnly !== true || f.status === 'UNVERIFIED') &&
      (filter.kind === undefined || f.kind === filter.kind),
  );
}

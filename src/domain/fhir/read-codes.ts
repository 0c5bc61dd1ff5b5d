/**
 * @module Reading codes back: which vocabulary id a coded concept names, by Tonus's own code first and
 * then by the standard codes of the knowledge base (ICD-10-CM categories, SNOMED CT, LOINC, RxNorm,
 * HCPCS). A medication whose only code is a product code is recognised by its ingredient's name, and
 * the import says so.
 */
import {
  CONDITIONS,
  DRUG_DEFS,
  DRUGS,
  FINDING_IDS,
  findingDef,
  HISTORY_CONDITIONS,
  MEDICATIONS,
  PRESENTATION_CODES,
  type Drug,
  type FindingId,
  type HistoryCondition,
  type Medication,
} from '../kb/index.js';
import type { CodeableConcept, Coding } from './profiles.js';
import { SYSTEM, tonusSystem, type TonusVocabulary } from './systems.js';
import {
  HEPATIC_STATE_ICD,
  HISTORY_CONDITION_ICD,
  MEDICATION_INGREDIENTS,
  type HepaticState,
} from './terminology.js';

export function codings(cc: CodeableConcept | undefined): readonly Coding[] {
  return cc?.coding ?? [];
}

/** The code of `cc` in a Tonus vocabulary, when it has one that is also in `allowed`. */
export function tonusCodeIn<T extends string>(
  cc: CodeableConcept | undefined,
  vocabulary: TonusVocabulary,
  allowed: readonly T[],
): T | undefined {
  const system = tonusSystem(vocabulary);
  const code = codings(cc).find((c) => c.system === system)?.code;
  return code !== undefined && (allowed as readonly string[]).includes(code)
    ? (code as T)
    : undefined;
}

/** The raw Tonus code of a vocabulary, known or not (an unknown one is reported, not guessed). */
export function tonusRawCode(
  cc: CodeableConcept | undefined,
  vocabulary: TonusVocabulary,
): string | undefined {
  const system = tonusSystem(vocabulary);
  return codings(cc).find((c) => c.system === system)?.code;
}

export function hasCode(cc: CodeableConcept | undefined, system: string, code: string): boolean {
  return codings(cc).some((c) => c.system === system && c.code === code);
}

export function codeIn(cc: CodeableConcept | undefined, system: string): string[] {
  return codings(cc).flatMap((c) => (c.system === system && c.code !== undefined ? [c.code] : []));
}

/** `system|code` of the first coding, for reports. */
export function firstCode(cc: CodeableConcept | undefined): string | undefined {
  const c = codings(cc)[0];
  return c === undefined ? undefined : `${c.system ?? ''}|${c.code ?? ''}`;
}

const undotted = (code: string): string => code.replace('.', '').toUpperCase();

function icdMatches(cc: CodeableConcept | undefined, prefixes: readonly string[]): boolean {
  return codeIn(cc, SYSTEM.icd10cm).some((code) =>
    prefixes.some((p) => undotted(code).startsWith(p)),
  );
}

/** SNOMED CT concepts that name a history condition outright (reference §1.3 [C3]). */
const HISTORY_CONDITION_SNOMED: Partial<Readonly<Record<HistoryCondition, readonly string[]>>> = {
  chronic_kidney_disease: ['709044004', '46177005'],
};

/** The history conditions a Condition's code names. */
export function historyConditionsOf(cc: CodeableConcept | undefined): HistoryCondition[] {
  const own = tonusCodeIn(cc, 'history-condition', HISTORY_CONDITIONS);
  if (own !== undefined) {
    return [own];
  }
  return HISTORY_CONDITIONS.filter((id) => {
    const icd = HISTORY_CONDITION_ICD[id];
    const snomed = HISTORY_CONDITION_SNOMED[id] ?? [];
    return (
      (icd !== undefined && icdMatches(cc, icd.prefixes)) ||
      codeIn(cc, SYSTEM.snomed).some((c) => snomed.includes(c))
    );
  });
}

/** The liver state a Condition's code implies for the order checks, the most severe first. */
export function hepaticStateOf(cc: CodeableConcept | undefined): HepaticState | undefined {
  const hit = HEPATIC_STATE_ICD.find((h) => icdMatches(cc, h.prefixes));
  if (hit !== undefined) {
    return hit.state;
  }
  return historyConditionsOf(cc).includes('liver_disease') ? 'impairment' : undefined;
}

/** A presenting complaint of spasm, cramp or back pain (reference §1.1, §1.3). */
export function isPresentation(cc: CodeableConcept | undefined): boolean {
  return PRESENTATION_CODES.some((p) =>
    hasCode(cc, p.system === 'icd10cm' ? SYSTEM.icd10cm : SYSTEM.snomed, p.code),
  );
}

/** A finding whose SNOMED CT concept the knowledge base verified (fever, cramp). */
export function findingBySnomed(cc: CodeableConcept | undefined): FindingId | undefined {
  const codes = codeIn(cc, SYSTEM.snomed);
  return FINDING_IDS.find((id) => {
    const s = findingDef(id).snomed;
    return s !== undefined && codes.includes(s);
  });
}

/** Words an ingredient is known by in a product's name; botulinum toxins go by several brand-like names. */
const DRUG_NAMES: Readonly<Record<Drug, readonly string[]>> = {
  baclofen: ['baclofen'],
  tizanidine: ['tizanidine'],
  clonidine: ['clonidine'],
  diazepam: ['diazepam'],
  gabapentin: ['gabapentin'],
  dantrolene: ['dantrolene'],
  botulinum_toxin: ['botulinum', 'onabotulinumtoxina', 'abobotulinumtoxina', 'incobotulinumtoxina'],
  phenol: ['phenol'],
  alcohol: ['dehydrated alcohol', 'ethanol'],
};

function textOf(cc: CodeableConcept | undefined): string {
  return [cc?.text ?? '', ...codings(cc).map((c) => c.display ?? '')].join(' ').toLowerCase();
}

function namesWord(text: string, name: string): boolean {
  const at = text.indexOf(name);
  if (at < 0) {
    return false;
  }
  const before = at === 0 ? ' ' : text.charAt(at - 1);
  const after = text.charAt(at + name.length);
  return !/[a-z]/.test(before) && !/[a-z]/.test(after);
}

export interface DrugMatch<T> {
  readonly ids: readonly T[];
  /** True when the match came from the name, not a code. */
  readonly byName: boolean;
}

/** The Tonus drug an order names: Tonus code, ingredient RxCUI or HCPCS, else the ingredient's name. */
export function drugOf(cc: CodeableConcept | undefined): DrugMatch<Drug> {
  const own = tonusCodeIn(cc, 'drug', DRUGS) ?? tonusCodeIn(cc, 'medication', DRUGS);
  if (own !== undefined) {
    return { ids: [own], byName: false };
  }
  const rx = codeIn(cc, SYSTEM.rxnorm);
  const hcpcs = codeIn(cc, SYSTEM.hcpcs);
  const coded = DRUGS.filter((d) => {
    const def = DRUG_DEFS[d];
    // alcohol's RxCUI is ethanol's, whose injectable product mapping is UNVERIFIED: read it by name only
    return (
      (def.rxcui !== undefined &&
        def.rxcui.status !== 'UNVERIFIED' &&
        d !== 'alcohol' &&
        rx.includes(def.rxcui.code)) ||
      (def.hcpcs !== undefined && hcpcs.includes(def.hcpcs.code))
    );
  });
  if (coded.length > 0) {
    return { ids: coded, byName: false };
  }
  const text = textOf(cc);
  const named = DRUGS.filter((d) =>
    DRUG_NAMES[d].some((n) => (d === 'botulinum_toxin' ? text.includes(n) : namesWord(text, n))),
  );
  return { ids: named, byName: named.length > 0 };
}

/** The current-medication ids a medication concept names (a drug can belong to a class and be itself). */
export function medicationsOf(cc: CodeableConcept | undefined): DrugMatch<Medication> {
  const own = tonusCodeIn(cc, 'medication', MEDICATIONS);
  if (own !== undefined) {
    return { ids: [own], byName: false };
  }
  const rx = codeIn(cc, SYSTEM.rxnorm);
  const fromDrug = drugOf(cc);
  const drugs = fromDrug.ids.filter((d): d is Drug & Medication =>
    (MEDICATIONS as readonly string[]).includes(d),
  );
  const byCode = MEDICATIONS.filter((m) =>
    (MEDICATION_INGREDIENTS[m] ?? []).some((i) => rx.includes(i.rxcui)),
  );
  const text = textOf(cc);
  const byName =
    byCode.length > 0
      ? []
      : MEDICATIONS.filter((m) =>
          (MEDICATION_INGREDIENTS[m] ?? []).some((i) => namesWord(text, i.name)),
        );
  const ids = [...new Set<Medication>([...drugs, ...byCode, ...byName])];
  return { ids, byName: (fromDrug.byName && drugs.length > 0) || byName.length > 0 };
}

/** Condition ids of the differential whose own codes a concept carries (a Tonus export's assessed cause). */
export function differentialConditionOf(
  cc: CodeableConcept | undefined,
): keyof typeof CONDITIONS | undefined {
  return tonusCodeIn(cc, 'condition', Object.keys(CONDITIONS) as (keyof typeof CONDITIONS)[]);
}

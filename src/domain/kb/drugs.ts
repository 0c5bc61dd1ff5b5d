/**
 * @module Prescription drugs of the article with their codes and the safety facts the order checks use
 * (reference §1.5, §5.1). Clinician-facing only: patient output never names these.
 */
import { z } from 'zod';
import type { CauseGroup } from '../shared/index.js';
import { catalogOf, type CatalogFact, type Provenance } from './fact.js';

export const DRUGS = [
  'baclofen',
  'tizanidine',
  'clonidine',
  'diazepam',
  'gabapentin',
  'dantrolene',
  'botulinum_toxin',
  'phenol',
  'alcohol',
] as const;
export const Drug = z.enum(DRUGS);
export type Drug = z.infer<typeof Drug>;

interface DrugDef {
  /** How the article classes the drug [A]. */
  readonly articleClass:
    | 'centrally_acting'
    | 'alpha2_agonist'
    | 'anticonvulsant'
    | 'chemical_neurolysis'
    | 'botulinum_toxin'
    | 'peripheral_antispastic';
  readonly rxcui?: { readonly code: string } & Provenance;
  readonly hcpcs?: { readonly code: string } & Provenance;
  readonly routes: readonly ('oral' | 'intrathecal' | 'intramuscular' | 'perineural')[];
  /** Groups for which it is an option when the spasm is spasticity-like (PRODUCT C5). */
  readonly forGroups: readonly CauseGroup[];
  /** Labeled for spasticity or spasm; anything else is off-label (reference §5.1). */
  readonly labeledForSpasm: boolean;
}

export const DRUG_DEFS: Readonly<Record<Drug, DrugDef>> = {
  baclofen: {
    articleClass: 'centrally_acting',
    rxcui: { code: '1292', sourceIds: ['C8'], status: 'V' },
    routes: ['oral', 'intrathecal'],
    forGroups: ['central', 'nerve'],
    labeledForSpasm: true,
  },
  tizanidine: {
    articleClass: 'alpha2_agonist',
    rxcui: { code: '57258', sourceIds: ['C8'], status: 'V' },
    routes: ['oral'],
    forGroups: ['central', 'nerve'],
    labeledForSpasm: true,
  },
  clonidine: {
    articleClass: 'alpha2_agonist',
    rxcui: { code: '2599', sourceIds: ['C8'], status: 'V' },
    routes: ['oral'],
    forGroups: ['central'],
    labeledForSpasm: false,
  },
  diazepam: {
    articleClass: 'anticonvulsant',
    rxcui: { code: '3322', sourceIds: ['C8'], status: 'V' },
    routes: ['oral'],
    forGroups: ['muscle', 'central', 'nerve'],
    labeledForSpasm: true,
  },
  gabapentin: {
    articleClass: 'anticonvulsant',
    rxcui: { code: '25480', sourceIds: ['C8'], status: 'V' },
    routes: ['oral'],
    forGroups: ['nerve', 'central'],
    labeledForSpasm: false,
  },
  dantrolene: {
    articleClass: 'peripheral_antispastic',
    rxcui: { code: '3105', sourceIds: ['C8'], status: 'V' },
    routes: ['oral'],
    forGroups: ['central'],
    labeledForSpasm: true,
  },
  botulinum_toxin: {
    articleClass: 'botulinum_toxin',
    hcpcs: { code: 'J0585', sourceIds: ['C9'], status: 'P' },
    routes: ['intramuscular'],
    forGroups: ['central'],
    labeledForSpasm: false,
  },
  phenol: {
    articleClass: 'chemical_neurolysis',
    routes: ['perineural', 'intramuscular'],
    forGroups: ['central'],
    labeledForSpasm: false,
  },
  alcohol: {
    articleClass: 'chemical_neurolysis',
    rxcui: { code: '448', sourceIds: ['C8'], status: 'P' },
    routes: ['perineural', 'intramuscular'],
    forGroups: ['central'],
    labeledForSpasm: false,
  },
};

interface DrugFact extends Provenance {
  readonly drug: Drug;
  readonly summary: string;
  readonly mgPerDay?: number;
  readonly dosesPerDay?: number;
  readonly crclBelow?: number;
  readonly reviewByDay?: number;
  readonly minWeeks?: number;
  readonly maxUnits?: number;
  readonly minPercent?: number;
  readonly maxPercent?: number;
  /** Daily maximum by creatinine clearance, highest band first. */
  readonly crclBands?: readonly { readonly crclAtLeast: number; readonly maxMgPerDay: number }[];
}

/** Per-drug safety facts with their numbers; order-check rules name the facts they rest on. */
export const DRUG_FACTS = {
  'baclofen.article_mechanism': {
    drug: 'baclofen',
    summary:
      'Centrally acting inhibitory drug that reduces spasticity (article, with alpha-2 agonists)',
    sourceIds: ['A'],
    status: 'V',
  },
  'tizanidine.article_mechanism': {
    drug: 'tizanidine',
    summary:
      'Alpha-2 agonist: inhibitory, reduces spasticity (the article names the class, not the drug)',
    sourceIds: ['A', 'D3'],
    status: 'P',
  },
  'diazepam.article_class': {
    drug: 'diazepam',
    summary:
      'Called an anticonvulsant by the article; it is a benzodiazepine labeled as an adjunct for muscle spasm',
    sourceIds: ['A', 'D5'],
    status: 'V',
  },
  'gabapentin.article_class': {
    drug: 'gabapentin',
    summary: 'Anticonvulsant that also reduces spasticity (article); off-label for spasm',
    sourceIds: ['A', 'D6'],
    status: 'V',
  },
  'dantrolene.article_mechanism': {
    drug: 'dantrolene',
    summary:
      'Oral antispastic acting peripherally by preventing calcium release, inhibiting contraction',
    sourceIds: ['A'],
    status: 'V',
  },
  'botulinum_toxin.article_use': {
    drug: 'botulinum_toxin',
    summary: 'A rare therapy for spastic paraspinal muscles; a reversible neurolytic',
    sourceIds: ['A'],
    status: 'V',
  },
  'phenol.article_use': {
    drug: 'phenol',
    summary:
      'Injection into the spastic paraspinal muscle for chemical neurolysis, given by a doctor; higher concentrations may damage nerves',
    sourceIds: ['A'],
    status: 'V',
  },
  'baclofen.max_daily_oral': {
    drug: 'baclofen',
    summary: 'Oral baclofen maximum 80 mg/day (20 mg four times daily)',
    sourceIds: ['D1'],
    status: 'V',
    mgPerDay: 80,
  },
  'baclofen.label_limitation': {
    drug: 'baclofen',
    summary:
      'Not indicated for skeletal muscle spasm from rheumatic disorders (off-label for musculoskeletal spasm)',
    sourceIds: ['D1'],
    status: 'V',
  },
  'baclofen.withdrawal': {
    drug: 'baclofen',
    summary: 'Abrupt stop can cause hallucinations and seizures; taper over 1–2 weeks',
    sourceIds: ['D1'],
    status: 'V',
  },
  'baclofen.renal': {
    drug: 'baclofen',
    summary:
      'Mostly renally excreted: use with care and lower the dose in renal impairment (taken as CrCl below 60, the CKD threshold of KDIGO)',
    sourceIds: ['D1', 'L7'],
    status: 'P',
    crclBelow: 60,
  },
  'baclofen.max_daily_intrathecal': {
    drug: 'baclofen',
    summary:
      'Intrathecal baclofen: maintenance usually 300–800 mcg/day in spasticity of spinal origin; experience above 1000 mcg/day is limited (label; specialist titration)',
    sourceIds: ['D2'],
    status: 'P',
    mgPerDay: 1,
  },
  'baclofen.intrathecal_withdrawal': {
    drug: 'baclofen',
    summary:
      'Sudden stop of intrathecal baclofen: high fever, altered mental state, rebound spasticity, rigidity, rhabdomyolysis (boxed warning)',
    sourceIds: ['D2'],
    status: 'V',
  },
  'tizanidine.cyp1a2_contraindication': {
    drug: 'tizanidine',
    summary:
      'Contraindicated with fluvoxamine or ciprofloxacin (strong CYP1A2 inhibitors; fluvoxamine raised AUC about 33-fold)',
    sourceIds: ['D3'],
    status: 'V',
  },
  'tizanidine.max_daily': {
    drug: 'tizanidine',
    summary: 'Maximum 36 mg/day and at most 3 doses in 24 h',
    sourceIds: ['D3'],
    status: 'V',
    mgPerDay: 36,
    dosesPerDay: 3,
  },
  'tizanidine.hepatic': {
    drug: 'tizanidine',
    summary:
      'Not recommended in hepatic impairment; ALT/AST at baseline and 1 month after reaching the maximum dose',
    sourceIds: ['D3'],
    status: 'V',
  },
  'tizanidine.renal': {
    drug: 'tizanidine',
    summary: 'CrCl < 25 mL/min: lower each dose and raise slowly',
    sourceIds: ['D3'],
    status: 'V',
    crclBelow: 25,
  },
  'tizanidine.withdrawal': {
    drug: 'tizanidine',
    summary:
      'Abrupt stop causes rebound hypertension, tachycardia and increased tone; taper by 2–4 mg/day',
    sourceIds: ['D3'],
    status: 'V',
  },
  'tizanidine.oral_contraceptive': {
    drug: 'tizanidine',
    summary: 'Oral contraceptives lower tizanidine clearance',
    sourceIds: ['D3'],
    status: 'P',
  },
  'clonidine.withdrawal': {
    drug: 'clonidine',
    summary:
      'Sudden stop causes agitation, headache, tremor and a rapid rise in blood pressure; taper over 2–4 days; beta-blockers raise the risk',
    sourceIds: ['D4'],
    status: 'P',
  },
  'clonidine.off_label': {
    drug: 'clonidine',
    summary: 'Labeled for hypertension and ADHD; use for spasticity is off-label',
    sourceIds: ['D4'],
    status: 'V',
  },
  'clonidine.max_daily': {
    drug: 'clonidine',
    summary:
      'Oral clonidine: doses as high as 2.4 mg/day in the hypertension label; spasticity dosing is not labelled',
    sourceIds: ['D4'],
    status: 'P',
    mgPerDay: 2.4,
  },
  'clonidine.additive_hypotension': {
    drug: 'clonidine',
    summary: 'Additive hypotension with tizanidine or other antihypertensives',
    sourceIds: ['TONUS'],
    status: 'UNVERIFIED',
  },
  'diazepam.opioid_boxed': {
    drug: 'diazepam',
    summary:
      'With opioids: profound sedation, respiratory depression, coma and death (boxed warning)',
    sourceIds: ['D5'],
    status: 'V',
  },
  'diazepam.contraindications': {
    drug: 'diazepam',
    summary:
      'Contraindicated in myasthenia gravis, severe respiratory insufficiency, severe hepatic insufficiency, sleep apnoea, acute narrow-angle glaucoma',
    sourceIds: ['D5'],
    status: 'V',
  },
  'diazepam.spasm_dose': {
    drug: 'diazepam',
    summary: 'Muscle spasm: 2–10 mg three or four times daily (at most 40 mg/day)',
    sourceIds: ['D5'],
    status: 'V',
    mgPerDay: 40,
  },
  'diazepam.pregnancy': {
    drug: 'diazepam',
    summary: 'Use late in pregnancy can cause neonatal sedation and withdrawal',
    sourceIds: ['D5'],
    status: 'V',
  },
  'gabapentin.renal_bands': {
    drug: 'gabapentin',
    summary: 'CrCl ≥ 60: 900–3600 mg/day; 30–59: 400–1400; 15–29: 200–700; < 15: 100–300',
    sourceIds: ['D6'],
    status: 'P',
    crclBands: [
      { crclAtLeast: 60, maxMgPerDay: 3600 },
      { crclAtLeast: 30, maxMgPerDay: 1400 },
      { crclAtLeast: 15, maxMgPerDay: 700 },
      { crclAtLeast: 0, maxMgPerDay: 300 },
    ],
  },
  'gabapentin.respiratory': {
    drug: 'gabapentin',
    summary:
      'Serious breathing problems with opioids or other CNS depressants, in COPD, or in older patients (FDA 2019)',
    sourceIds: ['D6'],
    status: 'V',
  },
  'gabapentin.nice_sciatica': {
    drug: 'gabapentin',
    summary:
      'NICE: do not offer gabapentinoids, other antiepileptics, benzodiazepines or oral corticosteroids for sciatica',
    sourceIds: ['R1'],
    status: 'V',
  },
  'gabapentin.max_daily': {
    drug: 'gabapentin',
    summary: 'Up to 3600 mg/day (epilepsy)',
    sourceIds: ['D6'],
    status: 'P',
    mgPerDay: 3600,
  },
  'dantrolene.active_liver_disease': {
    drug: 'dantrolene',
    summary: 'Contraindicated in active liver disease (boxed hepatotoxicity warning)',
    sourceIds: ['D7'],
    status: 'V',
  },
  'dantrolene.max_daily': {
    drug: 'dantrolene',
    summary: 'Maximum 100 mg four times daily (400 mg/day)',
    sourceIds: ['D7'],
    status: 'V',
    mgPerDay: 400,
  },
  'dantrolene.monitoring': {
    drug: 'dantrolene',
    summary: 'LFTs at baseline and regularly; stop if no benefit by 45 days',
    sourceIds: ['D7'],
    status: 'V',
    reviewByDay: 45,
  },
  'botulinum_toxin.interval': {
    drug: 'botulinum_toxin',
    summary: 'Repeat injections no sooner than 12 weeks',
    sourceIds: ['D8'],
    status: 'P',
    minWeeks: 12,
  },
  'botulinum_toxin.cumulative': {
    drug: 'botulinum_toxin',
    summary: 'Cumulative maximum about 400 U in 3 months',
    sourceIds: ['D8'],
    status: 'P',
    maxUnits: 400,
  },
  'botulinum_toxin.distant_spread': {
    drug: 'botulinum_toxin',
    summary:
      'Distant spread of toxin: weakness, dysphagia, dysphonia, breathing difficulty hours to weeks after injection (boxed warning)',
    sourceIds: ['D8'],
    status: 'V',
  },
  'botulinum_toxin.units_not_interchangeable': {
    drug: 'botulinum_toxin',
    summary: 'Units cannot be swapped between toxin products',
    sourceIds: ['D8'],
    status: 'V',
  },
  'botulinum_toxin.duration': {
    drug: 'botulinum_toxin',
    summary:
      'Effect lasts 3–4 months until the toxin degrades (article; no guideline support found)',
    sourceIds: ['A'],
    status: 'UNVERIFIED',
  },
  'phenol.concentration': {
    drug: 'phenol',
    summary:
      'Phenol 3–7 % for chemical neurolysis; stronger solutions risk nerve damage (article only)',
    sourceIds: ['A'],
    status: 'UNVERIFIED',
    minPercent: 3,
    maxPercent: 7,
  },
  'alcohol.concentration': {
    drug: 'alcohol',
    summary: 'Alcohol 50–100 % for chemical neurolysis (article only)',
    sourceIds: ['A'],
    status: 'UNVERIFIED',
    minPercent: 50,
    maxPercent: 100,
  },
} as const satisfies Record<string, DrugFact>;

export type DrugFactId = keyof typeof DRUG_FACTS;

/** The drugs with their codes and routes, and every drug safety fact. */
export function drugCatalog(): CatalogFact[] {
  const drugs = Object.entries(DRUG_DEFS).map(([id, d]): CatalogFact => {
    const code = d.rxcui ?? d.hcpcs;
    return {
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
    };
  });
  return [
    ...drugs,
    ...catalogOf('drug_fact', 'drug_fact', DRUG_FACTS, (f) => ({
      drug: f.drug,
      summary: f.summary,
    })),
  ];
}

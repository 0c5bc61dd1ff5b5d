/**
 * @module An assessment as FHIR R4 resources, by code: vitals, pain, age and labs by LOINC with UCUM
 * units (labs as entered, with the converted value beside them where the unit changed); findings,
 * history, examination, EMG, imaging and exposures as Observations coded in Tonus's own systems (plus
 * SNOMED CT where the knowledge base has a concept); history conditions as Conditions; current
 * medications as MedicationStatements (RxNorm where the vocabulary names one drug); questionnaires as
 * QuestionnaireResponses with their score Observations. Which lists were asked is written too, so an
 * empty list ("asked, none") survives the trip.
 */
import type {
  CodeableConcept,
  Coding,
  Condition,
  MedicationStatement,
  Observation,
  ObservationComponent,
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Resource,
} from '@medplum/fhirtypes';
import type { Assessment, LabResult, SensoryResult, Vitals } from '../assessment/index.js';
import {
  ANALYTE_DEFS,
  DRUG_DEFS,
  findingDef,
  LOINC_CODES,
  unitDefOf,
  toCanonical,
  type Drug,
  type FindingId,
  type Medication,
} from '../kb/index.js';
import { scoreOdi, scoreRmdq, scoreStartBack } from '../scales/index.js';
import {
  codeable,
  observation,
  observationCategory,
  refIn,
  roleMeta,
  ucum,
  type ResourceRole,
  type WriteContext,
} from './resources.js';
import { SYSTEM, TONUS_QUESTIONNAIRE, tonusCoding, type TonusVocabulary } from './systems.js';
import { AGE_LOINC, MEDICATION_INGREDIENTS, PAIN_NRS_LOINC, VITAL_CODES } from './terminology.js';
import { ucumCodeOf } from './units.js';

/** The lists of an assessment where an empty list means "asked, none" and absence means "not asked". */
export const ASSESSMENT_LISTS = [
  'conditions',
  'medications',
  'exposures',
  'triggers',
  'regions',
  'gait',
] as const;
export type AssessmentList = (typeof ASSESSMENT_LISTS)[number];

const t = tonusCoding;
const obsCode = (code: string): CodeableConcept => codeable(t('observation', code));
const cc = (vocabulary: TonusVocabulary, code: string): CodeableConcept =>
  codeable(t(vocabulary, code));

function listComponents(
  vocabulary: TonusVocabulary,
  ids: readonly string[],
): ObservationComponent[] {
  return ids.map((id) => ({ code: cc(vocabulary, id), valueBoolean: true }));
}

/** The patient as FHIR knows them: Tonus writes sex only, age goes in its own Observation. */
export function patientResource(id: string, sex: Assessment['patient']['sex']): Patient {
  return {
    resourceType: 'Patient',
    id,
    meta: roleMeta('input'),
    ...(sex === undefined ? {} : { gender: sex }),
  };
}

/** The history's Observations; `role` is `outcome` when they are a PSFS or pain outcome taken apart. */
export function historyObservations(
  ctx: WriteContext,
  h: NonNullable<Assessment['history']>,
  role: ResourceRole = 'input',
): Observation[] {
  const out: Observation[] = [];
  const survey = observationCategory('survey');
  const value = (code: string, vocabulary: TonusVocabulary, v: string | undefined): void => {
    if (v !== undefined) {
      out.push(
        observation(ctx, role, {
          category: survey,
          code: obsCode(code),
          valueCodeableConcept: cc(vocabulary, v),
        }),
      );
    }
  };
  value('spasm-onset', 'onset', h.onset);
  value('spasm-course', 'course', h.course);
  value('spasm-side', 'side', h.side);
  value('spasm-spread', 'spread', h.spread);
  if (h.durationDays !== undefined) {
    out.push(
      observation(ctx, role, {
        category: survey,
        code: obsCode('spasm-duration'),
        valueQuantity: ucum(h.durationDays, 'd'),
      }),
    );
  }
  if (h.triggers !== undefined) {
    out.push(
      observation(ctx, role, {
        category: survey,
        code: obsCode('spasm-triggers'),
        component: listComponents('trigger', h.triggers),
      }),
    );
  }
  if (h.regions !== undefined) {
    out.push(
      observation(ctx, role, {
        category: survey,
        code: obsCode('spasm-regions'),
        component: listComponents('region', h.regions),
      }),
    );
  }
  if (h.psfsFrequency !== undefined) {
    out.push(
      observation(ctx, role, {
        category: survey,
        code: obsCode('psfs'),
        component: [
          { code: obsCode('psfs-frequency'), valueInteger: h.psfsFrequency },
          ...(h.psfsSeverity === undefined
            ? []
            : [{ code: obsCode('psfs-severity'), valueInteger: h.psfsSeverity }]),
        ],
      }),
    );
  }
  if (h.painNrs !== undefined) {
    out.push(
      observation(ctx, role, {
        category: survey,
        code: codeable(
          { system: SYSTEM.loinc, code: PAIN_NRS_LOINC.loinc },
          t('observation', 'pain-nrs'),
        ),
        valueInteger: h.painNrs,
      }),
    );
  }
  return out;
}

function findingCoding(id: FindingId): Coding[] {
  const def = findingDef(id);
  return [
    t('finding', id),
    ...(def.snomed === undefined ? [] : [{ system: SYSTEM.snomed, code: def.snomed }]),
  ];
}

function findingObservations(ctx: WriteContext, findings: Assessment['findings']): Observation[] {
  return Object.entries(findings ?? {}).map(([id, present]) =>
    observation(ctx, 'input', {
      category: observationCategory(
        findingDef(id as FindingId).elicited === 'exam' ? 'exam' : 'survey',
      ),
      code: { coding: findingCoding(id as FindingId) },
      valueBoolean: present,
    }),
  );
}

function vitalObservations(ctx: WriteContext, v: Vitals | undefined): Observation[] {
  return (Object.keys(VITAL_CODES) as (keyof Vitals)[]).flatMap((key) => {
    const value = v?.[key];
    if (value === undefined) {
      return [];
    }
    const code = VITAL_CODES[key];
    return [
      observation(ctx, 'input', {
        category: observationCategory('vital-signs'),
        code: codeable(
          { system: SYSTEM.loinc, code: code.loinc },
          ...(code.alsoLoinc ?? []).map((c) => ({ system: SYSTEM.loinc, code: c })),
        ),
        valueQuantity: ucum(value, code.ucum),
      }),
    ];
  });
}

function labObservation(ctx: WriteContext, lab: LabResult): Observation {
  const analyte = LOINC_CODES[lab.loinc]?.analyte;
  const def = analyte === undefined ? undefined : ANALYTE_DEFS[analyte];
  const unit = analyte === undefined ? undefined : unitDefOf(analyte, lab.unit);
  const entered = ucumCodeOf(lab.unit);
  const quantity = (
    value: number,
    unitText: string,
    code: string | undefined,
  ): Observation['valueQuantity'] =>
    code === undefined
      ? { value, unit: unitText }
      : { value, unit: unitText, system: SYSTEM.ucum, code };
  // the converted value sits beside the entered one when the unit changed, never in its place
  const converted: ObservationComponent[] =
    def === undefined || unit === undefined || lab.unit === def.canonicalUnit
      ? []
      : [
          {
            code: obsCode('converted-value'),
            valueQuantity: quantity(
              toCanonical(unit, lab.value),
              def.canonicalUnit,
              ucumCodeOf(def.canonicalUnit),
            ),
          },
        ];
  const range = lab.referenceRange;
  return observation(ctx, 'input', {
    category: observationCategory('laboratory'),
    code: codeable({ system: SYSTEM.loinc, code: lab.loinc }),
    valueQuantity: quantity(lab.value, lab.unit, entered),
    ...(range === undefined || (range.low === undefined && range.high === undefined)
      ? {}
      : {
          referenceRange: [
            {
              ...(range.low === undefined ? {} : { low: quantity(range.low, lab.unit, entered) }),
              ...(range.high === undefined
                ? {}
                : { high: quantity(range.high, lab.unit, entered) }),
            },
          ],
        }),
    ...(converted.length === 0 ? {} : { component: converted }),
  });
}

function sensoryObservation(ctx: WriteContext, s: SensoryResult): Observation {
  return observation(ctx, 'input', {
    category: observationCategory('exam'),
    code: obsCode('sensory-test'),
    valueCodeableConcept: cc('sensory-result', s.result),
    component: [
      { code: obsCode('dermatome'), valueCodeableConcept: cc('dermatome', s.dermatome) },
      {
        code: obsCode('sensory-modality'),
        valueCodeableConcept: cc('sensory-modality', s.modality),
      },
      { code: obsCode('sensory-side'), valueCodeableConcept: cc('sensory-side', s.side) },
    ],
  });
}

function examObservations(ctx: WriteContext, exam: Assessment['exam']): Observation[] {
  if (exam === undefined) {
    return [];
  }
  const category = observationCategory('exam');
  const out: Observation[] = [];
  const record = (
    code: string,
    vocabulary: TonusVocabulary,
    values: Readonly<Record<string, number | undefined>> | undefined,
    unit?: string,
  ): void => {
    if (values === undefined) {
      return;
    }
    out.push(
      observation(ctx, 'input', {
        category,
        code: obsCode(code),
        component: Object.entries(values).flatMap(([key, v]) =>
          v === undefined
            ? []
            : [
                unit === undefined
                  ? { code: cc(vocabulary, key), valueInteger: v }
                  : { code: cc(vocabulary, key), valueQuantity: ucum(v, unit) },
              ],
        ),
      }),
    );
  };
  record('rom-percent', 'spine-movement', exam.romPercentOfNormal, '%');
  if (exam.romDegrees !== undefined) {
    out.push(
      observation(ctx, 'input', {
        category,
        code: obsCode('rom-degrees'),
        method: cc('rom-reference', exam.romDegrees.reference),
        bodySite: cc('spine-region', exam.romDegrees.region),
        component: Object.entries(exam.romDegrees.movements).map(([key, v]) => ({
          code: cc('spine-movement', key),
          valueQuantity: ucum(v, 'deg'),
        })),
      }),
    );
  }
  record('mrc', 'mrc-root', exam.mrc);
  record('reflexes-ninds', 'reflex-site', exam.reflexes);
  if (exam.mas !== undefined) {
    out.push(
      observation(ctx, 'input', {
        category,
        code: obsCode('mas'),
        valueCodeableConcept: cc('mas-grade', exam.mas),
      }),
    );
  }
  for (const s of exam.sensory ?? []) {
    out.push(sensoryObservation(ctx, s));
  }
  if (exam.gait !== undefined) {
    out.push(
      observation(ctx, 'input', {
        category,
        code: obsCode('gait'),
        component: listComponents('gait', exam.gait),
      }),
    );
  }
  return out;
}

function booleanObservations(
  ctx: WriteContext,
  vocabulary: 'emg-finding' | 'imaging-finding',
  values: Readonly<Record<string, boolean | undefined>> | undefined,
): Observation[] {
  return Object.entries(values ?? {}).flatMap(([id, v]) =>
    v === undefined
      ? []
      : [
          observation(ctx, 'input', {
            category: observationCategory(vocabulary === 'emg-finding' ? 'procedure' : 'imaging'),
            code: cc(vocabulary, id),
            valueBoolean: v,
          }),
        ],
  );
}

function conditionResource(ctx: WriteContext, id: string): Condition {
  return {
    resourceType: 'Condition',
    id: ctx.newId(),
    meta: roleMeta('input'),
    clinicalStatus: codeable({ system: SYSTEM.conditionClinical, code: 'active' }),
    verificationStatus: codeable({ system: SYSTEM.conditionVerification, code: 'confirmed' }),
    category: [codeable({ system: SYSTEM.conditionCategory, code: 'problem-list-item' })],
    code: cc('history-condition', id),
    subject: ctx.subject,
    ...(ctx.encounter === undefined ? {} : { encounter: ctx.encounter }),
    recordedDate: ctx.effective,
  };
}

/** RxNorm (or HCPCS) codings of a current-medication id that names exactly one drug. */
export function medicationCodings(id: Medication): Coding[] {
  const drug = DRUG_DEFS[id as Drug] as (typeof DRUG_DEFS)[Drug] | undefined;
  const ingredients = MEDICATION_INGREDIENTS[id] ?? [];
  if (drug?.rxcui !== undefined) {
    return [{ system: SYSTEM.rxnorm, code: drug.rxcui.code }];
  }
  if (drug?.hcpcs !== undefined) {
    return [{ system: SYSTEM.hcpcs, code: drug.hcpcs.code }];
  }
  // a class (opioid, statin) is not one ingredient: its Tonus code says it all
  return ingredients.length === 1 && ingredients[0] !== undefined
    ? [{ system: SYSTEM.rxnorm, code: ingredients[0].rxcui }]
    : [];
}

function medicationStatement(ctx: WriteContext, id: Medication): MedicationStatement {
  return {
    resourceType: 'MedicationStatement',
    id: ctx.newId(),
    meta: roleMeta('input'),
    status: 'active',
    medicationCodeableConcept: { coding: [t('medication', id), ...medicationCodings(id)] },
    subject: ctx.subject,
    ...(ctx.encounter === undefined ? {} : { context: ctx.encounter }),
    dateAsserted: ctx.effective,
  };
}

function item(
  linkId: string,
  answer: QuestionnaireResponseItem['answer'],
): QuestionnaireResponseItem {
  return answer === undefined || answer.length === 0 ? { linkId } : { linkId, answer };
}

/** The questionnaires' responses and scores; `role` is `outcome` for an outcome measure taken apart. */
export function questionnaireResources(
  ctx: WriteContext,
  q: NonNullable<Assessment['questionnaires']>,
  role: ResourceRole = 'input',
): Resource[] {
  const out: Resource[] = [];
  const response = (
    questionnaire: string,
    items: QuestionnaireResponseItem[],
  ): QuestionnaireResponse => ({
    resourceType: 'QuestionnaireResponse',
    id: ctx.newId(),
    meta: roleMeta(role),
    questionnaire,
    status: 'completed',
    subject: ctx.subject,
    ...(ctx.encounter === undefined ? {} : { encounter: ctx.encounter }),
    authored: ctx.effective,
    item: items,
  });
  const score = (
    qr: QuestionnaireResponse,
    code: string,
    components: ObservationComponent[],
  ): Observation =>
    observation(ctx, 'score', {
      category: observationCategory('survey'),
      code: obsCode(code),
      derivedFrom: [refIn(ctx, qr)],
      component: components,
    });
  if (q.odi !== undefined) {
    const qr = response(
      TONUS_QUESTIONNAIRE.odi,
      q.odi.sections.map((s, i) =>
        item(`section-${i + 1}`, s === null ? undefined : [{ valueInteger: s }]),
      ),
    );
    const s = scoreOdi(q.odi);
    out.push(qr);
    if (s !== null) {
      out.push(
        score(qr, 'odi-score', [
          { code: obsCode('odi-percent'), valueQuantity: ucum(s.percent, '%') },
          { code: obsCode('odi-sections-answered'), valueInteger: s.sectionsAnswered },
        ]),
      );
    }
  }
  if (q.rmdq !== undefined) {
    const qr = response(
      TONUS_QUESTIONNAIRE.rmdq,
      q.rmdq.items.map((a, i) =>
        item(`item-${i + 1}`, a === null ? undefined : [{ valueBoolean: a }]),
      ),
    );
    const s = scoreRmdq(q.rmdq);
    out.push(
      qr,
      score(qr, 'rmdq-score', [
        { code: obsCode('rmdq-total'), valueInteger: s.score },
        { code: obsCode('rmdq-unanswered'), valueInteger: s.unanswered },
      ]),
    );
  }
  if (q.startBack !== undefined) {
    const qr = response(TONUS_QUESTIONNAIRE.startBack, [
      ...q.startBack.agree.map((a, i) => item(`item-${i + 1}`, [{ valueBoolean: a }])),
      item('item-9', [{ valueCoding: t('bothersomeness', q.startBack.bothersomeness) }]),
    ]);
    const s = scoreStartBack(q.startBack);
    out.push(
      qr,
      score(qr, 'start-back-score', [
        { code: obsCode('start-back-total'), valueInteger: s.total },
        { code: obsCode('start-back-psychosocial'), valueInteger: s.psychosocial },
        {
          code: obsCode('start-back-risk'),
          valueCodeableConcept: obsCode(`start-back-risk-${s.risk}`),
        },
      ]),
    );
  }
  return out;
}

function listsAsked(ctx: WriteContext, a: Assessment): Observation[] {
  const asked: Record<AssessmentList, boolean> = {
    conditions: a.conditions !== undefined,
    medications: a.medications !== undefined,
    exposures: a.exposures !== undefined,
    triggers: a.history?.triggers !== undefined,
    regions: a.history?.regions !== undefined,
    gait: a.exam?.gait !== undefined,
  };
  const lists = ASSESSMENT_LISTS.filter((l) => asked[l]);
  return lists.length === 0
    ? []
    : [
        observation(ctx, 'input', {
          category: observationCategory('survey'),
          code: obsCode('lists-asked'),
          component: listComponents('list', lists),
        }),
      ];
}

/** The vocabulary of each list whose answered members an interview names (`known`). */
export const KNOWN_LIST_VOCABULARY = {
  conditions: 'history-condition',
  medications: 'medication',
  exposures: 'exposure',
  triggers: 'trigger',
  regions: 'region',
} as const satisfies Record<keyof NonNullable<Assessment['known']>, TonusVocabulary>;
export type KnownList = keyof typeof KNOWN_LIST_VOCABULARY;

/**
 * The members of a list that were answered when not all were (an interview's "I don't know" leaves
 * the others unknown, not absent): one Observation per list, a component per answered member.
 */
function listsKnown(ctx: WriteContext, known: Assessment['known']): Observation[] {
  return (Object.keys(KNOWN_LIST_VOCABULARY) as KnownList[]).flatMap((list) => {
    const ids = known?.[list];
    return ids === undefined
      ? []
      : [
          observation(ctx, 'input', {
            category: observationCategory('survey'),
            code: obsCode(`known-${list}`),
            component: listComponents(KNOWN_LIST_VOCABULARY[list], ids),
          }),
        ];
  });
}

/**
 * Every part of the assessment as FHIR resources about `ctx.subject` (the Patient is written apart,
 * by {@link patientResource}).
 */
export function assessmentToFhir(a: Assessment, ctx: WriteContext): Resource[] {
  const age = a.patient.ageYears;
  return [
    ...(age === undefined
      ? []
      : [
          observation(ctx, 'input', {
            category: observationCategory('survey'),
            code: codeable({ system: SYSTEM.loinc, code: AGE_LOINC.loinc }),
            valueQuantity: ucum(age, AGE_LOINC.ucum),
          }),
        ]),
    ...(a.history === undefined ? [] : historyObservations(ctx, a.history)),
    ...findingObservations(ctx, a.findings),
    ...(a.conditions ?? []).map((c) => conditionResource(ctx, c)),
    ...(a.medications ?? []).map((m) => medicationStatement(ctx, m)),
    ...(a.exposures ?? []).map((e) =>
      observation(ctx, 'input', {
        category: observationCategory('social-history'),
        code: cc('exposure', e),
        valueBoolean: true,
      }),
    ),
    ...vitalObservations(ctx, a.vitals),
    ...examObservations(ctx, a.exam),
    ...(a.labs ?? []).map((l) => labObservation(ctx, l)),
    ...booleanObservations(ctx, 'emg-finding', a.emg),
    ...booleanObservations(ctx, 'imaging-finding', a.imaging),
    ...(a.csf === undefined
      ? []
      : [
          observation(ctx, 'input', {
            category: observationCategory('laboratory'),
            code: obsCode('csf-white-cells'),
            valueQuantity: ucum(a.csf.whiteCellsPerMm3, '/mm3'),
          }),
        ]),
    ...(a.questionnaires === undefined ? [] : questionnaireResources(ctx, a.questionnaires)),
    ...listsAsked(ctx, a),
    ...listsKnown(ctx, a.known),
  ];
}

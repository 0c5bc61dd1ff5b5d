/**
 * @module Standard codes for the parts of an assessment the knowledge base does not code itself: vital
 * signs, pain, age (LOINC, UCUM), history conditions (ICD-10-CM categories), current medications
 * (RxNorm ingredients) and routes. Each entry names its sources and status, like every other fact;
 * the mapping of a code category to a vocabulary id is a Tonus reading of the code's title.
 */
import type { FactStatus, HistoryCondition, Medication, SourceId } from '../kb/index.js';
import type { Vitals } from '../assessment/index.js';

export interface CodedFact {
  readonly sourceIds: readonly SourceId[];
  readonly status: FactStatus;
}

export interface LoincQuantity extends CodedFact {
  readonly loinc: string;
  /** The UCUM code Tonus writes; the unit the assessment's number is in. */
  readonly ucum: string;
  /** Other LOINC codes read as the same measurement. */
  readonly alsoLoinc?: readonly string[];
}

/** Vital signs: the FHIR R4 vital-signs value set (observation-vitalsignresult) and its Glasgow example [HL7]. */
export const VITAL_CODES: Readonly<Record<keyof Vitals, LoincQuantity>> = {
  temperatureC: { loinc: '8310-5', ucum: 'Cel', sourceIds: ['HL7'], status: 'V' },
  heartRate: { loinc: '8867-4', ucum: '/min', sourceIds: ['HL7'], status: 'V' },
  systolicBp: { loinc: '8480-6', ucum: 'mm[Hg]', sourceIds: ['HL7'], status: 'V' },
  respiratoryRate: { loinc: '9279-1', ucum: '/min', sourceIds: ['HL7'], status: 'V' },
  // 59408-5 is the pulse-oximetry code the R4 oxygen-saturation profile adds beside 2708-6
  spo2: { loinc: '2708-6', ucum: '%', alsoLoinc: ['59408-5'], sourceIds: ['HL7'], status: 'V' },
  gcs: { loinc: '9269-2', ucum: '{score}', sourceIds: ['HL7'], status: 'V' },
};

/** The blood-pressure panel whose systolic component an EHR may send instead of a lone 8480-6 [HL7]. */
export const BP_PANEL_LOINC = '85354-9';

/** Pain severity 0–10 verbal numeric rating (stack reference A.8; HL7 affiliate pain profiles) [S5]. */
export const PAIN_NRS_LOINC: LoincQuantity = {
  loinc: '72514-3',
  ucum: '{score}',
  sourceIds: ['HL7', 'S5'],
  status: 'P',
};

/** Age, in years (HL7 THO value set v3-LOINCObservationActContextAgeDefinitionCode) [HL7]. */
export const AGE_LOINC: LoincQuantity = {
  loinc: '30525-0',
  ucum: 'a',
  sourceIds: ['HL7'],
  status: 'V',
};

export interface IcdCategory extends CodedFact {
  /** ICD-10-CM code prefixes without the dot: `E11` covers E11.00 to E11.9. */
  readonly prefixes: readonly string[];
}

/**
 * History conditions by ICD-10-CM category, titles checked in the FY2020 tabular copy [C1]. V where the
 * category title names the condition; P where it is read from a consequence (post-procedural
 * hypoparathyroidism for neck surgery). Conditions with no category of their own (autoimmune disease,
 * immunosuppression) map only from Tonus's own code.
 */
export const HISTORY_CONDITION_ICD: Partial<Readonly<Record<HistoryCondition, IcdCategory>>> = {
  diabetes_mellitus: {
    prefixes: ['E08', 'E09', 'E10', 'E11', 'E13'],
    sourceIds: ['C1'],
    status: 'V',
  },
  chronic_kidney_disease: { prefixes: ['N18'], sourceIds: ['C1'], status: 'V' },
  dialysis: { prefixes: ['Z992'], sourceIds: ['C1'], status: 'V' },
  // chapter C is malignant neoplasms; Z85 personal history of one
  cancer_history: { prefixes: ['C', 'Z85'], sourceIds: ['C1'], status: 'V' },
  // I61 haemorrhage, I63 infarction, I69 sequelae, Z86.73 history of infarction without deficit
  stroke: { prefixes: ['I61', 'I63', 'I69', 'Z8673'], sourceIds: ['C1'], status: 'V' },
  cerebral_palsy: { prefixes: ['G80'], sourceIds: ['C1'], status: 'V' },
  // injury of the cervical, thoracic and lumbar cord
  spinal_cord_injury: { prefixes: ['S141', 'S241', 'S341'], sourceIds: ['C1'], status: 'V' },
  multiple_sclerosis: { prefixes: ['G35'], sourceIds: ['C1'], status: 'V' },
  neck_surgery_thyroid_parathyroid: { prefixes: ['E892'], sourceIds: ['C1'], status: 'P' },
  alcohol_use_disorder: { prefixes: ['F101', 'F102'], sourceIds: ['C1'], status: 'V' },
  osteoporosis: { prefixes: ['M80', 'M81'], sourceIds: ['C1'], status: 'V' },
  liver_disease: {
    prefixes: [
      'K70',
      'K71',
      'K72',
      'K73',
      'K74',
      'K75',
      'K76',
      'K77',
      'B15',
      'B16',
      'B17',
      'B18',
      'B19',
    ],
    sourceIds: ['C1'],
    status: 'V',
  },
  myasthenia_gravis: { prefixes: ['G700'], sourceIds: ['C1'], status: 'V' },
  sleep_apnoea: { prefixes: ['G473'], sourceIds: ['C1'], status: 'V' },
  copd: { prefixes: ['J44'], sourceIds: ['C1'], status: 'V' },
  eating_disorder: { prefixes: ['F50'], sourceIds: ['C1'], status: 'V' },
  malabsorption: { prefixes: ['K90'], sourceIds: ['C1'], status: 'V' },
  adhd_or_ocd: { prefixes: ['F90', 'F42'], sourceIds: ['C1'], status: 'V' },
  // pregnant state, supervision of normal and of high-risk pregnancy
  pregnancy: { prefixes: ['Z331', 'Z34', 'O09'], sourceIds: ['C1'], status: 'V' },
};

/** Liver states the order checks distinguish, as the EHR's problem list tells them. */
export type HepaticState = 'impairment' | 'active_disease' | 'severe_insufficiency';

/**
 * Liver categories that mean more than impairment. Dantrolene is contraindicated in active hepatic
 * disease "such as hepatitis and cirrhosis" [D7] (wording seen in the product monograph, P); diazepam in
 * severe hepatic insufficiency [D5], read here as hepatic failure. Titles checked in [C1].
 */
export const HEPATIC_STATE_ICD: readonly (IcdCategory & { readonly state: HepaticState })[] = [
  {
    state: 'severe_insufficiency',
    prefixes: ['K72', 'K704'],
    sourceIds: ['C1', 'D5'],
    status: 'P',
  },
  {
    state: 'active_disease',
    // viral, alcoholic, chronic, autoimmune and other hepatitis; cirrhosis
    prefixes: [
      'B15',
      'B16',
      'B17',
      'B18',
      'B19',
      'K701',
      'K703',
      'K73',
      'K752',
      'K753',
      'K754',
      'K7581',
      'K745',
      'K746',
    ],
    sourceIds: ['C1', 'D7'],
    status: 'P',
  },
];

export interface RxIngredient extends CodedFact {
  readonly rxcui: string;
  /** The ingredient's name, for reading an order whose only code is a product code. */
  readonly name: string;
}

const cpic = (rxcui: string, name: string): RxIngredient => ({
  rxcui,
  name,
  sourceIds: ['C8'],
  status: 'V',
});

/**
 * Current medications by RxNorm ingredient, from the CPIC drug table [C8], which gives each one's ATC
 * code: the class follows the ATC group (N02A opioids, N05BA benzodiazepines, C03AA thiazides, C03CA
 * loop diuretics, A02BC proton-pump inhibitors, C07A beta-blockers, C10AA statins, N06AB SSRIs, N06AX
 * SNRIs, N05A/A03FA dopamine antagonists, L01 antineoplastics). A product code (an SCD) is read by its
 * ingredient's name. The Tonus drugs themselves come from the knowledge base.
 */
export const MEDICATION_INGREDIENTS: Partial<
  Readonly<Record<Medication, readonly RxIngredient[]>>
> = {
  opioid: [
    cpic('2670', 'codeine'),
    cpic('4337', 'fentanyl'),
    cpic('6813', 'methadone'),
    cpic('7052', 'morphine'),
    cpic('7804', 'oxycodone'),
    cpic('10689', 'tramadol'),
    cpic('480', 'alfentanil'),
  ],
  benzodiazepine: [cpic('21241', 'clobazam'), cpic('6960', 'midazolam'), cpic('7781', 'oxazepam')],
  thiazide_diuretic: [cpic('5487', 'hydrochlorothiazide')],
  loop_diuretic: [cpic('4603', 'furosemide')],
  proton_pump_inhibitor: [
    cpic('7646', 'omeprazole'),
    cpic('283742', 'esomeprazole'),
    cpic('17128', 'lansoprazole'),
    cpic('40790', 'pantoprazole'),
    cpic('114979', 'rabeprazole'),
    cpic('816346', 'dexlansoprazole'),
  ],
  fluvoxamine: [cpic('42355', 'fluvoxamine')],
  ciprofloxacin: [cpic('2551', 'ciprofloxacin')],
  beta_blocker: [
    cpic('6918', 'metoprolol'),
    cpic('8787', 'propranolol'),
    cpic('20352', 'carvedilol'),
    cpic('10600', 'timolol'),
  ],
  antihypertensive_other: [cpic('1998', 'captopril'), cpic('5470', 'hydralazine')],
  statin: [
    cpic('83367', 'atorvastatin'),
    cpic('301542', 'rosuvastatin'),
    cpic('36567', 'simvastatin'),
    cpic('42463', 'pravastatin'),
  ],
  serotonergic_drug: [
    cpic('2556', 'citalopram'),
    cpic('321988', 'escitalopram'),
    cpic('4493', 'fluoxetine'),
    cpic('32937', 'paroxetine'),
    cpic('36437', 'sertraline'),
    cpic('39786', 'venlafaxine'),
    cpic('72625', 'duloxetine'),
  ],
  dopamine_antagonist: [
    cpic('5093', 'haloperidol'),
    cpic('6915', 'metoclopramide'),
    cpic('35636', 'risperidone'),
    cpic('61381', 'olanzapine'),
  ],
  chemotherapy: [
    cpic('194000', 'capecitabine'),
    cpic('40048', 'carboplatin'),
    cpic('2555', 'cisplatin'),
    cpic('3002', 'cyclophosphamide'),
    cpic('4492', 'fluorouracil'),
    cpic('12574', 'gemcitabine'),
    cpic('51499', 'irinotecan'),
    cpic('32592', 'oxaliplatin'),
  ],
};

export type OrderRoute = 'oral' | 'intrathecal' | 'intramuscular' | 'perineural';

export interface RouteCode extends CodedFact {
  readonly snomed: string;
}

/**
 * SNOMED CT route concepts from the FHIR R4 route-codes value set [HL7]: oral is listed there; the
 * intramuscular and intrathecal concepts were seen in other published code tables (P). Perineural has
 * no concept here and is written with Tonus's code only.
 */
export const ROUTE_SNOMED: Partial<Readonly<Record<OrderRoute, RouteCode>>> = {
  oral: { snomed: '26643006', sourceIds: ['HL7'], status: 'V' },
  intramuscular: { snomed: '78421000', sourceIds: ['HL7'], status: 'P' },
  intrathecal: { snomed: '72607000', sourceIds: ['HL7'], status: 'P' },
};

export interface IndicationCodes extends CodedFact {
  readonly indication: 'spasticity' | 'musculoskeletal_spasm';
  readonly codes: readonly { readonly system: 'icd10cm' | 'snomed'; readonly code: string }[];
}

/** Order indications an EHR codes in SNOMED CT or ICD-10-CM (reference §1.1, §1.3 [C1][C3]). */
export const INDICATION_CODES: readonly IndicationCodes[] = [
  {
    indication: 'spasticity',
    codes: [{ system: 'snomed', code: '221360009' }],
    sourceIds: ['C3'],
    status: 'V',
  },
  {
    indication: 'musculoskeletal_spasm',
    codes: [
      { system: 'snomed', code: '203095000' },
      { system: 'snomed', code: '45352006' },
      { system: 'icd10cm', code: 'M62.830' },
    ],
    sourceIds: ['C1', 'C3'],
    status: 'V',
  },
];

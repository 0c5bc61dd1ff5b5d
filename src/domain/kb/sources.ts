/** @module The bibliography: every source id a fact may cite (reference §10, plus our own design notes). */
import type { CatalogFact } from './fact.js';

export const SOURCE_IDS = [
  'A',
  'C1',
  'C2',
  'C3',
  'C4',
  'C5',
  'C6',
  'C7',
  'C8',
  'C9',
  'L1',
  'L2',
  'L3',
  'L4',
  'L5',
  'L6',
  'L7',
  'L8',
  'L9',
  'S1',
  'S2',
  'S3',
  'S4',
  'S5',
  'S6',
  'S7',
  'S8',
  'R1',
  'R2',
  'R3',
  'R4',
  'R5',
  'R6',
  'R7',
  'M1',
  'M2',
  'M3',
  'M4',
  'D1',
  'D2',
  'D3',
  'D4',
  'D5',
  'D6',
  'D7',
  'D8',
  'X1',
  'X2',
  'X3',
  'X4',
  'X5',
  'X6',
  'X7',
  'X8',
  'X9',
  'GRAUS2016',
  'CSCM-SPASTICITY',
  'CSCM-AD2020',
  'UMN-SPASTICITY',
  'CKS-ELECTROLYTES',
  'CKS-SCIATICA',
  'CKS-HYPERCALCAEMIA',
  'CKS-PALPITATIONS',
  'SEPSIS-3',
  'APLS-VITALS',
  'RCUK-BRADYCARDIA',
  'UKKA-HYPERKALAEMIA-2020',
  'NICE-NG41',
  'NICE-NG65',
  'CKS-CERVICAL-RADICULOPATHY',
  'AAN-BONT-2016',
  'NICE-NG71',
  'ADA-HYPOGLYCAEMIA',
  'NICE-NG17',
  'RCEM-RHABDOMYOLYSIS',
  'ERC-HYPOTHERMIA-2021',
  'ADA-CRISES-2024',
  'IFCC-HBA1C',
  'NICE-NG133',
  'CCR-2001',
  'SFE-HYPOCALCAEMIA-2016',
  'FORSYTH-POSNER-1993',
  'OBERNDORFER-2002',
  'NICE-NG158',
  'NICE-NG118',
  'NICE-NG228',
  'NICE-NG240',
  'NICE-NG232',
  'NICE-NG136',
  'NICE-CG100',
  'ETG-HYPOMAGNESAEMIA',
  'NHSH-HYPOMAGNESAEMIA',
  'NICE-CG95',
  'NICE-CG150',
  'RCOG-GTG69',
  'SOGC-TRAUMA-2015',
  'NICE-NG25',
  'NICE-CG89',
  'ESE-HYPONATRAEMIA-2014',
  'NICE-NG201',
  'UKHSA-GREEN-BOOK-TETANUS',
  'CREDIBLEMEDS-QT',
  'NICE-NG126',
  'RCOG-GTG63',
  'KDIGO-CKD-MBD-2017',
  'STATIN-LABEL',
  'CKD-EPI-2021',
  'ESR-MILLER-1983',
  'HL7',
  'FORMAT',
  'TONUS',
] as const;

export type SourceKey = (typeof SOURCE_IDS)[number];

/** Bibliographic titles, shown by `tonus kb` and in reports. */
export const SOURCES: Readonly<Record<SourceKey, string>> = {
  A: 'Paraspinal Muscle Spasm – Causes, Symptoms & Treatment (patient-education article, medically reviewed by Dr Sravya, MBBS, MS)',
  C1: 'ICD-10-CM code and title list (CMS tabular, about FY2020)',
  C2: 'Acupuncture Today, Dec 2021 — low back pain codes M54.50/M54.51/M54.59',
  C3: 'SNOMED CT IPS Free Set (International edition 2022-07-31)',
  C4: 'NLM VSAC value set 2.16.840.1.113762.1.4.1021.95',
  C5: 'Human Disease Ontology cross-reference report',
  C6: 'LOINC core table (Regenstrief)',
  C7: 'HL7 FHIR PDDI CDS Implementation Guide (magnesium LOINC codes)',
  C8: 'RxNorm ingredient CUIs (NLM catalogs, RxNav fixture, CPIC database)',
  C9: 'HCPCS J0585 onabotulinumtoxinA, 1 unit',
  L1: 'MSD Manual Consumer Version — Blood Tests: Normal Values',
  L2: 'StatPearls — Hypokalemia',
  L3: 'StatPearls — Hypomagnesemia',
  L4: 'MSD Manual Professional Version — Hypomagnesemia',
  L5: 'Oxford Handbook of Clinical Medicine — reference intervals',
  L6: 'American Diabetes Association Standards of Care — diagnostic criteria',
  L7: 'KDIGO 2012 CKD guideline (and 2024 update)',
  L8: 'WikEM — Hypocalcemia (critical values)',
  L9: 'Secondary reference-interval table (Harrison-style appendix copy)',
  S1: 'NINDS Common Data Elements — Penn Spasm Frequency Scale',
  S2: 'Bohannon & Smith 1987 — Modified Ashworth Scale',
  S3: 'Medical Research Council 1976 — Aids to the Examination of the Peripheral Nervous System',
  S4: 'Hallett 1993; Litvan et al. 1996 — NINDS myotatic reflex scale',
  S5: 'Numeric Pain Rating Scale summaries; Serlin 1995; Boonstra 2016',
  S6: 'Fairbank & Pynsent 2000 — Oswestry Disability Index',
  S7: 'Roland & Morris 1983; Roland & Fairbank 2000 — RMDQ',
  S8: 'Hill et al. 2008 — Keele STarT Back Screening Tool',
  R1: 'NICE NG59 — Low back pain and sciatica in over 16s (2016, updated 2020)',
  R2: 'Qaseem et al. 2017 — ACP guideline, noninvasive treatments for low back pain',
  R3: 'NHS Gloucestershire low back pain pathway (based on NICE CKS)',
  R4: 'NHS Lothian back pain red-flag guidance',
  R5: 'Infermedica developer documentation (triage levels)',
  R6: 'Venkatesan et al. 2013 — International Encephalitis Consortium case definitions',
  R7: 'Elsevier ClinicalKey clinical overview — adrenal crisis',
  M1: '38 CFR §4.71a — spine rating formula, Note (2)',
  M2: 'AMA Guides to the Evaluation of Permanent Impairment (secondary copies)',
  M3: 'ASIA/ISCoS ISNCSCI worksheet',
  M4: 'Reflex segmental levels (MRC/O’Brien and teaching sources)',
  D1: 'Baclofen tablets US prescribing information (2024); pms-BACLOFEN monograph',
  D2: 'Intrathecal baclofen US prescribing information, boxed warning',
  D3: 'Tizanidine US prescribing information (DailyMed, 2024)',
  D4: 'Clonidine hydrochloride tablets USP prescribing information',
  D5: 'Diazepam tablets USP prescribing information',
  D6: 'Neurontin (gabapentin) US prescribing information; FDA Drug Safety Communication 19 Dec 2019',
  D7: 'Dantrolene sodium capsules US prescribing information; NHS Scotland monitoring document',
  D8: 'BOTOX (onabotulinumtoxinA) US prescribing information',
  X1: 'Bornstein et al. 2016 — Endocrine Society guideline, primary adrenal insufficiency',
  X2: 'EASL Clinical Practice Guidelines: Wilson’s disease (2012)',
  X3: 'Roberts & Schilsky 2008; AASLD Wilson disease guidance 2022',
  X4: 'DSM-5-TR (2022) — Tourette’s disorder criteria',
  X5: 'Blexrud, Windebank & Daube 1993 — benign fasciculations, Mayo follow-up',
  X6: 'Strychnine toxicity summaries and case reports',
  X7: 'NBIA/PKAN clinical summaries (GeneReviews-derived)',
  X8: 'Peripheral neuropathy evaluation summaries (after the AAN 2009 parameter)',
  X9: 'Muscle cramps in haemodialysis (Lynch et al. 2014 and reviews)',
  GRAUS2016: 'Graus et al. 2016 — clinical approach to autoimmune encephalitis, Lancet Neurol',
  'CSCM-SPASTICITY':
    'Consortium for Spinal Cord Medicine (Paralyzed Veterans of America) clinical practice guidelines — a rise in spasms as the answer to a noxious stimulus below the lesion',
  'CSCM-AD2020':
    'Consortium for Spinal Cord Medicine 2020 — Evaluation and Management of Autonomic Dysreflexia and Other Autonomic Dysfunctions',
  'UMN-SPASTICITY':
    'Multiple sclerosis and stroke spasticity reviews — worsening spasticity after infection, pressure injury, constipation or a new drug',
  'CKS-ELECTROLYTES':
    'NICE Clinical Knowledge Summaries — hypokalaemia and hypocalcaemia (when to check electrolytes before any result)',
  'CKS-SCIATICA':
    'NICE Clinical Knowledge Summaries — sciatica (lumbar radiculopathy): red flags; sciatica in both legs as a warning of cauda equina syndrome (read through secondary copies, P)',
  'CKS-PALPITATIONS':
    'NICE Clinical Knowledge Summaries, Palpitations: a person with palpitations is assessed in primary care with a history, an examination of the pulse and the heart, and a 12-lead ECG, with blood tests (among them the electrolytes and the thyroid function) where the history suggests them; palpitations happening now with a faint or a near-faint, chest pain, breathlessness or a low blood pressure are admitted as an emergency (read through secondary copies; not in the reference; P)',
  'CKS-HYPERCALCAEMIA':
    'NICE Clinical Knowledge Summaries — hypercalcaemia: the adjusted calcium bands (mild above the range and below 3.0 mmol/L, moderate 3.0–3.5, severe above 3.5: emergency admission; moderate or symptomatic: same-day referral); primary hyperparathyroidism and cancer cause about 90 % of it (read through secondary copies, P)',
  'SEPSIS-3':
    'Singer M, et al. The Third International Consensus Definitions for Sepsis and Septic Shock (Sepsis-3). JAMA 2016;315(8):801–10: the quick SOFA (respiratory rate 22/min or more, altered mentation, systolic 100 mmHg or less; two or more) in adults outside intensive care (not in the reference; P)',
  'STATIN-LABEL':
    'Statin prescribing information (for example atorvastatin, DailyMed, Warnings and Precautions 5.1 Myopathy and Rhabdomyolysis): patients report unexplained muscle pain, tenderness or weakness promptly; the CK is measured and the statin stopped if myopathy is suspected (not in the reference; P)',
  'NICE-NG133':
    'NICE guideline NG133, Hypertension in pregnancy (2019, updated 2023): severe hypertension from 160 mmHg systolic; pre-eclampsia with its symptoms (severe headache, pain below the ribs, vomiting) assessed in hospital the same day (not in the reference; P)',
  'CCR-2001':
    'Stiell IG, et al. The Canadian C-spine rule for radiography in alert and stable trauma patients. JAMA 2001;286(15):1841–8: after a neck injury, the spine is cleared without imaging only by an examination (no midline tenderness, able to turn the head 45 degrees each way) in someone at low risk (not in the reference; P)',
  'SFE-HYPOCALCAEMIA-2016':
    'Turner J, Gittoes N, Selby P; Society for Endocrinology Clinical Committee. Emergency management of acute hypocalcaemia in adult patients. Endocr Connect 2016;5(5):G7–G8: an adjusted calcium below 1.9 mmol/L, or a symptomatic one, is a medical emergency treated with intravenous calcium; symptoms usually begin below about 1.9 and include tingling round the mouth and Chvostek and Trousseau signs (not in the reference; P)',
  'FORSYTH-POSNER-1993':
    'Forsyth PA, Posner JB. Headaches in patients with brain tumors: a study of 111 patients. Neurology 1993;43(9):1678–83: a headache in 48 % of primary and metastatic brain tumours alike, nausea or vomiting with it in 40 %; nausea, vomiting, an abnormal neurological examination or a changed headache pattern suggest a tumour (not in the reference; P)',
  'OBERNDORFER-2002':
    'Oberndorfer S, et al. The frequency of seizures in patients with primary brain tumors or cerebral metastases. Wien Klin Wochenschr 2002;114(21–22):911–6: epileptic seizures in 44 to 69 % of primary brain tumours (48 % of glioblastomas) and in 21 to 67 % of brain metastases by the primary, against 4 % of people with a cancer and no tumour in the brain (read through the abstract; not in the reference; P)',
  'NICE-NG158':
    'NICE guideline NG158, Venous thromboembolic diseases: diagnosis, management and thrombophilia testing (2020, updated 2023): a person with signs or symptoms of a deep vein thrombosis is assessed with a history, an examination and the two-level DVT Wells score and, when one is likely, offered a proximal leg vein ultrasound with the result within 4 hours, or interim anticoagulation while it waits; it does not cover pregnancy (read through secondary copies; not in the reference; P)',
  'SOGC-TRAUMA-2015':
    'Jain V, et al. Guidelines for the management of a pregnant trauma patient (SOGC Clinical Practice Guideline No. 325). J Obstet Gynaecol Can 2015;37(6):553–74: after any injury, minor ones included, a pregnancy of viable age is monitored for at least four hours, because an abruption may follow with no warning sign (not in the reference; read through secondary copies, P)',
  'NICE-NG25':
    'NICE guideline NG25, Preterm labour and birth (2015, updated 2022): the care of women with symptoms and signs of preterm labour before 37 weeks, assessed and diagnosed in maternity care (not in the reference; P)',
  'ESE-HYPONATRAEMIA-2014':
    'Spasovski G, et al. Clinical practice guideline on diagnosis and treatment of hyponatraemia (European Society of Endocrinology, European Society of Intensive Care Medicine, European Renal Association). Eur J Endocrinol 2014;170(3):G1–47: hyponatraemia with severe symptoms (vomiting, cardiorespiratory distress, abnormal and deep somnolence, seizures, coma) is treated at once with hypertonic saline, whether acute or chronic; confusion, headache and nausea without vomiting are its moderately severe symptoms, for which a single bolus is suggested (not in the reference; P)',
  'NICE-CG89':
    'NICE clinical guideline CG89, Child maltreatment: when to suspect maltreatment in under 18s (2009, updated 2017): suspect maltreatment if a child has one or more fractures in the absence of a medical condition that predisposes to fragile bones, or if the explanation is absent or unsuitable (not in the reference; P)',
  'NICE-NG201':
    'NICE guideline NG201, Antenatal care (2021), pelvic girdle pain: women with pelvic girdle pain in pregnancy are advised on exercise and may be referred to physiotherapy (not in the reference; P)',
  'UKHSA-GREEN-BOOK-TETANUS':
    'UK Health Security Agency, Immunisation against infectious disease (the Green Book), chapter 30, Tetanus (revised 2018, updated 2022): a tetanus-prone wound (a puncture in a contaminated place, a foreign body, a compound fracture) in someone not fully immunised, or whose status is unknown, is given a vaccine dose at once, and human tetanus immunoglobulin when the risk is high (heavy soil or manure contamination, dead tissue) (not in the reference; P)',
  'CREDIBLEMEDS-QT':
    'CredibleMeds (AZCERT), QTdrugs list: drugs with a known, possible or conditional risk of torsades de pointes, among them haloperidol and other antipsychotics, domperidone, ciprofloxacin, citalopram and escitalopram; hypokalaemia and hypomagnesaemia are listed conditions that raise the risk (not in the reference; P)',
  'NICE-NG126':
    'NICE guideline NG126, Ectopic pregnancy and miscarriage: diagnosis and initial management (2019, updated 2023): pain in early pregnancy is assessed the same day, and a woman with signs of a ruptured ectopic pregnancy is sent to hospital at once (not in the reference; P)',
  'RCOG-GTG63':
    'RCOG Green-top guideline 63, Antepartum haemorrhage (2011): a placental abruption may show as pain and a hard, tender womb with little or no bleeding seen, and shock out of proportion to the bleeding (not in the reference; P)',
  'KDIGO-CKD-MBD-2017':
    'KDIGO 2017 clinical practice guideline update for the diagnosis, evaluation, prevention and treatment of chronic kidney disease-mineral and bone disorder (CKD-MBD). Kidney Int Suppl 2017;7(1):1–59: in adults with CKD G3a–G5D a mild, symptom-free low calcium may be tolerated and is followed by the kidney team, hypercalcaemia avoided (not in the reference; read through secondary copies, P)',
  'NICE-NG118':
    'NICE guideline NG118, Renal and ureteric stones: assessment and management (2019): adults with suspected renal colic are offered low-dose non-contrast CT within 24 hours of presentation, and are referred at once when the pain is not controlled or there are signs of infection (not in the reference; P)',
  'NICE-NG228':
    "NICE guideline NG228, Subarachnoid haemorrhage caused by a ruptured aneurysm: diagnosis and management (2022), recommendations 1.1.1-1.1.3: a 'thunderclap' headache (sudden, severe, peaking within 1 to 5 minutes) is a red-flag symptom of subarachnoid haemorrhage; neck pain or stiffness, photophobia, nausea and vomiting, and new signs of altered brain function (reduced consciousness, seizure, a focal deficit) are its other signs; urgent investigation prevents a re-bleed (not in the reference; P)",
  'RCOG-GTG69':
    'Royal College of Obstetricians and Gynaecologists, Green-top Guideline No. 69, The management of nausea and vomiting of pregnancy and hyperemesis gravidarum (2016): hyperemesis is a protracted vomiting of pregnancy with the triad of more than 5 % weight loss, dehydration and electrolyte imbalance; urea and electrolytes are measured in it (read through secondary copies; not in the reference; P)',
  'NICE-NG136':
    'NICE guideline NG136, Hypertension in adults: diagnosis and management (2019, updated 2023): stage 2 hypertension is a clinic pressure of 160/100 mmHg or more, or a home or ambulatory average of 150/95 or more; severe hypertension a clinic systolic of 180 or more or a diastolic of 120 or more; at 180/120 or more, specialist assessment the same day for a retinal haemorrhage or papilloedema, a life-threatening symptom (a new confusion, chest pain, signs of heart failure, an acute kidney injury) or a suspected phaeochromocytoma (headache, palpitations, sweating, pallor, a labile or postural pressure) (read through secondary copies; not in the reference; P)',
  'NICE-CG100':
    'NICE clinical guideline CG100, Alcohol-use disorders: diagnosis and management of physical complications (2010, updated 2017), recommendation 1.1.1.1: for people in acute alcohol withdrawal with, or assessed to be at high risk of developing, alcohol withdrawal seizures or delirium tremens, offer admission to hospital for medically assisted withdrawal; 1.1.1.3: a lower threshold for the frail and those with several conditions (nice.org.uk/guidance/cg100; not in the reference; P)',
  'ETG-HYPOMAGNESAEMIA':
    'Therapeutic Guidelines (eTG complete), Emergency Medicine: Hypomagnesaemia: the adult serum magnesium is 0.8 to 1.0 mmol/L; below 0.8 usually means depletion and below 0.4 mmol/L a severe deficiency, which may cause tetany, weakness, arrhythmias and convulsions, and moderate to severe deficiency with its signs may need magnesium into a vein (read through a secondary copy; not in the reference; P)',
  'NHSH-HYPOMAGNESAEMIA':
    'NHS Highland Therapeutic Guidelines, Hypomagnesaemia (adults): normal range 0.7 to 1.0 mmol/L; 0.5 to 0.7 mmol/L is replaced by mouth and a magnesium below 0.5 mmol/L into a vein; its features are paraesthesia, cramps, twitching, carpopedal spasm, ECG changes and ventricular arrhythmias (rightdecisions.scot.nhs.uk; not in the reference; P)',
  'NICE-CG95':
    'NICE clinical guideline CG95, Recent-onset chest pain of suspected cardiac origin: assessment and diagnosis (2010, updated 2016), section 1.2.1 (acute chest pain): pain in the chest or other areas (the arms, back or jaw) lasting over 15 minutes, with nausea and vomiting, marked sweating or breathlessness, may be an acute coronary syndrome, and people with it now are referred to hospital as an emergency (read through secondary copies; not in the reference; P)',
  'NICE-CG150':
    'NICE clinical guideline CG150, Headaches in over 12s: diagnosis and management (2012, updated 2021), recommendations 1.1.1-1.1.2: a sudden-onset headache reaching its maximum within 5 minutes and a headache triggered by exercise are evaluated for further investigation or referral, and so is a new headache with vomiting without another obvious cause (read through secondary copies; not in the reference; P)',
  'NICE-NG240':
    'NICE guideline NG240, Meningitis (bacterial) and meningococcal disease: recognition, diagnosis and management (2024), recommendation 1.1.4: strongly suspect bacterial meningitis with the red-flag combination of fever, headache, neck stiffness and an altered consciousness, and it can be strongly suspected without all of them; young people may appear well at first (read through secondary copies; not in the reference; P)',
  'NICE-NG232':
    'NICE guideline NG232, Head injury: assessment and early management (2023): after a head injury, more than one episode of vomiting, a loss or change of consciousness or a seizure calls for a CT head scan within an hour, and anticoagulant treatment for one within eight hours (read through secondary copies; not in the reference; P)',
  'ADA-CRISES-2024':
    'Umpierrez GE, et al. Hyperglycemic crises in adults with diabetes: a consensus report. Diabetes Care 2024;47(8):1257–75: the hyperosmolar hyperglycaemic state has a plasma glucose of 600 mg/dL (33.3 mmol/L) or more (not in the reference; P)',
  'IFCC-HBA1C':
    "Hoelzel W, et al. IFCC reference system for measurement of hemoglobin A1c in human blood and the national standardization schemes in the United States, Japan and Sweden. Clin Chem 2004;50:166–74; the IFCC network's master equation NGSP % = 0.0915 × IFCC mmol/mol + 2.15 (information.ifcchba1c.org; not in the reference; P)",
  'APLS-VITALS':
    'Advanced Paediatric Life Support (ALSG), normal heart and breathing rates by age: heart rate upper limits 160 (under 1), 150 (1–2), 140 (2–5), 120 (5–12); breathing 40, 35, 30 (read through secondary copies; not in the reference; P)',
  'NICE-NG41':
    'NICE guideline NG41, Spinal injury: assessment and initial management (2016): after an injury, the thoracic and lumbosacral spine is kept still (full in-line immobilisation) when any of these is present: age 65 or over with a thoracic or lumbosacral pain; a dangerous mechanism (a fall from over 3 metres, an axial load, a crash at speed or a rollover, an ejection, a bicycle or horse-riding accident); a known spinal disease or a known risk of it (osteoporosis, a long-term steroid); neurological symptoms. A guide for the crew at the scene and the hospital, not for when to call an ambulance (read through secondary copies; not in the reference; P)',
  'NICE-NG65':
    'NICE guideline NG65, Spondyloarthritis in over 16s: diagnosis and management (2017), recommendations 1.1.7 to 1.1.9: a low back pain that started before 45 and has lasted over 3 months is referred to a rheumatologist for a spondyloarthritis assessment with 4 or more of these: a start before 35, waking in the second half of the night, buttock pain, better with movement, better within 48 hours of an anti-inflammatory, a first-degree relative with spondyloarthritis, a current or past arthritis, enthesitis or psoriasis (with 3, an HLA-B27 test first). A routine referral; no individual sign rules it in or out (read through secondary copies; not in the reference; P)',
  'CKS-CERVICAL-RADICULOPATHY':
    'NICE Clinical Knowledge Summaries, Neck pain: cervical radiculopathy: a neck pain with an arm pain, weakness, a reduced reflex or a sensory change in the distribution of one cervical root, most often C6 or C7 from a disc or spondylosis; most settle over weeks to months with analgesia and staying active; an urgent referral for a progressive weakness, and an emergency one for signs of a myelopathy (read through secondary copies; not in the reference; P)',
  'AAN-BONT-2016':
    'Simpson DM, Hallett M, Ashman EJ, et al. Practice guideline update summary: botulinum neurotoxin for the treatment of blepharospasm, cervical dystonia, adult spasticity, and headache. Report of the Guideline Development Subcommittee of the American Academy of Neurology. Neurology 2016;86(19):1818-26: botulinum toxin is the first-line treatment of cervical dystonia (abobotulinumtoxinA and rimabotulinumtoxinB Level A, onabotulinumtoxinA and incobotulinumtoxinA Level B) (read through secondary copies; not in the reference; P)',
  'NICE-NG71':
    "NICE guideline NG71, Parkinson's disease in adults (2017), section 1.2 (diagnosis): a person suspected of Parkinson's disease is referred quickly and untreated to a specialist in its differential diagnosis; the diagnosis is clinical (UK Parkinson's Disease Society Brain Bank criteria: a slowness of movement with a rest tremor, a rigidity or a postural instability) (read through secondary copies; not in the reference; P)",
  'UKKA-HYPERKALAEMIA-2020':
    'UK Kidney Association (then the Renal Association), Clinical Practice Guidelines: Treatment of Acute Hyperkalaemia in Adults (2020, updated 2023): severe hyperkalaemia from 6.5 mmol/L; with ECG changes, among them a slow heart rate, a heart block and broad complexes, intravenous calcium is given at once under cardiac monitoring (not in the reference; P)',
  'RCUK-BRADYCARDIA':
    'Resuscitation Council UK, Adult advanced life support guidelines (2021, 2025), peri-arrest bradycardia algorithm: bradycardia is a heart rate below 60 a minute; with a life-threatening feature (shock with a systolic pressure below 90 mmHg, syncope, myocardial ischaemia, heart failure) it is treated at once (atropine, then pacing) (read through secondary copies; not in the reference; P)',
  'ADA-HYPOGLYCAEMIA':
    'American Diabetes Association, Standards of Care in Diabetes, section 6 (Glycemic goals and hypoglycemia), classification of hypoglycaemia: level 1 below 3.9 mmol/L (70 mg/dL), level 2 below 3.0 mmol/L (54 mg/dL), level 3 a severe event with altered mental or physical status needing another person to treat it (glucagon), whatever the glucose (read through secondary copies; not in the reference; P)',
  'NICE-NG17':
    "NICE guideline NG17, Type 1 diabetes in adults: diagnosis and management (2015, updated 2022): diabetic ketoacidosis is managed in hospital, and adults with type 1 diabetes are taught what to do when they are ill (sick-day rules); applying it to anyone on insulin who is vomiting is the team's reading (read through secondary copies; not in the reference; P)",
  'RCEM-RHABDOMYOLYSIS':
    'Royal College of Emergency Medicine, RCEMLearning module Acute rhabdomyolysis, Definition: the most apt clinical definition is an acute rise of the serum creatine kinase to more than five times the upper limit of normal, a heart attack excluded; the urine is tea-coloured (read online; not in the reference; P)',
  'ERC-HYPOTHERMIA-2021':
    'European Resuscitation Council Guidelines 2021, Cardiac arrest in special circumstances, accidental hypothermia: a core temperature below 35 °C; below about 32 °C shivering stops, consciousness falls and the risk of cardiac arrest rises (read through secondary copies; not in the reference; P)',
  'CKD-EPI-2021':
    'Inker LA, et al. New creatinine- and cystatin C-based equations to estimate GFR without race. N Engl J Med 2021;385:1737–49 (the creatinine equation)',
  'ESR-MILLER-1983':
    'Miller A, Green M, Robinson D. Simple rule for calculating normal erythrocyte sedimentation rate. BMJ 1983;286:266 (upper limit about age/2 in men, (age + 10)/2 in women)',
  HL7: 'HL7 FHIR R4 (4.0.1) and HL7 Terminology (THO): vital-signs value set, Glasgow coma score example, age code, resource and value-set definitions',
  FORMAT: 'Tonus case file format, version 1 (vocabulary of findings and ids)',
  TONUS: 'Tonus design choice or estimate: not a sourced fact, reviewed by the team',
};

/** Every source as a catalog entry. */
export function sourceCatalog(): CatalogFact[] {
  return Object.entries(SOURCES).map(([id, title]) => ({
    id: `source.${id}`,
    kind: 'source',
    sourceIds: [id as SourceKey],
    status: 'V',
    detail: { title },
  }));
}

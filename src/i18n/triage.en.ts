/** @module English wording of triage levels and reasons, with a patient version that never names a drug. */
import type { TriageLevel } from '../domain/shared/index.js';
import type { TriageRuleId } from '../domain/triage/index.js';

export const LEVEL_NAMES: Readonly<Record<TriageLevel, string>> = {
  self_care: 'Self-care at home is probably enough',
  consultation: 'See a doctor (not urgent)',
  consultation_24: 'See a doctor within 24 hours',
  emergency: 'Go to an emergency department now',
  emergency_ambulance: 'Call an ambulance now',
};

export const PRESCRIPTION_ONLY =
  'Medicines for spasm can only be prescribed by a doctor; do not take anyone else’s.';

interface ReasonText {
  readonly clinician: string;
  readonly patient: string;
}

const r = (clinician: string, patient: string = clinician): ReasonText => ({ clinician, patient });

/** One entry per rule id of the red-flag, cause-floor and baseline rules: a rule without words fails the type check. */
export const REASON_TEXT: Readonly<Record<TriageRuleId, ReasonText>> = {
  'RF-CES-SADDLE': r(
    'Saddle anaesthesia: possible cauda equina syndrome',
    'Numbness around the groin or buttocks can mean pressure on the nerves at the bottom of the spine',
  ),
  'RF-CES-RETENTION': r(
    'Urinary retention: possible cauda equina syndrome',
    'Being unable to pass urine can mean pressure on the nerves at the bottom of the spine',
  ),
  'RF-CES-BLADDER': r(
    'New bladder disturbance: possible cauda equina syndrome',
    'New bladder problems can mean pressure on the nerves at the bottom of the spine',
  ),
  'RF-CES-BOWEL': r(
    'Loss of bowel control or reduced anal tone: possible cauda equina syndrome',
    'Loss of bowel control can mean pressure on the nerves at the bottom of the spine',
  ),
  'RF-CES-CHANGE-UNDATED': r(
    'Bladder or bowel leakage, or a bladder not felt filling, beside a long-standing unchanged back pain, with no cord or brain condition to explain it: examine the saddle and anal tone and test the urine within 24 hours (a new cauda equina syndrome or a urine infection)',
    'Leaking urine or stool, or not feeling your bladder fill, should be checked by a doctor within 24 hours, even when your back pain is the same as ever. Go to the emergency department now if you feel numb between your legs or cannot pass urine',
  ),
  'RF-CES-CHANGE-UNDATED-SIGNS': r(
    'Bladder or bowel leakage, or a bladder not felt filling, beside a long-standing back pain, with leg weakness, sciatica, numbness, an unsteady gait, reduced anal tone, a flare or a past cancer (or reduced anal tone alone): possible cauda equina syndrome or a spinal metastasis',
    'Leaking urine or stool, or not feeling your bladder fill, together with leg pain, weakness or numbness, can mean pressure on the nerves at the bottom of the spine, even when your back pain is an old one',
  ),
  'RF-CES-LEGS': r(
    'New weakness of both legs: possible cauda equina or cord compression',
    'New weakness in both legs needs checking today',
  ),
  'RF-CES-BILATERAL-SCIATICA': r(
    'New sciatica in both legs (a warning of cauda equina compression): examine saddle sensation, anal tone and the bladder within 24 hours',
    'Pain going down both legs can be an early warning that the nerves at the bottom of the spine are squeezed: a doctor should examine you within 24 hours. Go to an emergency department at once if you notice numbness between your legs, or any change in passing urine or stools',
  ),
  'RF-CES-BILATERAL-SCIATICA-SADDLE-UNKNOWN': r(
    'New sciatica in both legs with saddle sensation not known (not asked, or the patient cannot say): cauda equina compression not excluded; examine in the emergency department',
    'Pain going down both legs, when it is not known whether you can feel the skin between your legs normally, needs checking today: go to an emergency department now',
  ),
  'RF-CES-IMAGING': r(
    'Imaging shows cauda equina compression',
    'Your scan shows pressure on the nerves at the bottom of the spine',
  ),
  'RF-NEURO-PROGRESSIVE': r(
    'Progressive weakness',
    'Weakness that is getting worse needs checking today',
  ),
  'RF-NEURO-MULTILEVEL': r(
    'Weakness or reduced reflexes at several nerve-root levels: widespread neurological deficit, same-day assessment',
    'The examination found weakness at several levels of the nerves: you need to be seen today in an emergency department',
  ),
  'RF-NEURO-FOOT-DROP': r('New foot drop', 'A new foot drop needs checking today'),
  'RF-NEURO-SEVERE-WEAKNESS': r(
    'New severe weakness (MRC 3 or less)',
    'New marked weakness needs checking today',
  ),
  'RF-NEURO-CORD-SIGNS': r(
    'New signs of spinal cord involvement (sensory level, a gait disturbance that is acute or worsening over weeks, or brisk reflexes with Babinski or clonus)',
    'Signs that the spinal cord may be involved need checking today',
  ),
  'RF-LONE-UMN-SIGN': r(
    'Extensor plantar or sustained clonus on examination, not explained by a known brain or cord condition: an upper motor neuron sign above the back pain, assess and image within 24 hours',
    'A sign found in your reflexes when you were examined needs a doctor to look at your nerves and spine within 24 hours',
  ),
  'RF-NEURO-SIGNS-CHRONIC-PROGRESSIVE': r(
    'Upper-motor-neuron signs or a gait disturbance worsening over more than 3 months, with no known condition to explain them: urgent imaging',
    'Walking or nerve signs that have been getting worse for months need a doctor within a day to arrange a scan',
  ),
  'RF-MSCC-COMPRESSION': r(
    'Imaging shows spinal cord compression',
    'Your scan shows pressure on the spinal cord',
  ),
  'RF-MSCC-DEFICIT': r(
    'Possible metastatic cord compression: cancer history or spinal mass with neurological signs',
    'A past cancer together with nerve symptoms needs checking today',
  ),
  'RF-MALIGNANCY-HISTORY': r(
    'Past cancer with new spinal pain: exclude spinal metastasis (urgent MRI)',
    'Back pain after a past cancer should be checked soon',
  ),
  'RF-NON-MECHANICAL-WORSENING': r(
    'A new severe pain getting worse, present at night and not eased by rest: looked at for an infection or a tumour within 24 hours',
    'A strong pain that keeps getting worse, is there at night and does not ease with rest needs a doctor within a day',
  ),
  'RF-MALIGNANCY-FEATURES': r(
    'Two or more features of serious spinal pathology (weight loss, night pain, no improvement, deformity)',
    'Some of your symptoms need a doctor to look for a serious cause soon',
  ),
  'RF-MASS-IMAGING': r(
    'Imaging shows a spinal mass',
    'Your scan shows a lump near the spine that needs a doctor soon',
  ),
  'RF-INFECTION-FEBRILE': r(
    'Fever with a risk factor or sign of spinal infection',
    'Fever with back pain and your other symptoms could mean an infection near the spine',
  ),
  'RF-INFECTION-IMAGING': r(
    'Imaging shows discitis or abscess',
    'Your scan shows a possible infection near the spine',
  ),
  'RF-INFECTION-RISK': r(
    'Risk factor for spinal infection with a new or worsening presentation',
    'Your risk of an infection near the spine means a doctor should see you soon',
  ),
  'RF-FEVER': r(
    'Fever with spinal pain: spinal infection is an emergency when febrile',
    'Fever with back pain can mean an infection near the spine, which needs care now',
  ),
  'RF-FRACTURE-SUDDEN-OLDER': r(
    'Aged 65 or more with sudden severe pain that eases lying down or followed a minor injury (a slip, a cough): possible vertebral fracture, imaging',
    'Sudden severe back pain that eases when you lie down, or that came after a small knock, slip or cough, could be a broken bone in the spine: a doctor should see you within 24 hours',
  ),
  'RF-TIZANIDINE-CYP1A2-HYPOTENSION': r(
    'Tizanidine with fluvoxamine or ciprofloxacin and dizziness on standing: the contraindicated pair is lowering the blood pressure; emergency assessment of pressure, pulse and sedation',
    'Two of your medicines that should not be taken together may be lowering your blood pressure: go to an emergency department now, and do not drive',
  ),
  'RF-TIZANIDINE-CYP1A2': r(
    'Tizanidine with fluvoxamine or ciprofloxacin (contraindicated: strong CYP1A2 inhibition, hypotension and sedation): review the medicines within 24 hours',
    'Two of your medicines should not be taken together: a doctor should review them within 24 hours, and do not stop a medicine on your own',
  ),
  'RF-RELAXANT-HYPOTENSION-PAIR': r(
    'Dizzy on standing with tizanidine or clonidine and another blood-pressure-lowering medicine (additive hypotension): review the medicines within 24 hours',
    'Feeling dizzy when you stand up while taking a muscle-relaxing medicine together with a blood-pressure medicine can mean your blood pressure is too low: a doctor should review your medicines within 24 hours. Stand up slowly, and do not stop a medicine on your own',
  ),
  'RF-HEAT-EXERTION-SEVERE-PAIN': r(
    'Severe muscle pain not easing after exertion in the heat, or still getting worse after exercise with a spread beyond one place or a vomiting, no CK yet (early rhabdomyolysis to exclude): CK and creatinine within 24 hours; examine for a compartment syndrome (hard, tense muscles, pain on passive stretch), an emergency',
    'Severe muscle pain that is not easing after hard work or exercise, in the heat, all over, or with being sick, should be checked with a blood test: a doctor should see you within 24 hours. Rest and drink what you can keep down. Go to an emergency department if your urine turns dark, the muscles feel hard, the pain keeps getting worse or you cannot keep fluids down',
  ),
  'RF-RENAL-SEDATIVE-BUILD-UP': r(
    'Drowsy or dizzy on gabapentin or baclofen with kidney disease, an eGFR below 60 or on dialysis (renal dose bands): review within 24 hours',
    'Feeling drowsy or dizzy on a nerve-pain or spasm medicine when your kidneys work less well can mean the medicine is building up: a doctor should review it within 24 hours. Do not stop a medicine on your own',
  ),
  'RF-INFLAMMATION-WORSENING': r(
    'Raised CRP or ESR with a back pain still getting worse: spinal infection or tumour to exclude within 24 hours',
    'Your blood test shows inflammation while your back pain is getting worse: a doctor should see you within 24 hours',
  ),
  'RF-INFECTION-MARKED-INFLAMMATION': r(
    'Markedly raised CRP (100 mg/L or more; 50 or more with a temperature of 37.5 °C or more; 75 or more with a risk factor for spinal infection and a worsening night pain) with a back pain not improving and the spine tender or not yet examined: spinal infection until shown otherwise, with or without fever; emergency imaging and blood cultures before antibiotics',
    'Your blood test shows strong inflammation while your back pain is getting worse and the spine itself is tender: go to an emergency department today',
  ),
  'RF-NECK-INJURY-HEADACHE-WORSENING': r(
    'One-sided neck pain after a neck injury with a new headache, both worsening within the week: examine within 24 hours for a cervical artery dissection (Horner sign, focal deficit)',
    'A one-sided neck pain since an injury, with a new headache, both getting worse: a doctor should see you within 24 hours. If your face droops, your speech slurs, your vision goes double or an arm or leg goes weak, call an ambulance',
  ),
  'RF-BELLY-PAIN-FALLING-PRESSURE': r(
    'New abdominal and back pain at 50 or over with systolic under 100 and pulse over 100, no fever or diarrhoea: concealed haemorrhage (leaking aortic aneurysm, bleeding ulcer, retroperitoneal bleed) until shown otherwise; call an ambulance',
    'A new belly and back pain with a low blood pressure and a fast pulse can be bleeding inside: call an ambulance now',
  ),
  'RF-CONFUSED-SWALLOWING': r(
    'New confusion or drowsiness with difficulty swallowing: the airway is unprotected (aspiration risk) whatever the cause; call an ambulance',
    'Being confused or very drowsy while finding it hard to swallow is dangerous: call an ambulance now and keep the person on their side',
  ),
  'RF-DYSPHAGIA-WORSENING': r(
    'Trouble swallowing with drooling, dystonia or weakness, getting worse: progressive bulbar deficit (aspiration risk); assess within 24 hours',
    'Trouble swallowing that is getting worse should be checked by a doctor within 24 hours. If you choke, cannot swallow your saliva or find it hard to breathe, call an ambulance',
  ),
  'RF-BULBAR-WEAKNESS-SPREADING': r(
    'Trouble swallowing and drooling with a weakness spreading over days: bulbar failure ahead of the breathing muscles (botulism, toxin spread, Guillain-Barre, myasthenic crisis); call an ambulance',
    'Not being able to swallow your saliva while the weakness spreads is dangerous: call an ambulance now and keep the person on their side',
  ),
  'RF-RISING-NUMBNESS': r(
    'Numbness in both legs, new within weeks and still spreading: progressive deficit to examine within 24 hours',
    'Numbness in both legs that is new and still spreading should be examined by a doctor within 24 hours',
  ),
  'RF-STATIN-WEAKNESS': r(
    'Unexplained muscle weakness on a statin, not easing, no CK yet (statin myopathy to exclude): CK within 24 hours',
    'Muscle weakness you cannot explain while taking a cholesterol medicine should be checked with a blood test: a doctor should see you within 24 hours. Do not stop a medicine on your own',
  ),
  'RF-DIURETIC-DIZZINESS': r(
    'Dizzy on standing on a thiazide or loop diuretic (volume and potassium loss): review within 24 hours, with potassium and sodium',
    'Feeling dizzy when you stand up while taking a water tablet can mean your body is short of fluid or salts: a doctor should see you within 24 hours. Stand up slowly, drink normally, and do not stop a medicine on your own',
  ),
  'RF-DIALYSIS-DIZZINESS': r(
    'Dizzy on standing on dialysis (fluid removal, a target weight set too low): dialysis unit review of the target weight and the pressure within 24 hours',
    'Feeling dizzy when you stand up while on dialysis can mean the sessions are taking off too much fluid: your dialysis unit or a doctor should see you within 24 hours. Stand up slowly, and call for help at once if you faint',
  ),
  'RF-CRAMPS-WEAK-FLUTTERING': r(
    'Cramps with palpitations and new generalised weakness, not easing, no potassium yet (low potassium to exclude, whatever the risk factors): potassium, magnesium, calcium and an ECG within 24 hours',
    'Cramps together with a fluttering heart and a new weakness of your body need a blood test: a doctor should see you within 24 hours. Go to an emergency department at once if your legs become too weak to stand, or the fluttering does not settle, or you feel faint or have chest pain',
  ),
  'RF-SEDATIVE-COMBINATION': r(
    'Diazepam or another benzodiazepine with an opioid or with sleep apnoea (boxed warning, contraindication): review the medicines within 24 hours',
    'Your calming medicine together with a strong painkiller or with sleep apnoea can slow your breathing: a doctor should review your medicines within 24 hours',
  ),
  'RF-RIGORS': r(
    'Rigors with spinal pain: possible spinal infection',
    'Shaking chills with back pain can mean an infection near the spine, which needs care now',
  ),
  'RF-FRACTURE-MAJOR-TRAUMA': r(
    'Major trauma: possible vertebral fracture',
    'After a major injury your spine needs checking now',
  ),
  'RF-FRACTURE-MINOR-TRAUMA': r(
    'A fall or knock with a tender spinous process, or with sudden severe pain that eases lying down: possible vertebral fracture, imaging',
    'After a fall, back pain like this could be a broken bone in the spine: a doctor should see you within 24 hours',
  ),
  'RF-FRACTURE-RIGID-SPINE': r(
    'A minor fall or knock on a stiff, deformed spine of an inflammatory disease (as an ankylosing spondylitis), tender over the spine or not yet examined: a fracture of a fused spine is unstable; keep the spine still and image it in the emergency department',
    'After a fall or a knock, a spine that is stiff and bent from a joint disease can hide an unstable broken bone: go to the emergency department now, moving the back as little as you can',
  ),
  'RF-FRACTURE-FRAGILITY': r(
    'Fragility-fracture risk (osteoporosis or long-term steroids) with a suggestive history',
    'With fragile bones this back pain needs a doctor soon',
  ),
  'RF-FRACTURE-IMAGING': r(
    'Imaging shows a vertebral fracture',
    'Your scan shows a broken bone in the spine',
  ),
  'RF-INFANT-UNEXPLAINED-FRACTURE': r(
    'Vertebral fracture under 2 years, whatever injury or bone disease is told: suspect maltreatment (NICE CG89); same-day paediatric assessment, skeletal survey and safeguarding',
    'A broken bone in the back of a baby or a toddler needs to be looked at in hospital today',
  ),
  'RF-YOUNG-CHILD-NEW-SPINE-PAIN': r(
    'Back or neck pain under 4 years with no fall or awkward posture to explain it, new and not easing or creeping and worsening (discitis, tumour or an unwitnessed fracture to exclude): paediatric assessment within 24 hours',
    'A pain in the back or neck of a child under four, with no fall to explain it, that is not getting better should be checked by a doctor within 24 hours. Go to an emergency department today if your child has a fever, or will not walk, sit or be picked up',
  ),
  'RF-PREGNANCY-HEADACHE-TWITCHING': r(
    'Headache in pregnancy with clonus or brisk reflexes, or a new twitching or jerking of the limbs told with no normal pressure measured (severe pre-eclampsia to exclude): same-day maternity assessment with blood pressure, urine protein and bloods',
    'A headache with twitching or jerking of your arms or legs while pregnant can be a sign of pre-eclampsia: go to your maternity unit or an emergency department now',
  ),
  'RF-PREGNANCY-HEADACHE-PRESSURE-CHECK': r(
    'Headache in pregnancy or after the birth, unless a systolic under 140 mmHg was measured and no vomiting or twitching goes with it: blood pressure and urine protein within 24 hours to exclude pre-eclampsia, which can start after the birth',
    'A headache while pregnant or in the weeks after giving birth needs a blood pressure and urine check within a day: call your midwife or GP today. Go to your maternity unit now if it is severe or you have blurred vision, pain under the ribs or vomiting',
  ),
  'RF-HYPERK-BRADYCARDIA': r(
    'Potassium of 6.0 mmol/L or more with a pulse of 50 or less (conduction block from hyperkalaemia): ambulance with cardiac monitoring for immediate treatment',
    'A very high potassium level with a very slow pulse can stop the heart: call an ambulance now',
  ),
  'RF-HYPONA-CONFUSED': r(
    'Sodium below 125 mmol/L with confusion (moderately severe) or a seizure (severe symptomatic hyponatraemia, cerebral oedema): ambulance for hypertonic saline',
    'A very low salt level in the blood with confusion or a fit is dangerous: call an ambulance now',
  ),
  'RF-HYPONA-VOMITING': r(
    'Sodium below 130 mmol/L with vomiting (a severe symptom of hyponatraemia): emergency department today for hypertonic saline and monitoring',
    'A low salt level in the blood with vomiting needs treatment in hospital today: go to the emergency department now. Do not drink large amounts of water meanwhile',
  ),
  'RF-CHOLINERGIC-SIGNS': r(
    'Drooling with drenching sweat, vomiting or diarrhoea, and twitching or generalised weakness of recent onset (a cholinergic toxidrome: organophosphate or carbamate pesticide, mushrooms): emergency department now; ambulance if breathing becomes difficult',
    'Drooling with heavy sweating, being sick or diarrhoea, and twitching or weakness all over can be a poisoning, for example by a garden or farm spray: go to the emergency department now and do not drive yourself. Take the product or its label with you if you can do it safely. Call an ambulance if breathing becomes difficult',
  ),
  'RF-INSULIN-VOMITING': r(
    'Vomiting with abdominal pain or generalised weakness of recent onset in a patient on insulin (diabetic ketoacidosis until ketones and glucose are checked): emergency department now',
    'Being sick with a tummy pain or weakness all over, when you use injections or a pump to lower your blood sugar, can be a dangerous rise of ketones in the blood: go to the emergency department now and do not drive yourself. Do not stop your injections or your pump. Call an ambulance if your breathing becomes fast or deep, or you become drowsy or confused',
  ),
  'RF-BELLY-VOMITING-FAINT': r(
    'Abdominal pain with vomiting and dizziness on standing, not easing, no diarrhoea (fluid or blood lost inside, an acute abdomen, or an adrenal crisis): emergency department today',
    'A pain in your tummy with vomiting and feeling faint when you stand needs checking in hospital today: go to the emergency department now, and do not drive yourself. If you faint or feel cold and sweaty, call an ambulance',
  ),
  'RF-INJURY-BELLY-FAINT': r(
    'Abdominal pain with dizziness on standing after a fall, a blow or a crash (splenic or liver injury with internal bleeding to exclude): ambulance',
    'A pain in your tummy with feeling faint when you stand, after a fall, a blow or an accident, can mean bleeding inside: call an ambulance now. Lie down while you wait and do not eat or drink',
  ),
  'RF-INJURY-BELLY-FAINT-SEEN': r(
    'Abdominal pain with dizziness on standing after a fall, a blow or a crash in the last two weeks, with a diarrhoea, calm vital signs or a vomiting or fever days on (splenic or liver injury still to exclude): emergency assessment now',
    'A pain in your tummy with feeling faint when you stand, after a fall, a blow or an accident in the last two weeks, needs checking for bleeding inside: go to an emergency department now, and do not drive yourself. Call an ambulance if you faint, feel cold and sweaty, or get worse',
  ),
  'RF-FAINT-RACING-BELLY-ACHE': r(
    'Dizzy on standing with a racing heart or tachycardia and abdominal pain (occult gastrointestinal bleed, ectopic pregnancy or leaking aneurysm to exclude): emergency assessment with pressure, pulse and haemoglobin',
    'Feeling faint when you stand, with a racing heart and a pain in your tummy, can mean bleeding inside: go to an emergency department now. Call an ambulance if you faint, feel cold and sweaty, or vomit blood',
  ),
  'RF-FRACTURE-DEFICIT': r(
    'Vertebral fracture with new neurological signs',
    'A broken bone in the spine with nerve symptoms needs care now',
  ),
  'RF-STRYCHNINE-EXPOSURE': r(
    'Possible strychnine or rodenticide exposure',
    'Contact with rat poison is an emergency',
  ),
  'RF-STREET-DRUG-SPASMS': r(
    'Generalised spasms after an unknown powder or street drug',
    'Spasms after taking an unknown substance are an emergency',
  ),
  'RF-STIMULANT-RACING': r(
    'A racing heart with sweating, tremor, fever or faintness within a day of an unknown powder or street drug: stimulant toxicity (arrhythmia, hyperthermia, rhabdomyolysis to come); emergency assessment',
    'A racing heart with sweating or shaking after taking an unknown powder or a street drug needs the emergency department now. Call an ambulance if there is chest pain, fainting, confusion or a fit',
  ),
  'RF-NEW-TETANIC-SIGN': r(
    'New trismus, risus sardonicus or opisthotonus: rule out tetanus, strychnine or an acute dystonic reaction',
    'A locked jaw, a fixed grin or strong arching of the back with spasms needs a doctor soon',
  ),
  'RF-AWAKE-TETANIC-SPASMS': r(
    'Spasms with jaw clenching or arching set off by noise, touch or light (strychnine or tetanus pattern)',
    'Spasms of the jaw and back that noise or touch sets off are an emergency',
  ),
  'RF-ACUTE-GENERALIZED-TETANIC-SPASMS': r(
    'New generalised spasms with trismus or opisthotonus: airway at risk',
    'New spasms all over the body with jaw clenching or arching need care now',
  ),
  'RF-TETANUS': r(
    'Trismus or opisthotonus with a wound or injection: possible tetanus',
    'Jaw stiffness after a wound can be tetanus, which is an emergency',
  ),
  'RF-TETANUS-RISK': r(
    'Wound without up-to-date tetanus vaccination and widespread stiffness',
    'A wound without tetanus protection and spreading stiffness needs care now',
  ),
  'RF-TETANUS-PRONE-WOUND': r(
    'Skin-breaking wound in the past weeks, tetanus vaccination not up to date: tetanus vaccine today, and human tetanus immunoglobulin if the wound is high-risk',
    'A wound when your tetanus protection is not up to date should be seen by a doctor or nurse today',
  ),
  'RF-AIRWAY': r('Laryngospasm or breathing difficulty', 'Difficulty breathing is an emergency'),
  'RF-HYPOTHERMIA': r(
    'Body temperature below 35 °C: hypothermia (a long lie, cold exposure, drink, sepsis, hypothyroidism or adrenal failure); emergency assessment, rewarming, CK and glucose',
    'Your body temperature is too low: you need checking in hospital now. Keep warm with blankets while you wait, and do not stay alone',
  ),
  'RF-HYPOTHERMIA-SEVERE': r(
    'Body temperature below 32 °C: moderate to severe hypothermia, with a risk of arrhythmia and cardiac arrest; ambulance, handle gently, rewarm',
    'Your body temperature is dangerously low: call an ambulance now. Cover yourself with blankets and move as little as possible',
  ),
  'RF-HYPOXIA': r('Oxygen saturation below 92 %', 'Your oxygen level is low'),
  'RF-SHOCK': r('Systolic blood pressure below 90 mmHg', 'Your blood pressure is very low'),
  'RF-NON-MECHANICAL-SEVERE': r(
    'Sudden severe pain with no mechanical start (or a start that explains nothing), with sweating, or with abdominal pain or vomiting and not changed by movement: exclude a visceral or vascular cause (ureteric stone, pancreatitis, aortic aneurysm, torsion, cardiac)',
    'A sudden, severe pain that does not behave like a pulled muscle, with sweating, or with tummy pain or being sick, needs checking in hospital now',
  ),
  'RF-SCIATICA-WORSENING-UNEXAMINED': r(
    'Radicular leg pain getting worse, severe, with no examination of leg power yet: examine within 24 hours for a progressing root or cauda equina deficit',
    'Leg pain from a trapped nerve that is getting worse and is severe should be checked by a doctor within 24 hours, who will test the strength and feeling in your legs',
  ),
  'RF-PREGNANCY-INJURY-TODAY': r(
    'A fall or blow in pregnancy today: obstetric assessment now, with fetal monitoring for some hours once viable, even after minor trauma',
    'After a fall or a knock today while pregnant, you and your baby need checking now, even if you feel well: call your maternity unit or midwife now',
  ),
  'RF-PREGNANCY-INJURY': r(
    'A fall or blow in pregnancy within the last two days: same-day obstetric assessment with fetal monitoring, even after minor trauma',
    'After a fall or a knock while pregnant, you and your baby should be checked the same day, even if you feel well: call your maternity unit or midwife',
  ),
  'RF-PREGNANCY-INJURY-ABDOMINAL': r(
    'A fall or blow in pregnancy within the last two days, with abdominal pain or tightenings: emergency obstetric assessment now (placental abruption, preterm labour)',
    'A fall or a knock while pregnant, followed by tummy pain or tightenings, needs checking at your maternity unit now',
  ),
  'RF-NON-MECHANICAL-VISCERAL': r(
    'Sudden one-sided pain with no mechanical start, not changed by movement, with abdominal pain or vomiting: exclude a ureteric stone, kidney or gallbladder cause within 24 hours',
    'A sudden pain on one side that came on by itself, with tummy pain or being sick when moving does not change it, should be checked by a doctor within 24 hours',
  ),
  'RF-NON-MECHANICAL-NEW-THORACIC': r(
    'A new mid-back or chest-wall pain that nothing started and movement does not change: rule out the heart (pericarditis), the lungs (pleurisy, pulmonary embolism), the aorta and shingles before calling it muscular',
    'A new pain between the shoulder blades or round the chest that moving does not change should be checked by a doctor within 24 hours. Call an ambulance if you are short of breath, the pain is crushing or tearing, or you feel faint',
  ),
  'RF-NON-MECHANICAL-NEW-OVER-50': r(
    'New pain at 50 or over with no mechanical start, not changed by movement and not easing: exclude shingles (before or with its rash), a tumour, infection, a kidney or an aortic cause within 24 hours',
    'A new pain at your age that came on by itself, does not change when you move and is not getting better should be checked by a doctor within 24 hours',
  ),
  'RF-VASCULAR-SHOCK-SYMPTOMS': r(
    'New severe pain at 50 or over (sudden or over hours, whatever started it) with sweating and faintness on standing, or a pulse over 100 with a systolic under 100: possible leaking aortic aneurysm or other vascular cause in shock',
    'A new, severe pain with sweating and feeling faint or a racing pulse needs an ambulance now',
  ),
  'RF-NECK-INJURY-HIGH-RISK': r(
    'Neck injury at 65 or over, or with tenderness over the spine: the Canadian C-spine rule cannot clear it; image the cervical spine now',
    'A neck hurt in a fall or a knock needs checking in hospital now',
  ),
  'RF-NECK-INJURY-CORD-SYMPTOMS': r(
    'Neck injury with numbness, tingling or weakness in the limbs: possible cord injury, immobilise and transfer by ambulance',
    'Numbness, tingling or weakness after hurting your neck needs an ambulance: keep still and do not be driven in',
  ),
  'RF-COMA': r(
    'Glasgow Coma Scale of 12 or less',
    'Being hard to wake or not fully awake needs an ambulance now',
  ),
  'RF-PREGNANCY-PRE-ECLAMPSIA-SYMPTOMS': r(
    'Pregnant with headache and upper abdominal pain, or headache with vomiting not explained by diarrhoea or fever and no systolic under 140 measured: warning symptoms of pre-eclampsia; same-day hospital assessment with blood pressure and urine protein',
    'A headache with pain in the upper tummy, or with being sick, in pregnancy needs checking in hospital now',
  ),
  'RF-PREGNANCY-HYPERTENSION': r(
    'Pregnant with a systolic of 160 mmHg or more, or 140 or more with headache, upper abdominal pain or vomiting: possible pre-eclampsia, same-day hospital assessment',
    'A high blood pressure in pregnancy, with a headache, pain under the ribs or vomiting, needs to be checked in hospital now',
  ),
  'RF-SEVERE-BP-SYMPTOMS': r(
    'Systolic 180 mmHg or more with headache and vomiting, new confusion or breathlessness: possible hypertensive emergency (target-organ damage); same-day hospital assessment with fundi, ECG, creatinine and urine',
    'A very high blood pressure with a headache and being sick, confusion or trouble breathing needs checking in hospital now: go to an emergency department',
  ),
  'RF-SEVERE-BP-REVIEW': r(
    'Systolic 180 mmHg or more without same-day features: severe hypertension; assess for target-organ damage (fundi, ECG, urine, creatinine) within 24 hours',
    'A very high blood pressure reading needs a doctor to check it within 24 hours. Go to an emergency department now if you get a bad headache with being sick, confusion, chest pain or trouble breathing',
  ),
  'RF-CRUSH-DARK-URINE': r(
    'Major trauma with dark urine in the first days (crush injury): traumatic rhabdomyolysis with risk of hyperkalaemia, acute kidney injury and compartment syndrome; ambulance transfer',
    'Dark urine after being trapped or badly injured can mean damaged muscle is harming the kidneys: call an ambulance now',
  ),
  'RF-NECK-ARTERY-TEAR-SUSPECTED': r(
    'New one-sided neck pain with headache after neck trauma, twisting or exertion, not easing, not movement-related and without muscle tenderness, or sudden and 6/10 or more within a week with no tender muscle found: possible cervical artery dissection; same-day CT or MR angiography',
    'A new one-sided neck pain with a headache after a twist, a knock or a workout that is not easing needs checking in hospital today: go to an emergency department. Call an ambulance if you get weakness, numbness, trouble speaking or seeing',
  ),
  'RF-HYPOGLYCAEMIA-SUSPECTED': r(
    'On insulin with a new confusion and no glucose measured: treat as severe (level 3) hypoglycaemia until a capillary glucose says otherwise; ambulance',
    'Being confused while using injections to lower your blood sugar can mean your sugar is very low: call an ambulance now. If they can swallow safely, give a sugary drink while you wait',
  ),
  'RF-INSULIN-SWEATS-WEAK': r(
    'On insulin, drenching sweat with tremor and generalised weakness since today or yesterday, not easing (unresolved hypoglycaemia, or insulin-driven hypokalaemia): emergency department now; capillary glucose, potassium and ECG',
    'Heavy sweating, shaking and weakness all over, when you use injections or a pump to lower your blood sugar, can mean your sugar or your salts are too low: take something sugary now if you can swallow safely, and go to the emergency department now without driving yourself. Call an ambulance if you become drowsy or confused',
  ),
  'RF-THIAZIDE-HEADACHE-CRAMPS': r(
    'Cramps with a headache on a thiazide, not easing, sodium not measured (hyponatraemia until excluded; moderately severe symptoms): urea and electrolytes within 24 hours',
    'Cramps with a headache, when you take a water tablet for blood pressure, can mean the salt in your blood is low: you need a blood test within 24 hours, so contact your GP or urgent care today. Do not drink large amounts of plain water meanwhile. Go to the emergency department if you are sick, confused or very drowsy',
  ),
  'RF-SEPSIS-QSOFA': r(
    'Two or more quick SOFA signs (respiratory rate ≥ 22/min, systolic ≤ 100 mmHg, altered mentation): possible sepsis, with or without fever',
    'Your breathing, blood pressure or alertness show signs that your body may be fighting a serious infection: you need care now',
  ),
  'RF-VITALS-SEVERE': r(
    'Severely abnormal vital signs (respiratory rate ≥ 30, heart rate ≥ 140 or temperature ≥ 40 °C)',
    'Your heart rate, breathing or temperature is far from normal',
  ),
  'RF-CONFUSED-FAINT': r(
    'New confusion with faintness on standing: signs of a failing circulation (shock) before any pressure is measured',
    'Feeling muddled and faint when you stand can mean your body is not getting enough blood flow: call an ambulance now',
  ),
  'RF-SWEATING-FAINT': r(
    'Cold sweats with faintness on standing in a new illness, at 50+, with abdominal pain, vomiting or diarrhoea, or in pregnancy within two days of a fall or blow: symptoms of shock before any pressure is measured',
    'Cold sweats and feeling faint when you stand can mean your body is not getting enough blood flow: call an ambulance now',
  ),
  'RF-NECK-INJURY-ONE-SIDED-HEADACHE': r(
    'Sudden severe one-sided neck pain and headache getting worse within a week of a neck injury: possible cervical artery dissection; same-day imaging',
    'A sudden, severe pain on one side of the neck with a headache that is getting worse after an injury to the neck needs to be checked in hospital today',
  ),
  'RF-MAJOR-TRAUMA-OLDER-SPINE': r(
    'Major injury today or yesterday at 65 or over, or with osteoporosis or long-term steroids, with spinal pain, not yet imaged and spine not found untender: spinal immobilisation, ambulance for imaging',
    'After a serious fall or accident, a painful back or neck at your age, or with thin bones, needs checking in hospital: call an ambulance now and keep still while you wait',
  ),
  'RF-INFANT-INJURY-SPINE': r(
    'Infant under one, or under two with pain not easing, with spinal pain after a fall or knock within the week: emergency department assessment today for a fracture and for whether the explanation fits the injury (NICE CG89)',
    'A baby or young toddler whose back or neck hurts after a fall or a knock needs checking today: take your child to an emergency department now',
  ),
  'RF-MAJOR-TRAUMA-CONFUSED': r(
    'Major injury (or any fall or knock under two) in the last day or two with confusion or drowsiness: head injury with a change of consciousness (urgent CT head) or shock; ambulance',
    'After a serious accident, confusion or drowsiness is an emergency: call an ambulance now and keep still',
  ),
  'RF-SUDDEN-HEADACHE-STIFF-NECK': r(
    "Headache with neck stiffness after a sudden start within the past week, during exertion or with no trigger (the onset recorded is the pain's): possible subarachnoid haemorrhage (a warning bleed); emergency assessment (CT, then lumbar puncture or CT angiography)",
    'A headache with a stiff neck that began suddenly in the past week, during an effort or for no reason, needs checking in hospital now, even if you think you pulled a muscle',
  ),
  'RF-SUDDEN-HEADACHE-AT-REST': r(
    'Sudden-onset pain (the onset recorded is the pain’s) with a headache in the past week, not changed by movement: exclude subarachnoid haemorrhage and cervical artery dissection today',
    'A headache with a pain that came on all at once in the last week, and that moving does not change, needs to be checked in hospital today',
  ),
  'RF-BRADYCARDIA-ADVERSE': r(
    'Heart rate ≤ 50/min with a life-threatening feature (near-fainting at 65+ or with a rate ≤ 40, altered mentation, breathlessness or systolic < 90 mmHg): unstable bradycardia',
    'A very slow pulse while you feel faint, drowsy or short of breath needs an ambulance now',
  ),
  'RF-BELLY-VOMITING-RACING': r(
    'Abdominal pain with vomiting, not settling, and a heart rate fast for age, without diarrhoea: possible acute abdomen (torsion, strangulated hernia, obstruction, bleed); emergency surgical assessment',
    'Belly pain with vomiting and a fast pulse needs checking today: go to an emergency department now',
  ),
  'RF-BELLY-SEVERE-RACING': r(
    'Abdominal pain with a severe pain getting worse since it began within the week, and a heart rate fast for age, without diarrhoea: possible acute abdomen or retroperitoneal bleed (psoas haematoma, appendicitis, pancreatitis); emergency surgical assessment',
    'Belly pain with a severe pain that keeps getting worse and a fast pulse needs checking today: go to an emergency department now',
  ),
  'RF-BRADYCARDIA-ASYSTOLE-RISK': r(
    'Heart rate ≤ 40/min with an arrhythmia found (heart block, slow irregular rhythm): possible risk of asystole; monitored transfer for pacing',
    'A very slow pulse with an irregular heartbeat needs an ambulance now',
  ),
  'RF-HYPOGLYCAEMIA-CONFUSED': r(
    'Blood glucose below 3.9 mmol/L (70 mg/dL) with altered mentation: treat as severe (level 3) hypoglycaemia',
    'A low blood sugar while you are muddled or drowsy needs an ambulance now',
  ),
  'RF-HYPOK-SEVERE': r(
    'Potassium below 2.5 mmol/L',
    'A very low blood potassium level needs treatment now',
  ),
  'RF-HYPOK-SYMPTOMATIC': r(
    'Low potassium with weakness or ECG changes',
    'Low potassium with weakness or heart rhythm changes needs treatment now',
  ),
  'RF-HYPOK': r('Low potassium', 'Your blood potassium is low and a doctor should review it soon'),
  'RF-HYPERK-DANGEROUS': r(
    'Potassium 6.5 mmol/L or more',
    'A very high blood potassium level needs treatment now',
  ),
  'RF-HYPERK-SYMPTOMATIC': r(
    'Potassium 6.0 mmol/L or more with weakness or palpitations: symptomatic hyperkalaemia, treated under a monitor; emergency assessment',
    'A high blood potassium with weakness or a fluttering heart needs treatment today: go to the emergency department now',
  ),
  'RF-HYPERK': r(
    'Potassium 6.0 mmol/L or more',
    'Your blood potassium is high and a doctor should review it soon',
  ),
  'RF-HYPONA-SEVERE': r(
    'Sodium below 125 mmol/L',
    'A very low blood sodium level needs treatment now',
  ),
  'RF-HYPERGLYCAEMIA-SEVERE': r(
    'Blood glucose 33.3 mmol/L (600 mg/dL) or more: hyperosmolar hyperglycaemic state to exclude, emergency care',
    'A very high blood sugar level needs treatment now',
  ),
  'RF-HYPERCA-SEVERE': r(
    'Adjusted calcium 3.5 mmol/L or more (severe hypercalcaemia): emergency admission; look for a tumour in bone',
    'A very high blood calcium level needs treatment now',
  ),
  'RF-HYPERCA-KIDNEYS': r(
    'Calcium 3.0 mmol/L or more with a raised creatinine or an eGFR in the kidney-failure range: hypercalcaemia with kidney injury (myeloma, bone metastases); same-day hospital rehydration and work-up',
    'A high blood calcium with your kidneys not working well needs treatment in hospital today: go to the emergency department now',
  ),
  'RF-HYPERCA-MODERATE': r(
    'Adjusted calcium 3.0 mmol/L or more (moderate hypercalcaemia): same-day assessment; with back pain, a tumour in bone is to be excluded',
    'Your blood calcium is high: a doctor should see you within 24 hours',
  ),
  'RF-HYPOCA-CRITICAL': r(
    'Critically low calcium',
    'A very low blood calcium level needs treatment now',
  ),
  'RF-HYPOCA-TETANY': r(
    'Tetany (carpopedal spasm, Trousseau sign, or Chvostek sign with perioral tingling): symptomatic hypocalcaemia',
    'Spasms of the hands and tingling around the mouth can mean low calcium, which needs treatment now',
  ),
  'RF-HYPOCA-LONG-QT': r(
    'Low calcium with a long QT interval',
    'Low calcium affecting the heart rhythm needs treatment now',
  ),
  'RF-HYPOCA-AIRWAY-SEIZURE': r(
    'Low calcium or tetany with laryngospasm or seizures',
    'Low calcium with breathing trouble or fits is an emergency',
  ),
  'RF-HYPOCA': r('Low calcium', 'Your blood calcium is low and a doctor should review it soon'),
  'RF-HYPOCA-SEVERE-IRRITABLE': r(
    'Adjusted calcium below 1.9 mmol/L with a Chvostek sign: severe symptomatic hypocalcaemia, intravenous calcium with ECG monitoring',
    'A very low calcium with twitching of the face needs treatment in hospital now',
  ),
  'RF-HYPOCA-IRRITABILITY': r(
    'Chvostek sign with perioral tingling: neuromuscular irritability short of tetany; calcium and magnesium today',
    'Tingling round the mouth with twitching of the face needs a blood test today',
  ),
  'RF-HYPOCA-SYMPTOMS-WORSENING': r(
    'Worsening perioral tingling with cramps and no calcium result: check calcium (and magnesium) today',
    'Tingling round the mouth with cramps that are getting worse needs a blood test today',
  ),
  'RF-HYPOMG-SEVERE': r(
    'Low magnesium with tetany, seizures, arrhythmia or a long QT, or below 0.4 mmol/L with a Chvostek sign',
    'Low magnesium with spasms, fits or heart rhythm changes needs treatment now',
  ),
  'RF-DIALYSIS-WEAKNESS': r(
    'New limb weakness on dialysis with no potassium result: treat as hyperkalaemia until shown otherwise (ECG, potassium now)',
    'New weakness of your arms or legs while on dialysis needs urgent care now',
  ),
  'RF-DIURETIC-GUT-LOSSES': r(
    'Vomiting or diarrhoea on a thiazide or loop diuretic with no potassium result: check potassium and magnesium today and review the diuretic',
    'Being sick or having diarrhoea while taking a water tablet needs a blood test today',
  ),
  'RF-PREGNANCY-PAIN-SHOCK-SIGNS': r(
    'Abdominal pain in pregnancy with sweating and faintness on standing: possible placental abruption or ectopic pregnancy with shock; call an ambulance',
    'Tummy pain while pregnant with sweating and feeling faint when you stand needs an ambulance now',
  ),
  'RF-PREGNANCY-ABDOMINAL-PAIN': r(
    'New back pain with abdominal pain or tightenings in pregnancy, not easing: possible preterm labour, placental abruption or, early on, an ectopic pregnancy; same-day maternity or emergency assessment',
    'A new back pain with tummy pain or tightenings while pregnant needs to be checked by the maternity unit or the emergency department today',
  ),
  'RF-SALT-LOSSES-WEAK-HEART': r(
    'Weakness all over and palpitations with vomiting or diarrhoea on a diuretic, a laxative or purging, and no potassium result: possible severe hypokalaemia or hypomagnesaemia with weakness and an arrhythmia; emergency assessment with an ECG and electrolytes',
    'Weakness all over and a racing or jumping heart while being sick or having diarrhoea, on a water tablet or medicines that loosen the bowels, need emergency care now',
  ),
  'RF-PREGNANCY-VOMITING-CRAMPS': r(
    'Cramps with vomiting in pregnancy and no potassium result: possible hyperemesis with an electrolyte disturbance; urea and electrolytes today',
    'Cramps while being sick in pregnancy need a blood test today',
  ),
  'RF-HYPOMG-SUSPECTED': r(
    'New tremor or twitching with a cause of magnesium loss and no magnesium result: check magnesium (and potassium, calcium) today',
    'A new tremor or twitching with one of your medicines or conditions needs a blood test today',
  ),
  'RF-HYPOMG': r('Low magnesium', 'Your blood magnesium is low and a doctor should review it soon'),
  'RF-LONG-QT-SALT-UNMEASURED': r(
    'Long QT on the ECG with twitching, tremor, tingling round the mouth or a Chvostek or Trousseau sign, a risk of losing salts, and magnesium, calcium and potassium not all measured normal: possible hypomagnesaemia or hypocalcaemia with a risk of torsades; emergency assessment (salts now, monitoring, intravenous replacement)',
    'Your heart tracing shows a change that low body salts can cause, with twitching or tingling: go to an emergency department now, without waiting for the blood results',
  ),
  'RF-ARRHYTHMIA': r('Arrhythmia or ECG changes', 'Heart rhythm changes should be checked soon'),
  'RF-ADRENAL-CRISIS': r(
    'Suspected adrenal insufficiency with vomiting, shock or confusion: adrenal crisis; treat without waiting for results',
    'Your symptoms could be a serious hormone emergency',
  ),
  'RF-STEROID-SICK-DAY': r(
    'Vomiting on long-term corticosteroids: risk of adrenal crisis (steroid sick-day rule)',
    'Being sick while you take steroid tablets every day can make your body short of steroid: this needs emergency care now',
  ),
  'RF-ADRENAL-LOW-PRESSURE': r(
    'Suspected adrenal insufficiency with a systolic pressure under 95 mmHg, or under 100 mmHg with a pulse of 100 or more: same-day emergency assessment (electrolytes, glucose, cortisol with ACTH drawn first); parenteral hydrocortisone and fluids without waiting for results if the pressure stays low or falls',
    'Your symptoms could come from a hormone problem, and your blood pressure is low: this needs checking in hospital today, so go to the emergency department now and do not drive yourself. Call an ambulance if you are sick, faint again or become confused',
  ),
  'RF-STEROID-DIZZY-WEAK': r(
    'Long-term corticosteroid (or steroid replacement) with dizziness on standing and weakness or exhaustion: possible adrenal insufficiency from a missed dose, a fast taper or a sudden stop; review within 24 hours with cortisol, electrolytes and glucose, and steroid sick-day advice',
    'Feeling dizzy when you stand and weak or worn out while on steroid tablets, or after stopping them, can mean your body is short of steroid: a doctor needs to see you within 24 hours, so contact your GP or out-of-hours service today. If you still take steroid tablets, do not stop them suddenly; if you have stopped them, run out or missed doses, tell the doctor. Call an ambulance if you start vomiting, faint or become confused',
  ),
  'RF-ADRENAL-SUSPECTED': r(
    'Suspected adrenal insufficiency (Addison disease)',
    'Your symptoms could come from a hormone problem that needs a doctor soon',
  ),
  'RF-ENCEPHALITIS': r(
    'Altered mental state with fever, seizures, focal signs or CSF pleocytosis: possible encephalitis',
    'Confusion with fever or fits is an emergency',
  ),
  'RF-ALTERED-MENTAL-STATUS': r('Altered mental status', 'Confusion or drowsiness needs care now'),
  'RF-CONFUSED-HEADACHE-VOMITING': r(
    'Altered mental status with headache and vomiting: possible raised intracranial pressure or CNS infection',
    'Confusion with a headache and being sick needs an ambulance now',
  ),
  'RF-SEIZURE': r('New seizures', 'A new fit needs care now'),
  'RF-MENINGISM': r('Fever with neck stiffness', 'Fever with a stiff neck needs care now'),
  'RF-MENINGITIS-SUSPECTED': r(
    'Fever, headache, neck stiffness and vomiting: suspected bacterial meningitis',
    'A fever with a bad headache, a stiff neck and being sick needs an ambulance now',
  ),
  'RF-THUNDERCLAP-HEADACHE': r(
    'Sudden headache with neck stiffness, vomiting, a seizure or altered consciousness: possible intracranial bleed (subarachnoid haemorrhage; after a head knock, a traumatic bleed)',
    'A sudden bad headache with a stiff neck, sickness or confusion needs an ambulance now',
  ),
  'RF-HEAD-INJURY-VOMITING': r(
    'Vomiting after a fall or a knock, with a headache (or at 65 or over or under 5): possible head injury; emergency department assessment (CT head within the hour for more than one vomit in an adult)',
    'Being sick after a fall or a knock needs care now',
  ),
  'RF-HEADACHE-MENINGISM': r(
    'Headache with neck stiffness and vomiting: possible subarachnoid haemorrhage or meningitis, with or without fever',
    'A headache with a stiff neck and being sick needs care now',
  ),
  'RF-SUDDEN-UPPER-BACK-SWEATING': r(
    'Sudden severe upper or middle back pain today with marked sweating, not mechanical: possible heart attack or aortic dissection',
    'A sudden severe pain in the upper or middle back with heavy sweating needs an ambulance now',
  ),
  'RF-SUDDEN-PAIN-SWEAT-RACING': r(
    'Sudden severe upper or middle back or neck pain today at 50 or over with marked sweating and a systolic of 180 or more or a pulse over 100, even after a lift: possible heart attack or aortic dissection',
    'A sudden severe pain in the upper or middle back or the neck with heavy sweating and a racing pulse or a very high blood pressure needs care now',
  ),
  'RF-SENTINEL-HEADACHE': r(
    'Headache with a sudden start in the past week, after exertion or nothing: possible warning bleed (subarachnoid haemorrhage), assess today',
    'A headache that came on suddenly in the last week needs care now',
  ),
  'RF-NEW-FOCAL-DEFICIT': r(
    'New focal neurological deficit',
    'New weakness or numbness of part of the body needs care now',
  ),
  'RF-SUDDEN-FOCAL-DEFICIT': r(
    'Sudden focal neurological deficit, slurred speech, or slurred speech with an unsteady walk: possible acute stroke',
    'Sudden weakness of one side, slurred speech or a sudden unsteady walk can be a stroke',
  ),
  'RF-AUTONOMIC-DYSREFLEXIA': r(
    'Autonomic dysreflexia symptoms in spinal cord injury: sit upright, loosen clothing, empty the bladder and treat a blood pressure that stays high',
    'A pounding headache, flushing or sweating with a spinal cord injury is an emergency: sit upright, loosen tight clothing and empty the bladder while you get help',
  ),
  'RF-UMN-SPASM-RISE': r(
    'Recent rise in spasms in an established upper-motor-neuron condition: look within 24 hours for a noxious trigger below the lesion (urinary infection or retention, pressure injury, constipation, ingrown toenail, fracture, deep vein thrombosis, tight clothing, a new drug) and for progression',
    'When spasms increase in a long-standing condition of the brain or spinal cord, something that hurts or irritates the body is often behind it, such as a bladder infection, a pressure sore, constipation, an ingrown toenail or a hidden injury: a doctor should look for it within 24 hours',
  ),
  'RF-BACLOFEN-WITHDRAWAL': r(
    'On baclofen with fever or confusion and rigidity: possible baclofen withdrawal',
    'Fever, confusion and stiffness while on a spasm medicine is an emergency',
  ),
  'RF-SEDATIVE-WITHDRAWAL-SIGNS': r(
    'On a benzodiazepine with a new tremor and heavy sweating: possible withdrawal from a dose cut or stopped too fast (seizure risk); review the dose and taper within 24 hours',
    'New shaking with heavy sweating while taking a calming or sleeping medicine, or cutting it down, should be checked by a doctor within a day. Do not stop the medicine suddenly',
  ),
  'RF-CLOT-RISK-CRAMP': r(
    'A one-sided cramp come on within days and getting worse, in pregnancy, after a birth or on an oral contraceptive (the clot risk is the combined pill’s; a progestogen-only pill adds little or none): a deep vein thrombosis until examined (if likely, a leg vein ultrasound within 4 hours, or interim anticoagulation and a scan within 24 hours; the Wells score only outside pregnancy)',
    'A cramp on one side that started in the last few days and keeps getting worse, while pregnant, after having a baby or while taking a contraceptive pill, can be a blood clot in the leg: a doctor needs to see you within 24 hours, today if you can. Call an ambulance if you become short of breath, have chest pain or cough up blood',
  ),
  'RF-OVERACTIVE-STATE-NEW': r(
    'A tremor with drenching sweats and a racing heart (told within days of a pain not easing, or a pulse fast for the age): an overactive state such as withdrawal from a medicine, alcohol or a drug stopped suddenly, a low blood sugar (check the glucose), an overactive thyroid or a medicine reaction; assess within 24 hours',
    'Shaking with heavy sweating and a racing or pounding heart should be checked by a doctor within a day. If you use injections or tablets that lower your blood sugar, take something sugary now. If you have recently stopped or cut down a medicine, your drinking or another substance, tell the doctor, and do not stop any medicine suddenly. Call an ambulance if you have a fit, become confused or see or hear things that are not there',
  ),
  'RF-SEDATIVE-WITHDRAWAL-SEVERE': r(
    'On a benzodiazepine with a seizure, or a tremor or sweating with confusion, hallucinations, fever or a pulse of 110 or more: possible severe benzodiazepine withdrawal',
    'A fit, or shaking and sweating with confusion, seeing or hearing things, a fever or a racing heart, while taking a calming or sleeping medicine or cutting it down, needs care now',
  ),
  'RF-ACUTE-CORD-FAILURE': r(
    'Both legs newly weak with a sensory level or urinary retention, come on suddenly since yesterday or over hours today: acute cord or cauda equina failure; ambulance',
    'Both legs suddenly weak with numbness up the body or being unable to pass urine needs an ambulance now: lie flat and do not try to walk',
  ),
  'RF-ALCOHOL-WITHDRAWAL': r(
    'Alcohol use disorder with tremor and heavy sweating or a pulse over 100, with vomiting, a fast pulse, a change in the mind, or palpitations begun within the week: acute alcohol withdrawal; assess for admission (seizure and delirium risk)',
    'Shaking and heavy sweating with a racing heart or being sick, in someone who drinks heavily, can be a withdrawal from drink and needs medical help now: do not drive yourself, and do not stay alone',
  ),
  'RF-BOTULINUM-SPREAD': r(
    'Trouble swallowing or breathing, a generalised weakness, or a slurred speech (unless an imaged NBIA explains a long-standing one) after botulinum toxin: possible distant spread',
    'Trouble swallowing or breathing, weakness all over, or speech newly slurred after a muscle injection is an emergency',
  ),
  'RF-NMS': r(
    'Dopamine antagonist with rigidity and fever, confusion or sweating: possible neuroleptic malignant syndrome',
    'Stiffness with fever or confusion after starting a new medicine is an emergency',
  ),
  'RF-NMS-REPORTED': r(
    'Stiffness of trunk and limbs on a dopamine antagonist with sweating, fever or confusion: suspected neuroleptic malignant syndrome; emergency assessment (temperature, CK, rigidity)',
    'Stiffness spreading through the body on a medicine for mental health or sickness, with sweating, a fever or confusion, needs hospital care now',
  ),
  'RF-NMS-AUTONOMIC': r(
    'Stiffness of the trunk, or rigidity, on a dopamine antagonist, not long-standing, with two autonomic signs (a heart rate fast for age or palpitations, a fast breathing rate, systolic of 160 or more, temperature of 37.5 °C or more, heavy sweating, a leak of urine): possible early neuroleptic malignant syndrome before rigidity or fever; emergency assessment (temperature, CK, rigidity)',
    'Stiffness through the back or body on a medicine for mental health or sickness, with signs such as a racing heart, heavy sweating or a leak of urine, needs hospital care now',
  ),
  'RF-NMS-FULL': r(
    'Dopamine antagonist with rigidity, fever and confusion: neuroleptic malignant syndrome',
    'Stiffness with fever and confusion after a new medicine is an emergency',
  ),
  'RF-PREGNANCY-CORD-INJURY-SPASM-RISE': r(
    'Spasms rising within the week, not easing, in a pregnancy with a spinal cord injury: possible labour, which may show only as spasms or unplaced tightenings, and a trigger of autonomic dysreflexia; same-day obstetric or emergency assessment',
    'Spasms getting worse this week while pregnant, with a spinal cord injury, need checking by the maternity unit or the emergency department now, as labour can show itself this way',
  ),
  'RF-RIGID-AUTONOMIC': r(
    'Acute worsening generalized rigidity, myoclonus or clonus with tachycardia or palpitations and sweating, fever, diarrhoea or dysphagia: possible neuroleptic malignant syndrome, serotonin toxicity, a withdrawal or a poisoning, whatever the recorded medicines; emergency assessment',
    'Stiffness or jerking of the whole body getting worse, with a racing heart and sweating, a fever, diarrhoea or trouble swallowing, needs emergency care now',
  ),
  'RF-SEROTONIN-TOXICITY': r(
    'Serotonergic drug with clonus or hyperreflexia and autonomic or mental change: possible serotonin toxicity',
    'Jerking, shaking and sweating after a medicine change needs care now',
  ),
  'RF-SEROTONIN-SEVERE': r(
    'Severe serotonin toxicity (fever with rigidity or confusion)',
    'Fever with stiffness or confusion after a medicine change is an emergency',
  ),
  'RF-ACUTE-DYSTONIA': r(
    'Acute dystonia on a dopamine antagonist',
    'Sudden twisting spasms after a new medicine need care now',
  ),
  'RF-DANTROLENE-LIVER': r(
    'On dantrolene with jaundice, dark urine or raised ALT: possible hepatotoxicity; stop and review',
    'Yellow skin or dark urine while on a spasm medicine needs a doctor within a day',
  ),
  'RF-RHABDOMYOLYSIS-CK': r(
    'Creatine kinase 1000 U/L or more: possible rhabdomyolysis',
    'A blood test shows muscle breakdown that needs treatment now',
  ),
  'RF-EXERTIONAL-CK-RECHECK': r(
    'Creatine kinase raised after hard exercise, below 10,000 U/L, urine clear, kidneys, potassium and strength normal, pain not yet easing: repeat CK and kidney tests within 24 hours; emergency if the urine darkens or output falls',
    'A blood test shows muscle damage from exercise: see a doctor within a day to repeat it, and drink water meanwhile. Go to hospital now if your urine turns dark or you pass little',
  ),
  'RF-RHABDOMYOLYSIS-URINE': r(
    'Dark urine with muscle symptoms: possible rhabdomyolysis',
    'Dark urine with muscle pain can mean muscle breakdown, which needs treatment now',
  ),
  'RF-SEROTONIN-MILD-SUSPECTED': r(
    'New tremor or twitching with sweating or diarrhoea on a serotonergic drug: possible mild serotonin toxicity; review the drug within 24 h',
    'A new shake or twitching with sweating or loose stools, while taking a medicine for mood, pain or migraine, should be checked by a doctor within 24 hours',
  ),
  'RF-QUINOLONE-TENDON': r(
    'New muscle or tendon pain on a fluoroquinolone at 60 or over or on corticosteroids: possible tendinopathy; stop the antibiotic, review within 24 h',
    'A new muscle or heel pain since starting a medicine for an infection should be checked by a doctor within 24 hours: ask whether to keep taking it',
  ),
  'RF-NECK-INJURY-MAJOR': r(
    'Neck pain after high-energy trauma in the last 48 h, not yet imaged: spinal immobilisation and ambulance transfer',
    'Neck pain after a serious accident needs an ambulance now: keep the neck still and do not move the person unless in danger',
  ),
  'RF-HYPONA-MODERATE': r(
    'Sodium 125–129 mmol/L (moderate hyponatraemia): find the cause (thiazide, adrenal insufficiency) and repeat within 24 h',
    'Your blood salt (sodium) is low: a doctor should see you and repeat the test within 24 hours',
  ),
  'RF-DARK-URINE-CONFUSED': r(
    'Dark urine with altered mental status: rhabdomyolysis with kidney injury, hyperkalaemia, hypothermia, heat stroke or sepsis',
    'Dark urine with confusion or drowsiness needs an ambulance now',
  ),
  'RF-HEAT-ILLNESS': r(
    'Exertion in heat with confusion or temperature ≥ 40 °C: possible heat stroke',
    'Confusion or a very high temperature after exertion in the heat is an emergency',
  ),
  'RF-ELECTROLYTE-SUSPECTED': r(
    'Cramps with a risk factor for low potassium, magnesium or calcium and a warning symptom, no result yet: potassium, magnesium and calcium with albumin within 24 hours',
    'Your cramps, your medicines or stomach upset and your other symptoms could mean low salts in the blood: a blood test within 24 hours',
  ),
  'RF-PALPITATIONS-DIZZY-OLDER': r(
    'Palpitations with dizziness on standing at 60 or over, pulse not yet taken: a new arrhythmia (atrial fibrillation) with a falling pressure until examined; emergency assessment with pulse, lying and standing blood pressure and a 12-lead ECG',
    'A racing or fluttering heart with dizziness when you stand up needs checking now: go to the emergency department today, and do not drive yourself. Call an ambulance if you faint, have chest pain or feel very short of breath',
  ),
  'RF-TINGLING-CRAMPS-UNMEASURED': r(
    'Tingling round the mouth with cramps, not easing, calcium and magnesium not both measured normal (symptoms of hypocalcaemia or hypomagnesaemia with no known cause yet): calcium with albumin, magnesium, potassium, phosphate, PTH and vitamin D within 24 hours',
    'Tingling around your mouth together with cramps can mean the calcium or magnesium in your blood is low: you need a blood test within 24 hours, so contact your GP or urgent care today. Call an ambulance if your hands or feet lock into spasm, your throat feels tight or you have a fit',
  ),
  'RF-DIALYSIS-NEW-CRAMPS': r(
    'New cramps on dialysis with no blood result: check potassium within 24 hours',
    'New cramps while you are on dialysis can come from a change in the salts of the blood: contact your dialysis unit or a doctor within 24 hours',
  ),
  'RF-ELECTROLYTE-SEVERE': r(
    'Risk factor for an electrolyte disturbance with tetany, laryngospasm, seizures, weak legs or an irregular heartbeat, no result yet',
    'Cramps with hand spasms, fits, breathing trouble, weak legs or an irregular heartbeat could mean a dangerous salt imbalance in the blood: get care now',
  ),
  'RF-KIDNEY-FAILURE-NEW': r(
    'GFR in the kidney-failure category (G5) with no kidney disease on record: acute or chronic, and nephrology, within 24 hours',
    'A blood test shows your kidneys are working much less than they should: a doctor needs to see you within 24 hours',
  ),
  'RF-LIVER-FAILURE': r(
    'Jaundice with confusion: possible acute liver failure',
    'Yellow skin with confusion needs care now',
  ),
  'RF-JAUNDICE': r('New jaundice', 'Yellow skin or eyes should be checked within a day'),
  'CX-STRYCHNINE': r(
    'The picture as a whole points to strychnine poisoning',
    'Your symptoms together look like a poisoning, which is an emergency',
  ),
  'CX-TETANUS': r(
    'The picture as a whole points to tetanus',
    'Your symptoms together look like tetanus, which is an emergency',
  ),
  'CX-CAUDA-EQUINA': r(
    'The picture as a whole points to cauda equina syndrome',
    'Your symptoms together suggest pressure on the nerves at the bottom of the spine',
  ),
  'CX-ENCEPHALITIS': r(
    'The picture as a whole points to encephalitis',
    'Your symptoms together suggest an inflammation of the brain, which needs care now',
  ),
  'CX-RHABDOMYOLYSIS': r(
    'The picture as a whole points to rhabdomyolysis',
    'Your symptoms together suggest muscle breakdown, which needs treatment now',
  ),
  'CX-NMS': r(
    'The picture as a whole points to neuroleptic malignant syndrome',
    'Your symptoms together suggest a serious reaction to a medicine',
  ),
  'CX-SEROTONIN': r(
    'The picture as a whole points to serotonin toxicity',
    'Your symptoms together suggest a serious reaction to a medicine',
  ),
  'CX-ACUTE-DYSTONIA': r(
    'The picture as a whole points to an acute dystonic reaction',
    'Your symptoms together suggest a reaction to a medicine that needs treatment now',
  ),
  'CX-SPINAL-INFECTION': r(
    'The picture as a whole points to a spinal infection',
    'Your symptoms together could mean an infection near the spine',
  ),
  'CX-TUMOUR': r(
    'The picture as a whole points to a spinal or intracranial mass',
    'Your symptoms need a doctor to look for a serious cause soon',
  ),
  'CX-FRACTURE': r(
    'The picture as a whole points to a vertebral fracture',
    'Your symptoms could mean a broken bone in the spine',
  ),
  'CX-ADRENAL': r(
    'The picture as a whole points to adrenal insufficiency',
    'Your symptoms could come from a hormone problem that needs a doctor soon',
  ),
  'CX-HYPOCALCAEMIA': r(
    'The picture as a whole points to hypocalcaemia',
    'Your symptoms could come from low calcium, which a doctor should check soon',
  ),
  'BASE-CHILD-SEEN': r(
    'Under 16: self-care guidance for back pain covers adults only, and a spinal tumour can start with paraspinal spasm in a child',
    'Back spasms in a child or young teenager should be checked by a doctor; the self-care advice here is for adults',
  ),
  'BASE-ELECTROLYTE-RISK': r(
    'Spasm with a risk factor for low potassium, magnesium or calcium and no result yet: check them',
    'Your medicines, stomach upset or another condition can lower the salts in the blood, so a doctor should check them with a blood test',
  ),
  'BASE-SEDATIVE-REVIEW': r(
    'Medicines that slow breathing taken together or with a breathing risk (gabapentin with an opioid, a sedative, COPD, sleep apnoea or age 65+; a benzodiazepine with an opioid, COPD or sleep apnoea): review them',
    'Some of your medicines can make you drowsy and slow your breathing, more so together or with a lung condition: a doctor should review them. Get help at once if you become very sleepy or your breathing slows',
  ),
  'BASE-RELAXANT-DIZZINESS': r(
    'Dizzy on standing while taking tizanidine, clonidine, baclofen, a benzodiazepine, a beta-blocker or another antihypertensive (low blood pressure, sedation, falls): review the dose and the other medicines',
    'Feeling dizzy when you stand up can come from one of your medicines: a doctor should review them. Stand up slowly, and do not stop a medicine on your own',
  ),
  'BASE-PREGNANCY-PAIN-REVIEW': r(
    'Pain in pregnancy not easing after three weeks or more: assess (pelvic girdle pain, pregnancy back pain) and consider referral to physiotherapy',
    'A pain in pregnancy that has not eased after three weeks should be looked at by your midwife or doctor, who can refer you for physiotherapy',
  ),
  'BASE-HIGH-CALCIUM-REVIEW': r(
    'Adjusted calcium above the range and below 3.0 mmol/L: mild hypercalcaemia, its cause investigated in primary care',
    'Your blood calcium is a little high: your doctor will look for the reason, it is not urgent',
  ),
  'BASE-LOW-POTASSIUM-MILD': r(
    'Potassium mildly low (3.0–3.4 mmol/L) with no palpitations, tingling, weakness or ongoing losses: review its cause (diuretic, laxative) and recheck potassium with magnesium',
    'Your potassium is a little low: a doctor should look at why and repeat the blood test',
  ),
  'BASE-CK-RECHECK': r(
    'CK very high after hard exercise, already improving, no dark urine, weakness or kidney sign: recheck CK and creatinine in a few days, fluids meanwhile; sooner if the urine darkens',
    'Your blood test shows a lot of muscle enzyme, which can happen after hard exercise: a doctor should repeat the test in the next days. Drink plenty meanwhile, and get help at once if your urine turns dark or you feel weak',
  ),
  'BASE-DARK-URINE-REVIEW': r(
    'Dark urine with the CK under five times the upper limit (700 U/L) a day or more after the start, the kidneys and vital signs normal: muscle breakdown unlikely; dipstick and microscopy for blood, bilirubin and concentration, review of medicines and food; recheck if the urine stays dark',
    'Your blood test does not show muscle damage, but dark urine still needs a doctor to find its cause: drink normally, and get help at once if you feel weak or confused, or your urine turns darker with aching muscles',
  ),
  'BASE-HIGH-BP-REVIEW': r(
    'Systolic blood pressure 160 mmHg or more (stage 2 hypertension) with no red flag: review the pressure and its treatment',
    'Your blood pressure reading is high: a doctor should check it and your treatment',
  ),
  'BASE-DIZZY-STANDING-CIRCULATION': r(
    'Dizziness on standing with a pulse of 100 or more or a systolic under 100: fluid or blood loss until shown otherwise; lying and standing pressure, urea, creatinine and electrolytes, and a review of medicines',
    'Feeling dizzy when you stand up, with a fast pulse or a low blood pressure, should be checked by a doctor: drink fluids, sit or lie down when dizzy, and call an ambulance if you faint or feel confused',
  ),
  'BASE-PALPITATIONS-REVIEW': r(
    'Palpitations beside the spasm, the pulse not found regular and 50–99/min at a visit: history, pulse, 12-lead ECG, and potassium, magnesium, calcium and thyroid function where the history suggests them (caffeine, stimulants, diuretics)',
    'A racing or fluttering heart should be checked by a doctor, who may record a heart tracing: call an ambulance if you faint or nearly faint, have chest pain or feel very short of breath',
  ),
  'BASE-HEADACHE-VOMITING': r(
    'Headache with vomiting and no red flag: evaluate the headache (new headache with vomiting without another obvious cause)',
    'A headache with being sick should be checked by a doctor',
  ),
  'BASE-SELF-CARE-MECHANICAL': r(
    'Uncomplicated mechanical spasm without red flags',
    'This looks like a strained or overworked back muscle with no warning signs',
  ),
  'BASE-CONSULTATION': r(
    'Spasm is a symptom: the cause needs a clinical evaluation',
    'A spasm is a sign of an underlying cause, so a doctor should look for it',
  ),
};

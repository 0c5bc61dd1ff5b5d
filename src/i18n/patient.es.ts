/**
 * @module El paciente en español: niveles de triaje, razones en palabras sencillas (nunca un medicamento ni una
 * dosis), el plan de autocuidado y el aviso. Los mensajes de error de entrada siguen en inglés (issues.en.ts).
 */
import type { TriageLevel } from '../domain/shared/index.js';
import type { SelfCareCaution, SelfCareItem, SelfCareMode } from '../domain/treatment/index.js';
import type { TriageRuleId } from '../domain/triage/index.js';
import { issueText } from './issues.en.js';
import type { PatientMessages } from './messages.js';
import { pluralRange, type PluralForms } from './plural.js';

export const LEVEL_NAMES_ES: Readonly<Record<TriageLevel, string>> = {
  self_care: 'Probablemente basta con cuidarse en casa',
  consultation: 'Vaya al médico (no es urgente)',
  consultation_24: 'Vaya al médico en menos de 24 horas',
  emergency: 'Vaya ahora a urgencias',
  emergency_ambulance: 'Llame ahora a una ambulancia',
};

const CES = 'puede indicar presión sobre los nervios de la parte baja de la columna';
const NOW = 'necesita atención ahora';
const TODAY = 'hay que revisarlo hoy';
const URGENT = 'es una urgencia';

export const REASON_PATIENT_ES: Readonly<Record<TriageRuleId, string>> = {
  'RF-CES-SADDLE': `El entumecimiento en la ingle o las nalgas ${CES}`,
  'RF-CES-RETENTION': `No poder orinar ${CES}`,
  'RF-CES-BLADDER': `Los problemas nuevos de la vejiga ${CES}`,
  'RF-CES-BOWEL': `Perder el control de las heces ${CES}`,
  'RF-CES-CHANGE-UNDATED':
    'Perder orina o heces, o no notar que la vejiga se llena, debe verlo un médico en menos de 24 horas, aunque el dolor de espalda sea el de siempre. Vaya a urgencias enseguida si nota adormecimiento entre las piernas o no puede orinar',
  'RF-CES-CHANGE-UNDATED-SIGNS': `Perder orina o heces, o no notar que la vejiga se llena, junto con dolor, debilidad o adormecimiento de las piernas, ${CES}, aunque el dolor de espalda sea antiguo`,
  'RF-CES-LEGS': `Una debilidad nueva en las dos piernas: ${TODAY}`,
  'RF-CES-BILATERAL-SCIATICA':
    'El dolor que baja por las dos piernas puede ser un aviso temprano de que los nervios del final de la columna están comprimidos: un médico debe examinarle en menos de 24 horas. Vaya a urgencias enseguida si nota adormecimiento entre las piernas o cualquier cambio al orinar o al hacer deposiciones',
  'RF-CES-BILATERAL-SCIATICA-SADDLE-UNKNOWN':
    'Un dolor que baja por las dos piernas, sin saber con seguridad si nota adormecimiento entre las piernas, debe revisarse hoy: vaya a urgencias ahora',
  'RF-CES-IMAGING':
    'Su prueba de imagen muestra presión sobre los nervios de la parte baja de la columna',
  'RF-NEURO-PROGRESSIVE': `Una debilidad que va a peor: ${TODAY}`,
  'RF-NEURO-MULTILEVEL':
    'La exploración encontró debilidad en varios niveles de los nervios: tiene que verle hoy un servicio de urgencias',
  'RF-NEURO-FOOT-DROP': `Un pie que cae, nuevo: ${TODAY}`,
  'RF-NEURO-SEVERE-WEAKNESS': `Una debilidad marcada y nueva: ${TODAY}`,
  'RF-NEURO-CORD-SIGNS': `Señales de que la médula espinal puede estar afectada: ${TODAY}`,
  'RF-LONE-UMN-SIGN':
    'Un signo encontrado en sus reflejos al explorarle necesita que un médico revise sus nervios y su columna en menos de 24 horas',
  'RF-NEURO-SIGNS-CHRONIC-PROGRESSIVE':
    'Los problemas al caminar o de los nervios que empeoran desde hace meses necesitan un médico en menos de un día para pedir una prueba de imagen',
  'RF-MSCC-COMPRESSION': 'Su prueba de imagen muestra presión sobre la médula espinal',
  'RF-MSCC-DEFICIT': `Un cáncer anterior junto con síntomas de los nervios: ${TODAY}`,
  'RF-MALIGNANCY-HISTORY': 'El dolor de espalda después de un cáncer debe revisarse pronto',
  'RF-NON-MECHANICAL-WORSENING':
    'Un dolor fuerte que sigue empeorando, que está presente por la noche y no se alivia con el reposo necesita un médico en un día',
  'RF-MALIGNANCY-FEATURES':
    'Algunos de sus síntomas necesitan que un médico busque pronto una causa seria',
  'RF-MASS-IMAGING':
    'Su prueba de imagen muestra un bulto cerca de la columna que necesita un médico pronto',
  'RF-INFECTION-FEBRILE':
    'La fiebre con dolor de espalda y sus otros síntomas podría ser una infección cerca de la columna',
  'RF-INFECTION-IMAGING': 'Su prueba de imagen muestra una posible infección cerca de la columna',
  'RF-INFECTION-RISK':
    'Por su riesgo de infección cerca de la columna, un médico debe verle pronto',
  'RF-FEVER':
    'La fiebre con dolor de espalda puede indicar una infección cerca de la columna, que necesita atención ahora',
  'RF-FRACTURE-SUDDEN-OLDER':
    'Un dolor de espalda repentino e intenso que mejora al tumbarse, o que empezó tras un pequeño golpe, un resbalón o una tos, podría ser un hueso roto en la columna: un médico debe verle en menos de 24 horas',
  'RF-TIZANIDINE-CYP1A2-HYPOTENSION':
    'Dos de sus medicamentos que no deben tomarse juntos pueden estar bajando su tensión: vaya ahora a urgencias y no conduzca',
  'RF-TIZANIDINE-CYP1A2':
    'Dos de sus medicamentos no deben tomarse juntos: un médico debe revisarlos en menos de 24 horas; no deje ningún medicamento por su cuenta',
  'RF-RELAXANT-HYPOTENSION-PAIR':
    'El mareo al ponerse de pie con un medicamento para relajar los músculos y otro para la presión puede indicar una presión demasiado baja: un médico debe revisar sus medicamentos en menos de 24 horas. Levántese despacio y no deje ningún medicamento por su cuenta',
  'RF-HEAT-EXERTION-SEVERE-PAIN':
    'Un dolor muscular intenso que no mejora después de un trabajo duro o de hacer ejercicio, con calor, por todo el cuerpo o con vómitos, se debe comprobar con un análisis de sangre: un médico debe verle en menos de 24 horas. Descanse y beba lo que pueda retener. Acuda a urgencias si la orina se oscurece, los músculos se notan duros, el dolor sigue empeorando o no puede retener los líquidos',
  'RF-RENAL-SEDATIVE-BUILD-UP':
    'Sentir sueño o mareo con un medicamento para el dolor de los nervios o los espasmos cuando los riñones funcionan peor puede indicar que el medicamento se acumula: un médico debe revisarlo en menos de 24 horas. No deje ningún medicamento por su cuenta',
  'RF-INFLAMMATION-WORSENING':
    'Su análisis muestra inflamación mientras el dolor de espalda empeora: un médico debe verle en menos de 24 horas',
  'RF-INFECTION-MARKED-INFLAMMATION':
    'Su análisis muestra una inflamación fuerte mientras el dolor de espalda empeora y la columna misma duele al tocarla: vaya hoy a un servicio de urgencias',
  'RF-NECK-INJURY-HEADACHE-WORSENING':
    'Un dolor de cuello de un lado desde una lesión, con un dolor de cabeza nuevo, y los dos empeoran: un médico debe verle en menos de 24 horas. Si se le tuerce la cara, le cuesta hablar, ve doble o se le debilita un brazo o una pierna, llame a una ambulancia',
  'RF-BELLY-PAIN-FALLING-PRESSURE':
    'Un dolor nuevo de vientre y de espalda con la tensión baja y el pulso rápido puede ser una hemorragia interna: llame ahora a una ambulancia',
  'RF-CONFUSED-SWALLOWING':
    'Estar confuso o muy adormilado y con dificultad para tragar es peligroso: llame ahora a una ambulancia y ponga a la persona de lado',
  'RF-DYSPHAGIA-WORSENING':
    'La dificultad para tragar que va a peor debe revisarla un médico en menos de 24 horas. Si se atraganta, no puede tragar la saliva o le cuesta respirar, llame a una ambulancia',
  'RF-BULBAR-WEAKNESS-SPREADING':
    'No poder tragar la saliva mientras la debilidad se extiende es peligroso: llame ahora a una ambulancia y ponga a la persona de lado',
  'RF-RISING-NUMBNESS':
    'Un entumecimiento en las dos piernas que es nuevo y sigue extendiéndose debe examinarlo un médico en menos de 24 horas',
  'RF-STATIN-WEAKNESS':
    'La debilidad muscular sin explicación mientras toma un medicamento para el colesterol se debe comprobar con un análisis de sangre: un médico debe verle en menos de 24 horas. No deje ningún medicamento por su cuenta',
  'RF-DIURETIC-DIZZINESS':
    'El mareo al ponerse de pie mientras toma un medicamento para orinar más puede indicar que le faltan líquidos o sales: un médico debe verle en menos de 24 horas. Levántese despacio, beba con normalidad y no deje ningún medicamento por su cuenta',
  'RF-DIALYSIS-DIZZINESS':
    'El mareo al ponerse de pie estando en diálisis puede indicar que las sesiones le quitan demasiado líquido: su unidad de diálisis o un médico debe verle en menos de 24 horas. Levántese despacio y pida ayuda enseguida si se desmaya',
  'RF-CRAMPS-WEAK-FLUTTERING':
    'Los calambres junto con palpitaciones y una debilidad nueva del cuerpo necesitan un análisis de sangre: un médico debe verle en menos de 24 horas. Vaya enseguida a urgencias si las piernas se le debilitan tanto que no puede estar de pie, si las palpitaciones no se calman, o si siente que se va a desmayar o tiene dolor en el pecho',
  'RF-SEDATIVE-COMBINATION':
    'Su medicamento calmante junto con un analgésico fuerte o con la apnea del sueño puede hacer lenta la respiración: un médico debe revisar sus medicamentos en menos de 24 horas',
  'RF-RIGORS':
    'Los escalofríos intensos con dolor de espalda pueden indicar una infección cerca de la columna, que necesita atención ahora',
  'RF-FRACTURE-MAJOR-TRAUMA': 'Después de una lesión grave hay que revisar la columna ahora',
  'RF-FRACTURE-MINOR-TRAUMA':
    'Después de una caída, un dolor de espalda así podría ser un hueso roto en la columna: un médico debe verle en menos de 24 horas',
  'RF-FRACTURE-RIGID-SPINE':
    'Después de una caída o un golpe, una columna rígida y curvada por una enfermedad de las articulaciones puede esconder un hueso roto inestable: vaya ahora a urgencias, moviendo la espalda lo menos posible',
  'RF-FRACTURE-FRAGILITY': 'Con huesos frágiles, este dolor de espalda necesita un médico pronto',
  'RF-FRACTURE-IMAGING': 'Su prueba de imagen muestra un hueso roto en la columna',
  'RF-INFANT-UNEXPLAINED-FRACTURE':
    'Un hueso roto en la espalda de un bebé o de un niño pequeño se debe revisar hoy en el hospital',
  'RF-YOUNG-CHILD-NEW-SPINE-PAIN':
    'Un dolor en la espalda o el cuello de un niño menor de cuatro años, sin una caída que lo explique, que no mejora, lo debe ver un médico en menos de 24 horas. Vaya hoy a urgencias si su hijo tiene fiebre o no quiere caminar, sentarse o que lo levanten en brazos',
  'RF-PREGNANCY-HEADACHE-TWITCHING':
    'Un dolor de cabeza con sacudidas o tirones de brazos o piernas durante el embarazo puede ser un signo de preeclampsia: vaya ahora a su unidad de maternidad o a urgencias',
  'RF-PREGNANCY-HEADACHE-PRESSURE-CHECK':
    'Un dolor de cabeza durante el embarazo o en las semanas después del parto necesita un control de la tensión y de la orina en el plazo de un día: llame hoy a su matrona o a su médico. Vaya ahora a su unidad de maternidad si el dolor es intenso o tiene visión borrosa, dolor bajo las costillas o vómitos',
  'RF-HYPERK-BRADYCARDIA':
    'Un nivel de potasio muy alto con un pulso muy lento puede parar el corazón: llame ahora a una ambulancia',
  'RF-HYPONA-CONFUSED':
    'Un nivel de sal muy bajo en la sangre con confusión o una convulsión es peligroso: llame ahora a una ambulancia',
  'RF-HYPONA-VOMITING':
    'Un nivel de sal bajo en la sangre con vómitos necesita tratamiento en el hospital hoy: vaya ahora a urgencias. Mientras tanto, no beba grandes cantidades de agua',
  'RF-CHOLINERGIC-SIGNS':
    'Babear con mucho sudor, vómitos o diarrea, y sacudidas o contracciones musculares o debilidad en todo el cuerpo puede ser una intoxicación, por ejemplo por un producto para el jardín o el campo: vaya ahora a urgencias y no conduzca usted. Lleve el producto o su etiqueta si puede hacerlo sin peligro. Llame a una ambulancia si le cuesta respirar',
  'RF-INSULIN-VOMITING':
    'Vomitar con dolor de barriga o debilidad en todo el cuerpo, cuando usa inyecciones o una bomba para bajar el azúcar, puede ser una subida peligrosa de cetonas en la sangre: vaya ahora a urgencias y no conduzca usted. No deje las inyecciones ni la bomba. Llame a una ambulancia si respira rápido o profundo, o si está adormilado o confuso',
  'RF-BELLY-VOMITING-FAINT':
    'Un dolor de barriga con vómitos y sensación de desmayo al ponerse de pie necesita revisión en el hospital hoy: vaya ahora a urgencias y no conduzca usted. Si se desmaya o se nota frío y sudoroso, llame a una ambulancia',
  'RF-INJURY-BELLY-FAINT':
    'Un dolor de barriga con sensación de desmayo al ponerse de pie, después de una caída, un golpe o un accidente, puede indicar una hemorragia interna: llame ahora a una ambulancia. Túmbese mientras espera y no coma ni beba',
  'RF-INJURY-BELLY-FAINT-SEEN':
    'Un dolor de barriga con sensación de desmayo al ponerse de pie, después de una caída, un golpe o un accidente en las últimas dos semanas, se debe revisar por si hay una hemorragia interna: vaya ahora a urgencias y no conduzca usted. Llame a una ambulancia si se desmaya, se nota frío y sudoroso o empeora',
  'RF-FAINT-RACING-BELLY-ACHE':
    'Sentirse a punto de desmayarse al ponerse de pie, con el corazón acelerado y dolor de barriga, puede indicar una hemorragia interna: vaya ahora a urgencias. Llame a una ambulancia si se desmaya, se nota frío y sudoroso o vomita sangre',
  'RF-FRACTURE-DEFICIT': `Un hueso roto en la columna con síntomas de los nervios ${NOW}`,
  'RF-STRYCHNINE-EXPOSURE': `El contacto con veneno para ratas ${URGENT}`,
  'RF-STREET-DRUG-SPASMS': `Los espasmos después de tomar una sustancia desconocida son una urgencia`,
  'RF-STIMULANT-RACING':
    'Un corazón acelerado con sudor o temblor después de tomar un polvo desconocido o una droga necesita urgencias ahora. Llame a una ambulancia si hay dolor en el pecho, un desmayo, confusión o una convulsión',
  'RF-NEW-TETANIC-SIGN':
    'La mandíbula bloqueada, una sonrisa rígida o la espalda muy arqueada con espasmos necesitan un médico pronto',
  'RF-AWAKE-TETANIC-SPASMS':
    'Los espasmos de la mandíbula y la espalda que provoca un ruido o un roce son una urgencia',
  'RF-ACUTE-GENERALIZED-TETANIC-SPASMS':
    'Los espasmos nuevos en todo el cuerpo con la mandíbula apretada o la espalda arqueada necesitan atención ahora',
  'RF-TETANUS': 'La mandíbula rígida después de una herida puede ser tétanos, que es una urgencia',
  'RF-TETANUS-RISK': `Una herida sin protección contra el tétanos y una rigidez que se extiende ${NOW}`,
  'RF-TETANUS-PRONE-WOUND':
    'Una herida cuando su protección contra el tétanos no está al día: un médico o una enfermera debe verla hoy',
  'RF-AIRWAY': `La dificultad para respirar ${URGENT}`,
  'RF-HYPOTHERMIA':
    'Su temperatura corporal está demasiado baja: necesita que le revisen en el hospital ahora. Abríguese con mantas mientras espera y no se quede solo',
  'RF-HYPOTHERMIA-SEVERE':
    'Su temperatura corporal está peligrosamente baja: llame a una ambulancia ahora. Cúbrase con mantas y muévase lo menos posible',
  'RF-HYPOXIA': 'Su nivel de oxígeno está bajo',
  'RF-SHOCK': 'Su tensión está muy baja',
  'RF-NON-MECHANICAL-SEVERE':
    'Un dolor fuerte y repentino que no se comporta como un tirón muscular, con sudor, o con dolor de barriga o vómitos, se debe revisar en el hospital ahora',
  'RF-SCIATICA-WORSENING-UNEXAMINED':
    'Un dolor de pierna por un nervio pinzado que empeora y es fuerte lo debe ver un médico en 24 horas, que revisará la fuerza y la sensibilidad de sus piernas',
  'RF-PREGNANCY-INJURY-TODAY':
    'Después de una caída o un golpe hoy durante el embarazo, a usted y a su bebé los deben revisar ahora, aunque se encuentre bien: llame ahora a su maternidad o a su matrona',
  'RF-PREGNANCY-INJURY':
    'Después de una caída o un golpe durante el embarazo, a usted y a su bebé los deben revisar hoy mismo, aunque se encuentre bien: llame a su maternidad o a su matrona',
  'RF-PREGNANCY-INJURY-ABDOMINAL':
    'Una caída o un golpe durante el embarazo, seguidos de dolor de barriga o de endurecimientos, se deben revisar en su maternidad ahora',
  'RF-NON-MECHANICAL-VISCERAL':
    'Un dolor repentino en un lado que empezó solo, con dolor de barriga o vómitos sin que cambie al moverse, lo debe ver un médico en 24 horas',
  'RF-NON-MECHANICAL-NEW-THORACIC':
    'Un dolor nuevo entre los omóplatos o alrededor del pecho que no cambia al moverse debe verlo un médico en menos de 24 horas. Llame a una ambulancia si le falta el aire, el dolor es opresivo o desgarrador, o se siente desmayar',
  'RF-NON-MECHANICAL-NEW-OVER-50':
    'Un dolor nuevo a su edad que empezó solo, no cambia al moverse y no mejora lo debe ver un médico en 24 horas',
  'RF-VASCULAR-SHOCK-SYMPTOMS':
    'Un dolor fuerte y nuevo con sudor y sensación de desmayo o el pulso acelerado necesita una ambulancia ahora',
  'RF-NECK-INJURY-HIGH-RISK':
    'Un golpe o una caída con dolor de cuello se debe revisar en el hospital ahora',
  'RF-NECK-INJURY-CORD-SYMPTOMS':
    'Entumecimiento, hormigueo o debilidad tras lastimarse el cuello necesita una ambulancia: quédese quieto y no vaya en coche',
  'RF-COMA': 'Costar despertarse o no estar del todo despierto necesita una ambulancia ahora',
  'RF-PREGNANCY-PRE-ECLAMPSIA-SYMPTOMS':
    'Un dolor de cabeza con dolor en la parte alta de la barriga, o con vómitos, durante el embarazo necesita una revisión en el hospital ahora',
  'RF-PREGNANCY-HYPERTENSION':
    'Una tensión alta en el embarazo, con dolor de cabeza, dolor bajo las costillas o vómitos, se debe revisar en el hospital ahora',
  'RF-SEVERE-BP-SYMPTOMS':
    'Una tensión muy alta con dolor de cabeza y vómitos, confusión o dificultad para respirar se debe revisar en el hospital ahora: vaya a urgencias',
  'RF-SEVERE-BP-REVIEW':
    'Una tensión muy alta necesita que un médico la revise en 24 horas. Vaya a urgencias ahora si tiene un dolor de cabeza fuerte con vómitos, confusión, dolor en el pecho o dificultad para respirar',
  'RF-CRUSH-DARK-URINE':
    'La orina oscura después de quedar atrapado o de un golpe fuerte puede indicar que el músculo dañado afecta a los riñones: llame a una ambulancia ahora',
  'RF-NECK-ARTERY-TEAR-SUSPECTED':
    'Un dolor nuevo en un lado del cuello con dolor de cabeza después de un giro, un golpe o un esfuerzo, que no mejora, se debe revisar hoy en el hospital: vaya a urgencias. Llame a una ambulancia si nota debilidad, entumecimiento o dificultad para hablar o ver',
  'RF-HYPOGLYCAEMIA-SUSPECTED':
    'Estar confuso mientras usa inyecciones para bajar el azúcar puede indicar un azúcar muy bajo: llame a una ambulancia ahora. Si puede tragar sin peligro, dele una bebida azucarada mientras espera',
  'RF-INSULIN-SWEATS-WEAK':
    'Sudar mucho, temblar y notar debilidad en todo el cuerpo, cuando usa inyecciones o una bomba para bajar el azúcar, puede indicar que el azúcar o las sales están demasiado bajos: tome algo azucarado ahora si puede tragar sin peligro y vaya ahora a urgencias sin conducir usted. Llame a una ambulancia si se nota adormilado o confuso',
  'RF-THIAZIDE-HEADACHE-CRAMPS':
    'Calambres con dolor de cabeza, cuando toma una pastilla para orinar por la tensión, pueden indicar que la sal en la sangre está baja: necesita un análisis de sangre en 24 horas, así que contacte hoy con su médico de cabecera o con urgencias. Mientras tanto no beba grandes cantidades de agua sola. Vaya a urgencias si vomita, está confuso o muy adormilado',
  'RF-SEPSIS-QSOFA':
    'Su respiración, su tensión o su estado de alerta muestran signos de que su cuerpo puede estar luchando contra una infección grave: necesita atención ahora',
  'RF-VITALS-SEVERE': 'Su pulso, su respiración o su temperatura están muy lejos de lo normal',
  'RF-CONFUSED-FAINT':
    'Sentirse confuso y a punto de desmayarse al ponerse de pie puede significar que a su cuerpo no le llega suficiente sangre: llame a una ambulancia ahora',
  'RF-SWEATING-FAINT':
    'Un sudor frío con sensación de desmayo al ponerse de pie puede significar que a su cuerpo no le llega suficiente sangre: llame a una ambulancia ahora',
  'RF-NECK-INJURY-ONE-SIDED-HEADACHE':
    'Un dolor repentino e intenso en un lado del cuello con dolor de cabeza que va a peor tras una lesión del cuello debe revisarse hoy en el hospital',
  'RF-MAJOR-TRAUMA-OLDER-SPINE':
    'Después de una caída o un accidente fuerte, un dolor de espalda o de cuello a su edad, o con huesos frágiles, se debe revisar en el hospital: llame ahora a una ambulancia y no se mueva mientras espera',
  'RF-INFANT-INJURY-SPINE':
    'Un bebé o un niño pequeño al que le duele la espalda o el cuello después de una caída o un golpe necesita una revisión hoy: llévelo ahora a urgencias',
  'RF-MAJOR-TRAUMA-CONFUSED':
    'Tras un accidente o un golpe fuerte, la confusión o la somnolencia son una urgencia: llame ahora a una ambulancia y no se mueva',
  'RF-SUDDEN-HEADACHE-STIFF-NECK':
    'Un dolor de cabeza con el cuello rígido que empezó de repente en la última semana, haciendo un esfuerzo o sin motivo, necesita revisión en el hospital ahora, aunque crea que se ha dado un tirón',
  'RF-SUDDEN-HEADACHE-AT-REST':
    'Un dolor de cabeza con un dolor que empezó de golpe en la última semana, y que no cambia al moverse, se debe revisar en el hospital hoy',
  'RF-BRADYCARDIA-ADVERSE':
    'Un pulso muy lento mientras se siente a punto de desmayarse, adormilado o con falta de aire necesita una ambulancia ahora',
  'RF-BELLY-VOMITING-RACING':
    'Un dolor de barriga con vómitos y con el pulso rápido debe revisarse hoy: vaya a urgencias ahora',
  'RF-BELLY-SEVERE-RACING':
    'Un dolor de barriga con un dolor fuerte que sigue empeorando y el pulso rápido debe revisarse hoy: vaya a urgencias ahora',
  'RF-BRADYCARDIA-ASYSTOLE-RISK':
    'Un pulso muy lento con un latido irregular necesita una ambulancia ahora',
  'RF-HYPOGLYCAEMIA-CONFUSED':
    'Un azúcar bajo en la sangre mientras está confuso o adormilado necesita una ambulancia ahora',
  'RF-HYPOK-SEVERE': 'Un potasio muy bajo en la sangre necesita tratamiento ahora',
  'RF-HYPOK-SYMPTOMATIC':
    'El potasio bajo con debilidad o cambios del ritmo del corazón necesita tratamiento ahora',
  'RF-HYPOK': 'Su potasio en sangre está bajo y un médico debe revisarlo pronto',
  'RF-HYPERK-DANGEROUS': 'Un potasio muy alto en la sangre necesita tratamiento ahora',
  'RF-HYPERK-SYMPTOMATIC':
    'Un potasio alto en la sangre con debilidad o con el corazón acelerado necesita tratamiento hoy: vaya ahora a urgencias',
  'RF-HYPERK': 'Su potasio en sangre está alto y un médico debe revisarlo pronto',
  'RF-HYPONA-SEVERE': 'Un sodio muy bajo en la sangre necesita tratamiento ahora',
  'RF-HYPERGLYCAEMIA-SEVERE': 'Un azúcar en la sangre muy alto necesita tratamiento ahora',
  'RF-HYPERCA-SEVERE': 'Un calcio muy alto en la sangre necesita tratamiento ahora',
  'RF-HYPERCA-KIDNEYS':
    'Un calcio alto en la sangre con los riñones funcionando mal necesita tratamiento hoy en el hospital: vaya ahora a urgencias',
  'RF-HYPERCA-MODERATE':
    'Su calcio en la sangre está alto: un médico debe verle en menos de 24 horas',
  'RF-HYPOCA-CRITICAL': 'Un calcio muy bajo en la sangre necesita tratamiento ahora',
  'RF-HYPOCA-TETANY':
    'Los espasmos de las manos y el hormigueo alrededor de la boca pueden indicar calcio bajo, que necesita tratamiento ahora',
  'RF-HYPOCA-LONG-QT': 'El calcio bajo que afecta al ritmo del corazón necesita tratamiento ahora',
  'RF-HYPOCA-AIRWAY-SEIZURE': `El calcio bajo con problemas para respirar o ataques ${URGENT}`,
  'RF-HYPOCA': 'Su calcio en sangre está bajo y un médico debe revisarlo pronto',
  'RF-HYPOCA-SEVERE-IRRITABLE':
    'Un calcio muy bajo con contracciones de la cara necesita tratamiento en el hospital ahora',
  'RF-HYPOCA-IRRITABILITY':
    'El hormigueo alrededor de la boca con contracciones de la cara necesita un análisis de sangre hoy',
  'RF-HYPOCA-SYMPTOMS-WORSENING':
    'El hormigueo alrededor de la boca con calambres que empeoran necesita un análisis de sangre hoy',
  'RF-HYPOMG-SEVERE':
    'El magnesio bajo con espasmos, ataques o cambios del ritmo del corazón necesita tratamiento ahora',
  'RF-DIALYSIS-WEAKNESS':
    'Una debilidad nueva de brazos o piernas estando en diálisis necesita atención urgente ahora',
  'RF-DIURETIC-GUT-LOSSES':
    'Tener vómitos o diarrea mientras toma una pastilla para orinar necesita un análisis de sangre hoy',
  'RF-PREGNANCY-PAIN-SHOCK-SIGNS':
    'Dolor de barriga durante el embarazo con sudor y sensación de desmayo al ponerse de pie necesita una ambulancia ahora',
  'RF-PREGNANCY-ABDOMINAL-PAIN':
    'Un dolor de espalda nuevo con dolor de barriga o endurecimientos durante el embarazo debe revisarlo hoy la unidad de maternidad o urgencias',
  'RF-SALT-LOSSES-WEAK-HEART':
    'Debilidad en todo el cuerpo y el corazón acelerado o a saltos mientras tiene vómitos o diarrea, con una pastilla para orinar o medicinas que aflojan el vientre, necesitan atención urgente ahora',
  'RF-PREGNANCY-VOMITING-CRAMPS':
    'Los calambres con vómitos durante el embarazo necesitan un análisis de sangre hoy',
  'RF-HYPOMG-SUSPECTED':
    'Un temblor o unas contracciones nuevas con uno de sus medicamentos o enfermedades necesitan un análisis de sangre hoy',
  'RF-HYPOMG': 'Su magnesio en sangre está bajo y un médico debe revisarlo pronto',
  'RF-LONG-QT-SALT-UNMEASURED':
    'Su electrocardiograma muestra un cambio que pueden causar las sales bajas del cuerpo, con sacudidas u hormigueo: vaya a urgencias ahora, sin esperar los resultados de la sangre',
  'RF-ARRHYTHMIA': 'Los cambios del ritmo del corazón deben revisarse pronto',
  'RF-ADRENAL-CRISIS': 'Sus síntomas podrían ser una urgencia hormonal grave',
  'RF-STEROID-SICK-DAY':
    'Vomitar mientras toma pastillas de corticoides cada día puede dejar a su cuerpo sin suficiente corticoide: necesita atención urgente ahora',
  'RF-ADRENAL-LOW-PRESSURE':
    'Sus síntomas podrían venir de un problema hormonal, y su tensión arterial está baja: necesita una revisión en el hospital hoy, así que vaya ahora a urgencias y no conduzca usted. Llame a una ambulancia si vomita, vuelve a desmayarse o tiene confusión',
  'RF-STEROID-DIZZY-WEAK':
    'Marearse al ponerse de pie y sentir debilidad o agotamiento mientras toma pastillas de corticoides, o después de dejarlas, puede indicar que a su cuerpo le falta corticoide: un médico debe verle en menos de 24 horas, así que contacte hoy con su médico de cabecera o con urgencias de atención primaria. Si todavía toma pastillas de corticoides, no las deje de golpe; si las ha dejado, se le han acabado o se ha saltado dosis, dígaselo al médico. Llame a una ambulancia si empieza a vomitar, se desmaya o tiene confusión',
  'RF-ADRENAL-SUSPECTED':
    'Sus síntomas podrían venir de un problema hormonal que necesita un médico pronto',
  'RF-ENCEPHALITIS': `La confusión con fiebre o ataques ${URGENT}`,
  'RF-ALTERED-MENTAL-STATUS': `La confusión o el exceso de sueño ${NOW}`,
  'RF-CONFUSED-HEADACHE-VOMITING':
    'La confusión con dolor de cabeza y vómitos necesita una ambulancia ahora',
  'RF-SEIZURE': `Un ataque nuevo ${NOW}`,
  'RF-MENINGISM': `La fiebre con el cuello rígido ${NOW}`,
  'RF-MENINGITIS-SUSPECTED':
    'La fiebre con un dolor de cabeza fuerte, el cuello rígido y vómitos necesita una ambulancia ahora',
  'RF-THUNDERCLAP-HEADACHE':
    'Un dolor de cabeza repentino e intenso con el cuello rígido, vómitos o confusión necesita una ambulancia ahora',
  'RF-HEAD-INJURY-VOMITING': `Los vómitos después de una caída o un golpe ${NOW}`,
  'RF-HEADACHE-MENINGISM': `El dolor de cabeza con el cuello rígido y vómitos ${NOW}`,
  'RF-SUDDEN-UPPER-BACK-SWEATING':
    'Un dolor fuerte y repentino en la parte alta o media de la espalda con sudor abundante necesita una ambulancia ahora',
  'RF-SUDDEN-PAIN-SWEAT-RACING': `Un dolor fuerte y repentino en la parte alta o media de la espalda o en el cuello con sudor abundante y el pulso acelerado o la tensión muy alta ${NOW}`,
  'RF-SENTINEL-HEADACHE': `Un dolor de cabeza que empezó de repente en la última semana ${NOW}`,
  'RF-NEW-FOCAL-DEFICIT': `Una debilidad o un entumecimiento nuevos de una parte del cuerpo ${NOW}`,
  'RF-SUDDEN-FOCAL-DEFICIT':
    'Una debilidad repentina de un lado, el habla arrastrada o una marcha inestable de repente pueden ser un ictus',
  'RF-AUTONOMIC-DYSREFLEXIA':
    'Un dolor de cabeza martilleante, enrojecimiento o sudor con una lesión de la médula es una urgencia: siéntese recto, afloje la ropa ajustada y vacíe la vejiga mientras pide ayuda',
  'RF-UMN-SPASM-RISE':
    'Cuando los espasmos aumentan en una enfermedad antigua del cerebro o de la médula, a menudo hay detrás algo que duele o irrita el cuerpo, como una infección de orina, una úlcera por presión, estreñimiento, una uña encarnada o una lesión escondida: un médico debe buscarlo en menos de 24 horas',
  'RF-BACLOFEN-WITHDRAWAL':
    'La fiebre, la confusión y la rigidez mientras toma un medicamento para los espasmos son una urgencia',
  'RF-SEDATIVE-WITHDRAWAL-SIGNS':
    'Los temblores nuevos con mucho sudor mientras toma un medicamento para calmarse o dormir, o mientras lo reduce, deben ser revisados por un médico en un día. No deje el medicamento de golpe',
  'RF-CLOT-RISK-CRAMP':
    'Un calambre en un solo lado que empezó en los últimos días y va a peor, durante el embarazo, después de dar a luz o mientras toma una píldora anticonceptiva, puede ser un coágulo en la pierna: un médico debe verle en menos de 24 horas, hoy si es posible. Llame a una ambulancia si le falta el aire, tiene dolor en el pecho o tose sangre',
  'RF-OVERACTIVE-STATE-NEW':
    'Los temblores con mucho sudor y el corazón acelerado o palpitante deben ser revisados por un médico en un día. Si usa inyecciones o pastillas que bajan el azúcar, tome algo azucarado ahora. Si hace poco dejó o redujo un medicamento, la bebida u otra sustancia, dígaselo al médico, y no deje ningún medicamento de golpe. Llame a una ambulancia si tiene una convulsión, siente confusión o ve u oye cosas que no están ahí',
  'RF-SEDATIVE-WITHDRAWAL-SEVERE':
    'Una convulsión, o temblores y sudor con confusión, ver u oír cosas, fiebre o el corazón muy acelerado, mientras toma un medicamento para calmarse o dormir o lo reduce, necesitan atención ahora',
  'RF-ACUTE-CORD-FAILURE':
    'Las dos piernas débiles de repente, con adormecimiento que sube por el cuerpo o sin poder orinar, necesitan una ambulancia ahora: túmbese y no intente caminar',
  'RF-ALCOHOL-WITHDRAWAL':
    'Los temblores y el sudor abundante con el corazón acelerado o vómitos, en alguien que bebe mucho, pueden ser una abstinencia de la bebida y necesitan ayuda médica ahora: no conduzca y no se quede solo',
  'RF-BOTULINUM-SPREAD':
    'La dificultad para tragar o respirar, una debilidad en todo el cuerpo o un habla que se ha vuelto torpe después de una inyección en un músculo es una urgencia',
  'RF-NMS':
    'La rigidez con fiebre o confusión después de empezar un medicamento nuevo es una urgencia',
  'RF-NMS-REPORTED':
    'La rigidez que se extiende por el cuerpo con un medicamento para la salud mental o las náuseas, con sudor, fiebre o confusión, necesita atención en el hospital ahora',
  'RF-NMS-AUTONOMIC':
    'La rigidez en la espalda o el cuerpo con un medicamento para la salud mental o las náuseas, con señales como el corazón acelerado, mucho sudor o escapes de orina, necesita atención en el hospital ahora',
  'RF-NMS-FULL':
    'La rigidez con fiebre y confusión después de un medicamento nuevo es una urgencia',
  'RF-PREGNANCY-CORD-INJURY-SPASM-RISE':
    'Los espasmos que empeoran esta semana durante el embarazo, con una lesión de la médula espinal, debe revisarlos ahora la unidad de maternidad o urgencias, porque el parto puede empezar así',
  'RF-RIGID-AUTONOMIC':
    'La rigidez o las sacudidas de todo el cuerpo que empeoran, con el corazón acelerado y sudor, fiebre, diarrea o dificultad para tragar, necesitan atención urgente ahora',
  'RF-SEROTONIN-TOXICITY': `Las sacudidas, los temblores y el sudor después de un cambio de medicación ${NOW.replace('necesita', 'necesitan')}`,
  'RF-SEROTONIN-SEVERE':
    'La fiebre con rigidez o confusión después de un cambio de medicación es una urgencia',
  'RF-ACUTE-DYSTONIA':
    'Los espasmos que tuercen el cuerpo de repente después de un medicamento nuevo necesitan atención ahora',
  'RF-DANTROLENE-LIVER':
    'La piel amarilla o la orina oscura mientras toma un medicamento para los espasmos necesitan un médico en menos de un día',
  'RF-RHABDOMYOLYSIS-CK':
    'Un análisis de sangre muestra que el músculo se está rompiendo y necesita tratamiento ahora',
  'RF-EXERTIONAL-CK-RECHECK':
    'Un análisis muestra daño muscular por el ejercicio: vea a un médico en un día para repetirlo y beba agua mientras tanto. Vaya al hospital ahora si la orina se oscurece u orina poco',
  'RF-RHABDOMYOLYSIS-URINE':
    'La orina oscura con dolor muscular puede indicar que el músculo se está rompiendo, y necesita tratamiento ahora',
  'RF-SEROTONIN-MILD-SUSPECTED':
    'Un temblor o sacudidas nuevas con sudor o heces blandas, mientras toma un medicamento para el ánimo, el dolor o la migraña, debe verlo un médico en menos de 24 horas',
  'RF-QUINOLONE-TENDON':
    'Un dolor nuevo en los músculos o el talón desde que empezó un medicamento para una infección debe verlo un médico en menos de 24 horas: pregunte si debe seguir tomándolo',
  'RF-NECK-INJURY-MAJOR':
    'El dolor de cuello después de un accidente grave necesita una ambulancia ahora: mantenga el cuello quieto y no mueva a la persona salvo que esté en peligro',
  'RF-HYPONA-MODERATE':
    'La sal de su sangre (el sodio) está baja: un médico debe verle y repetir el análisis en menos de 24 horas',
  'RF-DARK-URINE-CONFUSED':
    'La orina oscura con confusión o somnolencia necesita una ambulancia ahora',
  'RF-HEAT-ILLNESS':
    'La confusión o una temperatura muy alta después de esforzarse con calor es una urgencia',
  'RF-ELECTROLYTE-SUSPECTED':
    'Sus calambres, sus medicamentos o el malestar de estómago y sus otros síntomas podrían indicar sales bajas en la sangre: un análisis en menos de 24 horas',
  'RF-PALPITATIONS-DIZZY-OLDER':
    'Un corazón acelerado o que late de forma irregular, con mareo al ponerse de pie, necesita una revisión ahora: vaya hoy a urgencias y no conduzca usted. Llame a una ambulancia si se desmaya, tiene dolor en el pecho o le falta mucho el aire',
  'RF-TINGLING-CRAMPS-UNMEASURED':
    'Un hormigueo alrededor de la boca junto con calambres puede indicar que el calcio o el magnesio de la sangre están bajos: necesita un análisis en menos de 24 horas, así que contacte hoy con su médico de cabecera o con urgencias de atención primaria. Llame a una ambulancia si las manos o los pies se le quedan agarrotados, nota la garganta cerrada o tiene una convulsión',
  'RF-DIALYSIS-NEW-CRAMPS':
    'Los calambres nuevos estando en diálisis pueden deberse a un cambio de las sales de la sangre: contacte con su unidad de diálisis o un médico en menos de 24 horas',
  'RF-ELECTROLYTE-SEVERE':
    'Los calambres con espasmos de las manos, ataques, problemas para respirar, piernas débiles o latido irregular podrían indicar un desequilibrio peligroso de sales en la sangre: busque atención ahora',
  'RF-KIDNEY-FAILURE-NEW':
    'Un análisis de sangre muestra que sus riñones funcionan mucho menos de lo debido: un médico debe verle en menos de 24 horas',
  'RF-LIVER-FAILURE': `La piel amarilla con confusión ${NOW}`,
  'RF-JAUNDICE': 'La piel o los ojos amarillos deben revisarse en menos de un día',
  'CX-STRYCHNINE': 'Sus síntomas juntos parecen una intoxicación, que es una urgencia',
  'CX-TETANUS': 'Sus síntomas juntos parecen tétanos, que es una urgencia',
  'CX-CAUDA-EQUINA': `Sus síntomas juntos sugieren presión sobre los nervios de la parte baja de la columna`,
  'CX-ENCEPHALITIS':
    'Sus síntomas juntos sugieren una inflamación del cerebro, que necesita atención ahora',
  'CX-RHABDOMYOLYSIS':
    'Sus síntomas juntos sugieren que el músculo se está rompiendo, lo que necesita tratamiento ahora',
  'CX-NMS': 'Sus síntomas juntos sugieren una reacción grave a un medicamento',
  'CX-SEROTONIN': 'Sus síntomas juntos sugieren una reacción grave a un medicamento',
  'CX-ACUTE-DYSTONIA':
    'Sus síntomas juntos sugieren una reacción a un medicamento que necesita tratamiento ahora',
  'CX-SPINAL-INFECTION': 'Sus síntomas juntos podrían indicar una infección cerca de la columna',
  'CX-TUMOUR': 'Sus síntomas necesitan que un médico busque pronto una causa seria',
  'CX-FRACTURE': 'Sus síntomas podrían indicar un hueso roto en la columna',
  'CX-ADRENAL': 'Sus síntomas podrían venir de un problema hormonal que necesita un médico pronto',
  'CX-HYPOCALCAEMIA':
    'Sus síntomas podrían venir de un calcio bajo, que un médico debe revisar pronto',
  'BASE-CHILD-SEEN':
    'Los espasmos de espalda de un niño o de un adolescente joven debe revisarlos un médico; los consejos de cuidado propio de aquí son para adultos',
  'BASE-ELECTROLYTE-RISK':
    'Sus medicamentos, el malestar de estómago u otra enfermedad pueden bajar las sales de la sangre, así que un médico debe revisarlas con un análisis',
  'BASE-SEDATIVE-REVIEW':
    'Algunos de sus medicamentos pueden dar sueño y hacer la respiración más lenta, sobre todo juntos o con una enfermedad de los pulmones: un médico debe revisarlos. Pida ayuda enseguida si tiene mucho sueño o respira más despacio',
  'BASE-RELAXANT-DIZZINESS':
    'El mareo al ponerse de pie puede venir de uno de sus medicamentos: un médico debe revisarlos. Levántese despacio y no deje ningún medicamento por su cuenta',
  'BASE-PREGNANCY-PAIN-REVIEW':
    'Un dolor en el embarazo que no ha mejorado en tres semanas lo debe ver su matrona o su médico, que puede enviarle a fisioterapia',
  'BASE-HIGH-CALCIUM-REVIEW':
    'Su calcio en la sangre está un poco alto: su médico buscará la causa, no es urgente',
  'BASE-LOW-POTASSIUM-MILD':
    'Su potasio está un poco bajo: un médico debe ver por qué y repetir el análisis',
  'BASE-CK-RECHECK':
    'Su análisis muestra mucha enzima muscular, algo que puede ocurrir tras un ejercicio intenso: un médico debe repetir el análisis en los próximos días. Beba abundante líquido y busque ayuda enseguida si la orina se oscurece o se siente débil',
  'BASE-DARK-URINE-REVIEW':
    'Su análisis no muestra daño muscular, pero la orina oscura necesita que un médico busque la causa: beba con normalidad y busque ayuda enseguida si se siente débil o confuso, o si la orina se oscurece más con dolor en los músculos',
  'BASE-HIGH-BP-REVIEW':
    'Su tensión arterial está alta: un médico debe revisarla, y también su tratamiento',
  'BASE-DIZZY-STANDING-CIRCULATION':
    'Marearse al ponerse de pie, con el pulso rápido o la tensión baja, lo debe revisar un médico: beba líquidos, siéntese o túmbese si se marea y llame a una ambulancia si se desmaya o se nota confuso',
  'BASE-PALPITATIONS-REVIEW':
    'Un corazón acelerado o que late de forma irregular lo debe revisar un médico, que puede hacerle un registro del corazón: llame a una ambulancia si se desmaya o está a punto de desmayarse, tiene dolor en el pecho o le falta mucho el aire',
  'BASE-HEADACHE-VOMITING': 'Un dolor de cabeza con vómitos debe revisarlo un médico',
  'BASE-SELF-CARE-MECHANICAL':
    'Parece un músculo de la espalda forzado o cansado, sin señales de alarma',
  'BASE-CONSULTATION':
    'Un espasmo es la señal de una causa de fondo, así que un médico debe buscarla',
};

const MODE_ES: Readonly<Record<SelfCareMode, string>> = {
  follow: 'Lo que puede hacer usted',
  until_seen: 'Lo que puede hacer hasta que le vea un médico',
  seek_care_now:
    'No espere: busque ahora la atención indicada arriba. El autocuidado puede venir después.',
  child_doctor_advises:
    'Las medidas de autocuidado de aquí están pensadas para adultos, así que no se indica ninguna para un niño o una niña: el médico que vea a su hijo o hija le dirá lo que le conviene.',
};

/** Un intervalo del plan, con el nombre concordando con el límite superior, o una sola cifra si son iguales. */
const span = (r: readonly [number, number] | undefined, unit: PluralForms): string =>
  r === undefined ? '' : pluralRange('es', r[0], r[1], unit);
const SEGUNDOS: PluralForms = { one: '# segundo', other: '# segundos' };
const MINUTOS: PluralForms = { one: '# minuto', other: '# minutos' };
const LITROS: PluralForms = { one: '# litro', other: '# litros' };

const SUPPLEMENT_ES = { calcium: 'calcio', magnesium: 'magnesio', vitamin_b12: 'vitamina B12' };

function selfCareTextEs(item: SelfCareItem): string {
  switch (item.reason) {
    case 'stretch_hold':
      return `Estirar: mantenga un estiramiento suave de los músculos tensos durante ${span(item.amounts?.holdSeconds, SEGUNDOS)}, o repita estirar y relajar despacio; inclínese hacia delante y hacia atrás o gire con suavidad de un lado a otro.`;
    case 'massage_upwards':
      return 'Masaje: masaje lento y profundo empezando en la parte baja de la espalda y subiendo hasta la nuca; un rodillo de espuma o una pelota de tenis contra la pared sirven para hacerlo solo.';
    case 'overuse_ice':
      return `Hielo: para un músculo forzado o cansado, aplique hielo envuelto en un paño durante ${span(item.amounts?.minutes, MINUTOS)} cada vez.`;
    case 'central_spasticity_ice':
      return `Hielo: el frío ayuda a la espasticidad de las enfermedades del cerebro o la médula; aplíquelo envuelto en un paño durante ${span(item.amounts?.minutes, MINUTOS)} cada vez.`;
    case 'general_ache_heat':
      return `Calor: una compresa caliente durante ${span(item.amounts?.minutes, MINUTOS)} cada vez alivia los dolores generales.`;
    case 'hydration_target':
      return `Beber: unos ${span(item.amounts?.litresPerDay, LITROS)} de agua al día, reponiendo las sales, para ayudar a que los espasmos no vuelvan.`;
    case 'hydration_renal_allowance':
      return 'Beber: siga la cantidad diaria de líquido que le dio su equipo de riñón en lugar de un objetivo general.';
    case 'supplement_possible_deficiency':
      return `Suplementos: ${(item.supplements ?? []).map((s) => SUPPLEMENT_ES[s]).join(', ')} pueden ayudar si le faltan, pero hable antes con su médico sobre si tomarlos y cuánto.`;
    case 'keep_active':
      return 'Siga moviéndose dentro de lo cómodo; estar en cama hace que el espasmo de espalda dure más.';
  }
}

const CAUTION_ES: Readonly<Record<SelfCareCaution, string>> = {
  check_skin_reduced_sensation:
    'Puede que no note bien el calor o el frío: ponga siempre un paño entre la piel y la compresa y mire la piel cada pocos minutos.',
  stop_if_leg_symptoms_worsen:
    'Pare si el dolor, el entumecimiento o el hormigueo bajan más por la pierna.',
  stop_if_arm_symptoms_worsen:
    'Pare si el dolor, el entumecimiento o el hormigueo bajan más por el brazo.',
  avoid_over_wound: 'Manténgalo lejos de la herida.',
  no_magnesium_or_potassium_without_renal_team:
    'Con enfermedad de los riñones, no tome magnesio, potasio ni bebidas con sales salvo que su equipo de riñón lo apruebe.',
  gentle_with_fragile_bones: 'Hágalo con suavidad: sus huesos pueden ser frágiles.',
};

export const NOTICE_ES =
  'Apoyo a la decisión, no un diagnóstico: un profesional sanitario debe confirmar cada resultado.';

export const es: PatientMessages = {
  locale: 'es',
  notice: NOTICE_ES,
  levelAdvice: LEVEL_NAMES_ES,
  reasonForPatient: (rule) => REASON_PATIENT_ES[rule],
  selfCareMode: MODE_ES,
  selfCareItem: selfCareTextEs,
  caution: CAUTION_ES,
  withheld:
    'El estiramiento y el masaje quedan fuera hasta que un médico haya descartado una causa seria.',
  prescriptionOnly:
    'Los medicamentos para el espasmo solo los puede recetar un médico; no tome los de otra persona.',
  issue: issueText,
};

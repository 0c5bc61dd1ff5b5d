/**
 * @module Las preguntas de la entrevista en español, cada opción y cada línea, las palabras de probabilidad y
 * a qué estar atento. Palabras sencillas, y nunca el nombre de un medicamento con receta ni una dosis. Los
 * tipos hacen que una frase que falte sea un error de compilación.
 */
import type { Likelihood, QuestionId, WatchId } from '../domain/interview/index.js';
import type { QuestionWording } from './interview.en.js';

export const QUESTION_TEXT_ES: { readonly [Q in QuestionId]: QuestionWording<Q> } = {
  danger_now: {
    text: 'Primero, ¿está pasando algo de esto ahora, o ha pasado desde que empezaron los espasmos? Puede responder alguien que esté con usted.',
    labels: {
      'findings.breathing_difficulty': 'Le cuesta mucho respirar',
      'findings.laryngospasm': 'Se le cierra la garganta, o respira con un ruido agudo',
      'findings.altered_mental_status': 'Confusión, mucho sueño o cuesta despertarle',
      'findings.seizures': 'Un ataque (convulsión)',
      'findings.fever_reported': 'Fiebre, o sensación de calor y escalofríos',
      'findings.neck_stiffness': 'Cuello rígido que duele al doblarlo hacia delante',
      'findings.headache': 'Un dolor de cabeza fuerte',
      'findings.carpopedal_spasm': 'Manos o pies que se encogen en forma de garra',
      'exposures.heat_exertion': 'Trabajo duro o ejercicio con mucho calor antes de que empezara',
    },
  },
  age: {
    text: '¿Cuántos años tiene?',
    labels: { 'patient.ageYears': 'Edad en años' },
  },
  sex: {
    text: '¿Cuál es su sexo?',
    labels: { 'patient.sex': 'Sexo' },
    options: { female: 'Mujer', male: 'Hombre', other: 'Otro' },
  },
  spread: {
    text: '¿Hasta dónde llegan los espasmos?',
    labels: { 'history.spread': 'Hasta dónde llegan' },
    options: {
      local: 'Solo una parte de la espalda',
      axial: 'Toda la espalda o el tronco',
      generalized: 'La espalda y también los brazos o las piernas',
    },
  },
  onset: {
    text: '¿Cómo empezó?',
    labels: { 'history.onset': 'Cómo empezó' },
    options: {
      sudden: 'De repente, en minutos',
      acute: 'En horas, o en unos días (hasta una semana)',
      gradual: 'Poco a poco, en más de una semana',
      chronic: 'Lo tengo desde hace más de 3 meses',
    },
  },
  course: {
    text: 'Desde que empezó, ¿va a mejor o a peor?',
    labels: { 'history.course': 'Cómo va' },
    options: {
      improving: 'Va a mejor',
      stable: 'Más o menos igual',
      worsening: 'Va a peor',
      relapsing: 'Va y viene',
    },
  },
  injuries_poisons: {
    text: '¿Ha pasado algo de esto, o le pasa alguna de estas cosas?',
    labels: {
      'history.triggers.trauma_major':
        'Empezó con un accidente grave: un choque de coche o de bicicleta, o una caída desde altura',
      'history.triggers.trauma_minor':
        'Empezó después de una caída pequeña, un golpe o un tropiezo',
      'exposures.strychnine_or_rodenticide': 'Tragó o tocó veneno para ratas',
      'exposures.unknown_powder_or_street_drug':
        'Tomó una droga de la calle o un polvo o una pastilla desconocidos',
      'exposures.injection_drug_use': 'Se inyecta drogas',
      'exposures.penetrating_wound':
        'Un corte profundo, un clavo o una mordedura que entró en la piel en las últimas semanas',
      'findings.trismus': 'La mandíbula está bloqueada o no puede abrir del todo la boca',
      'findings.opisthotonus': 'La espalda se arquea con fuerza hacia atrás durante los espasmos',
      'history.triggers.stimulus': 'Un ruido, un roce o una luz fuerte provocan los espasmos',
      'medications.corticosteroid_long_term':
        'Toma pastillas de corticoides desde hace 3 meses o más',
      'medications.insulin':
        'Usa inyecciones o una bomba para la diabetes que pueden bajarle demasiado el azúcar',
    },
  },
  nerve_red_flags: {
    text: 'Desde que empezó el dolor de espalda, ¿ha tenido algo de esto?',
    labels: {
      'findings.saddle_anaesthesia':
        'Entumecimiento entre las piernas o alrededor del ano (donde se apoya al sentarse en un sillín)',
      'findings.urinary_retention': 'Dificultad para orinar, o no poder orinar',
      'findings.urinary_incontinence': 'Se le escapa la orina sin querer',
      'findings.altered_bladder_sensation': 'No nota cuando tiene la vejiga llena',
      'findings.faecal_incontinence': 'Pierde el control de las heces',
      'findings.bilateral_leg_weakness': 'Debilidad en las dos piernas',
      'findings.progressive_weakness': 'Una debilidad que va a peor',
      'findings.foot_drop': 'Un pie que golpea el suelo o se engancha al caminar',
      'findings.hemiparesis': 'Debilidad de un lado del cuerpo',
      'findings.gait_disturbance': 'Caminar se ha vuelto inestable o difícil',
    },
  },
  serious_causes: {
    text: '¿Le pasa algo de esto?',
    labels: {
      'conditions.cancer_history': 'Ha tenido cáncer',
      'findings.unexplained_weight_loss': 'Ha perdido peso sin intentarlo',
      'findings.pain_at_night_or_lying': 'El dolor empeora de noche o al estar tumbado',
      'findings.no_improvement_4_weeks': 'Nada mejor después de 4 semanas',
      'findings.rigors': 'Escalofríos con temblores',
      'conditions.immunosuppression':
        'Defensas bajas, o medicamentos que las bajan (después de un trasplante, por ejemplo)',
      'exposures.recent_spinal_procedure':
        'Una operación o una inyección en la columna en las últimas semanas',
      'conditions.osteoporosis': 'Huesos finos y frágiles (osteoporosis)',
      'findings.abdominal_pain': 'Dolor de barriga',
      'findings.heavy_sweating': 'Sudor abundante',
      'findings.dark_urine': 'Orina muy oscura, como té o refresco de cola',
      'findings.jaundice': 'Piel amarilla o blanco de los ojos amarillo',
      'findings.perioral_paraesthesia':
        'Hormigueo alrededor de la boca o en las yemas de los dedos',
    },
  },
  background: {
    text: '¿Alguna vez un médico le ha dicho que tiene una de estas enfermedades, y toma, o le han dado hace poco, alguno de estos medicamentos?',
    labels: {
      'conditions.spinal_cord_injury': 'Una lesión de la médula espinal',
      'conditions.multiple_sclerosis': 'Esclerosis múltiple (EM)',
      'conditions.stroke': 'Un ictus',
      'conditions.cerebral_palsy': 'Parálisis cerebral',
      'conditions.chronic_kidney_disease': 'Enfermedad de los riñones',
      'conditions.neck_surgery_thyroid_parathyroid':
        'Una operación del tiroides o de las paratiroides, en el cuello',
      'conditions.pregnancy': 'Embarazo (está embarazada ahora)',
      'medications.dopamine_antagonist':
        'Un medicamento para la psicosis, o una inyección o pastilla contra las náuseas',
      'medications.serotonergic_drug':
        'Un antidepresivo, o un medicamento para la migraña o el dolor fuerte que actúa sobre la serotonina',
      'medications.baclofen':
        'Un medicamento que relaja los músculos por espasticidad, por boca o con una bomba en la columna',
      'medications.diazepam': 'Un medicamento calmante para la ansiedad, el sueño o los espasmos',
      'medications.benzodiazepine':
        'Una pastilla para dormir, u otro medicamento calmante para la ansiedad',
      'medications.opioid': 'Un analgésico fuerte con receta',
      'medications.gabapentin': 'Un medicamento para el dolor de los nervios',
      'medications.tizanidine':
        'Otro comprimido para relajar los músculos en los espasmos, que le recetó un médico',
      'medications.botulinum_toxin':
        'Inyecciones en los músculos para relajarlos, en las últimas semanas',
      'medications.thiazide_diuretic': 'Una pastilla para orinar, para la tensión',
      'medications.loop_diuretic':
        'Una pastilla fuerte para orinar, para el corazón, la hinchazón o los riñones',
      'medications.laxative': 'Laxantes',
      'medications.proton_pump_inhibitor':
        'Un medicamento que baja el ácido del estómago, tomado a diario durante meses',
    },
  },
  where: {
    text: '¿En qué parte de la espalda están los espasmos?',
    labels: {
      'history.regions.cervical': 'El cuello',
      'history.regions.thoracic': 'La parte alta o media de la espalda',
      'history.regions.lumbar': 'La parte baja de la espalda',
      'history.regions.sacral': 'Lo más bajo de la espalda, cerca del coxis',
    },
  },
  triggers: {
    text: '¿Empezó con algo de esto?',
    labels: {
      'history.triggers.lifting': 'Al levantar algo',
      'history.triggers.twisting': 'Al girarse o torcerse',
      'history.triggers.exercise': 'Deporte, entrenamiento u otro ejercicio',
      'history.triggers.prolonged_posture':
        'Estar sentado o de pie mucho tiempo en la misma postura',
    },
  },
  other_triggers: {
    text: '¿Hay algo más que provoque los espasmos?',
    labels: {
      'history.triggers.stress': 'Estrés o preocupación',
      'history.triggers.cold': 'El frío',
      'history.triggers.none': 'Nada: vienen solos',
    },
  },
  duration: {
    text: '¿Hace cuántos días empezó?',
    labels: { 'history.durationDays': 'Días desde que empezó' },
  },
  side: {
    text: '¿En qué lado de la espalda está?',
    labels: { 'history.side': 'Lado' },
    options: {
      left: 'El izquierdo',
      right: 'El derecho',
      bilateral: 'Los dos lados, o en el centro',
    },
  },
  pain: {
    text: '¿Cuánto le duele ahora mismo, de 0 (nada) a 10 (el peor dolor que pueda imaginar)?',
    labels: { 'history.painNrs': 'Dolor de 0 a 10' },
  },
  spasm_frequency: {
    text: '¿Con qué frecuencia tiene espasmos?',
    labels: { 'history.psfsFrequency': 'Con qué frecuencia' },
    options: {
      0: 'Nunca',
      1: 'Solo cuando algo me toca o me muevo',
      2: 'Menos de una vez por hora',
      3: 'Más de una vez por hora',
      4: 'Más de 10 veces por hora',
    },
  },
  spasm_severity: {
    text: '¿Qué tan fuertes son los espasmos?',
    labels: { 'history.psfsSeverity': 'Qué tan fuertes' },
    options: { 1: 'Leves', 2: 'Moderados', 3: 'Fuertes' },
  },
  temperature: {
    text: 'Si se ha tomado la temperatura, ¿cuánto marcó en °C?',
    labels: { 'vitals.temperatureC': 'Temperatura en °C' },
  },
  mechanical: {
    text: '¿Esto describe su espalda?',
    labels: {
      'findings.pain_on_movement': 'Duele más al moverse',
      'findings.relief_at_rest': 'Se alivia al descansar',
      'findings.paraspinal_tenderness': 'Los músculos junto a la columna duelen al tocarlos',
      'findings.muscle_cramps': 'Se siente como un calambre',
    },
  },
  leg_nerves: {
    text: '¿Tiene algo de esto?',
    labels: {
      'findings.radicular_leg_pain': 'Un dolor que baja por una pierna, por debajo de la rodilla',
      'findings.distal_numbness': 'Entumecimiento u hormigueo en los pies o las manos',
      'findings.burning_feet': 'Ardor en los pies',
      'findings.back_hip_weakness': 'Debilidad en la espalda o las caderas',
    },
  },
  dysreflexia: {
    text: 'Ahora mismo, ¿tiene un dolor de cabeza martilleante, enrojecimiento o sudor por encima del nivel de la lesión, o una tensión mucho más alta de lo habitual?',
    labels: {
      'findings.autonomic_dysreflexia_symptoms':
        'Dolor de cabeza martilleante, enrojecimiento o sudor por encima de la lesión, o tensión alta',
    },
  },
  kidney: {
    text: '¿Alguna vez un médico le ha dicho que tiene algo de esto?',
    labels: {
      'conditions.diabetes_mellitus': 'Diabetes',
    },
  },
  dialysis: {
    text: '¿Está en diálisis?',
    labels: { 'conditions.dialysis': 'En diálisis' },
  },
  dialysis_cramps: {
    text: '¿Los espasmos o calambres aparecen durante la diálisis o justo después?',
    labels: { 'history.triggers.dialysis': 'Durante la diálisis o después' },
  },
  new_antibiotic: {
    text: '¿Ha empezado un antibiótico en las últimas semanas, por ejemplo para una infección de orina o de pecho?',
    labels: {
      'medications.ciprofloxacin':
        'Un antibiótico empezado en las últimas semanas, por ejemplo para una infección de orina',
    },
  },
  breathing_risks: {
    text: '¿Le ha dicho alguna vez un médico que tiene algo de esto?',
    labels: {
      'conditions.sleep_apnoea':
        'Apnea del sueño: la respiración se detiene unos momentos mientras duerme (quizá use una mascarilla por la noche)',
      'conditions.copd':
        'Una enfermedad crónica de los pulmones como EPOC, enfisema o bronquitis crónica',
    },
  },
  tizanidine_partners: {
    text: 'Además de ese comprimido para relajar los músculos, ¿toma alguno de estos?',
    labels: {
      'medications.beta_blocker':
        'Un comprimido que hace más lento el corazón, para la presión, la angina o el corazón acelerado',
      'medications.antihypertensive_other': 'Otro comprimido para la presión alta',
      'medications.fluvoxamine':
        'Un medicamento para los pensamientos obsesivos, la ansiedad o el ánimo bajo',
    },
  },
  other_medicines: {
    text: '¿Toma algo de esto?',
    labels: {
      'medications.statin': 'Un medicamento para bajar el colesterol',
      'medications.chemotherapy': 'Tratamiento del cáncer con medicamentos (quimioterapia)',
    },
  },
  gut: {
    text: 'En los últimos días, ¿ha tenido algo de esto?',
    labels: {
      'findings.vomiting': 'Vómitos',
      'findings.diarrhoea': 'Diarrea o heces blandas',
    },
  },
  salt_symptoms: {
    text: '¿Ha notado algo de esto?',
    labels: {
      'findings.palpitations':
        'El corazón acelerado, golpeando fuerte o latiendo de forma irregular',
      'findings.generalized_weakness': 'Debilidad nueva de los músculos en todo el cuerpo',
    },
  },
  twitching: {
    text: '¿Ha notado algo de esto en sus músculos?',
    labels: {
      'findings.muscle_twitching': 'Pequeñas contracciones bajo la piel',
      'findings.tremor': 'Temblores',
      'findings.myoclonus': 'Sacudidas bruscas de los brazos, las piernas o el cuerpo',
    },
  },
  adrenal: {
    text: 'En las últimas semanas o meses, ¿ha tenido algo de esto?',
    labels: {
      'findings.hyperpigmentation':
        'La piel se oscurece, sobre todo en los pliegues, las cicatrices o las encías',
      'findings.salt_craving': 'Ganas de comer cosas saladas',
      'findings.orthostatic_dizziness': 'Sensación de desmayo o mareo al ponerse de pie',
      'findings.fatigue': 'Mucho cansancio',
    },
  },
  tics: {
    text: '¿Tiene algo de esto?',
    labels: {
      'findings.motor_tics':
        'Movimientos bruscos que repite una y otra vez, como sacudidas o parpadeos',
      'findings.vocal_tics': 'Sonidos que repite una y otra vez, como sorber o carraspear',
      'findings.premonitory_urge': 'Unas ganas o una sensación que crece antes del movimiento',
      'findings.tics_suppressible': 'Puede contener los movimientos durante un rato',
    },
  },
  movement: {
    text: '¿Tiene algo de esto?',
    labels: {
      'findings.dystonia': 'Músculos que tiran del cuerpo o del cuello hacia posturas torcidas',
      'findings.dysarthria': 'Habla arrastrada o poco clara',
      'findings.drooling': 'Babeo',
      'findings.dysphagia': 'Dificultad para tragar, nueva o que va a peor',
    },
  },
  mind: {
    text: '¿Se aplica a usted algo de esto?',
    labels: {
      'findings.psychiatric_change': 'Su ánimo o su conducta han cambiado mucho hace poco',
      'conditions.adhd_or_ocd': 'TDAH o TOC',
      'findings.family_history_neurological':
        'Un padre, una madre, un hermano o una hermana con una enfermedad de los nervios o del cerebro',
    },
  },
  spasm_features: {
    text: 'Sobre los propios espasmos, ¿le pasa algo de esto?',
    labels: {
      'findings.consciousness_preserved_during_spasms':
        'Sigue totalmente despierto y consciente durante los espasmos',
      'findings.startle_exaggerated':
        'Se sobresalta mucho más que los demás con un ruido o un roce repentino',
    },
  },
  liver: {
    text: '¿Alguna vez un médico le ha dicho que tiene una enfermedad del hígado?',
    labels: { 'conditions.liver_disease': 'Enfermedad del hígado' },
  },
  wound: {
    text: 'Sobre heridas y el tétanos:',
    labels: {
      'findings.wound_recent': 'Tiene una herida que no ha curado',
      'findings.tetanus_vaccination_up_to_date':
        'Tiene las vacunas del tétanos al día (un refuerzo en los últimos 10 años)',
    },
  },
  other_conditions: {
    text: '¿Le pasa algo de esto?',
    labels: {
      'conditions.alcohol_use_disorder': 'Bebe mucho alcohol casi todos los días',
      'conditions.malabsorption':
        'Una enfermedad del intestino que impide absorber la comida (como la celiaquía)',
      'conditions.eating_disorder': 'Un trastorno de la conducta alimentaria',
      'conditions.autoimmune_disease':
        'Una enfermedad autoinmune (como la diabetes tipo 1 o el tiroides lento)',
    },
  },
  travel: {
    text: 'En las últimas semanas, ¿ha viajado al extranjero o le ha picado una garrapata o un mosquito?',
    labels: {
      'exposures.travel_or_insect_bite':
        'Un viaje al extranjero, o una picadura de garrapata o de mosquito',
    },
  },
};

export const LIKELIHOOD_TEXT_ES: Readonly<Record<Likelihood, string>> = {
  likely: 'probable',
  possible: 'posible',
  less_likely: 'menos probable',
};

export const WATCH_TEXT_ES: Readonly<Record<WatchId, string>> = {
  breathing: 'Llame a una ambulancia si le cuesta respirar o tragar.',
  confusion_or_fits:
    'Llame a una ambulancia si se siente confuso, con mucho sueño o tiene un ataque; pida a alguien que esté pendiente de usted.',
  fever:
    'Vaya al médico en menos de 24 horas si tiene fiebre, escalofríos con temblores o el cuello rígido; vaya a urgencias si además se encuentra muy mal.',
  cauda_equina:
    'Vaya a urgencias ahora si nota entumecimiento entre las piernas o alrededor del ano, o problemas para orinar o para retener la orina o las heces.',
  leg_weakness:
    'Vaya a urgencias ahora si una o las dos piernas se debilitan, o el pie empieza a arrastrarse o a golpear el suelo.',
  one_sided_weakness:
    'Llame a una ambulancia si de repente un lado del cuerpo, la cara o el habla se debilitan o se notan raros.',
  jaw_or_arching_spasms:
    'Llame a una ambulancia si se le bloquea la mandíbula, la espalda se arquea con los espasmos, o un ruido o un roce los provoca.',
  hand_spasms_or_tingling:
    'Vaya a urgencias si las manos se encogen en forma de garra o nota hormigueo alrededor de la boca.',
  dark_urine_or_yellow_skin:
    'Busque atención el mismo día si la orina se vuelve muy oscura o la piel o los ojos se ponen amarillos.',
  dysreflexia:
    'Con una lesión de la médula a la altura de la mitad de la espalda o más arriba: un dolor de cabeza martilleante, enrojecimiento o sudor por encima de la lesión es una urgencia. Siéntese recto, afloje la ropa ajustada y vacíe la vejiga mientras pide ayuda.',
  noxious_triggers:
    'Busque qué puede estar irritando su cuerpo: una infección de orina o la vejiga llena, una úlcera por presión, estreñimiento, una uña encarnada, ropa ajustada, una lesión escondida o una pierna hinchada y dolorida. Hable al médico de cualquier medicamento nuevo.',
  salts:
    'Vaya al médico en menos de 24 horas si el corazón se acelera o late de forma irregular, o nota debilidad nueva: puede que haya que revisar las sales de la sangre.',
  serious_cause:
    'Vaya al médico en menos de 24 horas si pierde peso sin intentarlo, el dolor le despierta por la noche, o no mejora después de 4 semanas.',
  getting_worse:
    'Vaya al médico si los espasmos no mejoran en una semana o siguen empeorando, y antes si aparecen problemas nuevos.',
};

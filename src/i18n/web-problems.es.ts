/** @module Lo que se dice al paciente, en español, cuando el servidor rechaza una petición o falla la red. */
import { MAX_AGE_YEARS } from '../domain/shared/index.js';
import type { WebProblemMessages } from './web-problems.js';

const f = (field: string | null): string => (field === null ? '' : `${field}: `);

export const WEB_PROBLEMS_ES: WebProblemMessages = {
  heading: 'No ha funcionado:',
  network: 'No hay conexión con el servidor. Compruebe la red y vuelva a intentarlo.',
  server: 'El servidor ha tenido un problema. Vuelva a intentarlo dentro de unos minutos.',
  other: (field) => `${f(field)}no se ha podido aceptar.`,
  code: {
    'auth.unauthenticated': () => 'Vuelva a iniciar sesión.',
    'auth.invalid_credentials': () => 'El correo electrónico o la contraseña no son correctos.',
    'auth.forbidden': () => 'Esta cuenta no puede hacer eso.',
    'auth.origin_rejected': () => 'Vuelva a cargar la página e inténtelo de nuevo.',
    'auth.email_taken': (field) => `${f(field)}ya existe una cuenta con este correo electrónico.`,
    'auth.password_guessable': (field) =>
      `${f(field)}es demasiado fácil de adivinar. Evite su nombre o su correo, las contraseñas comunes y las secuencias como 1234 o qwerty; unas cuantas palabras sin relación entre sí funcionan bien.`,
    'auth.invite_invalid': () =>
      'Esta invitación no existe, ya se usó o ha caducado. Pida una nueva a su administrador.',
    'auth.current_password_wrong': (field) => `${f(field)}esta no es su contraseña actual.`,
    'auth.reset_invalid': () =>
      'Este enlace para restablecer la contraseña no existe, ya se usó, fue sustituido por otro más reciente o ha caducado. Pida uno nuevo a su administrador.',
    'auth.rate_limited': () => 'Demasiados intentos. Espere un minuto y vuelva a intentarlo.',
    'record.not_found': () => 'No se ha encontrado.',
    'record.in_future': (field) => `${f(field)}la hora no puede ser futura.`,
    'record.birth_date_out_of_range': (field) =>
      `${f(field)}indique una fecha que no sea futura ni de hace más de ${String(MAX_AGE_YEARS)} años.`,
    'request.idempotency_key_reused': () => 'Esto ya se envió con otro contenido.',
    'request.invalid_header': () => 'Vuelva a cargar la página e inténtelo de nuevo.',
    'request.too_large': () => 'Es demasiado grande para enviarlo.',
    'request.invalid': () => 'No se ha podido leer la petición. Vuelva a intentarlo.',
    'input.invalid_json': () => 'No se ha podido leer la petición. Vuelva a intentarlo.',
    'input.required': (field) => `${f(field)}este dato es necesario.`,
    'input.invalid_type': (field) => `${f(field)}esta respuesta no es del tipo esperado.`,
    'input.out_of_range': (field) => `${f(field)}está fuera del intervalo permitido.`,
    'input.not_integer': (field) => `${f(field)}escriba un número entero.`,
    'input.invalid_value': (field) => `${f(field)}no es válido.`,
    'input.too_long': (field) => `${f(field)}hay demasiadas entradas.`,
    'input.too_large': (field) => `${f(field)}es demasiado largo.`,
    'input.unknown_key': (field) => `${f(field)}no se esperaba aquí.`,
    'input.none_with_others': () =>
      'Ha dicho que algo desencadena los espasmos y también que nada los desencadena. Vuelva atrás y cambie una de las dos respuestas.',
    'interview.not_an_object': () =>
      'No se han podido leer las respuestas. Vuelva a empezar, por favor.',
    'interview.unknown_ref': () =>
      'Una respuesta no corresponde a estas preguntas. Vuelva a empezar, por favor.',
    'interview.not_asked': () =>
      'Se ha respondido a una pregunta que no se hizo. Vuelva a empezar, por favor.',
    'interview.missing_answer': () => 'Una pregunta aún no tiene respuesta.',
    'interview.invalid_value': () => 'Una respuesta no es válida. Vuelva atrás y cámbiela.',
    'interview.not_finished': () => 'Las preguntas aún no han terminado.',
  },
  fields: {
    email: 'Correo electrónico',
    password: 'Contraseña',
    name: 'Nombre',
    birthDate: 'Fecha de nacimiento',
    sex: 'Sexo',
    startedAt: 'Cuándo empezó',
    durationMinutes: 'Cuánto duró',
    psfsSeverity: 'Cuánto le molestó',
    painNrs: 'Dolor',
    trigger: 'Qué lo desencadenó',
    helped: 'Qué le ayudó',
    note: 'Nota',
    measure: 'Medida de autocuidado',
    minutes: 'Minutos',
    answers: 'Respuestas',
    locale: 'Idioma',
    token: 'Enlace de invitación',
    currentPassword: 'Contraseña actual',
    newPassword: 'Contraseña nueva',
  },
  refused: 'El servidor no lo ha aceptado',
};

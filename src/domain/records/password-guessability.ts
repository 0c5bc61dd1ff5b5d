/**
 * @module Whether a new password is one an attacker would try early, beyond its length (the schema asks
 * for 10 characters). NIST SP 800-63B §5.1.1.2 asks a verifier to refuse passwords that are commonly used,
 * expected or compromised, and context-specific words such as the service's name or the user's own name,
 * and not to impose composition rules: so this refuses guessable shapes and never asks for a digit or a
 * symbol. Pure: the service asks it before hashing; the same rule runs in a browser.
 */

/** Why a password is refused; a surface words it. */
export type PasswordWeakness =
  /** a very common password, or one with digits and symbols only around it ("Password2026!") */
  | 'common'
  /** the account's own email name, the person's name or the service's name inside it */
  | 'personal'
  /** one character or a short unit repeated, a run along the keyboard or the alphabet, digits only */
  | 'pattern';

/**
 * Words that lead lists of leaked passwords, in the languages the patient app speaks. Written here from
 * general knowledge of those lists, not copied from one; the pattern rules catch the numeric ones.
 */
const COMMON_WORDS: ReadonlySet<string> = new Set([
  'password',
  'passwort',
  'contrasena',
  'contrasenia',
  'clave',
  'qwerty',
  'azerty',
  'letmein',
  'welcome',
  'bienvenido',
  'iloveyou',
  'teamo',
  'admin',
  'administrator',
  'login',
  'secret',
  'changeme',
  'monkey',
  'dragon',
  'football',
  'futbol',
  'baseball',
  'sunshine',
  'princess',
  'superman',
  'batman',
  'starwars',
  'master',
  'shadow',
  'trustno',
  'hello',
  'hola',
  'freedom',
  'whatever',
  'computer',
  'doctor',
  'nurse',
  'patient',
  'paciente',
  'hospital',
  'clinic',
  'clinica',
  'backpain',
  'spasm',
]);

/** What typists see as a run: the alphabet, the digits and the rows of common keyboards. */
const RUNS = [
  'abcdefghijklmnopqrstuvwxyz',
  '01234567890',
  'qwertyuiopasdfghjklzxcvbnm',
  'qwertzuiopasdfghjklyxcvbnm',
  'azertyuiopqsdfghjklmwxcvbn',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
];

/** Digit-for-letter swaps people use to dress up a word ("p@ssw0rd"). */
const UNLEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

/** Lower case, accents gone (ñ → n), so "Contraseña" and "contrasena" are one word. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The letters left when digits and symbols are taken off both ends ("!!Password2026" → "password"). */
function core(s: string): string {
  return s.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

/** True when `s` is a run of at least 3 along one of `RUNS`, forwards or backwards. */
function isRun(s: string): boolean {
  return (
    s.length >= 3 && RUNS.some((r) => r.includes(s) || r.split('').reverse().join('').includes(s))
  );
}

/** True when `s` is one unit of at most 4 characters said again and again ("abcabcabca", "12121212"). */
function isRepeat(s: string): boolean {
  for (let unit = 1; unit <= 4; unit += 1) {
    const head = s.slice(0, unit);
    if (s.length >= unit * 2 && head.repeat(Math.ceil(s.length / unit)).startsWith(s)) {
      return true;
    }
  }
  return false;
}

function isPattern(folded: string): boolean {
  const letters = folded.replace(/[\s\-_.]/g, '');
  return /^\d+$/.test(letters) || isRepeat(letters) || isRun(letters) || new Set(letters).size < 4;
}

/** `s` with the usual swaps undone ("p@ssw0rd" → "password"). */
function unleet(s: string): string {
  return s.replace(/[013457@$!]/g, (c) => UNLEET[c] ?? c);
}

function isCommon(folded: string): boolean {
  const word = core(folded);
  // undo the swaps inside the word only: the digits around it are not letters in disguise ("p@ssw0rd1234")
  const words = [word, unleet(word), core(unleet(folded))];
  return words.some((w) => COMMON_WORDS.has(w) || isRun(w));
}

/**
 * Names of the account that must not be the password's backbone: the email's part before "@", the words
 * of the person's name and the service's own name. Parts of three letters or fewer are left out: they turn
 * up inside good passwords by chance ("Ada" in "cicada").
 */
function personalWords(context: PasswordContext): string[] {
  const local = fold(context.email.split('@')[0] ?? '');
  const words = [
    local,
    ...local.split(/[^\p{L}\p{N}]+/u),
    ...fold(context.name).split(/[^\p{L}]+/u),
  ];
  return [...words, 'tonus'].filter((w) => w.length >= 4);
}

/**
 * The password with every part of the account's names taken out, short ones too, and what separates
 * them ("Dr New 12345" for Dr New → "12345"): a name dressed with a run of digits is no stronger than the
 * run, whatever the name's length.
 */
function withoutNames(folded: string, context: PasswordContext): string {
  const local = fold(context.email.split('@')[0] ?? '');
  const parts = [
    local,
    ...local.split(/[^\p{L}\p{N}]+/u),
    ...fold(context.name).split(/[^\p{L}]+/u),
    'tonus',
  ]
    .filter((w) => w.length >= 2)
    .sort((a, b) => b.length - a.length);
  let rest = folded;
  for (const part of parts) {
    rest = rest.split(part).join('');
  }
  return rest.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whose password it is: refusing one's own name needs it. */
export interface PasswordContext {
  readonly email: string;
  readonly name: string;
}

/** Why `password` would be guessed early, or `null` when it is not one of those. */
export function passwordWeakness(
  password: string,
  context: PasswordContext,
): PasswordWeakness | null {
  const folded = fold(password);
  if (isPattern(folded)) {
    return 'pattern';
  }
  if (isCommon(folded)) {
    return 'common';
  }
  const plain = unleet(folded);
  if (personalWords(context).some((w) => folded.includes(w) || plain.includes(w))) {
    return 'personal';
  }
  const rest = withoutNames(folded, context);
  if (rest !== folded.replace(/[^\p{L}\p{N}]+/gu, '') && (rest.length < 4 || isPattern(rest))) {
    return 'personal';
  }
  return null;
}

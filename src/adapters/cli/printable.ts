/** @module Makes text from input safe to print on a terminal: control characters are shown escaped, never sent raw. */

// C0 and C1 controls and DEL: an ANSI escape could recolour or rewrite the terminal, a NUL cut a line short
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Escapes control characters (keeping tabs and newlines) as `\u001b`-style sequences. */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** @module The knowledge-base version, stored with every result so a frozen assessment says what it was computed with. */

/** Bump the minor part when a rule, weight or fact changes; the major part when an id is removed or renamed. */
export const KB_VERSION = '1.49.0';

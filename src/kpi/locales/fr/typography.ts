/**
 * French typography, written once: a narrow no-break space (U+202F) before « : ; ! ? » and inside
 * « », as `Intl` writes numbers (`1 234,5`); a no-break space (U+00A0) before % and €, as `Intl`
 * writes `3,2 %`. Every sentence of the pack is built with these, never with a plain space.
 */
export const NNBSP = '\u202f';
export const NBSP = '\u00a0';

/** ` : `, the colon of a French sentence. */
export const COLON = `${NNBSP}: `;
/** ` ; `, the semicolon of a French sentence. */
export const SEMICOLON = `${NNBSP}; `;

/** Text between French quotes: `« x »`. */
export const quoted = (text: string): string => `«${NNBSP}${text}${NNBSP}»`;

/** `1er mars` rather than `1 mars`: Intl writes the first of the month as a plain number. */
export const firstOfMonth = (date: string): string => date.replace(/^1(?=[\s\u00a0\u202f])/, '1er');

/** A phrase as the start of a sentence or a badge, in the locale's own casing rules. */
export const capitalize = (text: string, locale?: string): string =>
  text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

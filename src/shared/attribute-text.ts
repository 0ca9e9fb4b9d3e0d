/**
 * What a script's value for a text attribute reads as, the way the attribute would hold it:
 * numbers and booleans as written, objects that define their own text (`Intl.Locale`, `URL`,
 * `Date`) as that text. Values with no text of their own (plain or prototype-less objects, lists,
 * functions, symbols) give `undefined`, never JavaScript's "[object Object]" nor a joined list.
 */
export const attributeText = (value: unknown): string | undefined => {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'object': {
      if (value === null || Array.isArray(value)) return undefined;
      const { toString } = value as { toString?: unknown };
      if (typeof toString !== 'function' || toString === Object.prototype.toString) return undefined;
      try {
        return String(value);
      } catch {
        // A toString that throws has no text to give.
        return undefined;
      }
    }
    default:
      return undefined;
  }
};

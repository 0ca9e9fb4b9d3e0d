/** How the docs write a tag: shared by the examples' snippets and the KPI builder. Pure: no DOM. */

/** Tags longer than this put one attribute per line, as Prettier does in the sources. */
export const ONE_LINE = 80;
export const INDENT = '  ';

/** An attribute value for double quotes: `&`, `"` and `<` as character references. */
export const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A tag's opening laid out like the sources: `head attr attr end` on one line when it (with
 * `after`, what follows on the same line) fits `width`, else one attribute a line and `end` on a
 * line of its own (`<kpi-card` … `>`, or `<kpi-card` … `/>` for JSX).
 */
export const layoutTag = (
  head: string,
  attributes: readonly string[],
  end: string,
  width = ONE_LINE,
  after = '',
): string => {
  const oneLine = [head, ...attributes].join(' ') + end;
  if ((oneLine + after).length <= width) return oneLine;
  return [head, ...attributes.map((attribute) => INDENT + attribute), end.trimStart()].join('\n');
};

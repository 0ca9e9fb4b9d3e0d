/** What names a widget's PNG: its `id`, else its label, else its tag. */
export interface WidgetName {
  readonly tag: string;
  readonly id: string;
  readonly label: string;
}

/** Lower-case words joined by hyphens, letters of any script kept: "Omzet (€), juni" is `omzet-juni`. */
const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

/**
 * One file name per widget, in page order: `id.png` for a widget with an `id` (as the page names
 * it), else its position and label (`02-conversion-rate.png`), so a folder lists the widgets in
 * the order they appear. A name given twice gets its position too.
 */
export const pngNames = (widgets: readonly WidgetName[]): string[] => {
  const width = Math.max(2, String(widgets.length).length);
  const names = widgets.map(({ tag, id, label }, index) => {
    const position = String(index + 1).padStart(width, '0');
    const byId = slug(id);
    return byId ? byId : `${position}-${slug(label) || tag}`;
  });
  return names.map((name, index) =>
    names.indexOf(name) === index && names.lastIndexOf(name) === index
      ? `${name}.png`
      : `${String(index + 1).padStart(width, '0')}-${name}.png`,
  );
};

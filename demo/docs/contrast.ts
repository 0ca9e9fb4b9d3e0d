/** WCAG 2 contrast, for the theming playground's readout. Pure: no DOM. */

/** The relative luminance of a `#rrggbb` color, or `undefined` for anything else. */
export const luminance = (hex: string): number | undefined => {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return undefined;
  const [r = 0, g = 0, b = 0] = match.slice(1).map((pair) => {
    const channel = parseInt(pair, 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** The contrast ratio of two `#rrggbb` colors, from 1 to 21, or `undefined` if either is not one. */
export const contrastRatio = (foreground: string, background: string): number | undefined => {
  const a = luminance(foreground);
  const b = luminance(background);
  if (a === undefined || b === undefined) return undefined;
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
};

/** The theming playground's CSS, built from its settings. Pure: no DOM. */

export const COLOR_TOKENS = [
  '--kpi-color-accent',
  '--kpi-color-good',
  '--kpi-color-bad',
  '--kpi-color-neutral',
  '--kpi-color-surface',
  '--kpi-color-text',
  '--kpi-color-muted',
  '--kpi-color-border',
] as const;
export type ColorToken = (typeof COLOR_TOKENS)[number];

/**
 * The defaults of a scheme's colors, read from the kit's token style sheet, where each is a
 * `light-dark()` pair (`var(--kpi-color-good, light-dark(#1a7f37, #3fb950))` gives `#1a7f37` for
 * light), so the playground shows the kit's own values and cannot drift from them.
 */
export const themeColors = (cssText: string, scheme: 'light' | 'dark'): Readonly<Record<ColorToken, string>> => {
  const pairs = cssText.matchAll(/var\((--kpi-color-[a-z]+),\s*light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)\)/g);
  const found = new Map([...pairs].map(([, token, light, dark]) => [token, scheme === 'light' ? light : dark]));
  return Object.fromEntries(COLOR_TOKENS.map((token) => [token, found.get(token) ?? '#000000'])) as Record<
    ColorToken,
    string
  >;
};

export interface ThemeSettings {
  /** Only the colors changed from the theme's defaults. */
  readonly colors: Readonly<Partial<Record<ColorToken, string>>>;
  /** Lengths in px, when changed from the defaults. */
  readonly radius?: number;
  readonly space?: number;
  /** A font stack, when changed from the default. */
  readonly font?: string;
  readonly dark: boolean;
  readonly rtl: boolean;
  /** Adds a `::part()` rule that sets the labels in small capitals. */
  readonly parts: boolean;
}

export const WRAPPER = 'brand-portal';
const TAGS = 'kpi-card, kpi-trend, funnel-ratio, goal-gauge';

/** The one rule on the wrapper (plus the `::part()` rule when chosen), as a reader would paste it. */
export const themeCss = ({ colors, radius, space, font, dark, rtl, parts }: ThemeSettings): string => {
  const declarations = [
    ...COLOR_TOKENS.flatMap((token) => (colors[token] ? [`${token}: ${colors[token]};`] : [])),
    ...(font ? [`--kpi-font-family: ${font};`] : []),
    ...(radius === undefined ? [] : [`--kpi-radius: ${radius}px;`]),
    ...(space === undefined ? [] : [`--kpi-space: ${space}px;`]),
  ];
  const markup = [
    ...(rtl ? [`dir="rtl" on the wrapper`] : []),
    ...(dark ? [`theme="dark" on each widget (without it, widgets follow the page's color-scheme)`] : []),
  ];
  return [
    `/* One rule on a wrapper brands every widget inside it. */`,
    ...(markup.length ? [`/* In the markup: ${markup.join('; ')}. */`] : []),
    `.${WRAPPER} {`,
    ...(declarations.length ? declarations : ['/* Change a control to see its custom property here. */']).map(
      (line) => `  ${line}`,
    ),
    `}`,
    ...(parts
      ? [
          ``,
          `/* ::part() styles what the tokens do not reach, here every widget's label. */`,
          `.${WRAPPER} :is(${TAGS})::part(label) {`,
          `  font-variant-caps: all-small-caps;`,
          `  letter-spacing: 0.04em;`,
          `}`,
        ]
      : []),
  ].join('\n');
};

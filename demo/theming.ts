import '../src/index.js';
import './docs/language.js';
import { elementDeclaration } from './docs/manifest.js';
import { contrastRatio } from './docs/contrast.js';
import { codeBlock } from './docs/copy.js';
import { tokenStyles } from '../src/shared/styles/tokens.styles.js';
import { COLOR_TOKENS, themeColors, themeCss, type ColorToken, type ThemeSettings } from './docs/theme-css.js';

/** The light defaults are the public ones, read from the manifest like every other documented default. */
const documented = new Map(
  (elementDeclaration('kpi-card')?.cssProperties ?? []).map((property) => [property.name, property.default ?? '']),
);
const LIGHT_COLORS = Object.fromEntries(
  COLOR_TOKENS.map((token) => [token, documented.get(token) ?? '#000000']),
) as Record<ColorToken, string>;
const DARK_COLORS = themeColors(tokenStyles.cssText, 'dark');
const DEFAULT_RADIUS = parseInt(documented.get('--kpi-radius') ?? '12', 10);
const DEFAULT_SPACE = parseInt(documented.get('--kpi-space') ?? '16', 10);

const INITIAL: ThemeSettings = { colors: {}, dark: false, rtl: false, parts: true };
let settings: ThemeSettings = INITIAL;

const form = document.querySelector<HTMLFormElement>('#controls');
const preview = document.querySelector<HTMLElement>('#preview');
const colorInputs = [...document.querySelectorAll<HTMLInputElement>('input[type="color"][data-token]')];
const radius = document.querySelector<HTMLInputElement>('#radius');
const space = document.querySelector<HTMLInputElement>('#space');
const font = document.querySelector<HTMLSelectElement>('#font');
const dark = document.querySelector<HTMLInputElement>('#dark');
const rtl = document.querySelector<HTMLInputElement>('#rtl');
const parts = document.querySelector<HTMLInputElement>('#parts');
const contrastList = document.querySelector('#contrast');

const defaults = () => (settings.dark ? DARK_COLORS : LIGHT_COLORS);
const colorOf = (token: ColorToken) => settings.colors[token] ?? defaults()[token];
const isToken = (name: string | undefined): name is ColorToken => COLOR_TOKENS.some((token) => token === name);

/** Text colors checked against the surface; 4.5 : 1 because each of them colors text somewhere. */
const CHECKS: readonly [ColorToken, string][] = [
  ['--kpi-color-text', 'Text'],
  ['--kpi-color-muted', 'Muted text'],
  ['--kpi-color-good', 'Good news'],
  ['--kpi-color-bad', 'Bad news'],
  ['--kpi-color-neutral', 'No change'],
  ['--kpi-color-accent', 'Accent'],
];

const renderContrast = () => {
  const surface = colorOf('--kpi-color-surface');
  contrastList?.replaceChildren(
    ...CHECKS.map(([token, name]) => {
      const ratio = contrastRatio(colorOf(token), surface) ?? 1;
      const item = document.createElement('li');
      const passes = ratio >= 4.5;
      item.className = passes ? 'pass' : 'fail';
      item.textContent = `${passes ? '✓' : '✗'} ${name} ${ratio.toFixed(1)} : 1${passes ? '' : ', too low'}`;
      return item;
    }),
  );
};

const sheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
const snippet = codeBlock('CSS for your stylesheet', '', 'css');
document.querySelector('#css-snippet')?.append(snippet.figure);

/** Shows the settings in the controls, and applies them to the preview through the very CSS it shows. */
const render = () => {
  for (const input of colorInputs) if (isToken(input.dataset.token)) input.value = colorOf(input.dataset.token);
  for (const [input, value, fallback] of [
    [radius, settings.radius, DEFAULT_RADIUS],
    [space, settings.space, DEFAULT_SPACE],
  ] as const) {
    if (!input) continue;
    input.value = String(value ?? fallback);
    const output = document.querySelector(`output[for="${input.id}"]`);
    if (output) output.textContent = `${input.value} px`;
  }
  if (font) font.value = settings.font ?? '';
  if (dark) dark.checked = settings.dark;
  if (rtl) rtl.checked = settings.rtl;
  if (parts) parts.checked = settings.parts;

  const css = themeCss(settings);
  sheet.replaceSync(css);
  snippet.code.textContent = css;
  if (preview) {
    preview.dir = settings.rtl ? 'rtl' : 'ltr';
    preview.classList.toggle('is-dark', settings.dark);
    // Explicit in both themes, so the preview does not follow the docs page's scheme.
    for (const widget of preview.querySelectorAll('kpi-card, kpi-trend, funnel-ratio, goal-gauge')) {
      widget.setAttribute('theme', settings.dark ? 'dark' : 'light');
    }
  }
  renderContrast();
};

const lengthOf = (input: HTMLInputElement, fallback: number) => {
  const value = Number(input.value);
  return value === fallback ? undefined : value;
};

form?.addEventListener('input', (event) => {
  const target = event.target;
  if (target instanceof HTMLInputElement && target.type === 'color' && isToken(target.dataset.token)) {
    const token = target.dataset.token;
    const colors = { ...settings.colors };
    if (target.value.toLowerCase() === defaults()[token].toLowerCase()) delete colors[token];
    else colors[token] = target.value;
    settings = { ...settings, colors };
  } else {
    settings = {
      ...settings,
      radius: radius ? lengthOf(radius, DEFAULT_RADIUS) : undefined,
      space: space ? lengthOf(space, DEFAULT_SPACE) : undefined,
      font: font?.value || undefined,
      dark: dark?.checked ?? false,
      rtl: rtl?.checked ?? false,
      parts: parts?.checked ?? false,
    };
  }
  render();
});

form?.addEventListener('reset', (event) => {
  event.preventDefault();
  settings = INITIAL;
  render();
});

render();

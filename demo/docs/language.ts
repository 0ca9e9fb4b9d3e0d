/**
 * The docs site's language switch, the same on every page: it sets the page's `lang`, which every
 * widget follows (each loads its language's words when it needs them), keeps the choice while the
 * reader moves between pages, and tells the page's own scripts so they can word their tables.
 */
import { make } from './make.js';
import './site-nav.js';

/** The languages the kit speaks, each with a locale of its own for numbers, dates and currency. */
export const DOC_LANGUAGES: readonly (readonly [locale: string, name: string])[] = [
  ['en-US', 'English (en-US)'],
  ['en-GB', 'English (en-GB)'],
  ['nl-NL', 'Nederlands (nl-NL)'],
  ['nl-BE', 'Nederlands (nl-BE)'],
  ['de-DE', 'Deutsch (de-DE)'],
  ['de-AT', 'Deutsch (de-AT)'],
  ['fr-FR', 'Français (fr-FR)'],
  ['fr-BE', 'Français (fr-BE)'],
];

const STORAGE_KEY = 'kpi-kit-docs-locale';
const EVENT = 'docs-language';

const isOffered = (locale: string | null | undefined): locale is string =>
  DOC_LANGUAGES.some(([offered]) => offered === locale);

const SVG = 'http://www.w3.org/2000/svg';

/** A globe outline, the picker's visible label: decoration, as the label is read out. */
const globe = (): SVGSVGElement => {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'globe');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('fill', 'none');
  svg.setAttribute('stroke', 'currentColor');
  svg.setAttribute('stroke-width', '1.25');
  for (const d of [
    'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13Z',
    'M1.5 8h13',
    'M8 1.5c-3.2 3.6-3.2 9.4 0 13c3.2-3.6 3.2-9.4 0-13Z',
  ]) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
};

/**
 * The picker, made for the page at the end of its header navigation, where every page has it
 * (a page without that header gets it in its page header). Its label is read, not shown.
 */
const selectOf = (): HTMLSelectElement | null => {
  const place = document.querySelector('.site-nav') ?? document.querySelector('.page-header');
  if (!place) return null;
  const select = make('select', '', ...DOC_LANGUAGES.map(([locale, text]) => new Option(text, locale)));
  select.id = 'language';
  place.append(make('label', 'language', make('span', 'visually-hidden', 'Language'), globe(), select));
  return select;
};

const readStored = (): string | null => {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
};

const store = (locale: string) => {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this page.
  }
};

/**
 * Calls `apply` with the page's locale now and whenever the reader picks another. `?lang=de-DE`
 * opens a page in that language, for links and screenshots.
 */
export const onLanguage = (apply: (locale: string) => void): void => {
  window.addEventListener(EVENT, (event) => apply((event as CustomEvent<string>).detail));
  apply(document.documentElement.lang);
};

const select = selectOf();
const choose = (locale: string) => {
  document.documentElement.lang = locale;
  if (select) select.value = locale;
  window.dispatchEvent(new CustomEvent(EVENT, { detail: locale }));
};

const requested = new URLSearchParams(location.search).get('lang');
const initial = [requested, readStored()].find(isOffered) ?? 'en-US';
document.documentElement.lang = initial;
if (select) select.value = initial;
select?.addEventListener('change', () => {
  store(select.value);
  choose(select.value);
});

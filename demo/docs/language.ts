/**
 * The docs site's language switch, the same on every page: it sets the page's `lang`, which every
 * widget follows (each loads its language's words when it needs them), keeps the choice while the
 * reader moves between pages, and tells the page's own scripts so they can word their tables.
 */

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

/** The page's select, or one made for it in the page header (every page has one). */
const selectOf = (): HTMLSelectElement | null => {
  let select = document.querySelector<HTMLSelectElement>('#language');
  if (!select) {
    const header = document.querySelector('.page-header');
    if (!header) return null;
    const label = document.createElement('label');
    label.className = 'language';
    select = document.createElement('select');
    select.id = 'language';
    label.append('Language', select);
    header.append(label);
  }
  select.replaceChildren(...DOC_LANGUAGES.map(([locale, name]) => new Option(name, locale)));
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

import '../src/elements/goal-gauge/goal-gauge.js';

const languageSelect = document.querySelector<HTMLSelectElement>('#language');

/** The gauges follow the page's lang; switching it re-renders them in the other language. */
const applyLanguage = (locale: string) => {
  document.documentElement.lang = locale;
  if (languageSelect) languageSelect.value = locale;
};

languageSelect?.addEventListener('change', () => applyLanguage(languageSelect.value));
// `?lang=nl-NL` opens the page in Dutch, for sharing a link.
const requested = new URLSearchParams(location.search).get('lang');
if (requested === 'en-US' || requested === 'nl-NL') applyLanguage(requested);

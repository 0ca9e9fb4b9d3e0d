import '../src/elements/funnel-ratio/funnel-ratio.js';

/** The elements follow the page's `lang`: switching it re-renders them in the chosen language. */
const languageSelect = document.querySelector<HTMLSelectElement>('#language');
const applyLanguage = (locale: string) => {
  document.documentElement.lang = locale;
};
languageSelect?.addEventListener('change', () => applyLanguage(languageSelect.value));

/** `?lang=nl-NL` opens the page in Dutch, for links and screenshots. */
const requested = new URLSearchParams(location.search).get('lang');
if (languageSelect && requested && [...languageSelect.options].some((option) => option.value === requested)) {
  languageSelect.value = requested;
  applyLanguage(requested);
}

import '../src/elements/kpi-card/kpi-card.js';
import { languages, listKpis, loadPack } from '../src/kpi/index.js';
import { catalogEntry } from './docs/catalog-entry.js';

const list = document.querySelector('#kpis');
const filter = document.querySelector<HTMLInputElement>('#filter');
const languageSelect = document.querySelector<HTMLSelectElement>('#language');
const count = document.querySelector('#count');

/** Shows the entries whose id, names, definitions or inputs contain every word typed. */
const applyFilter = () => {
  const words = (filter?.value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const entries = [...(list?.querySelectorAll<HTMLElement>('.kpi-entry') ?? [])];
  let shown = 0;
  for (const entry of entries) {
    const matches = words.every((word) => entry.dataset.search?.includes(word));
    entry.hidden = !matches;
    if (matches) shown += 1;
  }
  if (count) {
    count.textContent =
      shown === 0
        ? `No KPI matches “${filter?.value.trim()}”.`
        : shown === entries.length
          ? `${entries.length} KPIs`
          : `Showing ${shown} of ${entries.length} KPIs`;
  }
};

/** The catalog in a language, once the words are here: every entry names its KPI in every language. */
const render = async (locale: string) => {
  await Promise.all(languages().map(loadPack));
  list?.replaceChildren(...listKpis().map((kpi) => catalogEntry(kpi, locale)));
  applyFilter();
};

filter?.addEventListener('input', applyFilter);
languageSelect?.addEventListener('change', () => void render(languageSelect.value));

/** `?lang=nl-NL` opens the catalog in Dutch and `?q=email` filtered, for links and screenshots. */
const params = new URLSearchParams(location.search);
const requested = params.get('lang');
if (languageSelect && requested && [...languageSelect.options].some((option) => option.value === requested)) {
  languageSelect.value = requested;
}
if (filter) filter.value = params.get('q') ?? '';
void render(languageSelect?.value ?? 'en-US');

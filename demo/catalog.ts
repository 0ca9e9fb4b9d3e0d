import '../src/elements/kpi-card/kpi-card.js';
import { languages, listKpis, loadPack } from '../src/kpi/index.js';
import { catalogEntry } from './docs/catalog-entry.js';
import { onLanguage } from './docs/language.js';

const list = document.querySelector('#kpis');
const filter = document.querySelector<HTMLInputElement>('#filter');
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
/** `?q=email` opens the catalog filtered, for links; `?lang=nl-NL` in Dutch (see the language switch). */
if (filter) filter.value = new URLSearchParams(location.search).get('q') ?? '';
onLanguage((locale) => void render(locale));

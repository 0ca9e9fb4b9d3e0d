import '../src/elements/kpi-card/kpi-card.js';
import { langOf, listKpis, loadNotes } from '../src/kpi/index.js';
import { catalogEntry } from './docs/catalog-entry.js';
import { countText, matchesQuery, searchTextOf } from './docs/catalog-filter.js';
import { groupKpis } from './docs/catalog-groups.js';
import { onLanguage } from './docs/language.js';
import { make } from './docs/make.js';

const list = document.querySelector('#kpis');
const filter = document.querySelector<HTMLInputElement>('#filter');
const chips = document.querySelector('#groups');
const count = document.querySelector('#count');

/** The group picked with the chips; "" is every group. */
const pickedGroup = () => chips?.querySelector<HTMLInputElement>('input:checked')?.value ?? '';

/** Shows the entries of the picked group that hold every word typed, and the groups that have any. */
const applyFilter = () => {
  const query = filter?.value ?? '';
  const group = pickedGroup();
  let shown = 0;
  for (const section of list?.querySelectorAll<HTMLElement>('.kpi-group') ?? []) {
    let inSection = 0;
    for (const entry of section.querySelectorAll<HTMLElement>('.kpi-entry')) {
      const matches = (!group || section.dataset.group === group) && matchesQuery(entry.dataset.search ?? '', query);
      entry.hidden = !matches;
      if (matches) inSection += 1;
    }
    section.hidden = inSection === 0;
    shown += inSection;
  }
  if (count) count.textContent = countText(shown, list?.querySelectorAll('.kpi-entry').length ?? 0, query);
};

/** A chip per group, with its count: a radio group, so one pick at a time and arrow keys move it. */
const chip = (value: string, title: string, size: number, checked: boolean) => {
  const input = make('input', '');
  input.type = 'radio';
  input.name = 'group';
  input.value = value;
  input.checked = checked;
  return make('label', 'chip', input, title, ' ', make('span', 'chip-count', String(size)));
};

/**
 * The catalog in a language, once its words and the KPIs' notes are here (in English too, which
 * the search also reads): a section per group, a tile per KPI.
 */
const render = async (locale: string) => {
  await Promise.all([loadNotes(langOf(locale)), loadNotes('en')]);
  const picked = pickedGroup();
  const groups = groupKpis(listKpis(), locale);
  const total = groups.reduce((sum, { kpis }) => sum + kpis.length, 0);
  chips?.replaceChildren(
    make('legend', 'visually-hidden', 'Category'),
    chip('', 'All', total, !picked),
    ...groups.map(({ group, kpis }) => chip(group.id, group.title, kpis.length, picked === group.id)),
  );
  list?.replaceChildren(
    ...groups.map(({ group, kpis }) => {
      const heading = make('h2', '', group.title, ' ', make('span', 'group-count', String(kpis.length)));
      heading.id = `group-${group.id}`;
      const entries = kpis.map((kpi) => {
        const entry = catalogEntry(kpi, locale);
        entry.dataset.search = searchTextOf(kpi, locale);
        return entry;
      });
      const section = make('section', 'kpi-group', heading, make('div', 'kpi-grid', ...entries));
      section.dataset.group = group.id;
      section.setAttribute('aria-labelledby', heading.id);
      return section;
    }),
  );
  applyFilter();
};

filter?.addEventListener('input', applyFilter);
chips?.addEventListener('change', applyFilter);
/** `?q=email` opens the catalog filtered, for links; `?lang=nl-NL` in Dutch (see the language switch). */
if (filter) filter.value = new URLSearchParams(location.search).get('q') ?? '';
onLanguage((locale) => void render(locale));

/**
 * The KPI builder's three choices, each a radio group (arrow keys move the pick, Tab leaves the
 * group): the KPI among the search's matches, the element, and where the inputs come from.
 */
import { kpiWords, langOf, type KpiDefinition } from '../../src/kpi/index.js';
import { searchKpis, type Match } from './builder-search.js';
import { BUILDER_TAGS, type BuilderTag, type InputSource } from './builder-spec.js';
import type { BuilderWords } from './builder-words.js';
import { make } from './make.js';

/** How many matches the list shows; the count says how many more there are. */
const SHOWN = 8;

/** What the list offers before anything is typed: the KPIs most pages start with. */
const POPULAR = ['roas', 'conversion-rate', 'cac', 'ctr', 'open-rate', 'nps'];

const radio = (name: string, value: string, checked: boolean, ...label: (string | Node)[]) => {
  const input = make('input', '');
  input.type = 'radio';
  input.name = name;
  input.value = value;
  input.checked = checked;
  return make('label', 'choice', input, make('span', 'choice-text', ...label));
};

export interface KpiChoice {
  readonly kpis: readonly KpiDefinition[];
  readonly query: string;
  readonly chosen: KpiDefinition;
  readonly locale: string;
  readonly words: BuilderWords;
}

/**
 * The matches of the query as radios, each named in the page's language (and, when another
 * language's name was found, that one too), the count of matches, and the KPI chosen with its
 * definition.
 */
export const kpiChoices = (
  list: HTMLElement,
  count: HTMLElement,
  chosenLine: HTMLElement,
  { kpis, query, chosen, locale, words }: KpiChoice,
): void => {
  const lang = langOf(locale);
  const typed = query.trim() !== '';
  const matches: readonly Match[] = typed
    ? searchKpis(kpis, query, lang)
    : POPULAR.flatMap((id) => kpis.filter((kpi) => kpi.id === id)).map((kpi) => ({ kpi }));
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  const shown = matches.slice(0, SHOWN);
  list.replaceChildren(
    make('legend', 'visually-hidden', words.results),
    ...shown.map(({ kpi, alias }) => {
      const name = make('span', 'choice-name', kpiWords(kpi, lang).name);
      const extra = alias
        ? [make('span', 'choice-alias', `${languages.of(alias.lang) ?? alias.lang}: `, make('span', '', alias.name))]
        : [];
      extra.forEach((node) => node.lastElementChild?.setAttribute('lang', alias?.lang ?? ''));
      return radio('kpi', kpi.id, kpi.id === chosen.id, name, make('code', '', kpi.id), ...extra);
    }),
  );
  list.hidden = shown.length === 0;
  // Read out as the reader types: how many match, or that none does.
  count.textContent = !typed
    ? ''
    : matches.length
      ? words.count(shown.length, matches.length)
      : words.noMatch(query.trim());
  const { name, definition } = kpiWords(chosen, lang);
  chosenLine.replaceChildren(
    make('strong', '', name),
    ' ',
    make('code', '', chosen.id),
    ...(definition ? [make('span', 'definition', definition)] : []),
  );
};

/** The three elements that compute a KPI, each with its tag and what it shows. */
export const widgetChoices = (group: HTMLElement, tag: BuilderTag, words: BuilderWords): void => {
  group.replaceChildren(
    make('legend', 'visually-hidden', words.stepWidget),
    ...BUILDER_TAGS.map((option) =>
      radio(
        'tag',
        option,
        option === tag,
        make('code', 'choice-name', `<${option}>`),
        make('span', 'choice-note', words.widgets[option]),
      ),
    ),
  );
};

/** Typed figures or a CSV file, as a segmented control. */
export const sourceChoices = (group: HTMLElement, source: InputSource, words: BuilderWords): void => {
  group.replaceChildren(
    make('legend', 'visually-hidden', words.stepData),
    radio('source', 'typed', source === 'typed', words.typed),
    radio('source', 'file', source === 'file', words.fromFile),
  );
};

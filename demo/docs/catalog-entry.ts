import {
  capitalize,
  computeKpi,
  formatRange,
  formatValue,
  isBounded,
  kpiWords,
  langOf,
  languages,
  type Benchmark,
  type InputKind,
  type KpiDefinition,
  type Unit,
} from '../../src/kpi/index.js';
import { exampleInputs } from './catalog-examples.js';
import { codeBlock } from './copy.js';
import { markupOf } from './snippets.js';

const UNITS: Readonly<Record<Unit, string>> = {
  percent: 'percent',
  currency: 'currency',
  ratio: 'ratio (x : 1)',
  count: 'count',
  number: 'number',
  score: 'score',
  duration: 'duration (days)',
};

/** What each input kind accepts, as attribute text (always a dot for decimals, whatever the locale). */
const KINDS: Readonly<Record<InputKind, string>> = {
  count: 'a whole number, 0 or more',
  amount: 'an amount, 0 or more',
  signed: 'an amount, may be negative',
  rate: 'a fraction: 5% or 0.05',
  number: 'a number, 0 or more',
  answer: 'a survey answer, 0 to 10',
  percent: 'a percent: 12.5% or 0.125',
};

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, ...children: (string | Node)[]) => {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
};
const code = (text: string) => make('code', text);
const inLang = <E extends HTMLElement>(element: E, lang: string): E => {
  element.lang = lang;
  return element;
};

/**
 * A benchmark as the card quotes it: the engine's range text (`2%–5%`, `≥ 3 : 1`, money in the
 * range's own currency) and its note; a reference figure without a range is its note alone.
 */
export const benchmarkText = (kpi: KpiDefinition, benchmark: Benchmark, locale: string): string => {
  const { unit } = kpi;
  const { currency } = benchmark;
  const words = kpiWords(kpi, langOf(locale)).benchmark ?? '';
  if (!isBounded(benchmark)) return words;
  return `${formatRange(benchmark, unit, { locale, ...(currency ? { currency } : {}) })} (${words})`;
};

const fact = (term: string, ...description: (string | Node)[]) =>
  make('div', make('dt', term), make('dd', ...description));

const inputsTable = (kpi: KpiDefinition, titleId: string, title: string) => {
  const alternatives = kpi.requires;
  const head = make('tr', ...['Input attribute', 'Kind: accepts', 'Needed'].map((text) => make('th', text)));
  for (const th of head.children) th.setAttribute('scope', 'col');
  const rows = kpi.inputs.map((input) => {
    const name = make('th', code(input.name));
    name.scope = 'row';
    const needed =
      input.default !== undefined ? `optional (default ${input.default})` : alternatives ? 'in some sets' : 'required';
    const accepts = input.list ? `a comma-separated list, each ${KINDS[input.kind]}` : KINDS[input.kind];
    return make('tr', name, make('td', code(input.kind), `: ${accepts}`), make('td', needed));
  });
  const table = make('table', make('thead', head), make('tbody', ...rows));
  table.className = 'api';
  table.setAttribute('aria-labelledby', titleId);
  // Narrow screens scroll the table, not the page; the region can be scrolled from the keyboard.
  const scroller = make('div', table);
  scroller.className = 'table-scroll';
  scroller.tabIndex = 0;
  scroller.setAttribute('role', 'region');
  scroller.setAttribute('aria-label', title);
  return scroller;
};

/** The example card for a KPI, as an element: its markup is the snippet, and it is the preview. */
const exampleCard = (kpi: KpiDefinition) => {
  const card = document.createElement('kpi-card');
  card.setAttribute('kpi', kpi.id);
  for (const [name, value] of Object.entries(exampleInputs(kpi))) card.setAttribute(name, value);
  return card;
};

/** One KPI of the catalog: names, definition, unit, direction, benchmark, inputs and an example card. */
export const catalogEntry = (kpi: KpiDefinition, locale: string): HTMLElement => {
  const lang = langOf(locale);
  const id = `kpi-${kpi.id}`;
  const own = kpiWords(kpi, lang);
  const heading = inLang(make('h2', own.name), locale);
  heading.id = `${id}-name`;

  const facts = make(
    'dl',
    fact('Unit', UNITS[kpi.unit]),
    fact('Better', kpi.better === 'higher' ? '▲ higher' : '▼ lower'),
  );
  if (kpi.benchmark) {
    facts.append(fact('Typical', inLang(make('span', benchmarkText(kpi, kpi.benchmark, locale)), locale)));
    if (kpi.benchmark.source) facts.append(fact('Source', capitalize(kpi.benchmark.source)));
  }
  facts.className = 'facts';

  const inputsTitle = make('h3', 'Inputs');
  inputsTitle.id = `${id}-inputs`;
  const parts: Node[] = [inputsTitle, inputsTable(kpi, inputsTitle.id, `Inputs of ${kpi.id}`)];
  if (kpi.requires) {
    const sets = kpi.requires.flatMap((set, index) => [
      index ? '; ' : '',
      ...set.flatMap((name, position) => [position ? ' + ' : '', code(name)]),
    ]);
    parts.push(make('p', 'Needs one of these sets: ', ...sets, '.'));
  }

  const card = exampleCard(kpi);
  const result = computeKpi(kpi.id, exampleInputs(kpi));
  const shown = result.ok ? formatValue(result.value, kpi.unit, { locale }) : 'an error: see the preview';
  const example = codeBlock(`Example: shows ${shown}`, markupOf(card, 56));
  const preview = make('details', make('summary', 'Preview'));
  preview.className = 'kpi-preview';
  preview.addEventListener('toggle', () => {
    if (preview.open && !card.isConnected) preview.append(inLang(make('div', card), locale));
  });

  // The KPI's name in every language the kit speaks, as marketers there say it.
  const names = make(
    'p',
    ...languages().flatMap((language, index) => [
      `${index ? ' · ' : ''}${language}: `,
      inLang(make('span', kpiWords(kpi, language).name), language),
    ]),
  );
  names.className = 'names';
  const header = make('div', heading, code(kpi.id));
  header.className = 'entry-title';

  const article = make(
    'article',
    header,
    names,
    inLang(make('p', own.definition), locale),
    facts,
    ...parts,
    example.figure,
    preview,
  );
  article.className = 'kpi-entry';
  article.id = id;
  article.setAttribute('aria-labelledby', heading.id);
  const words = [kpi.id, ...languages().flatMap((language) => Object.values(kpiWords(kpi, language)))]
    .concat(kpi.inputs.map((input) => input.name))
    .join(' ')
    .toLowerCase();
  // With the hyphens dropped too, so "email" finds "e-mails" and "ltvcac" finds "ltv-cac".
  article.dataset.search = `${words} ${words.replace(/-/g, '')}`;
  return article;
};

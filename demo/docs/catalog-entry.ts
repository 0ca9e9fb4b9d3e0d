import {
  capitalize,
  formatRange,
  isBounded,
  kpiWords,
  langOf,
  type Benchmark,
  type KpiDefinition,
  type Unit,
} from '../../src/kpi/index.js';
import { exampleInputs } from './catalog-examples.js';
import { inputSets, inputsList } from './catalog-inputs.js';
import { codeBlock } from './copy.js';
import { markupOf } from './snippets.js';
import { make } from './make.js';

const UNITS: Readonly<Record<Unit, string>> = {
  percent: 'percent',
  currency: 'currency',
  ratio: 'ratio (x : 1)',
  count: 'count',
  number: 'number',
  score: 'score',
  duration: 'duration (days)',
};

/** The snippet's line length: a catalog tile is about 40 monospace characters wide. */
const SNIPPET_WIDTH = 44;

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
  make('div', term.toLowerCase(), make('dt', '', term), make('dd', '', ...description));

/** The example card for a KPI, as an element: its markup is the snippet, and it is the preview. */
const exampleCard = (kpi: KpiDefinition) => {
  const card = document.createElement('kpi-card');
  card.setAttribute('kpi', kpi.id);
  for (const [name, value] of Object.entries(exampleInputs(kpi))) card.setAttribute(name, value);
  return card;
};

/** What the tile says in a line: unit, which way is good news, and the typical range if there is one. */
const factsOf = (kpi: KpiDefinition, locale: string) => {
  const facts = make(
    'dl',
    'facts',
    fact('Unit', UNITS[kpi.unit]),
    fact('Better', kpi.better === 'higher' ? '▲ higher' : '▼ lower'),
  );
  if (kpi.benchmark) {
    facts.append(fact('Typical', inLang(make('span', '', benchmarkText(kpi, kpi.benchmark, locale)), locale)));
  }
  return facts;
};

/** The reference behind the tile, closed by default: inputs, input sets, the benchmark's source, the markup. */
const detailsOf = (kpi: KpiDefinition, card: HTMLElement, id: string) => {
  const inputsTitle = make('h4', '', 'Inputs');
  inputsTitle.id = `${id}-inputs`;
  const inputs = inputsList(kpi);
  inputs.setAttribute('aria-labelledby', inputsTitle.id);
  const details = make('details', 'entry-more', make('summary', '', 'Inputs and code'), inputsTitle, inputs);
  const sets = inputSets(kpi);
  if (sets) details.append(sets);
  if (kpi.benchmark?.source) {
    details.append(make('p', 'source', `Typical range: ${capitalize(kpi.benchmark.source)}.`));
  }
  details.append(codeBlock('Markup of this card', markupOf(card, SNIPPET_WIDTH)).figure);
  return details;
};

/**
 * One KPI of the catalog as a tile, in the page's language: its name and id, its card as it
 * renders, its definition and facts, and the inputs and markup behind a disclosure.
 */
export const catalogEntry = (kpi: KpiDefinition, locale: string): HTMLElement => {
  const id = `kpi-${kpi.id}`;
  const words = kpiWords(kpi, langOf(locale));
  const heading = inLang(make('h3', '', words.name), locale);
  heading.id = `${id}-name`;
  const card = exampleCard(kpi);

  const article = make(
    'article',
    'kpi-entry',
    make('div', 'entry-title', heading, make('code', '', kpi.id)),
    make('div', 'kpi-preview', card),
    inLang(make('p', 'definition', words.definition ?? ''), locale),
    factsOf(kpi, locale),
    detailsOf(kpi, card, id),
  );
  article.id = id;
  article.setAttribute('aria-labelledby', heading.id);
  return article;
};

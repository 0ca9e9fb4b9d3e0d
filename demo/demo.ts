// The kit itself: it defines the four elements on the page, and exports the engine.
import { langOf, loadPack } from '../src/index.js';
import { onLanguage } from './docs/language.js';
import { workedExampleRow, type WorkedExample } from './docs/worked-examples.js';

/** The catalog's worked examples, as raw inputs; the last one is refused, to show what an editor sees. */
const EXAMPLES: readonly WorkedExample[] = [
  ['traffic-growth', { current: '664234', previous: '645286' }, 2],
  ['visitors-per-lead', { visitors: '2000', leads: '100' }],
  ['lead-value', { revenue: '1800', leads: '6' }],
  ['romi', { revenue: '1800', spend: '400' }],
  ['roas', { revenue: '10', spend: '1' }],
  ['conversion-rate', { conversions: '20', visitors: '1000' }],
  ['nps', { promoters: '60', passives: '25', detractors: '15' }],
  ['cac', { spend: '€10,000', customers: '50' }],
];

const examples = document.querySelector<HTMLTableSectionElement>('#examples');

/** The examples in the page's language, once its words are here (the widgets wait for theirs). */
onLanguage(
  (locale) =>
    void loadPack(langOf(locale)).then(() =>
      examples?.replaceChildren(...EXAMPLES.map((example) => workedExampleRow(example, locale))),
    ),
);

import { computeKpi, describeError, formatValue, getKpi, kpiWords, langOf, loadPack } from '../src/index.js';
import { onLanguage } from './docs/language.js';

/** The catalog's worked examples, as raw inputs. */
const EXAMPLES: [kpi: string, inputs: Record<string, string>, decimals?: number][] = [
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

const cell = (text: string, tag: 'td' | 'th' = 'td') => {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
};

const renderExamples = (locale: string) => {
  if (!examples) return;
  const lang = langOf(locale);
  examples.replaceChildren(
    ...EXAMPLES.map(([id, inputs, decimals]) => {
      const kpi = getKpi(id);
      const result = computeKpi(id, inputs);
      const shown = result.ok
        ? formatValue(result.value, kpi?.unit ?? 'number', { locale, currency: 'EUR', decimals })
        : describeError(result.error, locale);
      const row = document.createElement('tr');
      const inputsText = Object.entries(inputs)
        .map(([name, value]) => `${name}="${value}"`)
        .join(' ');
      row.append(cell(kpi ? kpiWords(kpi, lang).name : id, 'th'), cell(inputsText), cell(shown));
      row.firstElementChild?.setAttribute('scope', 'row');
      return row;
    }),
  );
};

/** The examples in the page's language, once its words are here (the widgets wait for theirs). */
onLanguage((locale) => void loadPack(langOf(locale)).then(() => renderExamples(locale)));

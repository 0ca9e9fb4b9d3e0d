import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import '../../src/index.js';
import { checkBatch } from './batch.js';
import type { Case } from './element-cases.js';
import { TAGS, type Tag, type Widget } from './elements.js';
import { PAYLOADS } from './hostile.js';
import { usePage } from './page.js';

/**
 * What every element shares under hostile input: the attributes the properties draw from, and no
 * script run from text. The generated cases of each element have a file of their own
 * (<tag>.property.test.ts, see ./element-properties.ts).
 */
describe('element properties', () => {
  const page = usePage();

  it('reads every element attribute from the manifest', () => {
    for (const tag of TAGS)
      expect(page().manifest.attributes[tag], tag).to.include.members(['kpi', 'label', 'locale', 'src']);
  });

  it('never runs script from labels, stages or period labels', async () => {
    const { container, listening } = page();
    for (const tag of TAGS) {
      const cases = PAYLOADS.map((payload): Case => ({
        attributes: [
          ['label', payload],
          ['compare-label', payload],
          ['stages', `${payload},${payload}`],
          ['labels', payload],
          ['values', '10,5'],
          ['kpi', 'roas'],
          ['revenue', '10'],
          ['spend', '5'],
          ['goal', '20'],
        ],
        json: null,
        inputs: null,
        list: null,
        lang: null,
        updates: [],
        properties: [],
      }));
      await checkBatch(tag, cases, { container, listening, tally: { value: 0, error: 0 } });
    }
    // An image error or an inline handler would run after the render: give it the time to.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(window.__pwned).to.equal(undefined);
  });
});

/**
 * A sample of bad input per element: the message names the attribute to fix and says what to
 * write instead (an example, the accepted values, or what to check), in English and in Dutch.
 */
describe('error messages a CMS editor can act on', () => {
  const SAMPLES: [tag: Tag, attributes: Record<string, string>, field: string][] = [
    ['kpi-card', { kpi: 'roas', revenue: '€12000', spend: '3000' }, 'revenue'],
    ['kpi-card', { kpi: 'roas', revenue: '12000' }, 'spend'],
    ['kpi-card', { kpi: 'roas', revenue: '12000', spend: '0' }, 'spend'],
    ['kpi-card', { kpi: 'rooas' }, 'kpi'],
    ['kpi-card', { kpi: 'churn-rate', lost: '-3', start: '100' }, 'lost'],
    ['kpi-card', { kpi: 'nps', scores: '9,10,11' }, 'scores'],
    ['kpi-card', { kpi: 'roas', revenue: '1e309', spend: '1' }, 'revenue'],
    ['kpi-card', { value: '12', 'previous-value': 'last year' }, 'previous-value'],
    ['kpi-card', { kpi: 'roas', revenue: '1', spend: '1', currency: 'XYZ' }, 'currency'],
    ['kpi-card', { kpi: 'roas', revenue: '1', spend: '1', decimals: 'two' }, 'decimals'],
    ['kpi-card', { kpi: 'roas', revenue: '1', spend: '1', refresh: '1' }, 'refresh'],
    ['kpi-trend', { values: '1,x,3' }, 'values'],
    ['kpi-trend', { values: ',,' }, 'values'],
    ['kpi-trend', { kpi: 'roas', revenue: '1,2', spend: '1' }, 'spend'],
    ['kpi-trend', { kpi: 'nps', scores: '1,2' }, 'kpi'],
    ['kpi-trend', { values: '1,2', labels: '2026-01,2026-13' }, 'labels'],
    ['kpi-trend', { values: '1,2,3', labels: 'Q1, ,Q3' }, 'labels'],
    ['funnel-ratio', { stages: 'A,B', values: '10,x' }, 'values'],
    ['funnel-ratio', { stages: 'A', values: '10' }, 'stages'],
    ['funnel-ratio', { stages: 'A,B' }, 'values'],
    ['funnel-ratio', { stages: 'A,B', values: '10,5', 'previous-values': '1' }, 'previous-values'],
    ['funnel-ratio', { stages: 'A,B', values: '10,5', mode: 'pie' }, 'mode'],
    ['goal-gauge', { value: '5', unit: 'count' }, 'goal'],
    ['goal-gauge', { value: '5', unit: 'count', goal: 'lots' }, 'goal'],
    ['goal-gauge', { value: '5', unit: 'count', goal: '10', min: '0' }, 'max'],
    ['goal-gauge', { value: '5', unit: 'count', goal: '10', bands: '80%,50%' }, 'bands'],
    ['goal-gauge', { value: '5', unit: 'count', goal: '10', 'period-start': '2026-03' }, 'period-end'],
    [
      'goal-gauge',
      { value: '5', unit: 'count', goal: '10', 'period-start': '2026-02', 'period-end': '2026-02', 'as-of': 'today' },
      'as-of',
    ],
  ];
  const ACT = {
    en: /\b(Write|Add|like|for example|Use|Check|Give)\b/,
    nl: /\b(Schrijf|Voeg|zoals|bijvoorbeeld|Gebruik|Controleer|Geef)\b/,
  };
  /** English words that must not turn up in a Dutch message. */
  const ENGLISH = /\b(Use|like|another|whole number|seconds|or|is not|missing)\b/;

  const originalWarn = console.warn;
  before(() => {
    console.warn = () => undefined;
  });
  after(() => {
    console.warn = originalWarn;
  });

  for (const [tag, attributes, field] of SAMPLES) {
    it(`<${tag} ${Object.entries(attributes)
      .map(([name, value]) => `${name}="${value}"`)
      .join(' ')}> names ${field}`, async () => {
      const texts: Record<string, string> = {};
      for (const locale of ['en-US', 'nl-NL'] as const) {
        const element = document.createElement(tag) as Widget;
        for (const [name, value] of Object.entries({ ...attributes, locale })) element.setAttribute(name, value);
        await fixture(element);
        texts[locale] = element.shadowRoot?.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
        fixtureCleanup();
      }
      const [en, nl] = [texts['en-US'] ?? '', texts['nl-NL'] ?? ''];
      expect(en).to.contain('This KPI cannot be shown').and.contain(field);
      expect(nl).to.contain('Deze KPI kan niet worden getoond').and.contain(field);
      expect(en, en).to.match(ACT.en);
      expect(nl, nl).to.match(ACT.nl);
      expect(nl.replace(/[a-z-]+="[^"]*"|\("[^"]*"\)/g, ''), nl).not.to.match(ENGLISH);
    });
  }
});

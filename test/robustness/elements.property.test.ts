import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { checkBatch, type Tally } from './batch.js';
import { caseFor, objectValue, type Case } from './element-cases.js';
import { TAGS, type Tag, type Widget } from './elements.js';
import { PAYLOADS } from './hostile.js';
import { usePage } from './page.js';
import { assertReplayable } from './replay.js';

/**
 * Every element, given random attribute sets, data set from script and from a JSON child, and
 * random updates after its first render, ends each step in a rendered value or the documented
 * error state: no uncaught exception or unhandled rejection; no `NaN`, `Infinity`, `undefined`,
 * `null` or `[object Object]` in any text a reader or a screen reader gets unless the reader wrote
 * it; no message longer than a short excerpt of what it got; no script run from attribute content;
 * and every console warning names an attribute.
 *
 * Cases run in batches (see ./batch.ts): ten thousand per element. A failure names the case and
 * starts with "replay with seed=…, path=…" (see ./replay.ts).
 */

/** Generated cases per element, in every run of the suite. */
const CASES = 10_000;
/** Cases with a property set to an object, per element. */
const OBJECT_CASES = 400;
/** Cases per fast-check run. */
const BATCH = 200;
/**
 * Widgets rendered at once: a trend waits a frame per round for its chart to be measured, so it
 * renders a batch in one round; the others render it in two, the second on the widgets of the first.
 */
const widgetsOf = (tag: Tag) => (tag === 'kpi-trend' ? BATCH : BATCH / 2);

describe('element properties', function () {
  // Ten thousand cases per element: more than mocha's default time, never a timing assertion.
  this.timeout(300_000);
  const page = usePage();

  it('reads every element attribute from the manifest', () => {
    for (const tag of TAGS)
      expect(page().manifest.attributes[tag], tag).to.include.members(['kpi', 'label', 'locale', 'src']);
  });

  for (const tag of TAGS) {
    it(`<${tag}> ends every step in a value or the error state, with clean text (${CASES} cases)`, async () => {
      const { container, listening, manifest } = page();
      const tally: Tally = { value: 0, error: 0 };
      let cases = 0;
      const batches = fc.array(caseFor(tag, manifest), { minLength: BATCH, maxLength: BATCH });
      await assertReplayable(
        fc.asyncProperty(batches, async (runs) => {
          cases += runs.length;
          await checkBatch(tag, runs, { container, listening, tally, widgets: widgetsOf(tag) });
        }),
        { numRuns: CASES / BATCH, endOnFailure: true, show: false },
      );
      expect(cases).to.be.at.least(CASES);
      // The steps must reach the values, not only the error state.
      expect(tally.value, JSON.stringify(tally)).to.be.at.least(CASES / 5);
    });
  }

  // Kept apart from the cases above, so a widget that shows a script's object as "[object Object]"
  // does not hide what those find.
  for (const tag of TAGS) {
    it(`<${tag}> shows no "[object Object]" for a property a script sets to an object (${OBJECT_CASES} cases)`, async () => {
      const { container, listening, manifest } = page();
      const tally: Tally = { value: 0, error: 0 };
      const cases = caseFor(tag, manifest, objectValue()).filter((run) => run.properties.length > 0);
      await assertReplayable(
        fc.asyncProperty(fc.array(cases, { minLength: BATCH, maxLength: BATCH }), async (runs) => {
          await checkBatch(tag, runs, { container, listening, tally, widgets: widgetsOf(tag) });
        }),
        { numRuns: OBJECT_CASES / BATCH, endOnFailure: true, show: false },
      );
    });
  }

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

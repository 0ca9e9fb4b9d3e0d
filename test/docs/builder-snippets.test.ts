import { expect } from '@open-wc/testing';
import {
  computeKpi,
  describeError,
  getKpi,
  kpiWords,
  listKpis,
  loadPack,
  parseNumber,
  type KpiDefinition,
} from '../../src/kpi/index.js';
import { checkWidget } from '../../demo/docs/builder-check.js';
import { exampleGoal, exampleSeries } from '../../demo/docs/builder-examples.js';
import { dateColumnsOf, suggestMapping } from '../../demo/docs/builder-file.js';
import { searchKpis } from '../../demo/docs/builder-search.js';
import {
  blockSnippet,
  htmlSnippet,
  jsxSnippet,
  shortcodeSnippet,
  type WidgetSpec,
} from '../../demo/docs/builder-snippets.js';
import { fieldsText, widgetSpec, withEarlier, type BuilderState } from '../../demo/docs/builder-spec.js';
import { BUILDER_LANGS, builderWords } from '../../demo/docs/builder-words.js';

const kpi = (id: string): KpiDefinition => {
  const found = getKpi(id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

const roasCard = (changes: Partial<BuilderState> = {}): BuilderState => ({
  kpi: kpi('roas'),
  tag: 'kpi-card',
  source: 'typed',
  figures: { revenue: '12000', spend: '3000' },
  series: {},
  earlier: { previous: { on: false, figures: {} }, year: { on: false, figures: {} } },
  options: {},
  ...changes,
});

/** A label with everything that must be escaped: quotes, an ampersand, markup and brackets. */
const HOSTILE = 'Ads "Q2" <b>&</b> [x]';

describe('the builder’s snippets', () => {
  const spec: WidgetSpec = {
    tag: 'kpi-card',
    attributes: [
      ['kpi', 'roas'],
      ['label', HOSTILE],
      ['revenue', '12000'],
      ['previous-revenue', '9000'],
      ['target', '4'],
      ['benchmark', true],
    ],
    inputs: new Set(['revenue', 'previous-revenue']),
  };

  it('writes the HTML tag with escaped values and a presence attribute, an attribute a line when long', () => {
    expect(htmlSnippet(spec, 200)).to.equal(
      '<kpi-card kpi="roas" label="Ads &quot;Q2&quot; &lt;b>&amp;&lt;/b> [x]" revenue="12000" previous-revenue="9000" target="4" benchmark></kpi-card>',
    );
    expect(htmlSnippet(spec)).to.equal(
      [
        '<kpi-card',
        '  kpi="roas"',
        '  label="Ads &quot;Q2&quot; &lt;b>&amp;&lt;/b> [x]"',
        '  revenue="12000"',
        '  previous-revenue="9000"',
        '  target="4"',
        '  benchmark',
        '></kpi-card>',
      ].join('\n'),
    );
  });

  it('writes the shortcode on one line, brackets and markup as character references', () => {
    expect(shortcodeSnippet(spec)).to.equal(
      '[kpi_card kpi="roas" label="Ads &quot;Q2&quot; &lt;b&gt;&amp;&lt;/b&gt; &#91;x&#93;" revenue="12000" previous-revenue="9000" target="4" benchmark]',
    );
  });

  it('writes block markup as the editor serializes it: the block’s order, inputs last, JSON escapes', () => {
    const order = ['target', 'benchmark', 'kpi', 'label'];
    expect(blockSnippet(spec, order)).to.equal(
      '<!-- wp:kpi-kit/kpi-card {"target":"4","benchmark":true,"kpi":"roas","label":"Ads \\u0022Q2\\u0022 \\u003cb\\u003e\\u0026\\u003c/b\\u003e [x]","inputs":{"revenue":"12000","previous-revenue":"9000"}} /-->',
    );
    // What the plugin's blocks read back is the attributes as given.
    const json = /\{.*\}/.exec(blockSnippet(spec, order))?.[0] ?? '';
    expect(JSON.parse(json).label).to.equal(HOSTILE);
    expect(blockSnippet({ ...spec, attributes: [['label', 'a--b']] })).to.include('a\\u002d\\u002db');
  });

  it('writes JSX: quoted text, a JavaScript string for a value with a quote or an ampersand, booleans bare', () => {
    expect(jsxSnippet(spec, 200)).to.equal(
      '<kpi-card kpi="roas" label={"Ads \\"Q2\\" <b>&</b> [x]"} revenue="12000" previous-revenue="9000" target="4" benchmark />',
    );
    expect(jsxSnippet({ tag: 'goal-gauge', attributes: [['kpi', 'leads']], inputs: new Set() })).to.equal(
      '<goal-gauge kpi="leads" />',
    );
  });
});

describe('the builder’s widget', () => {
  it('writes kpi, label, inputs in catalog order, the previous period, the element’s options, then formatting', () => {
    const state = withEarlier(roasCard(), 'previous', { on: true, figures: { revenue: '9000', spend: ' ' } });
    const withOptions = {
      ...state,
      options: { notation: 'compact', target: ' 4 ', label: 'ROAS', benchmark: true, change: '', goal: '500' },
    };
    expect(widgetSpec(withOptions).attributes).to.deep.equal([
      ['kpi', 'roas'],
      ['label', 'ROAS'],
      ['revenue', '12000'],
      ['spend', '3000'],
      ['previous-revenue', '9000'],
      ['target', '4'],
      ['benchmark', true],
      ['notation', 'compact'],
    ]);
    expect([...widgetSpec(withOptions).inputs]).to.deep.equal(['revenue', 'spend', 'previous-revenue']);
  });

  it('writes the same period last year’s inputs after the previous period’s, only while its box is ticked', () => {
    const year = { revenue: '10000', spend: '2500' };
    const off = withEarlier(roasCard(), 'year', { on: false, figures: year });
    expect(widgetSpec(off).attributes.map(([name]) => name)).to.deep.equal(['kpi', 'revenue', 'spend']);
    const both = withEarlier(withEarlier(off, 'year', { on: true }), 'previous', {
      on: true,
      figures: { revenue: '9000' },
    });
    const spec = widgetSpec(both);
    expect(spec.attributes).to.deep.equal([
      ['kpi', 'roas'],
      ['revenue', '12000'],
      ['spend', '3000'],
      ['previous-revenue', '9000'],
      ['year-ago-revenue', '10000'],
      ['year-ago-spend', '2500'],
    ]);
    expect(blockSnippet(spec)).to.include(
      '"inputs":{"revenue":"12000","spend":"3000","previous-revenue":"9000","year-ago-revenue":"10000","year-ago-spend":"2500"}',
    );
    expect(widgetSpec({ ...both, tag: 'goal-gauge' }).attributes.map(([name]) => name)).not.to.include(
      'year-ago-revenue',
    );
  });

  it('takes a file instead of typed inputs: fields only for columns the widget would not find itself', () => {
    const file = {
      src: 'https://example.com/shop.csv',
      columns: ['Day', 'Revenue', 'Ad spend'],
      mapping: { revenue: 'Revenue', spend: 'Ad spend' },
      dateColumns: ['Day'],
      period: 'month',
      dateField: 'Day',
    };
    expect(widgetSpec(roasCard({ source: 'file', file })).attributes).to.deep.equal([
      ['kpi', 'roas'],
      ['src', 'https://example.com/shop.csv'],
      ['fields', 'spend:Ad spend'],
      ['period', 'month'],
      ['date-field', 'Day'],
    ]);
    const plain = { ...file, period: '', dateField: 'date' };
    expect(widgetSpec(roasCard({ source: 'file', file: plain })).attributes.map(([name]) => name)).to.deep.equal([
      'kpi',
      'src',
      'fields',
    ]);
    expect(fieldsText({ revenue: 'Omzet', spend: 'Kosten, incl. btw', clicks: '' })).to.equal(
      '{"revenue":"Omzet","spend":"Kosten, incl. btw"}',
    );
  });

  it('gives a trend comma-separated series and its options', () => {
    const trend = roasCard({
      tag: 'kpi-trend',
      series: exampleSeries(kpi('roas')),
      options: { type: 'area', axis: true, benchmark: true },
    });
    const attributes = widgetSpec(trend).attributes;
    expect(attributes.find(([name]) => name === 'revenue')?.[1]).to.equal('9360,10080,9720,10800,11400,12000');
    expect(attributes.map(([name]) => name)).to.deep.equal(['kpi', 'revenue', 'spend', 'type', 'axis']);
  });

  it('starts a gauge with a goal beyond the example, in the better direction', () => {
    expect(exampleGoal(kpi('roas'))).to.equal('5');
    expect(exampleGoal(kpi('conversion-rate'))).to.equal('3.7%');
    const cac = computeKpi('cac', { spend: '18000', customers: '100' });
    expect(cac.ok && Number(exampleGoal(kpi('cac')))).to.be.below(cac.ok ? cac.value : 0);
  });
});

describe('the builder’s checks', () => {
  it('shows the engine’s message for each bad input, in the page’s language', async () => {
    await loadPack('nl');
    const state = roasCard({ figures: { revenue: '€12.000', spend: 'x' } });
    const problems = checkWidget(state, widgetSpec(state), 'nl-NL');
    const expected = (raw: string, field: string) => {
      const result = computeKpi('roas', { revenue: '1', spend: '1', [field]: raw });
      if (result.ok) throw new Error('meant to fail');
      return describeError(result.error, 'nl-NL');
    };
    expect(problems).to.deep.equal([
      { field: 'revenue', message: expected('€12.000', 'revenue') },
      { field: 'spend', message: expected('x', 'spend') },
    ]);
  });

  it('checks the same period last year’s inputs as it checks the previous period’s', async () => {
    await loadPack('de');
    const state = withEarlier(roasCard(), 'year', { on: true, figures: { revenue: '10.000,5', spend: '2500' } });
    const refused = parseNumber('10.000,5', 'year-ago-revenue', 'amount');
    if (refused.ok) throw new Error('meant to fail');
    const message = describeError(refused.error, 'de-DE');
    expect(checkWidget(state, widgetSpec(state), 'de-DE')).to.deep.equal([{ field: 'year-ago-revenue', message }]);
    expect(message).to.contain('year-ago-revenue');
    const fixed = withEarlier(state, 'year', { figures: { revenue: '10000', spend: '2500' } });
    expect(checkWidget(fixed, widgetSpec(fixed), 'de-DE')).to.deep.equal([]);
  });

  it('names a missing input, a zero divisor and a bad target as the widget would', () => {
    const missing = roasCard({ figures: { revenue: '12000' } });
    expect(checkWidget(missing, widgetSpec(missing), 'en-US').map((problem) => problem.field)).to.deep.equal(['spend']);
    const zero = roasCard({ figures: { revenue: '12000', spend: '0' } });
    expect(checkWidget(zero, widgetSpec(zero), 'en-US')[0]?.field).to.equal('spend');
    const target = roasCard({ options: { target: '4:1' } });
    expect(checkWidget(target, widgetSpec(target), 'en-US')[0]?.field).to.equal('target');
    const gauge = roasCard({ tag: 'goal-gauge', options: { goal: '' } });
    expect(checkWidget(gauge, widgetSpec(gauge), 'en-US')[0]?.field).to.equal('goal');
    const good = roasCard({ options: { target: '3.5', decimals: '1' } });
    expect(checkWidget(good, widgetSpec(good), 'en-US')).to.deep.equal([]);
  });
});

describe('the builder’s search and file', () => {
  before(() => Promise.all(['nl', 'de', 'fr'].map(loadPack)));

  it('finds a KPI by its Dutch, German or French name on an English page, saying which name matched', () => {
    const kpis = listKpis();
    expect(searchKpis(kpis, 'klantacquisitie', 'en').map((match) => match.kpi.id)).to.deep.equal(['cac']);
    const [match] = searchKpis(kpis, 'Abwanderungsrate', 'en');
    expect(match?.kpi.id).to.equal('churn-rate');
    expect(match?.alias).to.deep.equal({ lang: 'de', name: kpiWords(kpi('churn-rate'), 'de').name });
    expect(searchKpis(kpis, 'dépenses publicitaires', 'en').map((found) => found.kpi.id)).to.include('roas');
    expect(searchKpis(kpis, 'roas', 'en')[0]).to.deep.equal({ kpi: kpi('roas') });
  });

  it('suggests a column per input and finds the columns of ISO days', () => {
    const columns = ['Day', 'Revenue (EUR)', 'Ad spend', 'spend total'];
    expect(suggestMapping(kpi('roas'), columns, 'kpi-card', ['Day'])).to.deep.equal({
      revenue: 'Revenue (EUR)',
      spend: 'Ad spend',
    });
    expect(suggestMapping(kpi('roas'), ['Maand', 'Omzet'], 'kpi-trend', [])).to.deep.equal({
      revenue: '',
      spend: '',
      labels: 'Maand',
    });
    expect(
      dateColumnsOf(
        ['Day', 'Month', 'Sales'],
        [
          ['', '', ''],
          ['2026-05-31', '2026-05', '12'],
        ],
      ),
    ).to.deep.equal(['Day']);
  });
});

describe('the builder’s words', () => {
  it('come in the four languages of the kit, each one its own', () => {
    expect(BUILDER_LANGS).to.deep.equal(['en', 'nl', 'de', 'fr']);
    const titles = BUILDER_LANGS.map((lang) => builderWords(lang).title);
    expect(new Set(titles).size).to.equal(4);
    expect(builderWords('nl').typed).to.equal('Cijfers invullen');
    expect(builderWords('es')).to.equal(builderWords('en'));
    for (const lang of BUILDER_LANGS) {
      const words = builderWords(lang);
      for (const [key, value] of Object.entries(words)) {
        if (typeof value === 'string') expect(value.trim(), `${lang}.${key}`).not.to.equal('');
      }
      expect(words.toFix(2)).to.match(/2/);
    }
  });
});

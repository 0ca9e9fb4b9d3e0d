import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { allPackedWords } from '../../helpers/packs.js';
import '../../../src/index.js';
import type { FunnelRatio } from '../../../src/elements/funnel-ratio/funnel-ratio.js';
import type { GoalGauge } from '../../../src/elements/goal-gauge/goal-gauge.js';
import type { KpiCard } from '../../../src/elements/kpi-card/kpi-card.js';
import type { KpiTrend } from '../../../src/elements/kpi-trend/kpi-trend.js';
import { describeError, ENGLISH, langOf, type KpiId } from '../../../src/kpi/index.js';
import { partText, readAloud } from '../../helpers/screen-reader.js';
import { fixedPercent } from '../../helpers/intl.js';

const numbers = (locale: string, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options);
/** A percent with one decimal: a trend shows all its values with one number of decimals. */
const onePlace = (value: number) => fixedPercent(value, 1, 'en-US');
const percent = (value: number, locale = 'en-US') =>
  numbers(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
const number = (value: number, digits = 0, locale = 'en-US') =>
  numbers(locale, { maximumFractionDigits: digits }).format(value);
const signed = (value: number, digits = 1, locale = 'en-US') =>
  numbers(locale, { signDisplay: 'exceptZero', maximumFractionDigits: digits }).format(value);
const money = (value: number, currency: string, locale: string, options: Intl.NumberFormatOptions = {}) =>
  numbers(locale, { style: 'currency', currency, ...options }).format(value);
const whole = { minimumFractionDigits: 0, maximumFractionDigits: 0 };
const utc = (iso: string) => new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);
const dates = (options: Intl.DateTimeFormatOptions, locale = 'en-US') =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
const month = (iso: string, locale = 'en-US') => dates({ year: 'numeric', month: 'short' }, locale).format(utc(iso));
const day = (iso: string, locale = 'en-US') =>
  dates({ year: 'numeric', month: 'short', day: 'numeric' }, locale).format(utc(iso));

const clean = (text: string | null | undefined) => (text ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const shown = (element: Element) => clean(element.shadowRoot?.textContent);
const valueText = (gauge: Element) =>
  gauge.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuetext') ?? '';
const paceLines = (gauge: Element) =>
  [...(gauge.shadowRoot?.querySelectorAll('[part="pace"] span') ?? [])].map((line) => clean(line.textContent));
const chartLabel = (trend: Element) =>
  trend.shadowRoot?.querySelector('[role="group"]')?.getAttribute('aria-label') ?? '';
const ticks = (trend: Element) =>
  [...(trend.shadowRoot?.querySelectorAll('svg text.tick') ?? [])].map((tick) => clean(tick.textContent));
const rows = (funnel: Element) =>
  [...(funnel.shadowRoot?.querySelectorAll('tr') ?? [])].map((row) =>
    // A measure's own column name is shown only where the rows stack: read its value.
    [...row.querySelectorAll('th, td')].map((cell) => clean((cell.querySelector('.cell-value') ?? cell).textContent)),
  );
const name = (id: KpiId) => ENGLISH.kpis[id].name;

describe('English (en)', () => {
  it('is the language of en-US, en-GB and of any language without a pack', () => {
    for (const locale of ['en', 'en-US', 'en-GB', 'sv-SE']) expect(langOf(locale)).to.equal('en');
  });

  describe('<kpi-card>', () => {
    it('says a conversion rate with its change, target and typical range (en-US)', async () => {
      const card = await fixture<KpiCard>(html`
        <kpi-card
          kpi="conversion-rate"
          conversions="36"
          visitors="1200"
          previous-conversions="24"
          previous-visitors="1000"
          target="3%"
          benchmark
          locale="en-US"
        ></kpi-card>
      `);
      const range = `${percent(0.02)}–${percent(0.05)}`;
      expect(partText(card, 'delta')).to.equal(`${signed(0.6)} pp`);
      expect(shown(card)).to.contain('better vs previous period');
      expect(partText(card, 'benchmark')).to.equal(`Within the typical range (${range})`);
      expect(readAloud(card)).to.equal(
        `Conversion rate: ${percent(0.03)}. Up ${number(0.6, 1)} percentage points vs previous period, better. ` +
          `Target ${percent(0.03)}: met. Within the typical range (${range}). About conversion rate`,
      );
      expect(partText(card, 'definition')).to.equal(
        `Conversions divided by visitors (or leads). Typical range: ${range} ` +
          '(websites; 2% is average, 3% a common target; e-commerce 1%–4%).',
      );
      await expect(card).to.be.accessible();
    });

    it('quotes a range in euros beside a value in pounds, without judging it (en-GB)', async () => {
      const card = await fixture<KpiCard>(html`
        <kpi-card
          kpi="cpl"
          cost="4200"
          leads="120"
          previous-cost="4000"
          previous-leads="100"
          target="30"
          benchmark
          locale="en-GB"
        ></kpi-card>
      `);
      const pounds = (value: number) => money(value, 'GBP', 'en-GB');
      const range = `${money(10, 'EUR', 'en-GB', whole)}–${money(500, 'EUR', 'en-GB', whole)}`;
      expect(readAloud(card)).to.equal(
        `Cost per lead: ${pounds(35)}. Down ${pounds(5)} (${percent(0.125, 'en-GB')}) vs previous period, better. ` +
          `Target ${pounds(30)}: missed, ${pounds(5)} over. Typical: ${range}. About cost per lead`,
      );
      expect(readAloud(card)).not.to.match(/within|below|above/);
    });

    it('says an unchanged value in words', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="new-customers" count="42" previous-count="42" locale="en-US"></kpi-card>`,
      );
      expect(shown(card)).to.contain('no change vs previous period');
      expect(readAloud(card)).to.equal('New customers: 42. Unchanged vs previous period. About new customers');
    });
  });

  describe('<kpi-trend>', () => {
    it('says what the chart shows, with its months, target and gap, and shows each month with its year', async () => {
      const trend = await fixture<KpiTrend>(html`
        <kpi-trend
          kpi="conversion-rate"
          target="3%"
          axis
          conversions="18,21,24,23,27,30,,33"
          visitors="1000,1050,1100,1040,1120,1150,,1180"
          labels="2025-11,2025-12,2026-01,2026-02,2026-03,2026-04,2026-05,2026-06"
          locale="en-US"
          style="width: 640px"
        ></kpi-trend>
      `);
      const [first, last, april] = [0.018, 33 / 1180, 30 / 1150];
      const long = (iso: string) => dates({ year: 'numeric', month: 'long' }).format(utc(iso));
      const span = dates({ year: 'numeric', month: 'short' }).formatRange(utc('2025-11'), utc('2026-06'));
      expect(chartLabel(trend)).to.equal(
        `Conversion rate, ${span}: rose from ${percent(first)} to ${percent(last)} ` +
          `(${numbers('en-US', { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format((last - first) * 100)} percentage points); high ${percent(last)} in ${long('2026-06')}, ` +
          `low ${percent(first)} in ${long('2025-11')}; 1 period without data; target ${onePlace(0.03)}`,
      );
      expect(partText(trend, 'delta')).to.equal(`▲ ${signed((last - april) * 100)} pp better`);
      expect(partText(trend, 'period')).to.equal(`${month('2026-06')}, vs ${month('2026-04')}`);
      await waitUntil(() => ticks(trend).length > 0, 'the axis draws');
      const periods = ticks(trend).filter((tick) => /\p{L}/u.test(tick));
      expect(periods).to.include(month('2025-11')).and.include(month('2026-06'));
      // "Jan 26" would read as the 26th of January.
      for (const tick of periods)
        expect(tick)
          .to.match(/20\d\d$/)
          .and.not.match(/^\p{L}+ \d{2}$/u);
      await expect(trend).to.be.accessible();
    });
  });

  describe('<funnel-ratio>', () => {
    it('says the funnel, its change and its biggest drop-off with one word for drop-off', async () => {
      const funnel = await fixture<FunnelRatio>(html`
        <funnel-ratio
          stages="Visitors,Leads,MQL,SQL,Customers"
          values="10000,500,200,80,20"
          previous-values="9200,420,190,70,15"
          locale="en-US"
        ></funnel-ratio>
      `);
      const change = numbers('en-US', { signDisplay: 'exceptZero', maximumFractionDigits: 2 }).format(
        (20 / 10000 - 15 / 9200) * 100,
      );
      expect(partText(funnel, 'label')).to.equal('Conversion funnel');
      expect(partText(funnel, 'summary')).to.equal(
        `Visitors to Customers: ${percent(0.002)} overall (${change} percentage points on the previous period, ` +
          `better); biggest drop-off from Visitors to Leads: ${percent(0.95)}.`,
      );
      const table = rows(funnel);
      expect(table[0]).to.deep.equal([
        'Stage',
        'Count',
        'Step conversion',
        'From first stage',
        'Drop-off',
        'Step vs previous period',
      ]);
      expect(table[2]?.[4]).to.equal(`${number(9500)} (${percent(0.95)})▼Biggest drop-off`);
      await expect(funnel).to.be.accessible();
    });
  });

  describe('<goal-gauge>', () => {
    it('says a dated goal with its pace', async () => {
      const gauge = await fixture<GoalGauge>(html`
        <goal-gauge
          kpi="new-leads"
          count="260"
          goal="1000"
          period-start="2026-04-01"
          period-end="2026-04-30"
          as-of="2026-04-08"
          locale="en-US"
        ></goal-gauge>
      `);
      expect(partText(gauge, 'value')).to.equal(`260 of ${number(1000)}`);
      expect(partText(gauge, 'remaining')).to.equal('740 to go');
      expect(paceLines(gauge)).to.deep.equal([
        `Expected ${number(1000 * (8 / 30))} by now`,
        `Projected ${number(975)} by ${day('2026-04-30')}`,
        `Needs ${number(740 / 22, 1)} a day`,
      ]);
      expect(valueText(gauge)).to.equal(`New sales leads: 260 of ${number(1000)}, ${percent(0.26)} of goal, on track`);
      await expect(gauge).to.be.accessible();
    });
  });

  describe('the defects of issue 21 are gone', () => {
    it('writes a KPI name in lower case after "About", acronyms and proper names as they are', async () => {
      const { about } = ENGLISH.card;
      expect(about('Conversion rate')).to.equal('About conversion rate');
      expect(about('E-mail click-through rate')).to.equal('About e-mail click-through rate');
      expect(about('Net Promoter Score')).to.equal('About Net Promoter Score');
      expect(about('LTV:CAC ratio')).to.equal('About LTV:CAC ratio');
      expect(about('MQL-to-SQL ratio')).to.equal('About MQL-to-SQL ratio');
      // A site's own label may be a brand: as written.
      expect(about('Shopify revenue')).to.equal('About Shopify revenue');
      const card = await fixture<KpiCard>(html`<kpi-card kpi="roas" revenue="4" spend="1" locale="en-US"></kpi-card>`);
      expect(readAloud(card)).to.contain('About return on ad spend').and.not.contain('About Return');
    });

    it('says which click-through rate a KPI is: e-mail, ads or organic', () => {
      const names = (['email-ctr', 'ctr', 'organic-ctr'] as const).map(name);
      expect(names).to.deep.equal(['E-mail click-through rate', 'Ad click-through rate', 'Organic click-through rate']);
    });

    it('says a typical range once, with what it applies to, never "Typical range: usual."', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="open-rate" opened="2500" sent="10200" bounces="200" benchmark locale="en-US"></kpi-card>`,
      );
      const range = `${percent(0.15)}–${percent(0.25)}`;
      expect(partText(card, 'benchmark')).to.equal(`Within the typical range (${range})`);
      expect(partText(card, 'definition')).to.equal(
        `E-mails opened divided by e-mails delivered (sent minus bounces). Typical range: ${range} (e-mail campaigns).`,
      );
      expect(partText(card, 'benchmark')).not.to.match(/typical.*typical/i);
      expect(shown(card)).not.to.match(/usual/);
    });

    it('names traffic in plain order and percentages as English writes them', () => {
      expect(name('first-30-days-traffic')).to.equal('Traffic in the first 30 days');
      const words = allPackedWords('en').flatMap((kpi) => [kpi.name, kpi.definition, kpi.benchmark ?? '']);
      for (const word of words) expect(word).not.to.match(/\d %|a plain count|\bmille\b/);
    });

    it('says a value past its goal as "230 (goal 200)", never "230 of 200"', async () => {
      const gauge = await fixture<GoalGauge>(
        html`<goal-gauge kpi="new-leads" count="230" goal="200" locale="en-US"></goal-gauge>`,
      );
      expect(partText(gauge, 'value')).to.equal('230 (goal 200)');
      expect(valueText(gauge)).to.equal(`New sales leads: 230 (goal 200), ${percent(1.15)} of goal, goal met`);
    });

    it('uses one word for drop-off in the table, the badge and the summary', () => {
      const words = ENGLISH.funnel;
      expect([words.lost, words.biggestLoss]).to.deep.equal(['Drop-off', 'Biggest drop-off']);
      expect(words.summaryLoss('A', 'B', '50%')).to.equal('; biggest drop-off from A to B: 50%');
      const texts = Object.values(words).filter((word) => typeof word === 'string');
      for (const text of texts) expect(text).not.to.match(/\b[Ll]ost\b|\b[Ll]oss\b/);
    });

    it('words an impossible figure and a value out of range with the form to write', () => {
      expect(
        describeError({ code: 'too-large', fields: ['revenue'], given: '1e400', example: '1250.50' }, 'en-US'),
      ).to.equal('revenue="1e400" is too large to be a real figure. Check it and write it like revenue="1250.50".');
      expect(
        describeError(
          {
            code: 'out-of-range',
            fields: ['scores'],
            given: '11',
            position: 2,
            range: { min: 0, max: 10 },
            example: '9',
          },
          'en-US',
        ),
      ).to.equal('Entry 2 of scores ("11") is outside the accepted range (0 to 10). Write it like scores="9".');
    });
  });
});

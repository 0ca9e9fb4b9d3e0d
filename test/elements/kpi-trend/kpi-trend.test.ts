import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/kpi-trend/kpi-trend.js';
import type { KpiTrend } from '../../../src/elements/kpi-trend/kpi-trend.js';
import { collectWarnings } from '../../helpers/console.js';
import { fixedPercent } from '../../helpers/intl.js';

const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const shown = (element: Element) => text(element.shadowRoot);
const chart = (element: Element) => element.shadowRoot?.querySelector<HTMLElement>('[role="group"]');
const percent = (value: number, locale = 'en-US') =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
/** A change in percentage points as a sentence reads it aloud: "+0.5 percentage points". */
const spokenPoints = (change: number, locale = 'en-US') => {
  const points = Math.round(change * 1000) / 10;
  const words: Record<string, [string, string]> = {
    en: ['percentage point', 'percentage points'],
    // Dutch counts points in the singular after a number: "0,8 procentpunt".
    nl: ['procentpunt', 'procentpunt'],
    de: ['Prozentpunkt', 'Prozentpunkte'],
    fr: ['point de pourcentage', 'points de pourcentage'],
  };
  const [one, other] = words[locale.slice(0, 2)] ?? ['', ''];
  const rule = new Intl.PluralRules(locale, { maximumFractionDigits: 1 }).select(Math.abs(points));
  const number = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(points);
  return `${number} ${rule === 'one' ? one : other}`;
};
const utc = (year: number, month: number, day = 1) => new Date(Date.UTC(year, month - 1, day));
const monthSpan = (locale: string, from: Date, to: Date) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short' }).formatRange(from, to);
const month = (locale: string, date: Date, style: 'long' | 'short' = 'long', year = false) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: style, ...(year ? { year: 'numeric' } : {}) }).format(date);

const CONVERSIONS = html`<kpi-trend
  kpi="conversion-rate"
  conversions="12,15,18,20"
  visitors="1000,1100,1050,1200"
  labels="2026-01,2026-02,2026-03,2026-04"
  locale="en-US"
></kpi-trend>`;

describe('<kpi-trend> data and text', () => {
  const warnings = collectWarnings();

  it('reads a series of numbers set from script exactly as the same series written in `values`', async () => {
    const cases: [series: (number | null)[], text: string][] = [
      [[1, null, 3], '1,,3'],
      [[1200.5, 980, 1310], '1200.5,980,1310'],
      [[4, -5, 6], '4,-5,6'],
      [[1e16, 2], '10000000000000000,2'],
    ];
    for (const [series, text] of cases) {
      const written = await fixture<KpiTrend>(
        html`<kpi-trend label="Orders" unit="count" values=${text} locale="en-US"></kpi-trend>`,
      );
      const scripted = await fixture<KpiTrend>(
        html`<kpi-trend label="Orders" unit="count" locale="en-US"></kpi-trend>`,
      );
      scripted.inputs = { values: series };
      await scripted.updateComplete;
      expect(shown(scripted), text).to.equal(shown(written));
    }
    // Text that says "Infinity" is no number; the number Infinity is one too large, as for one value.
    const infinite = await fixture<KpiTrend>(html`<kpi-trend label="Orders" locale="en-US"></kpi-trend>`);
    infinite.inputs = { values: [1, Number.POSITIVE_INFINITY] };
    await infinite.updateComplete;
    expect(shown(infinite)).to.contain('Entry 2 of values (an infinite number) is too large to be a real figure.');
    expect(warnings.length).to.be.above(0);
  });

  it('computes the KPI per period and says what it did in one summary sentence', async () => {
    const element = await fixture<KpiTrend>(CONVERSIONS);
    const [jan, mar, apr] = [12 / 1000, 18 / 1050, 20 / 1200];
    const expected =
      `Conversion rate, ${monthSpan('en-US', utc(2026, 1), utc(2026, 4))}: ` +
      `rose from ${percent(jan)} to ${percent(apr)} (${spokenPoints(apr - jan)}); ` +
      `high ${percent(mar)} in ${month('en-US', utc(2026, 3))}, low ${percent(jan)} in ${month('en-US', utc(2026, 1))}`;
    expect(chart(element)?.getAttribute('aria-label')).to.equal(expected);
    expect(expected).to.contain('Jan').and.contain('Apr 2026').and.contain('in March');
    await expect(element).to.be.accessible();
  });

  it('shows the latest value and its change on the previous period as news, in words too', async () => {
    const element = await fixture<KpiTrend>(CONVERSIONS);
    const [mar, apr] = [18 / 1050, 20 / 1200];
    const value = element.shadowRoot?.querySelector('[part="value"]');
    const delta = element.shadowRoot?.querySelector('[part="delta"]');
    expect(text(value)).to.equal(percent(apr));
    // A fall of 0.048 pp: at one decimal it would read "0 pp" under a falling arrow.
    expect(apr - mar).to.be.closeTo(-0.00048, 0.00001);
    expect(text(delta)).to.equal('▼ -0.05 pp worse');
    expect(text(element.shadowRoot?.querySelector('[part="period"]'))).to.equal('Apr 2026, vs Mar 2026');
  });

  it('fires kpi-change with the latest value, its text and the news of the latest change', async () => {
    const element = document.createElement('kpi-trend');
    for (const [name, value] of Object.entries({ kpi: 'cac', spend: '1000,900', customers: '10,10', locale: 'en-US' }))
      element.setAttribute(name, value);
    const event = oneEvent(element, 'kpi-change');
    document.body.append(element);
    const { detail } = await event;
    expect(detail).to.deep.equal({ kpi: 'cac', value: 90, text: '$90.00', status: 'good' });
    element.remove();
  });

  it('names the catalog id in kpi-change whatever the case of kpi: kpi="ROAS" reports roas', async () => {
    const element = document.createElement('kpi-trend');
    const attributes = { kpi: 'ROAS', revenue: '300,400', spend: '100,100', locale: 'en-US' };
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    const event = oneEvent(element, 'kpi-change');
    document.body.append(element);
    const { detail } = await event;
    const four = new Intl.NumberFormat('en-US').format(4);
    expect(detail).to.deep.equal({ kpi: 'roas', value: 4, text: `${four} : 1`, status: 'good' });
    const failed = oneEvent(element, 'kpi-change');
    element.setAttribute('spend', '100,x');
    expect((await failed).detail).to.include({ kpi: 'roas', value: null, status: 'error' });
    element.remove();
  });

  it('follows a kpi and a label set from script, not only attributes', async () => {
    const element = await fixture<KpiTrend>(
      html`<kpi-trend kpi="roas" revenue="300,400" spend="100,100" customers="10,20" locale="en-US"></kpi-trend>`,
    );
    const value = () => text(element.shadowRoot?.querySelector('[part="value"]'));
    expect(value()).to.equal(`${new Intl.NumberFormat('en-US').format(4)} : 1`);
    element.kpi = 'cac';
    await element.updateComplete;
    const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(5);
    expect(value()).to.equal(dollars);
    expect(chart(element)?.getAttribute('aria-label')).to.match(/^Customer acquisition cost, /);
    element.label = 'CAC';
    await element.updateComplete;
    expect(chart(element)?.getAttribute('aria-label')).to.match(/^CAC, /);
  });

  it('honours better="lower" on a ready series', async () => {
    const element = await fixture<KpiTrend>(
      html`<kpi-trend values="5,4" unit="number" better="lower" locale="en-US"></kpi-trend>`,
    );
    expect(text(element.shadowRoot?.querySelector('[part="delta"]'))).to.equal('▼ -1 better');
  });

  it('reads percent values written 12% or 0.12, and a target in the same unit', async () => {
    const element = await fixture<KpiTrend>(
      html`<kpi-trend values="12%,0.15" unit="percent" target="20%" label="Open rate" locale="en-US"></kpi-trend>`,
    );
    expect(text(element.shadowRoot?.querySelector('[part="value"]'))).to.equal(percent(0.15));
    expect(text(element.shadowRoot?.querySelector('[part="target"]'))).to.equal(`Target ${percent(0.2)}`);
    expect(chart(element)?.getAttribute('aria-label')).to.contain(`target ${percent(0.2)}`);
  });

  it('treats an empty entry as a gap and a period it cannot compute as a gap with its reason', async () => {
    const element = await fixture<KpiTrend>(
      html`<kpi-trend
        kpi="conversion-rate"
        conversions="10,,0,30"
        visitors="1000,900,0,1000"
        locale="en-US"
      ></kpi-trend>`,
    );
    const label = chart(element)?.getAttribute('aria-label') ?? '';
    expect(label).to.contain('periods 1–4').and.contain('2 periods without data');
    expect(label).to.contain(`rose from ${percent(0.01)} to ${percent(0.03)}`);
    element.shadowRoot?.querySelector('summary')?.click();
    await waitUntil(() => element.shadowRoot?.querySelector('table'), 'table opens');
    const rows = [...(element.shadowRoot?.querySelectorAll('tr:has(> th[scope="row"])') ?? [])].map(text);
    expect(rows[0]).to.equal(`Period 1 ${percent(0.01)}`);
    expect(rows[1]).to.equal('Period 2 No data');
    expect(rows[2]).to.contain('Period 3 Not computed').and.contain('visitors');
    expect(shown(element)).not.to.match(/NaN|undefined|Infinity|null/);
    await expect(element).to.be.accessible();
  });

  it('formats ISO months and dates for the locale: en-US and nl-NL', async () => {
    const labels = '2026-01-15,2026-02-15,2026-03-15';
    const en = await fixture<KpiTrend>(html`<kpi-trend values="1,3,2" labels=${labels} locale="en-US"></kpi-trend>`);
    const nl = await fixture<KpiTrend>(html`<kpi-trend values="1,3,2" labels=${labels} locale="nl-NL"></kpi-trend>`);
    const day = (locale: string) =>
      new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', day: 'numeric' }).format(utc(2026, 2, 15));
    expect(chart(en)?.getAttribute('aria-label')).to.contain(`high 3 on ${day('en-US')}`);
    expect(chart(nl)?.getAttribute('aria-label')).to.contain(`hoogste 3 op ${day('nl-NL')}`);
    expect(chart(nl)?.getAttribute('aria-label')).to.contain('steeg van 1 naar 2 (+1)');
    const short = (locale: string) =>
      new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }).format(
        utc(2026, 3, 15),
      );
    expect(text(nl.shadowRoot?.querySelector('[part="period"]'))).to.equal(
      `${short('nl-NL')}, ten opzichte van ${new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }).format(utc(2026, 2, 15))}`,
    );
    await expect(nl).to.be.accessible();
  });

  it('names months with their year when the series spans years, and keeps free-text labels as written', async () => {
    const element = await fixture<KpiTrend>(
      html`<kpi-trend values="4,2,3" labels="2025-11,2025-12,2026-01" locale="en-US"></kpi-trend>`,
    );
    expect(chart(element)?.getAttribute('aria-label')).to.contain(
      `low 2 in ${month('en-US', utc(2025, 12), 'long', true)}`,
    );
    const quarters = await fixture<KpiTrend>(html`<kpi-trend values="4,2" labels="Q1, Q2" locale="en-US"></kpi-trend>`);
    expect(chart(quarters)?.getAttribute('aria-label')).to.equal(
      'Trend, Q1–Q2: fell from 4 to 2 (-2); high 4 in Q1, low 2 in Q2',
    );
  });

  it('renders the table rows only while the table is open, with a header per column', async () => {
    const element = await fixture<KpiTrend>(CONVERSIONS);
    const summary = element.shadowRoot?.querySelector('summary');
    expect(text(summary)).to.equal('Data table (4 periods)');
    expect(element.shadowRoot?.querySelector('table')).to.equal(null);
    summary?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => element.shadowRoot?.querySelector('table'), 'table opens');
    const headers = [...(element.shadowRoot?.querySelectorAll('th[scope="col"]') ?? [])].map(text);
    expect(headers).to.deep.equal(['Period', 'Conversion rate']);
    const rows = [...(element.shadowRoot?.querySelectorAll('tr:has(> th[scope="row"])') ?? [])].map(text);
    expect(rows).to.deep.equal([
      `Jan 2026 ${percent(0.012)}`,
      `Feb 2026 ${percent(15 / 1100)}`,
      `Mar 2026 ${percent(18 / 1050)}`,
      `Apr 2026 ${percent(20 / 1200)}`,
    ]);
    await expect(element).to.be.accessible();
    summary?.click();
    await waitUntil(() => !element.shadowRoot?.querySelector('table'), 'table closes');
  });

  it('speaks Dutch in nl-NL', async () => {
    const element = await fixture<KpiTrend>(
      html`<kpi-trend
        kpi="conversion-rate"
        conversions="12,20"
        visitors="1000,1000"
        labels="2026-01,2026-02"
        locale="nl-NL"
      ></kpi-trend>`,
    );
    // One number of decimals for every value: 1.2% gives 2% one too ("2,0%").
    const one = (value: number) => fixedPercent(value, 1, 'nl-NL');
    const expected = `Conversieratio, ${monthSpan('nl-NL', utc(2026, 1), utc(2026, 2))}: steeg van ${one(0.012)} naar ${one(0.02)} (${spokenPoints(0.008, 'nl-NL')}); hoogste ${one(0.02)} in februari, laagste ${one(0.012)} in januari`;
    expect(chart(element)?.getAttribute('aria-label')).to.equal(expected);
    expect(shown(element)).to.contain('beter').and.contain('Gegevenstabel (2 perioden)');
  });

  const errors: [string, ReturnType<typeof html>, string][] = [
    ['no series', html`<kpi-trend locale="en-US"></kpi-trend>`, 'values is missing'],
    [
      'a bad entry',
      html`<kpi-trend values="1,x,3" locale="en-US"></kpi-trend>`,
      'Entry 2 of values ("x") is not a number',
    ],
    [
      'an unknown unit',
      html`<kpi-trend values="1,2" unit="euro" locale="en-US"></kpi-trend>`,
      'unit="euro" is not valid',
    ],
    [
      'an unknown type',
      html`<kpi-trend values="1,2" type="pie" locale="en-US"></kpi-trend>`,
      'type="pie" is not valid. Use line, area or bar',
    ],
    [
      'too few labels',
      html`<kpi-trend values="1,2,3" labels="a,b" locale="en-US"></kpi-trend>`,
      'labels="a,b" is not valid. Use 3 labels',
    ],
    [
      'a date that does not exist',
      html`<kpi-trend values="1,2" labels="2026-02-30,2026-03-01" locale="en-US"></kpi-trend>`,
      'Entry 1 of labels',
    ],
    [
      'a bad target',
      html`<kpi-trend values="1,2" target="lots" locale="en-US"></kpi-trend>`,
      'target="lots" is not a number',
    ],
    [
      'inputs of different lengths',
      html`<kpi-trend kpi="roas" revenue="1,2,3" spend="1,2" locale="en-US"></kpi-trend>`,
      'spend has 2 entries, but revenue has 3',
    ],
    ['a list KPI', html`<kpi-trend kpi="nps" scores="9,10,3" locale="en-US"></kpi-trend>`, 'kpi="nps" is not valid'],
    [
      'only gaps',
      html`<kpi-trend values=" , ," locale="en-US"></kpi-trend>`,
      'nothing to show yet: values has only empty entries. Give at least one number, like values="12,15,,18"',
    ],
    [
      "only gaps in a KPI's inputs",
      html`<kpi-trend kpi="roas" revenue="1,,3" spend=",2," locale="en-US"></kpi-trend>`,
      'revenue and spend have only empty entries',
    ],
    [
      'an unknown curve',
      html`<kpi-trend values="1,2,3" curve="smooth" locale="en-US"></kpi-trend>`,
      'curve="smooth" is not valid',
    ],
    [
      'a blank label',
      html`<kpi-trend values="1,2,3" labels="Q1, ,Q3" locale="en-US"></kpi-trend>`,
      'labels="Q1, ,Q3" is not valid. Use 3 labels, one per period',
    ],
    [
      'only zero divisors',
      html`<kpi-trend kpi="cac" spend="10,20" customers="0,0" locale="en-US"></kpi-trend>`,
      'divides by customers',
    ],
  ];
  for (const [what, template, message] of errors) {
    it(`shows the error state for ${what}`, async () => {
      const element = await fixture<KpiTrend>(template);
      expect(shown(element)).to.contain('This KPI cannot be shown').and.contain(message);
      expect(shown(element)).not.to.match(/NaN|undefined|Infinity/);
      expect(chart(element)).to.equal(null);
      expect(warnings.join(' ')).to.contain('<kpi-trend>');
    });
  }

  it('names the latest of a series without labels by where it stands, and compares it with the value before', async () => {
    const element = await fixture<KpiTrend>(html`<kpi-trend values="12,15,18,20" locale="en-US"></kpi-trend>`);
    const period = element.shadowRoot?.querySelector('[part="period"]');
    expect(text(period)).to.equal('Latest of 4 values, vs the value before');
    expect(text(period)).not.to.contain('Period');
  });

  it('writes the latest value and its change in one notation, compact or not', async () => {
    const element = await fixture<KpiTrend>(
      html`<kpi-trend values="4300,4467" unit="count" notation="compact" locale="en-US"></kpi-trend>`,
    );
    const part = (name: string) => text(element.shadowRoot?.querySelector(`[part="${name}"]`));
    const full = new Intl.NumberFormat('en-US');
    expect(part('value')).to.equal(full.format(4467));
    expect(part('delta')).to.contain(`+${full.format(167)}`);
  });

  it('sets every number in tabular figures: headline, change, axes, footer and table', async () => {
    const element = await fixture<KpiTrend>(
      html`<kpi-trend
        values="1100,1520,1180"
        unit="count"
        labels=${'2026-01,2026-02,2026-03'}
        axis
        locale="en-US"
      ></kpi-trend>`,
    );
    await waitUntil(() => element.shadowRoot?.querySelector('svg text'), 'the axes draw');
    element.shadowRoot?.querySelector('summary')?.click();
    await waitUntil(() => element.shadowRoot?.querySelector('td'), 'the table opens');
    const figures = ['[part="value"]', '[part="delta"]', '[part="period"]', 'svg text', '.extremes', 'td', 'th'];
    for (const selector of figures) {
      const node = element.shadowRoot?.querySelector(selector);
      expect(node, selector).to.be.instanceOf(Element);
      expect(getComputedStyle(node as Element).fontVariantNumeric, selector).to.equal('tabular-nums');
    }
  });

  it('reports the error state in kpi-change and is accessible', async () => {
    const element = document.createElement('kpi-trend');
    element.setAttribute('values', '1,oops');
    const event = oneEvent(element, 'kpi-change');
    document.body.append(element);
    const { detail } = await event;
    expect(detail).to.include({ value: null, status: 'error' });
    await expect(element).to.be.accessible();
    element.remove();
  });
});

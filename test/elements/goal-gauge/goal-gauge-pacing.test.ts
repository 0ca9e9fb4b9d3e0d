import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/goal-gauge/goal-gauge.js';
import type { GoalGauge } from '../../../src/elements/goal-gauge/goal-gauge.js';
import type { KpiChangeDetail } from '../../../src/shared/events.js';

const shown = (element: Element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const valueText = (element: Element) =>
  element.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuetext') ?? '';
const number = (value: number, locale = 'en-US', digits = 0) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
const euro = (value: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(value);
const date = (iso: string, locale = 'en-US') =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** 1,000 new leads in a month, measured on `asOf`. */
/** A CPA of €60 paced down from €80 to a €50 ceiling over a quarter, on 10 February. */
const cpaFromBaseline = () => html`
  <goal-gauge
    kpi="cpa"
    cost="4200"
    conversions="70"
    goal="50"
    baseline="80"
    currency="EUR"
    period-start="2026-01"
    period-end="2026-03"
    as-of="2026-02-10"
    locale="en-US"
  ></goal-gauge>
`;
const leads = (count: number, month: string, asOf: string, locale = 'en-US') =>
  fixture<GoalGauge>(html`
    <goal-gauge
      label="Leads"
      kpi="new-leads"
      count=${count}
      goal="1000"
      period-start=${month}
      period-end=${month}
      as-of=${asOf}
      locale=${locale}
    ></goal-gauge>
  `);

/** The status of the first kpi-change of a gauge with these attributes. */
const statusFor = async (attributes: Record<string, string>) => {
  const element = document.createElement('goal-gauge');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const event = new Promise<KpiChangeDetail>((resolve) =>
    element.addEventListener('kpi-change', (e) => resolve(e.detail), { once: true }),
  );
  document.body.append(element);
  const detail = await event;
  element.remove();
  return detail.status;
};
const pacedLeads = (count: number, asOf: string) =>
  statusFor({
    kpi: 'new-leads',
    count: String(count),
    goal: '1000',
    'period-start': '2026-02',
    'period-end': '2026-02',
    'as-of': asOf,
  });

describe('<goal-gauge> pacing', () => {
  it('in the middle of the period: on track, with the expected value and the projection', async () => {
    const element = await leads(500, '2026-02', '2026-02-14');
    const text = shown(element);
    expect(text).to.contain('On track');
    expect(text).to.contain('Day 14 of 28');
    expect(text).to.contain(`Expected ${number(500)} by now`);
    expect(text).to.contain(`Projected ${number(1000)} by ${date('2026-02-28')}`);
    // The pace so far reaches the goal: no need to repeat it as what it still needs.
    expect(text).not.to.contain('Needs');
    expect(valueText(element)).to.equal(`Leads: ${number(500)} of ${number(1000)}, 50% of goal, on track`);
    await expect(element).to.be.accessible();
  });

  it('lays the pace out as one fact a line, the day beside the badge, with no separator to strand', async () => {
    const page = await fixture<HTMLElement>(html`<div style="width: 300px">${cpaFromBaseline()}</div>`);
    const element = page.querySelector('goal-gauge') as GoalGauge;
    await element.updateComplete;
    const root = element.shadowRoot as ShadowRoot;
    const facts = [...root.querySelectorAll('[part="pace"] > span')];
    expect(facts.map((fact) => fact.textContent)).to.deep.equal([
      `Expected ${euro(66.33)} by now`,
      `Projected ${euro(36.1)} by ${date('2026-03-31')}`,
    ]);
    const lineBoxes = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    };
    for (const fact of facts) expect(lineBoxes(fact), fact.textContent ?? '').to.equal(1);
    const badge = root.querySelector('[part="status"]') as Element;
    const day = [...root.querySelectorAll('span')].find((el) => el.textContent === 'Day 41 of 90') as Element;
    const middle = (el: Element) => {
      const { top, bottom } = el.getBoundingClientRect();
      return Math.round((top + bottom) / 2);
    };
    expect(middle(day)).to.be.closeTo(middle(badge), 2);
    expect(root.querySelector('[part="pace"]')?.textContent).not.to.contain('·');
  });

  it('is fair to month lengths: 480 by the 14th is on track in February, ahead in March', async () => {
    const february = await leads(480, '2026-02', '2026-02-14');
    const march = await leads(480, '2026-03', '2026-03-14');
    expect(valueText(february)).to.match(/, on track$/);
    expect(valueText(march)).to.match(/, ahead of pace$/);
    expect(shown(march)).to.contain('Day 14 of 31');
  });

  it('at the start of the period counts the first day, and says behind with nothing yet', async () => {
    const element = await leads(0, '2026-04', '2026-04-01');
    expect(shown(element)).to.contain('Day 1 of 30').and.contain('Behind pace');
    expect(shown(element)).not.to.match(/NaN|Infinity|undefined|null/);
  });

  it('at the end of the period, and after it, judges against the goal', async () => {
    expect(await pacedLeads(900, '2026-03-03')).to.equal('bad');
    expect(await pacedLeads(1000, '2026-03-03')).to.equal('good');
    const last = await leads(1000, '2026-02', '2026-02-28');
    expect(shown(last)).to.contain('Day 28 of 28').and.contain('On track');
    const after = await leads(900, '2026-02', '2026-03-03');
    expect(shown(after))
      .to.contain('Ended, goal missed')
      .and.contain(`Ended ${date('2026-02-28')}`);
    expect(valueText(after)).to.match(/ended, goal missed$/);
    const met = await leads(1000, '2026-02', '2026-03-03');
    expect(valueText(met)).to.match(/ended, goal met$/);
  });

  it('reads a month as as-of as its last day', async () => {
    const element = await leads(1000, '2026-02', '2026-02');
    expect(shown(element)).to.contain('Day 28 of 28');
  });

  it('before the period: not started, and when it starts', async () => {
    const element = await leads(0, '2026-03', '2026-02-26');
    expect(shown(element))
      .to.contain('Not started yet')
      .and.contain(`Starts ${date('2026-03-01')}, in 3 days`);
    expect(await pacedLeads(0, '2026-01-26')).to.equal('neutral');
  });

  it('reports good when ahead or on track, bad when behind', async () => {
    expect(await pacedLeads(700, '2026-02-14')).to.equal('good');
    expect(await pacedLeads(500, '2026-02-14')).to.equal('good');
    expect(await pacedLeads(300, '2026-02-14')).to.equal('bad');
  });

  it('paces from the baseline: on its last day the visitors goal, 95 % of the way, is missed', async () => {
    const element = await fixture<GoalGauge>(html`
      <goal-gauge
        label="Visitors"
        value="19400"
        unit="count"
        goal="20000"
        baseline="8000"
        period-start="2025-01-01"
        period-end="2025-12-31"
        as-of="2025-12-31"
        locale="en-US"
      ></goal-gauge>
    `);
    expect(valueText(element)).to.equal(
      `Visitors: ${number(19400)} of ${number(20000)}, 95% of the way from ${number(8000)}, 97% of goal overall, behind pace`,
    );
  });

  it('paces a lower-is-better goal down from its baseline', async () => {
    const element = await fixture<GoalGauge>(cpaFromBaseline());
    expect(shown(element)).to.contain('Ahead of pace').and.contain('Day 41 of 90');
  });

  it('defaults as-of to today in the user time zone', async () => {
    const local = (offset: number) => {
      const day = new Date();
      day.setDate(day.getDate() + offset);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
    };
    const element = await fixture<GoalGauge>(html`
      <goal-gauge
        kpi="new-leads"
        count="10"
        goal="100"
        period-start=${local(-10)}
        period-end=${local(10)}
        locale="en-US"
      ></goal-gauge>
    `);
    expect(shown(element)).to.contain('Day 11 of 21');
  });

  it('gives a percent KPI’s levels in percent and only its need in points, per week when a day’s would read 0', async () => {
    // A conversion rate paced from 2 % to 3 % over April, at 2.2 % on the 10th: 2.33 % expected,
    // 2.6 % projected, 0.8 pp to go in 20 days: 0.04 pp a day, which would read "0 pp a day".
    const rate = (locale: string) =>
      fixture<GoalGauge>(html`
        <goal-gauge
          kpi="conversion-rate"
          conversions="22"
          visitors="1000"
          goal="3%"
          baseline="2%"
          period-start="2026-04"
          period-end="2026-04"
          as-of="2026-04-10"
          locale=${locale}
        ></goal-gauge>
      `);
    const percent = (share: number, locale: string) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
    const en = shown(await rate('en-US'));
    expect(en).to.contain('Day 10 of 30');
    expect(en).to.contain(`Expected ${percent(0.02 + 0.01 / 3, 'en-US')} by now`);
    expect(en).to.contain(`Projected ${percent(0.026, 'en-US')} by ${date('2026-04-30')}`);
    expect(en).to.contain(`Needs ${number(0.28, 'en-US', 1)} pp a week`);
    expect(en).to.contain(`${number(0.8, 'en-US', 1)} pp to go`);
    expect(en).not.to.match(/\b0 pp|pp by now|Projected [\d.]+ pp/);
    const nl = shown(await rate('nl-NL'));
    expect(nl).to.contain('Dag 10 van 30');
    expect(nl).to.contain(`Volgens schema nu ${percent(0.02 + 0.01 / 3, 'nl-NL')}`);
    expect(nl).to.contain(`Prognose ${percent(0.026, 'nl-NL')} op ${date('2026-04-30', 'nl-NL')}`);
    expect(nl).to.contain(`Nodig: ${number(0.28, 'nl-NL', 1)} pp per week`);
    expect(nl).not.to.match(/\b0 pp|volgens schema nu [\d,]+ pp|Prognose [\d,]+ pp/i);
  });

  it('says a small need of a count per month, in English and Dutch', async () => {
    // From 999 to 1,000 over a quarter, still 999 on 4 January: 1 short with 86 days to go is
    // 0.01 a day, 0.3 a month.
    const quarter = (locale: string) =>
      fixture<GoalGauge>(html`
        <goal-gauge
          kpi="new-leads"
          count="999"
          baseline="999"
          goal="1000"
          period-start="2026-01"
          period-end="2026-03"
          as-of="2026-01-04"
          locale=${locale}
        ></goal-gauge>
      `);
    expect(shown(await quarter('en-US'))).to.contain(`Needs ${number((1 / 86) * 30, 'en-US', 1)} a month`);
    expect(shown(await quarter('nl-NL'))).to.contain(`Nodig: ${number((1 / 86) * 30, 'nl-NL', 1)} per maand`);
  });

  it('speaks Dutch', async () => {
    const element = await leads(500, '2026-02', '2026-02-14', 'nl-NL');
    const text = shown(element);
    expect(text).to.contain('Op schema').and.contain('Dag 14 van 28');
    expect(text).to.contain(`Prognose ${number(1000, 'nl-NL')} op ${date('2026-02-28', 'nl-NL')}`);
    expect(valueText(element)).to.equal(
      `Leads: ${number(500, 'nl-NL')} van ${number(1000, 'nl-NL')}, 50% van het doel, op schema`,
    );
  });
});

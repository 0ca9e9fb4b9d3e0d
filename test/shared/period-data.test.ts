import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import '../helpers/packs.js';
import type { SourceLoad } from '../../src/shared/controllers/source-controller.js';
import { collectWarnings } from '../helpers/console.js';
import { partText, readAloud, settle } from '../helpers/screen-reader.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/*
 * A daily export (test/fixtures/daily.csv): a row per day in March, April and early May 2026, with
 * sessions, orders and followers. `period` adds a period's rows up before the KPI is computed.
 */
const DAILY = '/test/fixtures/daily.csv';

const loaded = async (element: Widget): Promise<SourceLoad> => {
  const { detail } = (await oneEvent(element, 'kpi-load')) as CustomEvent<SourceLoad>;
  await settle(element);
  return detail;
};

/** A percent as a card writes it: no decimal a figure does not need, one at most. */
const percent = (locale: string, value: number) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);

describe('a card over a period of daily rows', () => {
  const warnings = collectWarnings();

  it("computes April's conversion rate on April's totals, against March's, never a mean of daily rates", async () => {
    const card = await fixture<Widget>(
      html`<kpi-card
        kpi="conversion-rate"
        locale="en-US"
        src=${DAILY}
        fields="conversions:orders, visitors:sessions"
        period="2026-04"
      ></kpi-card>`,
    );
    await loaded(card);
    // 120 orders of 4,000 sessions; the mean of April's three daily rates would be 3.3 %.
    expect(partText(card, 'value')).to.equal(percent('en-US', 120 / 4000));
    // March: 50 of 2,000, 2.5 %: up half a point.
    expect(partText(card, 'delta')).to.contain('+0.5 pp');
    expect(readAloud(card)).to.contain(`Conversion rate: ${percent('en-US', 0.03)}`);
    await expect(card).to.be.accessible();
  });

  it('reads a stock on the last day of the period, in Dutch', async () => {
    const card = await fixture<Widget>(
      html`<kpi-card
        kpi="followers"
        locale="nl-NL"
        src=${DAILY}
        fields="counts:followers"
        period="2026-04"
      ></kpi-card>`,
    );
    await loaded(card);
    // 580 on 30 April, against 520 on 20 March; summed, April would read 1.680.
    expect(partText(card, 'value')).to.equal(new Intl.NumberFormat('nl-NL').format(580));
    expect(partText(card, 'delta')).to.contain('+60');
    expect(readAloud(card)).to.contain('vorige periode');
  });

  it('takes the month of the last date for period="month": May so far, with no earlier row missing', async () => {
    const card = await fixture<Widget>(
      html`<kpi-card
        kpi="conversion-rate"
        locale="en-US"
        src=${DAILY}
        fields="conversions:orders, visitors:sessions"
        period="month"
      ></kpi-card>`,
    );
    await loaded(card);
    expect(partText(card, 'value')).to.equal(percent('en-US', 5 / 500));
  });

  it("says a period without rows, naming period, in the reader's language", async () => {
    const card = await fixture<Widget>(
      html`<kpi-card
        kpi="conversion-rate"
        locale="nl-NL"
        src=${DAILY}
        fields="conversions:orders, visitors:sessions"
        period="2026-07"
      ></kpi-card>`,
    );
    await loaded(card);
    const error = card.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? '';
    expect(error).to.contain('geen rijen voor period="2026-07"');
    expect(error).to.contain('2026-03-10 – 2026-05-02');
    expect(warnings.some((warning) => warning.includes('period="2026-07"'))).to.equal(true);
  });

  it('refuses a period it cannot read and a date column the file lacks, naming the attribute', async () => {
    const badPeriod = await fixture<Widget>(
      html`<kpi-card
        kpi="conversion-rate"
        locale="en-US"
        src=${DAILY}
        fields="conversions:orders, visitors:sessions"
        period="last month"
      ></kpi-card>`,
    );
    await loaded(badPeriod);
    expect(badPeriod.shadowRoot?.querySelector('[part~="error"]')?.textContent).to.contain('period="last month"');
    const badColumn = await fixture<Widget>(
      html`<kpi-card
        kpi="conversion-rate"
        locale="en-US"
        src=${DAILY}
        fields="conversions:orders, visitors:sessions"
        period="2026-04"
        date-field="day"
      ></kpi-card>`,
    );
    await loaded(badColumn);
    const message = badColumn.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? '';
    expect(message).to.contain('date-field="day"');
    expect(message).to.contain('date');
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/index.js';
import '../helpers/packs.js';
import { collectWarnings } from '../helpers/console.js';
import { partText, readAloud } from '../helpers/screen-reader.js';
import { loaded } from '../helpers/source.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/*
 * A daily export (test/fixtures/daily.csv): a row per day in March, April and early May 2026, with
 * sessions, orders and followers. `period` adds a period's rows up before the KPI is computed.
 */
const DAILY = '/test/fixtures/daily.csv';

/** A conversion-rate card over `period` of the daily file, loaded. */
const rateCard = async (
  period: string,
  { locale = 'en-US', dateField }: { locale?: string; dateField?: string } = {},
) => {
  const card = await fixture<Widget>(
    html`<kpi-card
      kpi="conversion-rate"
      locale=${locale}
      src=${DAILY}
      fields="conversions:orders, visitors:sessions"
      period=${period}
      date-field=${ifDefined(dateField)}
    ></kpi-card>`,
  );
  await loaded(card);
  return card;
};

const errorText = (widget: Widget) => widget.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? '';

/** A percent as a card writes it: no decimal a figure does not need, one at most. */
const percent = (locale: string, value: number) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);

describe('a card over a period of daily rows', () => {
  const warnings = collectWarnings();

  it("computes April's conversion rate on April's totals, against March's, never a mean of daily rates", async () => {
    const card = await rateCard('2026-04');
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
    const card = await rateCard('month');
    expect(partText(card, 'value')).to.equal(percent('en-US', 5 / 500));
  });

  it("says a period without rows, naming period, in the reader's language", async () => {
    const error = errorText(await rateCard('2026-07', { locale: 'nl-NL' }));
    expect(error).to.contain('geen rijen voor period="2026-07"');
    expect(error).to.contain('2026-03-10 – 2026-05-02');
    expect(warnings.some((warning) => warning.includes('period="2026-07"'))).to.equal(true);
  });

  it('refuses a period it cannot read and a date column the file lacks, naming the attribute', async () => {
    expect(errorText(await rateCard('last month'))).to.contain('period="last month"');
    const message = errorText(await rateCard('2026-04', { dateField: 'day' }));
    expect(message).to.contain('date-field="day"');
    expect(message).to.contain('date');
  });
});

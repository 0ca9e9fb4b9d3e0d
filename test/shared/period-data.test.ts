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
    const [april, march] = [3, 2].map((index) =>
      new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        Date.UTC(2026, index, 1),
      ),
    );
    expect(readAloud(card)).to.contain(
      `Conversion rate, ${april}: ${percent('en-US', 0.03)}. Up 0.5 percentage points vs ${march}, better.`,
    );
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
    // The earlier period is named: March 2026, as Dutch writes it.
    const march = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(readAloud(card)).to.contain(`ten opzichte van ${march.format(Date.UTC(2026, 2, 1))}`);
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

/*
 * test/fixtures/daily-year.csv: 100 sessions a day through June 2025 (3 orders a day), May 2026 (2 a
 * day) and June 1–15, 2026 (4 a day); followers grow by 2 a day.
 */
const YEAR = '/test/fixtures/daily-year.csv';

/** A run of days as the locale writes it: "May 1 – 15, 2026". */
const days = (locale: string, from: number, to: number) =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).formatRange(
    from,
    to,
  );
const month = (locale: string, at: number) =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(at);

/** Each comparison line as a sighted reader sees it. */
const lines = (widget: Element) =>
  [...(widget.shadowRoot?.querySelectorAll('[part~="comparison"]') ?? [])].map((line) =>
    (line.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim(),
  );

describe('a card over a period still under way (issue 27)', () => {
  const yearCard = async (locale: string, period = 'month') => {
    const card = await fixture<Widget>(
      html`<kpi-card
        kpi="conversion-rate"
        locale=${locale}
        src=${YEAR}
        fields="conversions:orders, visitors:sessions"
        period=${period}
      ></kpi-card>`,
    );
    await loaded(card);
    return card;
  };

  it('marks June as so far, and compares it like for like: May 1–15 and June 1–15 a year earlier', async () => {
    const card = await yearCard('en-US');
    expect(partText(card, 'period')).to.equal(`${month('en-US', Date.UTC(2026, 5, 1))} (so far)`);
    expect(partText(card, 'value')).to.equal(percent('en-US', 0.04));
    const may = days('en-US', Date.UTC(2026, 4, 1), Date.UTC(2026, 4, 15));
    const juneAgo = days('en-US', Date.UTC(2025, 5, 1), Date.UTC(2025, 5, 15));
    expect(lines(card)).to.deep.equal([`+2 pp better vs ${may}`, `+1 pp better vs ${juneAgo}`]);
    expect(readAloud(card)).to.contain(
      `Conversion rate, ${month('en-US', Date.UTC(2026, 5, 1))} (so far): ${percent('en-US', 0.04)}. Up 2 percentage points vs ${may}, better.`,
    );
    await expect(card).to.be.accessible();
  });

  it('names whole periods as they are, in Dutch: mei 2026 against juni 2025', async () => {
    const card = await yearCard('nl-NL', '2026-05');
    expect(partText(card, 'period')).to.equal(month('nl-NL', Date.UTC(2026, 4, 1)));
    // May 2026 (2 %) against April 2026, which has no rows (no line), and May 2025, which has none either.
    const june = await yearCard('nl-NL', '2026-06');
    expect(lines(june)).to.deep.equal([
      `+2 pp beter dan ${days('nl-NL', Date.UTC(2026, 4, 1), Date.UTC(2026, 4, 15))}`.replace(/[ \t\n\r]+/g, ' '),
      `+1 pp beter dan ${days('nl-NL', Date.UTC(2025, 5, 1), Date.UTC(2025, 5, 15))}`.replace(/[ \t\n\r]+/g, ' '),
    ]);
    expect(partText(june, 'period')).to.equal(`${month('nl-NL', Date.UTC(2026, 5, 1))} (tot nu toe)`);
    expect(lines(card)).to.deep.equal([]);
  });

  /** A gauge of June's orders so far (60 by June 15) against a goal for the month. */
  const ordersGauge = async (locale: string, goal: number) => {
    const gauge = await fixture<Widget>(
      html`<goal-gauge
        label="Orders"
        locale=${locale}
        src=${YEAR}
        fields="value:orders"
        period="month"
        goal=${goal}
        unit="count"
      ></goal-gauge>`,
    );
    await loaded(gauge);
    return gauge;
  };

  it('paces a gauge over the period still under way, as of the last day of data', async () => {
    const gauge = await ordersGauge('en-US', 120);
    // 60 orders by June 15, day 15 of 30: half the goal in half the month, on track.
    expect(partText(gauge, 'value')).to.contain('60');
    expect(readAloud(gauge)).to.match(/on track/i);
    expect(readAloud(gauge)).to.contain('15');
    await expect(gauge).to.be.accessible();
  });

  it('paces a gauge in Dutch', async () => {
    // 60 of 200 by day 15 of 30: behind.
    expect(readAloud(await ordersGauge('nl-NL', 200))).to.match(/achter/i);
  });
});

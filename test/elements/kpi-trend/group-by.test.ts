import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import '../../helpers/packs.js';
import { collectWarnings } from '../../helpers/console.js';
import { partText, readAloud } from '../../helpers/screen-reader.js';
import { loaded } from '../../helpers/source.js';

type Trend = HTMLElement & { updateComplete: Promise<boolean>; groupBy?: string };

/*
 * A daily export (test/fixtures/daily.csv): rows on 10 and 20 March, 1, 15 and 30 April and 2 May
 * 2026, with sessions, orders and followers. By month: March 50 orders of 2,000 sessions (from the
 * 10th: partial), April 120 of 4,000, May 5 of 500 (to the 2nd: so far).
 */
const DAILY = '/test/fixtures/daily.csv';

const rateTrend = async (groupBy: string, locale = 'en-US', type = 'line') => {
  const trend = await fixture<Trend>(
    html`<kpi-trend
      kpi="conversion-rate"
      locale=${locale}
      type=${type}
      src=${DAILY}
      fields="conversions:orders, visitors:sessions"
      group-by=${groupBy}
    ></kpi-trend>`,
  );
  await loaded(trend);
  return trend;
};

/** A percent as the trend writes this series: one decimal for every value. */
const percent = (locale: string, value: number) =>
  new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
const month = (locale: string, iso: string, style: 'short' | 'long' = 'short') =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: style, year: 'numeric' }).format(
    new Date(`${iso}-01T00:00:00Z`),
  );
const day = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** The rows of the data table, opened as a reader opens it: [period, value] each. */
const tableRows = async (trend: Trend) => {
  trend.shadowRoot?.querySelector('summary')?.click();
  await waitUntil(() => trend.shadowRoot?.querySelector('td'), 'the table opens');
  return [...(trend.shadowRoot?.querySelectorAll('tr') ?? [])]
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? ''));
};
const chartName = (trend: Trend) =>
  trend.shadowRoot?.querySelector('[part~="chart"]')?.getAttribute('aria-label') ?? '';
const errorText = (trend: Trend) => trend.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? '';

describe('kpi-trend group-by', () => {
  const warnings = collectWarnings();

  it("computes each month's rate on its sums and marks the partial months, in English", async () => {
    const trend = await rateTrend('month');
    await expect(trend).to.be.accessible();
    // May so far: 5 of 500; the headline says the month is not over.
    expect(partText(trend, 'value')).to.equal(percent('en-US', 0.01));
    expect(partText(trend, 'period')).to.equal(
      `${month('en-US', '2026-05')} (so far), vs ${month('en-US', '2026-04')}`,
    );
    const name = chartName(trend);
    expect(name).to.contain(`from ${percent('en-US', 0.025)} to ${percent('en-US', 0.01)}`);
    // April: 120 of 4,000 is 3.0 %, not the mean of its daily rates (2 %, 1 % and 7 %: 3.3 %).
    expect(name).to.contain(`high ${percent('en-US', 0.03)} in April`);
    expect(name).to.contain(`${month('en-US', '2026-03')} is incomplete`);
    expect(name).to.contain(`${month('en-US', '2026-05')} is not complete yet`);
    expect(await tableRows(trend)).to.deep.equal([
      [`${month('en-US', '2026-03')} (partial)`, percent('en-US', 0.025)],
      [month('en-US', '2026-04'), percent('en-US', 0.03)],
      [`${month('en-US', '2026-05')} (so far)`, percent('en-US', 0.01)],
    ]);
    expect(warnings).to.deep.equal([]);
  });

  it('groups weeks from Monday, a week without rows a gap, in Dutch', async () => {
    const trend = await rateTrend('week', 'nl-NL');
    await expect(trend).to.be.accessible();
    // The week of 27 April: 75 orders of 1,500 sessions (30 April and 2 May), so far.
    // Every week a whole percent: no decimals.
    const whole = (value: number) => new Intl.NumberFormat('nl-NL', { style: 'percent' }).format(value);
    expect(partText(trend, 'value')).to.equal(whole(0.05));
    expect(partText(trend, 'period')).to.contain(`Week van ${day('nl-NL', '2026-04-27')} (tot nu toe)`);
    expect(chartName(trend)).to.contain('3 perioden zonder gegevens');
    expect(chartName(trend)).to.contain(`week van ${day('nl-NL', '2026-04-27')} is nog niet compleet`);
    const rows = await tableRows(trend);
    expect(rows.map(([period]) => period)).to.deep.equal([
      `Week van ${day('nl-NL', '2026-03-09')} (onvolledig)`,
      ...['2026-03-16', '2026-03-23', '2026-03-30', '2026-04-06', '2026-04-13', '2026-04-20'].map(
        (monday) => `Week van ${day('nl-NL', monday)}`,
      ),
      `Week van ${day('nl-NL', '2026-04-27')} (tot nu toe)`,
    ]);
    expect(rows[2]?.[1]).to.equal('Geen gegevens');
    expect(rows[3]?.[1]).to.equal(whole(40 / 2000));
    // After a value, the high and the low name their week as a sentence does: "week van …", not "Week van …".
    const extremes = trend.shadowRoot?.querySelector('.extremes')?.textContent ?? '';
    expect(extremes).to.contain('week van').and.not.contain('Week van');
  });

  it('groups quarters, named as Dutch writes them', async () => {
    const trend = await rateTrend('quarter', 'nl-NL', 'bar');
    expect(partText(trend, 'period')).to.equal('K2 2026 (tot nu toe), ten opzichte van K1 2026 (onvolledig)');
    expect(partText(trend, 'value')).to.equal(percent('nl-NL', 125 / 4500));
    expect(await tableRows(trend)).to.deep.equal([
      ['K1 2026 (onvolledig)', percent('nl-NL', 50 / 2000)],
      ['K2 2026 (tot nu toe)', percent('nl-NL', 125 / 4500)],
    ]);
  });

  it('reads stocks on the first and last day of each month, never summed', async () => {
    // Subscriber growth: (end - start) / start, both read from the followers column.
    const trend = await fixture<Trend>(
      html`<kpi-trend
        kpi="subscriber-growth"
        locale="en-US"
        src=${DAILY}
        fields="start:followers, end:followers"
        group-by="month"
      ></kpi-trend>`,
    );
    await loaded(trend);
    const rows = await tableRows(trend);
    // March 500 on the 10th to 520 on the 20th; April 540 to 580; May 600 on its only day.
    expect(rows.map(([, value]) => value)).to.deep.equal([
      percent('en-US', 20 / 500),
      percent('en-US', 40 / 540),
      percent('en-US', 0),
    ]);
  });

  it('without group-by, each row is a period, as before', async () => {
    const trend = await fixture<Trend>(
      html`<kpi-trend
        kpi="conversion-rate"
        locale="en-US"
        src=${DAILY}
        fields="conversions:orders, visitors:sessions, labels:date"
      ></kpi-trend>`,
    );
    await loaded(trend);
    expect(partText(trend, 'table')).to.contain('6 periods');
    expect(readAloud(trend)).to.not.contain('so far');
  });

  it('shows the error state naming group-by, with the values it takes, and warns once', async () => {
    const trend = await rateTrend('day', 'nl-NL');
    expect(errorText(trend)).to.contain('group-by="day"').and.contain('week, month of quarter');
    expect(warnings.filter((warning) => warning.includes('group-by="day"'))).to.have.length(1);
    expect(warnings[0]).to.contain('week, month or quarter');
    await expect(trend).to.be.accessible();
    // Fixed, it shows the months.
    trend.groupBy = 'month';
    await trend.updateComplete;
    expect(errorText(trend)).to.equal('');
    expect(partText(trend, 'value')).to.equal(percent('nl-NL', 0.01));
  });

  it('names date-field when the file has no such column', async () => {
    const trend = await fixture<Trend>(
      html`<kpi-trend
        kpi="conversion-rate"
        locale="en-US"
        src=${DAILY}
        fields="conversions:orders, visitors:sessions"
        group-by="week"
        date-field="day"
      ></kpi-trend>`,
    );
    await loaded(trend);
    expect(errorText(trend)).to.contain('date-field="day"');
  });
});

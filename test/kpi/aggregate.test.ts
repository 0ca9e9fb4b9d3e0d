import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
// Read by src/shared (period-data, grouped-data), not by the elements: not through the engine's index.
import { measureOf, totalsOf, type DatedRow } from '../../src/kpi/aggregate.js';
import { describeError, getKpi, isoOfDay, namePeriod, parseIsoDate, type Measure } from '../../src/kpi/index.js';
import {
  comparedPeriods,
  isWholeUnit,
  previousPeriod,
  readReportPeriod,
  yearAgoPeriod,
  type ReportPeriod,
} from '../../src/kpi/report-period.js';

const day = (iso: string): number => {
  const read = parseIsoDate(iso, 'test');
  if (!read.ok) throw new Error(iso);
  return read.value.day;
};
const span = ({ start, end }: ReportPeriod) => `${isoOfDay(start)}/${isoOfDay(end)}`;
const period = (text: string, last = '2026-06-20'): ReportPeriod => {
  const read = readReportPeriod(text, day(last));
  if (!read.ok) throw new Error(`${text}: ${read.error.code}`);
  return read.value;
};

/**
 * A daily export: 2025-06-01 to 2026-06-20, visitors 1,000 a day and conversions 20 a day (30 on
 * Sundays), followers growing by 10 a day from 5,000. A day in the middle of June 2026 is missing.
 */
const DAILY: DatedRow[] = (() => {
  const rows: DatedRow[] = [];
  for (let d = day('2025-06-01'), n = 0; d <= day('2026-06-20'); d++, n++) {
    if (isoOfDay(d) === '2026-06-10') continue;
    const sunday = new Date(d * 86_400_000).getUTCDay() === 0;
    rows.push({ day: d, values: { visitors: 1000, conversions: sunday ? 30 : 20, followers: 5000 + 10 * n } });
  }
  return rows;
})();
const MEASURES: Record<string, Measure> = { visitors: 'flow', conversions: 'flow', followers: 'stock-end' };

const totals = (text: string, rows = DAILY, measures = MEASURES) => {
  const read = totalsOf(rows, period(text), measures, text);
  if (!read.ok) throw new Error(read.error.code);
  return read.value;
};
/** The flows summed by hand over the rows of a span, for expected totals. */
const summed = (name: 'visitors' | 'conversions', from: string, to: string) =>
  DAILY.filter((row) => row.day >= day(from) && row.day <= day(to)).reduce(
    (sum, row) => sum + (row.values[name] ?? 0),
    0,
  );

describe('report periods', () => {
  it("reads calendar units around the data's last day, a month, a window and a span", () => {
    expect(span(period('month'))).to.equal('2026-06-01/2026-06-30');
    expect(span(period('quarter'))).to.equal('2026-04-01/2026-06-30');
    expect(span(period('year'))).to.equal('2026-01-01/2026-12-31');
    expect(span(period('last-30-days'))).to.equal('2026-05-22/2026-06-20');
    expect(span(period('2026-02'))).to.equal('2026-02-01/2026-02-28');
    expect(span(period(' 2026-03-05/2026-03-18 '))).to.equal('2026-03-05/2026-03-18');
  });

  it('refuses anything else, naming period and the forms it takes', () => {
    for (const text of [
      'week',
      '2026-02-30',
      '2026-06-30/2026-06-01',
      '2026-06-01/2026-06',
      '2026-06-15',
      'a/b/c',
      '',
    ]) {
      const read = readReportPeriod(text, day('2026-06-20'));
      expect(read.ok, text).to.equal(false);
      if (!read.ok) {
        expect(read.error).to.deep.include({ code: 'invalid-option', fields: ['period'] });
        expect(describeError(read.error, 'en')).to.include('last-30-days');
      }
    }
  });

  it('takes the period before and the one a year earlier, of the same kind', () => {
    expect(span(previousPeriod(period('month')))).to.equal('2026-05-01/2026-05-31');
    expect(span(previousPeriod(period('2026-03')))).to.equal('2026-02-01/2026-02-28');
    expect(span(previousPeriod(period('quarter')))).to.equal('2026-01-01/2026-03-31');
    expect(span(previousPeriod(period('year')))).to.equal('2025-01-01/2025-12-31');
    expect(span(previousPeriod(period('last-30-days')))).to.equal('2026-04-22/2026-05-21');
    expect(span(previousPeriod(period('2026-03-05/2026-03-18')))).to.equal('2026-02-19/2026-03-04');
    expect(span(yearAgoPeriod(period('month')))).to.equal('2025-06-01/2025-06-30');
    expect(span(yearAgoPeriod(period('quarter')))).to.equal('2025-04-01/2025-06-30');
    expect(span(yearAgoPeriod(period('2024-02-01/2024-02-29', '2024-03-01')))).to.equal('2023-02-01/2023-02-28');
  });
});

describe('period totals from daily rows', () => {
  it('sums flows over a month, and the KPI is computed on the sums, not on daily ratios', () => {
    const may = totals('2026-05');
    expect(may.inputs['visitors']).to.equal(31 * 1000);
    expect(may.inputs['conversions']).to.equal(summed('conversions', '2026-05-01', '2026-05-31'));
    expect(may).to.deep.include({ daysWithData: 31, days: 31, partial: false });
    // Not the mean of each day's rate: May has five Sundays at 3 % and 26 days at 2 %.
    const rate = (may.inputs['conversions'] ?? 0) / (may.inputs['visitors'] ?? 1);
    expect(rate).to.equal((26 * 20 + 5 * 30) / 31_000);
  });

  it('sums a quarter, and the quarter a year earlier', () => {
    const quarter = totals('2026-01-01/2026-03-31');
    expect(quarter.inputs['visitors']).to.equal(90 * 1000);
    const yearAgo = totalsOf(DAILY, yearAgoPeriod(period('quarter')), MEASURES, 'quarter');
    expect(yearAgo.ok && yearAgo.value.inputs['conversions']).to.equal(
      summed('conversions', '2025-06-01', '2025-06-30'),
    );
    // The data starts on 2025-06-01: April and May 2025 have no rows, so the quarter is June's alone.
    expect(yearAgo.ok && yearAgo.value.daysWithData).to.equal(30);
  });

  it('reads a stock on the last day of the period that has it, or the first for a start', () => {
    const may = totals('2026-05');
    const lastOfMay = DAILY.find((row) => row.day === day('2026-05-31'))?.values['followers'];
    expect(may.inputs['followers']).to.equal(lastOfMay);
    const start = totals('2026-05', DAILY, { followers: 'stock-start' });
    expect(start.inputs['followers']).to.equal(DAILY.find((row) => row.day === day('2026-05-01'))?.values['followers']);
  });

  it('marks a period still under way as partial, and counts the days with data', () => {
    const june = totals('month');
    expect(june).to.deep.include({ days: 30, partial: true });
    // 1 to 20 June, less the missing 10th.
    expect(june.daysWithData).to.equal(19);
    expect(june.inputs['visitors']).to.equal(19 * 1000);
  });

  it('adds the rows of one day together (a row per channel), and leaves out an input with no figure', () => {
    const rows: DatedRow[] = [
      { day: day('2026-06-01'), values: { visitors: 600, conversions: 12, followers: 100 } },
      { day: day('2026-06-01'), values: { visitors: 400, conversions: null, followers: 50 } },
      { day: day('2026-06-02'), values: { visitors: 500, conversions: Number.NaN } },
    ];
    const read = totalsOf(rows, period('2026-06'), { ...MEASURES, spend: 'flow' }, '2026-06');
    expect(read.ok && read.value.inputs).to.deep.equal({ visitors: 1500, conversions: 12, followers: 150 });
  });

  it("says a period without rows, in the reader's language, with the span the data covers", () => {
    const read = totalsOf(DAILY, period('2026-07-01/2026-07-31'), MEASURES, '2026-07-01/2026-07-31');
    expect(read.ok).to.equal(false);
    if (read.ok) return;
    expect(read.error).to.deep.include({ code: 'empty-period', reason: '2025-06-01 – 2026-06-20' });
    expect(read.error.fields).to.deep.equal(['period', 'date-field']);
    expect(describeError(read.error, 'en')).to.equal(
      'The data has no rows for period="2026-07-01/2026-07-31" (it covers 2025-06-01 – 2026-06-20). Choose a period the data covers, or check date-field.',
    );
    expect(describeError(read.error, 'nl')).to.include('geen rijen voor period="2026-07-01/2026-07-31"');
    const none = totalsOf([], period('month'), MEASURES, 'month');
    expect(!none.ok && none.error.reason).to.equal(undefined);
  });
});

describe('which inputs are stocks', () => {
  const measures = (id: string) =>
    Object.fromEntries((getKpi(id)?.inputs ?? []).map((input) => [input.name, measureOf(input)]));

  it('reads followers and subscribers at a moment, and sums what happens over the period', () => {
    expect(measures('followers')).to.deep.equal({ counts: 'stock-end' });
    expect(measures('impressions')).to.deep.equal({ counts: 'flow' });
    expect(measures('subscriber-growth')).to.deep.equal({ end: 'stock-end', start: 'stock-start' });
    expect(measures('follower-growth')).to.deep.equal({ new: 'flow', start: 'stock-start' });
    expect(measures('retention-rate')).to.deep.equal({ end: 'stock-end', new: 'flow', start: 'stock-start' });
    expect(measures('churn-rate')).to.deep.equal({ lost: 'flow', start: 'stock-start' });
    expect(measures('conversion-rate')).to.deep.equal({ conversions: 'flow', visitors: 'flow' });
  });
});

describe('periods compared like for like', () => {
  it('compares a month under way with the same days of the month before and of a year earlier', () => {
    const june = period('month');
    const compared = comparedPeriods(june, day('2026-06-20'));
    expect(compared.partial).to.equal(true);
    expect(isoOfDay(compared.through)).to.equal('2026-06-20');
    expect(span(compared.previous)).to.equal('2026-05-01/2026-05-20');
    expect(span(compared.yearAgo)).to.equal('2025-06-01/2025-06-20');
    // June 1–20, 2026 against June 1–20, 2025: the same days, summed the same way.
    const current = totalsOf(DAILY, june, MEASURES, 'month');
    const yearAgo = totalsOf(DAILY, compared.yearAgo, MEASURES, 'month');
    expect(current.ok && current.value.inputs.visitors).to.equal(19_000); // June 10 is missing
    expect(yearAgo.ok && yearAgo.value.inputs.visitors).to.equal(20_000);
  });

  it('compares a whole period with whole ones, and cuts a short month to its own length', () => {
    const may = comparedPeriods(period('2026-05'), day('2026-06-20'));
    expect(may.partial).to.equal(false);
    expect(span(may.previous)).to.equal('2026-04-01/2026-04-30');
    expect(span(may.yearAgo)).to.equal('2025-05-01/2025-05-31');
    // March 1–31 under way to the 31st: February has only 28 days to compare.
    const march = comparedPeriods(period('2026-03'), day('2026-03-30'));
    expect(span(march.previous)).to.equal('2026-02-01/2026-02-28');
    const quarter = comparedPeriods(period('quarter'), day('2026-06-20'));
    // April 1 to June 20 is 81 days: January 1 to March 22.
    expect(span(quarter.previous)).to.equal('2026-01-01/2026-03-22');
  });

  it('tells a whole calendar unit from a run of days', () => {
    expect(isWholeUnit(period('2026-05'))).to.equal(true);
    expect(isWholeUnit(comparedPeriods(period('month'), day('2026-06-20')).previous)).to.equal(false);
    expect(isWholeUnit(period('last-30-days'))).to.equal(false);
  });
});

describe('period names', () => {
  const utc = (locale: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });

  it('names a whole month, quarter or year as the locale writes it', () => {
    expect(namePeriod(period('2026-05'), 'nl-NL')).to.deep.equal({
      kind: 'month',
      text: utc('nl-NL', { year: 'numeric', month: 'long' }).format(Date.UTC(2026, 4, 1)),
    });
    expect(namePeriod(period('quarter'), 'en-US')).to.deep.equal({ kind: 'quarter', text: 'Q2 2026' });
    expect(namePeriod(period('quarter'), 'nl-NL').text).to.equal('K2 2026');
    expect(namePeriod(period('quarter'), 'fr-FR').text).to.equal('T2 2026');
    expect(namePeriod(period('year'), 'de-DE')).to.deep.equal({ kind: 'year', text: '2026' });
  });

  it('names any other run of days by its dates', () => {
    const cut = comparedPeriods(period('month'), day('2026-06-20')).previous;
    const expected = utc('en-US', { year: 'numeric', month: 'short', day: 'numeric' }).formatRange(
      Date.UTC(2026, 4, 1),
      Date.UTC(2026, 4, 20),
    );
    expect(namePeriod(cut, 'en-US')).to.deep.equal({ kind: 'days', text: expected });
    const oneDay = readReportPeriod('2026-05-04/2026-05-04', 0);
    expect(oneDay.ok && namePeriod(oneDay.value, 'en-US').text).to.equal(
      utc('en-US', { year: 'numeric', month: 'short', day: 'numeric' }).format(Date.UTC(2026, 4, 4)),
    );
  });
});

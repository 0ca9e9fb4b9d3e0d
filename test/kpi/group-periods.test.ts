import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
// Internal: only the `src` reader groups rows (src/shared/grouped-data.ts).
import type { DatedRow } from '../../src/kpi/aggregate.js';
import { groupPeriods, readGroupUnit, type GroupUnit } from '../../src/kpi/group-periods.js';
import { dayOfLabel, quarterLabel, weekLabel } from '../../src/kpi/period-labels.js';
import { computeKpi, describeError, isoOfDay, parseIsoDate, type Measure } from '../../src/kpi/index.js';

const day = (iso: string): number => {
  const read = parseIsoDate(iso, 'test');
  if (!read.ok) throw new Error(iso);
  return read.value.day;
};

/**
 * A daily export from `from` to `to`: visitors 1,000 a day (3,000 on Sundays), conversions 20 a
 * day (30 on Sundays: a 1 % day among 2 % ones), followers growing by 10 a day from 5,000.
 * `skip` leaves days out.
 */
const daily = (from: string, to: string, skip: (iso: string) => boolean = () => false): DatedRow[] => {
  const rows: DatedRow[] = [];
  for (let d = day(from), n = 0; d <= day(to); d++, n++) {
    if (skip(isoOfDay(d))) continue;
    const sunday = new Date(d * 86_400_000).getUTCDay() === 0;
    rows.push({
      day: d,
      values: { visitors: sunday ? 3000 : 1000, conversions: sunday ? 30 : 20, followers: 5000 + 10 * n },
    });
  }
  return rows;
};
const MEASURES: Record<string, Measure> = { visitors: 'flow', conversions: 'flow', followers: 'stock-end' };

const grouped = (rows: readonly DatedRow[], unit: GroupUnit, measures = MEASURES) => groupPeriods(rows, unit, measures);
const labels = (rows: readonly DatedRow[], unit: GroupUnit) => grouped(rows, unit).groups.map(({ label }) => label);
const spans = (rows: readonly DatedRow[], unit: GroupUnit) =>
  grouped(rows, unit).groups.map(({ period }) => `${isoOfDay(period.start)}/${isoOfDay(period.end)}`);
/** A flow summed by hand over the rows of a span, for expected totals. */
const summed = (rows: readonly DatedRow[], name: string, from: string, to: string) =>
  rows
    .filter((row) => row.day >= day(from) && row.day <= day(to))
    .reduce((sum, row) => sum + (row.values[name] ?? 0), 0);

describe('grouping daily rows into periods', () => {
  it('groups ISO weeks, Monday to Sunday, across a month and a year boundary', () => {
    // Wednesday 24 December 2025 to Sunday 11 January 2026.
    const rows = daily('2025-12-24', '2026-01-11');
    expect(labels(rows, 'week')).to.deep.equal(['2025-W52', '2026-W01', '2026-W02']);
    expect(spans(rows, 'week')).to.deep.equal([
      '2025-12-22/2025-12-28',
      '2025-12-29/2026-01-04',
      '2026-01-05/2026-01-11',
    ]);
    const { groups, partialFirst, partialLast } = grouped(rows, 'week');
    // Wednesday to Sunday of the first week: 4 weekdays and a Sunday.
    expect(groups[0]?.inputs?.visitors).to.equal(4 * 1000 + 3000);
    expect(groups[1]?.inputs?.visitors).to.equal(summed(rows, 'visitors', '2025-12-29', '2026-01-04'));
    // The data starts on a Wednesday and ends on a Sunday: the first week is partial, the last whole.
    expect([partialFirst, partialLast]).to.deep.equal([true, false]);
  });

  it('groups calendar months, the last one so far', () => {
    const rows = daily('2026-03-01', '2026-06-20');
    expect(labels(rows, 'month')).to.deep.equal(['2026-03', '2026-04', '2026-05', '2026-06']);
    const { groups, partialFirst, partialLast } = grouped(rows, 'month');
    expect(groups.map(({ inputs }) => inputs?.conversions)).to.deep.equal(
      [
        ['2026-03-01', '2026-03-31'],
        ['2026-04-01', '2026-04-30'],
        ['2026-05-01', '2026-05-31'],
        ['2026-06-01', '2026-06-20'],
      ].map(([from = '', to = '']) => summed(rows, 'conversions', from, to)),
    );
    expect([partialFirst, partialLast]).to.deep.equal([false, true]);
  });

  it('groups calendar quarters across a year', () => {
    const rows = daily('2025-11-15', '2026-04-02');
    expect(labels(rows, 'quarter')).to.deep.equal(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(spans(rows, 'quarter')[1]).to.equal('2026-01-01/2026-03-31');
    const { groups, partialFirst, partialLast } = grouped(rows, 'quarter');
    expect(groups[1]?.inputs?.visitors).to.equal(summed(rows, 'visitors', '2026-01-01', '2026-03-31'));
    expect([partialFirst, partialLast]).to.deep.equal([true, true]);
  });

  it('adds up the days there are: a missing day lowers the total, and marks nothing partial', () => {
    const rows = daily('2026-04-01', '2026-04-30', (iso) => iso === '2026-04-15');
    const { groups, partialFirst, partialLast } = grouped(rows, 'month');
    expect(groups[0]?.inputs?.visitors).to.equal(
      summed(daily('2026-04-01', '2026-04-30'), 'visitors', '2026-04-01', '2026-04-30') - 1000,
    );
    expect([partialFirst, partialLast]).to.deep.equal([false, false]);
  });

  it('keeps a period without rows between the data as a gap', () => {
    const rows = daily('2026-01-01', '2026-03-31', (iso) => iso.startsWith('2026-02'));
    const { groups } = grouped(rows, 'month');
    expect(groups.map(({ label }) => label)).to.deep.equal(['2026-01', '2026-02', '2026-03']);
    expect(groups[1]?.inputs).to.equal(null);
    expect(groups[2]?.inputs?.visitors).to.equal(summed(rows, 'visitors', '2026-03-01', '2026-03-31'));
  });

  it('reads a stock on the last day of each period (or the first, for a stock at the start), never summed', () => {
    const rows = daily('2026-03-01', '2026-04-30');
    const followersOn = (iso: string) => rows.find((row) => row.day === day(iso))?.values.followers;
    const end = grouped(rows, 'month').groups.map(({ inputs }) => inputs?.followers);
    expect(end).to.deep.equal([followersOn('2026-03-31'), followersOn('2026-04-30')]);
    const start = grouped(rows, 'month', { ...MEASURES, followers: 'stock-start' }).groups.map(
      ({ inputs }) => inputs?.followers,
    );
    expect(start).to.deep.equal([followersOn('2026-03-01'), followersOn('2026-04-01')]);
  });

  it("computes a month's conversion rate on its sums, not as the mean of its daily rates", () => {
    const rows = daily('2026-03-01', '2026-03-31');
    const [march] = grouped(rows, 'month').groups;
    const rate = computeKpi('conversion-rate', {
      conversions: march?.inputs?.conversions,
      visitors: march?.inputs?.visitors,
    });
    const sums =
      summed(rows, 'conversions', '2026-03-01', '2026-03-31') / summed(rows, 'visitors', '2026-03-01', '2026-03-31');
    // 5 Sundays at 1 % and 26 days at 2 %.
    const meanOfDays = (5 * 0.01 + 26 * 0.02) / 31;
    expect(rate.ok && rate.value).to.be.closeTo(sums, 1e-12);
    expect(sums).to.not.be.closeTo(meanOfDays, 1e-4);
  });

  it('adds the rows of one day together first (a row per channel)', () => {
    const rows = [...daily('2026-05-01', '2026-05-31'), ...daily('2026-05-01', '2026-05-31')];
    const [may] = grouped(rows, 'month').groups;
    expect(may?.inputs?.visitors).to.equal(
      2 * summed(daily('2026-05-01', '2026-05-31'), 'visitors', '2026-05-01', '2026-05-31'),
    );
    // Two channels' followers on the 31st, added: a stock is read after the day's rows are added.
    expect(may?.inputs?.followers).to.equal(2 * (5000 + 10 * 30));
  });

  it('groups nothing from no rows, and rows in any order', () => {
    expect(grouped([], 'week').groups).to.deep.equal([]);
    const rows = daily('2026-01-01', '2026-02-28');
    expect(grouped([...rows].reverse(), 'month').groups.map(({ inputs }) => inputs)).to.deep.equal(
      grouped(rows, 'month').groups.map(({ inputs }) => inputs),
    );
  });

  it('refuses any other group-by, naming it and the values it takes, in every language', () => {
    expect(readGroupUnit(' month ')).to.deep.equal({ ok: true, value: 'month' });
    for (const text of ['day', 'Week', 'months', 'year', '']) {
      const read = readGroupUnit(text);
      expect(read.ok, text).to.equal(false);
      if (read.ok) continue;
      expect(read.error).to.deep.include({ code: 'invalid-option', fields: ['group-by'] });
      expect(describeError(read.error, 'en')).to.include('group-by').and.include('week, month or quarter');
      expect(describeError(read.error, 'nl')).to.include('group-by').and.include('week, month of quarter');
    }
  });
});

describe('week and quarter labels', () => {
  it('numbers ISO weeks in the year of their Thursday, both ways', () => {
    expect(weekLabel(day('2026-05-04'))).to.equal('2026-W19');
    expect(weekLabel(day('2026-05-10'))).to.equal('2026-W19');
    expect(weekLabel(day('2025-12-29'))).to.equal('2026-W01');
    expect(weekLabel(day('2027-01-01'))).to.equal('2026-W53');
    expect(dayOfLabel('2026-W19')).to.equal(day('2026-05-04'));
    expect(dayOfLabel('2026-W01')).to.equal(day('2025-12-29'));
    expect(dayOfLabel('2026-W53')).to.equal(day('2026-12-28'));
    // 2025 has 52 weeks.
    expect(dayOfLabel('2025-W53')).to.equal(undefined);
    expect(dayOfLabel('2026-W00')).to.equal(undefined);
  });

  it('names quarters by their first day', () => {
    expect(quarterLabel(day('2026-05-04'))).to.equal('2026-Q2');
    expect(quarterLabel(day('2026-12-31'))).to.equal('2026-Q4');
    expect(dayOfLabel('2026-Q3')).to.equal(day('2026-07-01'));
    expect(dayOfLabel('2026-Q5')).to.equal(undefined);
    expect(dayOfLabel('2026-05')).to.equal(undefined);
  });
});

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../helpers/packs.js';
import { calendarLabel } from '../../../src/elements/kpi-trend/calendar-labels.js';
import { periodAxis, type PeriodTexts } from '../../../src/elements/kpi-trend/period-axis-geometry.js';
import { makePlot, type TrendType } from '../../../src/elements/kpi-trend/trend-geometry.js';

const DAY = 86_400_000;
const utc = (year: number, month: number, day = 1) => Date.UTC(year, month - 1, day);
const months = (from: [number, number], count: number) =>
  Array.from({ length: count }, (_, i) => utc(from[0], from[1] + i) / DAY);
const dailyFrom = (year: number, month: number, count: number) =>
  Array.from({ length: count }, (_, i) => utc(year, month, 1 + i) / DAY);
const short = (ms: number, locale = 'en-US') =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short', year: 'numeric' }).format(ms);

const texts = (locale = 'en-US', lang: 'en' | 'nl' | 'de' | 'fr' = 'en', numbered = false): PeriodTexts => ({
  period: (index) => (numbered ? new Intl.NumberFormat(locale).format(index + 1) : `P${index + 1}`),
  numbered,
  calendar: calendarLabel(locale, lang),
});
const plotOf = (type: TrendType, width: number, count: number, days?: number[]) =>
  makePlot({ type, count, width, height: 176, axis: true, extent: [0, 100], valueTick: String, days });
const shown = (width: number, days: number[], type: TrendType = 'line', locale = 'en-US') =>
  periodAxis(plotOf(type, width, days.length, days), texts(locale)).map(({ text }) => text);

describe('period axis', () => {
  it('labels every month with its year ("Jan 2025"), February and November included, the latest at the edge', () => {
    const eight = months([2025, 11], 8);
    expect(shown(640, eight)).to.deep.equal(eight.map((day) => short(day * DAY)));
    const year = months([2025, 1], 12);
    expect(shown(1100, year)).to.deep.equal(year.map((day) => short(day * DAY)));
    expect(shown(1100, year, 'bar')).to.deep.equal(year.map((day) => short(day * DAY)));
  });

  it('steps by quarters ("Q1 2025", "K1 2025", "T1 2025"), then by years, as the room asks', () => {
    const year = months([2025, 1], 12);
    expect(shown(540, year)).to.deep.equal(['Q1 2025', 'Q2 2025', 'Q3 2025', 'Q4 2025']);
    const quarters = (locale: string, lang: 'nl' | 'fr' | 'de') =>
      periodAxis(plotOf('line', 540, 12, year), texts(locale, lang)).map(({ text }) => text);
    expect(quarters('nl-NL', 'nl')[0]).to.equal('K1 2025');
    expect(quarters('fr-FR', 'fr')[0]).to.equal('T1 2025');
    expect(quarters('de-DE', 'de')[0]).to.equal('Q1 2025');
    const years = months([2018, 1], 96);
    expect(shown(540, years)).to.deep.equal(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
  });

  it('never ticks between monthly periods, and ticks days of daily ones', () => {
    const quarter = months([2026, 1], 3);
    expect(shown(1100, quarter)).to.deep.equal(quarter.map((day) => short(day * DAY)));
    const days = shown(1100, dailyFrom(2026, 3, 14));
    const day = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric' });
    expect(days).to.include(day.format(utc(2026, 3, 8)));
    for (const text of days) expect(text).to.match(/^Mar \d+$/);
  });

  it('numbers periods without labels on round numbers', () => {
    const plot = plotOf('line', 1100, 10_000);
    expect(periodAxis(plot, texts('en-US', 'en', true)).map(({ text }) => text)).to.deep.equal(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => new Intl.NumberFormat('en-US').format(n * 1000)),
    );
  });

  it('spaces labels as written evenly, counted back from the latest', () => {
    const quarters = ['Q3 2024', 'Q4 2024', 'Q1 2025', 'Q2 2025', 'Q3 2025', 'Q4 2025'];
    const written = { ...texts(), period: (index: number) => quarters[index] ?? '' };
    expect(periodAxis(plotOf('bar', 300, 6), written).map(({ text }) => text)).to.deep.equal([
      'Q4 2024',
      'Q2 2025',
      'Q4 2025',
    ]);
    expect(periodAxis(plotOf('bar', 600, 6), written).map(({ text }) => text)).to.deep.equal(quarters);
  });

  it('labels a chart a million pixels wide at all: no more ticks tried than periods', () => {
    // A 30,000-character unbroken label once widened a trend's chart to this, and trying every
    // tick count from its room down took minutes; the test's time limit is what fails here.
    const eight = months([2025, 11], 8);
    expect(shown(1_000_000, eight)).to.deep.equal(eight.map((day) => short(day * DAY)));
    expect(shown(1_000_000, dailyFrom(2026, 3, 3))).to.have.length(3);
    const numbered = periodAxis(plotOf('line', 1_000_000, 40), texts('en-US', 'en', true));
    expect(numbered.map(({ text }) => text)).to.deep.equal(Array.from({ length: 40 }, (_, i) => String(i + 1)));
  });

  it('keeps labels apart and inside the drawing, whatever the width and the series', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 120, max: 1400 }),
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom<TrendType>('line', 'bar'),
        fc.constantFrom('months', 'days', 'numbered', 'written'),
        (width, count, type, kind) => {
          const days =
            kind === 'months' ? months([2020, 1], count) : kind === 'days' ? dailyFrom(2020, 1, count) : undefined;
          const plot = plotOf(type, width, count, days);
          const labels = periodAxis(plot, texts('en-US', 'en', kind === 'numbered'));
          expect(labels.length).to.be.above(0);
          let end = -Infinity;
          for (const { x, anchor, text } of labels) {
            const size = text.length * 6.5;
            const start = anchor === 'end' ? x - size : anchor === 'start' ? x : x - size / 2;
            expect(start).to.be.at.least(-0.01);
            if (labels.length > 1) {
              expect(start).to.be.at.least(end + 7.9);
              expect(start + size).to.be.at.most(width + 0.01);
            }
            end = start + size;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

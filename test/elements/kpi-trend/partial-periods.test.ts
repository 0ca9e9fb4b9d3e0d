import { expect } from '@open-wc/testing';
import '../../helpers/packs.js';
import { readPeriodNames, readTrend, type TrendData } from '../../../src/kpi/index.js';
import { chartGeometry } from '../../../src/elements/kpi-trend/chart-geometry.js';
import { markPartial, partialNotes, readPartialEnds } from '../../../src/elements/kpi-trend/partial-periods.js';

const trendOf = (values: string): TrendData => {
  const result = readTrend({ read: () => undefined, values });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};
const SIZE = { width: 416, height: 176 } as const;
const segments = (path = '') => path.match(/M/g)?.length ?? 0;

describe('partial periods', () => {
  it('reads the partial ends grouped data hands on, and nothing else', () => {
    expect(readPartialEnds(['last'])).to.deep.equal({ first: false, last: true });
    expect(readPartialEnds(['first', 'last'])).to.deep.equal({ first: true, last: true });
    for (const value of [[], 'last', null, undefined, { last: true }])
      expect(readPartialEnds(value)).to.equal(undefined);
  });

  it('marks the partial ends in names, and says them once in the sentence, in every language', () => {
    const read = readPeriodNames('2026-03,2026-04,2026-05', 3, 'de-DE');
    if (!read.ok) throw new Error(read.error.code);
    const names = markPartial(read.value, { first: true, last: true }, 3, 'de');
    const month = (iso: string) =>
      new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', month: 'short', year: 'numeric' }).format(
        new Date(`${iso}-01T00:00:00Z`),
      );
    expect([0, 1, 2].map(names.label)).to.deep.equal([
      `${month('2026-03')} (unvollständig)`,
      month('2026-04'),
      `${month('2026-05')} (bisher)`,
    ]);
    // Mentions within the sentence stay plain: the note says it.
    expect(names.at(2)).to.equal(read.value.at(2));
    expect(partialNotes(read.value, { first: false, last: true }, 3, 'fr')).to.deep.equal([
      `données à date pour ${read.value.named(2)}`,
    ]);
    expect(partialNotes(read.value, undefined, 3, 'en')).to.deep.equal([]);
  });

  it('draws the segment to a partial end apart, to be dashed, and the partial bar apart', () => {
    const trend = trendOf('3,1,4,2');
    const whole = chartGeometry(trend, { type: 'line', ...SIZE });
    const line = chartGeometry(trend, { type: 'line', ...SIZE, partial: { first: true, last: true } });
    expect(whole.line?.partial).to.equal(undefined);
    // The solid line keeps the middle segment; the first and the last are dashed.
    expect(line.line?.path).to.match(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(segments(line.line?.partial)).to.equal(2);
    const bars = chartGeometry(trend, { type: 'bar', ...SIZE, partial: { first: false, last: true } });
    expect(segments(bars.bars)).to.equal(3);
    expect(bars.latestBar).to.equal('');
    expect(segments(bars.partialBars)).to.equal(1);
  });

  it('draws no dashed segment to a partial end after a gap', () => {
    const chart = chartGeometry(trendOf('3,1,,2'), { type: 'area', ...SIZE, partial: { first: false, last: true } });
    expect(chart.line?.partial).to.equal('');
    // The lone latest point keeps its dot.
    expect(segments(chart.line?.dots)).to.equal(1);
  });
});

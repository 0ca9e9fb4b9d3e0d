import { expect } from '@open-wc/testing';
import { readTrend, type TrendData, type TrendSource } from '../../../src/kpi/index.js';
import { chartGeometry, focusGeometry } from '../../../src/elements/kpi-trend/chart-geometry.js';

const trendOf = (source: Partial<TrendSource>): TrendData => {
  const result = readTrend({ read: () => undefined, ...source });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};

const SIZE = { width: 416, height: 176 } as const;
const AXIS = {
  value: (value: number) => `v${value}`,
  period: (index: number) => `p${index + 1}`,
  numbered: false,
  calendar: () => '',
};

describe('chartGeometry', () => {
  it('draws a line with its lone points, markers at the high, the low and the latest value', () => {
    const chart = chartGeometry(trendOf({ values: '3,1,4,2' }), { type: 'line', ...SIZE });
    expect(chart.line?.path).to.match(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){3}$/);
    expect(chart.line?.dots).to.equal('');
    expect([chart.area, chart.bars]).to.deep.equal([undefined, undefined]);
    const { plot } = chart;
    expect(chart.latest).to.deep.equal({ x: plot.right, y: Math.round(plot.y(2) * 100) / 100 });
    // Up at the high (index 2), down at the low (index 1).
    expect(chart.high).to.match(/^M[\d.]+,[\d.]+l5,8h-10Z$/);
    expect(chart.low).to.match(/^M[\d.]+,[\d.]+l5,-8h-10Z$/);
    expect([chart.values, chart.periods]).to.deep.equal([[], []]);
  });

  it('draws an area under its line, and bars as one path', () => {
    const values = trendOf({ values: '3,1,4,2' });
    const area = chartGeometry(values, { type: 'area', ...SIZE });
    expect(area.area).to.match(/Z$/);
    expect(area.line?.path).to.match(/^M/);
    const bars = chartGeometry(values, { type: 'bar', ...SIZE });
    // The latest bar apart, in full colour, with no dot on it.
    expect(bars.bars?.match(/M/g)).to.have.length(3);
    expect(bars.latestBar?.match(/M/g)).to.have.length(1);
    expect([bars.line, bars.latest]).to.deep.equal([undefined, undefined]);
  });

  it('shows a lone value between gaps as a dot, and no high or low marker for a single value', () => {
    const lone = chartGeometry(trendOf({ values: '1,,5,,2' }), { type: 'line', ...SIZE });
    expect(lone.line?.path).to.equal('');
    expect(lone.line?.dots.match(/M/g)).to.have.length(3);
    const one = chartGeometry(trendOf({ values: ',5,' }), { type: 'line', ...SIZE });
    expect([one.high, one.low]).to.deep.equal([undefined, undefined]);
    expect(one.latest).not.to.equal(undefined);
  });

  it('keeps a target beyond the data inside the scale, above the highest value', () => {
    const chart = chartGeometry(trendOf({ values: '1%,2%', unit: 'percent', target: '5%' }), {
      type: 'line',
      ...SIZE,
    });
    const target = chart.target ?? Number.NaN;
    expect(target).to.be.within(chart.plot.top, chart.plot.bottom);
    expect(target).to.be.below(chart.latest?.y ?? 0);
  });

  it('labels the axes when asked: value ticks beside grid lines, the periods below', () => {
    const chart = chartGeometry(trendOf({ values: '3,1,4,2' }), { type: 'line', ...SIZE, axis: AXIS });
    expect(chart.values.length).to.be.above(1);
    for (const label of chart.values) {
      expect(label).to.include({ x: chart.plot.left - 8, anchor: 'end' });
      expect(label.text).to.match(/^v-?[\d.]+$/);
    }
    expect(chart.periods.map(({ text, anchor }) => [text, anchor])).to.deep.equal([
      ['p1', 'middle'],
      ['p2', 'middle'],
      ['p3', 'middle'],
      ['p4', 'middle'],
    ]);
    expect(chart.periods[0]?.x).to.equal(chart.plot.left);
    // A label that would stick out of the drawing ends at its edge.
    const long = { ...AXIS, period: (index: number) => `Period number ${index + 1}` };
    const pinned = chartGeometry(trendOf({ values: '3,1' }), { type: 'line', ...SIZE, axis: long });
    expect(pinned.periods.at(-1)).to.include({ x: SIZE.width, anchor: 'end' });
    const bars = chartGeometry(trendOf({ values: '3,1,4,2' }), { type: 'bar', ...SIZE, axis: AXIS });
    expect(bars.periods.every(({ anchor }) => anchor === 'middle')).to.equal(true);
  });

  it('puts no high or low marker on the latest dot: the dot stands for it', () => {
    const rising = chartGeometry(trendOf({ values: '1,2,3,4' }), { type: 'line', ...SIZE });
    expect(rising.high).to.equal(undefined);
    expect(rising.low).not.to.equal(undefined);
    const falling = chartGeometry(trendOf({ values: '4,3,2,1' }), { type: 'bar', ...SIZE });
    expect([falling.high === undefined, falling.low]).to.deep.equal([false, undefined]);
    // Next to it, in a dense series: as good as on it.
    const values = Array.from({ length: 2000 }, (_, index) => (index === 1998 ? 500 : index === 1999 ? 499 : 100));
    expect(chartGeometry(trendOf({ values }), { type: 'line', ...SIZE }).high).to.equal(undefined);
  });

  it('fills an area from zero, not from its lowest value', () => {
    const chart = chartGeometry(trendOf({ values: '600000,700000,800000' }), { type: 'area', ...SIZE, axis: AXIS });
    const bottom = Math.max(...[...(chart.area ?? '').matchAll(/,(-?[\d.]+)/g)].map((match) => Number(match[1])));
    expect(bottom).to.equal(chart.plot.y(0));
    expect(chart.values.map(({ text }) => text)).to.include('v0');
  });

  it('draws 10,000 periods in a few short paths', () => {
    const values = Array.from({ length: 10_000 }, (_, index) => (index === 4321 ? 5000 : 100 + (index % 50)));
    const chart = chartGeometry(trendOf({ values }), { type: 'line', ...SIZE, axis: AXIS });
    expect(chart.line?.path.match(/[ML]/g)?.length).to.be.below(4 * SIZE.width);
    expect(chart.high).not.to.equal(undefined);
  });
});

describe('focusGeometry', () => {
  it('marks a period with a line through the plot and a ring on its value, or only the line for a gap', () => {
    const trend = trendOf({ values: '10,,30' });
    const { plot } = chartGeometry(trend, { type: 'line', ...SIZE });
    const value = focusGeometry(trend.values, plot, 2);
    expect(value).to.deep.include({ x: plot.right, top: plot.top, bottom: plot.bottom });
    expect(value.point?.x).to.equal(plot.right);
    expect(focusGeometry(trend.values, plot, 1).point).to.equal(undefined);
  });
});

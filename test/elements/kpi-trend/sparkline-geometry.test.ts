import { expect } from '@open-wc/testing';
import { readTrend, type TrendData, type TrendSource } from '../../../src/kpi/index.js';
import { SPARKLINE_BOX } from '../../../src/elements/kpi-trend/sparkline-box.js';
import { sparklineGeometry } from '../../../src/elements/kpi-trend/sparkline-geometry.js';

const trendOf = (source: Partial<TrendSource>): TrendData => {
  const result = readTrend({ read: () => undefined, ...source });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};

describe('sparklineGeometry', () => {
  it('draws the line and a dot on the latest value in its own box', () => {
    const marks = sparklineGeometry(trendOf({ values: '1,3,2,5' }), 'line');
    expect(marks.series).to.match(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){3}$/);
    expect(marks.latest).to.match(/^M[\d.]+,[\d.]+h0$/);
    expect([marks.area, marks.texture, marks.dots, marks.target, marks.bars]).to.deep.equal(['', '', '', '', false]);
    const x = Number(/^M([\d.]+)/.exec(marks.latest)?.[1]);
    expect(x).to.be.within(0, SPARKLINE_BOX.width);
  });

  it('breaks the line at gaps, dots a lone value, and draws the target across', () => {
    const marks = sparklineGeometry(
      trendOf({
        kpi: 'conversion-rate',
        read: (name) =>
          ({ conversions: '20,22,,30,,33,35', visitors: '1000,1000,1000,1000,1000,1000,1000' })[name] ?? undefined,
        target: '3%',
      }),
      'line',
    );
    expect(marks.series.match(/M/g)).to.have.length(2);
    expect(marks.dots).to.match(/^M[\d.]+,[\d.]+h0$/);
    expect(marks.target).to.match(/^M[\d.]+,[\d.]+H[\d.]+$/);
  });

  it('draws bars without a dot on the last one, and an area under the line', () => {
    const bars = sparklineGeometry(trendOf({ values: '1,3,2,5' }), 'bar');
    expect(bars.bars).to.equal(true);
    expect(bars.series).to.match(/^M/);
    expect(bars.latest).to.equal('');
    const area = sparklineGeometry(trendOf({ values: '1,3,2,5' }), 'area');
    expect(area.area).to.match(/Z$/);
  });
});

import { expect } from '@open-wc/testing';
import { summarizeSeries } from '../../../src/kpi/index.js';
import { seriesPaths } from '../../../src/elements/kpi-trend/path-geometry.js';
import { makePlot, plotTrend, type TrendType } from '../../../src/elements/kpi-trend/trend-geometry.js';
import { bucketMeans, thinIndices } from '../../../src/elements/kpi-trend/thin-series.js';

/** The y coordinates of a path's points (every `x,y` pair, control points of curves included). */
const ys = (path: string) => [...path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((match) => Number(match[2]));

describe('trend paths', () => {
  const plot = makePlot({
    type: 'line',
    count: 5,
    width: 216,
    height: 40,
    axis: false,
    extent: [0, 10],
    valueTick: String,
  });

  it('draws one run per stretch of values, broken at gaps', () => {
    expect(seriesPaths([0, 10, null, 5, 5], plot).line).to.equal('M8,30L58,10M158,20L208,20');
  });

  it('closes the area down to zero under each run', () => {
    expect(seriesPaths([0, 10, null, 5, 5], plot, 'linear', true).area).to.equal(
      'M8,30L58,10L58,30L8,30ZM158,20L208,20L208,30L158,30Z',
    );
    expect(seriesPaths([null, null], plot, 'linear', true).area).to.equal('');
  });

  it('leaves a lone value out of the line, for the charts to draw it as a dot', () => {
    expect(seriesPaths([0, null, 5, null, 10], plot).line).to.equal('');
  });

  it('curves smoothly with `monotone`, never above the high or below the low', () => {
    const values = [0, 10, 9.5, 10, 0];
    const path = seriesPaths(values, plot, 'monotone').line;
    expect(path).to.match(/C/);
    for (const y of ys(path)) expect(y).to.be.within(plot.y(10) - 1e-9, plot.y(0) + 1e-9);
  });

  it('holds each value until the next period starts with `step`', () => {
    expect(seriesPaths([0, 10, 5], plot, 'step').line).to.equal('M8,30L58,30L58,10L108,10L108,20');
  });
});

describe('a dense series', () => {
  // 10,000 days: slow growth under a weekly rhythm of ±25 %.
  const values = Array.from({ length: 10_000 }, (_, day) => (1000 + day / 10) * (day % 7 < 5 ? 1.25 : 0.75));
  const plot = makePlot({
    type: 'line',
    count: values.length,
    width: 600,
    height: 160,
    axis: false,
    extent: [750, 2250],
    valueTick: String,
  });

  it('reads as a line: through the means of every few pixels, with every period faintly under it', () => {
    const { line, texture } = seriesPaths(values, plot);
    expect(texture).not.to.equal('');
    // The texture spans the weekly swing (about half the plot) at every column; the line does not.
    const spread = (path: string, points: number) => {
      const heights = ys(path).slice(-points);
      return Math.max(...heights) - Math.min(...heights);
    };
    // The last 30 pixels or so: ten means of the line, forty points of the texture.
    expect(spread(texture, 40)).to.be.above(50);
    expect(spread(line, 10)).to.be.below(12);
    expect(line.match(/[ML]/g)?.length).to.be.at.most(600 / 3 + 1);
  });

  it('draws a short series point by point, with no texture', () => {
    expect(seriesPaths(values.slice(0, 100), { ...plot, count: 100 }).texture).to.equal('');
  });
});

describe('thinIndices', () => {
  /** Every index, grouped by column and by unbroken run, reduced to first, low, high and last. */
  const reference = (values: (number | null)[], columns: number): number[] => {
    const kept: number[] = [];
    let run: number[] = [];
    let column = -1;
    const flush = () => {
      if (!run.length) return;
      const at = (i: number) => values[i] as number;
      const low = run.reduce((best, i) => (at(i) < at(best) ? i : best));
      const high = run.reduce((best, i) => (at(i) > at(best) ? i : best));
      kept.push(...new Set([run[0] as number, low, high, run[run.length - 1] as number].sort((a, b) => a - b)));
      run = [];
    };
    values.forEach((value, index) => {
      const at = Math.floor((index * columns) / values.length);
      if (at !== column) {
        flush();
        column = at;
      }
      if (value === null) {
        flush();
        const previous = kept[kept.length - 1];
        if (previous === undefined || values[previous] !== null) kept.push(index);
      } else run.push(index);
    });
    flush();
    return kept;
  };

  it('keeps every index of a short series', () => {
    expect(thinIndices([1, 2, null, 4], 10)).to.deep.equal([0, 1, 2, 3]);
  });

  it('keeps the first, lowest, highest and last point of each column and run, and one index per gap', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const values = Array.from({ length: 5000 }, (_, i) => (i % 997 < 40 ? null : Math.round(random() * 1000)));
    const kept = thinIndices(values, 120);
    expect(kept.length).to.be.below(120 * 4 + 200);
    expect(kept).to.deep.equal(reference(values, 120));
  });
});

describe('bucketMeans', () => {
  it('averages equal runs of periods, ignoring gaps, and gives a run of gaps only no value', () => {
    expect(bucketMeans([1, 3, null, 5, null, null], 3)).to.deep.equal([
      { index: 0, value: 2 },
      { index: 2, value: 5 },
      { index: 4, value: null },
    ]);
  });
});

describe('plotTrend', () => {
  const trend = (values: (number | null)[], target?: number) => {
    const summary = summarizeSeries(values);
    if (!summary) throw new Error('no values');
    return { values, errors: new Map(), summary, unit: 'number', better: 'higher', target } as const;
  };
  const box = (type: TrendType, axis = false) =>
    ({ type, width: 216, height: 40, axis, valueTick: (value: number) => `${value / 1000}K` }) as const;

  it('fits the values and the target into the box, inside its margins', () => {
    const plot = plotTrend(trend([2, null, 4], 10), box('line'));
    expect([plot.count, plot.left, plot.right, plot.top, plot.bottom]).to.deep.equal([3, 8, 208, 10, 30]);
    expect(plot.y(10)).to.equal(plot.top);
    expect(plot.y(2)).to.equal(plot.bottom);
    expect([plot.x(0), plot.x(2)]).to.deep.equal([8, 208]);
    expect(plot.indexAt(120)).to.equal(1);
  });

  it('starts areas and bars at zero, so their size is the value; a line starts near its values', () => {
    // Traffic from 600K to 800K: an area from 600K would show a third more as twice as much.
    const traffic = trend([600_000, 700_000, 800_000]);
    for (const type of ['area', 'bar'] as const) {
      const plot = plotTrend(traffic, { ...box(type, true), height: 176 });
      expect(plot.y.domain()[0], type).to.equal(0);
      expect(plot.y(0), type).to.equal(plot.bottom);
    }
    const line = plotTrend(traffic, { ...box('line', true), height: 176 });
    expect(line.y.domain()[0]).to.be.above(0);
    // Below zero too: bars and areas reach from zero down.
    expect(plotTrend(trend([-5, -2]), box('bar')).y.domain()[1]).to.equal(0);
  });

  it('leaves room for the value labels of an axis', () => {
    const plot = plotTrend(trend([1200, 4500]), { ...box('bar', true), width: 400, height: 176 });
    expect(plot.left).to.be.above(8);
    expect(plot.indexAt(plot.right - 1)).to.equal(1);
  });

  it('places dated periods in time, and finds the period nearest a position', () => {
    // January, February and April: March is missing, and keeps its room.
    const days = ['2026-01-01', '2026-02-01', '2026-04-01'].map((iso) => Date.parse(iso) / 86_400_000);
    const plot = plotTrend(trend([1, 2, 3]), { ...box('line'), days });
    const [jan, feb, apr] = [plot.x(0), plot.x(1), plot.x(2)];
    expect(apr - feb).to.be.closeTo(((apr - jan) * 59) / 90, 0.01);
    expect(plot.indexAt(feb + 1)).to.equal(1);
    expect(plot.indexAt(apr - 1)).to.equal(2);
    // Dates out of order are placed side by side, as given.
    const unordered = plotTrend(trend([1, 2, 3]), { ...box('line'), days: [days[2] ?? 0, days[0] ?? 0, days[1] ?? 0] });
    expect(unordered.calendar).to.equal(undefined);
    expect(unordered.x(1)).to.equal(108);
  });
});

describe('trend plot of values too close for a scale to divide', () => {
  for (const extent of [
    [0, 1e-310],
    [1e-320, 1e-320],
    [-9e-323, 0],
    [8.289046e-317, 1e-300],
    [999999999999999, 999999999999999.9],
  ] as const) {
    for (const type of ['line', 'bar'] as const) {
      it(`places ${extent.join(' and ')} at finite heights, with finite ticks (${type})`, () => {
        const plot = makePlot({ type, count: 4, width: 300, height: 120, axis: true, extent, valueTick: String });
        for (const value of extent) expect(plot.y(value)).to.be.within(plot.top, plot.bottom);
        expect(plot.y.ticks(3)).to.have.length.above(0);
        expect(plot.y.ticks(3).every(Number.isFinite)).to.equal(true);
        expect(Number.isFinite(plot.left)).to.equal(true);
      });
    }
  }
});

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { summarizeSeries } from '../../../src/kpi/index.js';
import {
  areaPath,
  linePath,
  makePlot,
  plotTrend,
  tickIndices,
} from '../../../src/elements/kpi-trend/trend-geometry.js';
import { thinIndices } from '../../../src/elements/kpi-trend/thin-series.js';

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
    expect(linePath([0, 10, null, 5, 5], plot)).to.equal('M8,30L58,10M158,20L208,20');
  });

  it('closes the area down to the bottom of the plot under each run', () => {
    expect(areaPath([0, 10, null, 5, 5], plot)).to.equal('M8,30L58,10L58,30L8,30ZM158,20L208,20L208,30L158,30Z');
    expect(areaPath([null, null], plot)).to.equal('');
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

describe('tickIndices', () => {
  it('labels every period when there is room, keeping clear of the labels pinned to the edges', () => {
    expect(tickIndices(12, 30)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    // A 640 px axis: room for 8.9 labels of 72 px.
    expect(tickIndices(12, 8.9)).to.deep.equal([0, 3, 5, 7, 9, 11]);
    // Room for all twelve; pinned ends push their neighbours out.
    expect(tickIndices(12, 11, false)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(tickIndices(12, 11)).to.deep.equal([0, 2, 3, 4, 5, 6, 7, 8, 9, 11]);
    expect(tickIndices(1, 5)).to.deep.equal([0]);
    expect(tickIndices(2, 0.5)).to.deep.equal([0, 1]);
  });

  it('never puts two labels closer than one label, or one and a half beside a pinned end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 20_000 }),
        fc.double({ min: 0.5, max: 40, noNaN: true }),
        fc.boolean(),
        (count, room, pinned) => {
          const ticks = tickIndices(count, room, pinned);
          const slot = (count - 1) / room;
          expect(ticks[0]).to.equal(0);
          expect(ticks.at(-1)).to.equal(count - 1);
          const end = pinned ? 1.5 : 1;
          for (let k = 1; k < ticks.length; k++) {
            const gap = (ticks[k] ?? 0) - (ticks[k - 1] ?? 0);
            const needed = k === 1 || k === ticks.length - 1 ? end : 1;
            // Two labels only (the first and the last) are shown however close they are.
            if (ticks.length > 2) expect(gap / slot).to.be.at.least(needed - 1e-9);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('plotTrend', () => {
  const trend = (values: (number | null)[], target?: number) => {
    const summary = summarizeSeries(values);
    if (!summary) throw new Error('no values');
    return { values, errors: new Map(), summary, unit: 'number', better: 'higher', target } as const;
  };

  it('fits the values and the target into the box, inside its margins', () => {
    const plot = plotTrend(trend([2, null, 4], 10), {
      type: 'line',
      width: 216,
      height: 40,
      axis: false,
      valueTick: String,
    });
    expect([plot.count, plot.left, plot.right, plot.top, plot.bottom]).to.deep.equal([3, 8, 208, 10, 30]);
    expect(plot.y(10)).to.equal(plot.top);
    expect(plot.y(2)).to.equal(plot.bottom);
    expect([plot.x(0), plot.x(2)]).to.deep.equal([8, 208]);
    expect(plot.indexAt(120)).to.equal(1);
  });

  it('leaves room for the value labels of an axis, and starts bars from zero', () => {
    const plot = plotTrend(trend([1200, 4500]), {
      type: 'bar',
      width: 400,
      height: 176,
      axis: true,
      valueTick: (value) => `${value / 1000}K`,
    });
    expect(plot.left).to.be.above(8);
    expect(plot.y.domain[0]).to.equal(0);
    expect(plot.indexAt(plot.right - 1)).to.equal(1);
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
    it(`places ${extent.join(' and ')} at finite heights, with finite ticks`, () => {
      const plot = makePlot({ type: 'bar', count: 4, width: 300, height: 120, axis: true, extent, valueTick: String });
      for (const value of extent) expect(plot.y(value)).to.be.within(plot.top, plot.bottom);
      expect(plot.y.ticks(3)).to.have.length.above(0);
      expect(plot.y.ticks(3).every(Number.isFinite)).to.equal(true);
      expect(Number.isFinite(plot.left)).to.equal(true);
    });
  }
});

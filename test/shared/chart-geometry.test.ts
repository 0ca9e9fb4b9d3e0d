import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { linearScale } from '../../src/shared/scale.js';
import { areaPath, linePath, makePlot, tickIndices } from '../../src/elements/kpi-trend/trend-geometry.js';
import { thinIndices } from '../../src/elements/kpi-trend/thin-series.js';

describe('linearScale', () => {
  it('maps the domain onto the range, either way round', () => {
    const y = linearScale({ domain: [0, 10], range: [100, 0] });
    expect([y(0), y(2.5), y(10), y(12)]).to.deep.equal([100, 75, 0, -20]);
  });

  it('widens to round numbers and ticks them as d3 does', () => {
    const y = linearScale({ domain: [0.018, 0.033], range: [100, 0], nice: 3 });
    expect(y.domain).to.deep.equal([0.015, 0.035]);
    expect(y.ticks(3)).to.deep.equal([0.015, 0.02, 0.025, 0.03, 0.035]);
    expect(y(0.025)).to.be.closeTo(50, 1e-9);
    expect(linearScale({ domain: [645286, 831244], range: [0, 1], nice: 3 }).domain).to.deep.equal([600000, 900000]);
  });

  it('maps an empty domain to the start of the range instead of dividing by zero', () => {
    const y = linearScale({ domain: [5, 5], range: [40, 0], nice: 3 });
    expect(y(5)).to.equal(40);
    expect(y(7)).to.equal(40);
  });
});

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

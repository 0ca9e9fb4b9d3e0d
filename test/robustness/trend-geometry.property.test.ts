import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { periodAxis } from '../../src/elements/kpi-trend/period-axis-geometry.js';
import { thinIndices } from '../../src/elements/kpi-trend/thin-series.js';
import { makePlot, TREND_TYPES } from '../../src/elements/kpi-trend/trend-geometry.js';
import { assertReplayable } from './replay.js';

/**
 * Where a trend draws its values, for any values the engine lets through (any finite figure up to
 * 1e15, down to the tiniest doubles, 5e-324): every coordinate is a finite number inside the
 * drawing, and the value ticks are finite. Values that span less than about 1e-306 gave a scale of
 * infinite slope (`NaN` in the drawing) and, with `axis`, no ticks, an axis gutter of -Infinity and
 * a page that hung: tested here on the pure geometry, where it fails instead of hanging.
 */

const NUM_RUNS = 3000;

/** A figure the engine accepts: mostly ordinary, often among the tiniest or largest doubles. */
const figure = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -1e15, max: 1e15, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -100_000, max: 100_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 5e-324, -9e-323, 1e-320, 2e-320, 1e-310, 1e-300, 1e-9, 1e15, -1e15) },
);

describe('trend geometry', function () {
  // Thousands of drawings: seconds on a busy two-core machine, past mocha's 5 s default.
  this.timeout(60_000);
  it(`places every value inside the drawing at finite coordinates (${NUM_RUNS} cases)`, async () => {
    await assertReplayable(
      fc.property(
        fc.tuple(figure, figure).map(([a, b]): readonly [number, number] => (a <= b ? [a, b] : [b, a])),
        fc.constantFrom(...TREND_TYPES),
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 60, max: 600 }),
        fc.boolean(),
        // Periods as dates: a day or a month apart, from any day the engine reads (years 0–9999).
        fc.option(fc.tuple(fc.integer({ min: -719_528, max: 2_932_896 }), fc.constantFrom(1, 31))),
        (extent, type, count, width, height, axis, dated) => {
          const days = dated ? Array.from({ length: count }, (_, i) => dated[0] + i * dated[1]) : undefined;
          const plot = makePlot({ type, count, width, height, axis, extent, valueTick: String, days });
          const { left, right, top, bottom, y } = plot;
          const where = `${JSON.stringify({ extent, type, count, width, height, axis })}: ${JSON.stringify({ left, right, top, bottom })}`;
          for (const edge of [left, right, top, bottom]) expect(Number.isFinite(edge), where).to.equal(true);
          expect(left, where).to.be.at.most(right);
          for (const value of extent) {
            const at = y(value);
            expect(Number.isFinite(at), `${where}: y(${value}) = ${at}`).to.equal(true);
            expect(at, `${where}: y(${value})`).to.be.within(top - 1, bottom + 1);
          }
          for (const index of [0, count - 1]) {
            expect(Number.isFinite(plot.x(index)), `${where}: x(${index}) = ${plot.x(index)}`).to.equal(true);
          }
          for (const tick of y.ticks(3)) expect(Number.isFinite(tick), `${where}: tick ${tick}`).to.equal(true);
          const texts = { period: String, numbered: !dated, calendar: (day: number) => String(day) };
          for (const label of periodAxis(plot, texts)) {
            expect(Number.isFinite(label.x), `${where}: period label ${label.text} at ${label.x}`).to.equal(true);
          }
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('thinning a long series', function () {
  this.timeout(60_000);
  /** The runs of a series per pixel column, split at gaps: what thinning must keep the shape of. */
  const runsOf = (values: readonly (number | null)[], columns: number) => {
    const runs: number[][] = [];
    let run: number[] = [];
    let column = -1;
    values.forEach((value, index) => {
      const at = Math.floor((index * columns) / values.length);
      if (at !== column || value === null) {
        if (run.length > 0) runs.push(run);
        run = [];
        column = at;
      }
      if (value !== null) run.push(index);
    });
    if (run.length > 0) runs.push(run);
    return runs;
  };

  it('keeps, per pixel column and unbroken run, its first, lowest, highest and last point, and every gap (2000 cases)', async () => {
    await assertReplayable(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -50, max: 50 }), { freq: 8 }), { minLength: 1, maxLength: 600 }),
        fc.integer({ min: 1, max: 40 }),
        (values, columns) => {
          const kept = thinIndices(values, columns);
          expect(kept, 'in order, each once').to.deep.equal([...new Set(kept)].sort((a, b) => a - b));
          if (values.length <= columns * 4) {
            expect(kept, 'a short series keeps every point').to.deep.equal([...values.keys()]);
            return;
          }
          const set = new Set(kept);
          for (const run of runsOf(values, columns)) {
            const at = (index: number) => values[index] as number;
            const low = run.reduce((best, index) => (at(index) < at(best) ? index : best));
            const high = run.reduce((best, index) => (at(index) > at(best) ? index : best));
            for (const index of [run[0], low, high, run.at(-1)])
              expect(set.has(index as number), `index ${index}`).to.equal(true);
          }
          // A gap is kept where a run breaks: never two in a row, never a run drawn across one.
          values.forEach((value, index) => {
            if (value === null && index > 0 && values[index - 1] !== null)
              expect(set.has(index), `gap ${index}`).to.equal(true);
          });
        },
      ),
      { numRuns: 2000 },
    );
  });
});

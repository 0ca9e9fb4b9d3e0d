import { expect } from '@open-wc/testing';
import * as d3 from 'd3-array';
import fc from 'fast-check';
import { tickIncrement, ticks } from '../../src/shared/ticks.js';

/** Domains as the trend meets them: money, rates, counts, one value, tiny and huge spans. */
const domain = fc
  .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), fc.constantFrom(1, 1e-3, 1e-6, 1e3))
  .map(([start, span, scale]) => [start * scale, start * scale + span * scale] as const);

describe('ticks (port of d3-array)', () => {
  it('gives exactly what d3-array gives, for any ascending domain and count', () => {
    fc.assert(
      fc.property(domain, fc.integer({ min: 0, max: 12 }), ([start, stop], count) => {
        expect(ticks(start, stop, count)).to.deep.equal(d3.ticks(start, stop, count));
        if (start < stop && count > 0)
          expect(tickIncrement(start, stop, count)).to.equal(d3.tickIncrement(start, stop, count));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts in whole steps, so decimal ticks carry no floating-point noise', () => {
    expect(ticks(0.1, 0.3, 2)).to.deep.equal([0.1, 0.2, 0.3]);
    expect(ticks(0, 1, 5)).to.deep.equal([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticks(-250, 1000, 5)).to.deep.equal([-200, 0, 200, 400, 600, 800, 1000]);
  });

  it('gives one tick for an empty span and none for no count', () => {
    expect(ticks(5, 5, 3)).to.deep.equal([5]);
    expect(ticks(0, 10, 0)).to.deep.equal([]);
  });

  it('gives no ticks where d3 would throw: a span of subnormal numbers has uncountably many steps', () => {
    expect(ticks(-5e-324, 5e-324, 1)).to.deep.equal([]);
  });
});

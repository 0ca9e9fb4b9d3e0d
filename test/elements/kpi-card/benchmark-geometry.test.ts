import { expect } from '@open-wc/testing';
import { benchmarkBar } from '../../src/elements/kpi-card/benchmark-bar.js';

describe('benchmarkBar', () => {
  it('places a two-sided range in the middle half of the track, with room on both sides', () => {
    const bar = benchmarkBar(0.2, { min: 0.15, max: 0.25 });
    expect(bar?.bandStart).to.be.closeTo(25, 1e-9);
    expect(bar?.bandEnd).to.be.closeTo(75, 1e-9);
    expect(bar?.marker).to.be.closeTo(50, 1e-9);
  });

  it('never pads a non-negative range below zero', () => {
    // Half the range's width (2 pp) would start the track at -1 %: it starts at 0 instead.
    const bar = benchmarkBar(0, { min: 0.01, max: 0.05 });
    expect(bar?.marker).to.equal(0);
    expect(bar?.bandStart).to.be.closeTo((0.01 / 0.07) * 100, 1e-9);
  });

  it('runs a one-sided range to the end of the track', () => {
    expect(benchmarkBar(0.0075, { min: 0.005 })).to.deep.equal({ bandStart: 50, bandEnd: 100, marker: 75 });
  });

  it('clamps values far outside the range to the track', () => {
    expect(benchmarkBar(99, { min: 3, max: 4 })?.marker).to.equal(100);
    expect(benchmarkBar(-5, { min: 3, max: 4 })?.marker).to.equal(0);
  });

  it('has nothing to draw without bounds', () => {
    expect(benchmarkBar(1, {})).to.equal(undefined);
  });
});

import { expect } from '@open-wc/testing';
import { benchmarkGeometry, MARKER_WIDTH } from '../../../src/elements/kpi-card/benchmark-geometry.js';

describe('benchmarkGeometry', () => {
  it('places a two-sided range in the middle half of the track, with room on both sides', () => {
    const bar = benchmarkGeometry(0.2, { min: 0.15, max: 0.25 });
    expect(bar?.bandStart).to.be.closeTo(25, 1e-9);
    expect(bar?.bandWidth).to.be.closeTo(50, 1e-9);
    expect(bar?.marker).to.be.closeTo(50, 1e-9);
    expect(bar?.markerX).to.be.closeTo(50 - MARKER_WIDTH / 2, 1e-9);
  });

  it('never pads a non-negative range below zero', () => {
    // Half the range's width (2 pp) would start the track at -1 %: it starts at 0 instead.
    const bar = benchmarkGeometry(0, { min: 0.01, max: 0.05 });
    expect(bar?.marker).to.equal(0);
    expect(bar?.bandStart).to.be.closeTo((0.01 / 0.07) * 100, 1e-9);
  });

  it('pads a range of negative values on both sides', () => {
    const bar = benchmarkGeometry(-20, { min: -30, max: -10 });
    expect(bar?.bandStart).to.be.closeTo(25, 1e-9);
    expect(bar?.marker).to.be.closeTo(50, 1e-9);
  });

  it('runs a one-sided range to the end of the track', () => {
    expect(benchmarkGeometry(0.0075, { min: 0.005 })).to.deep.equal({
      bandStart: 50,
      bandWidth: 50,
      marker: 75,
      markerX: 75 - MARKER_WIDTH / 2,
    });
    const atMost = benchmarkGeometry(1, { max: 2 });
    expect(atMost).to.include({ bandStart: 0, bandWidth: 50, marker: 25 });
  });

  it('clamps values far outside the range to the track, keeping the whole marker on it', () => {
    const high = benchmarkGeometry(99, { min: 3, max: 4 });
    expect(high?.marker).to.equal(100);
    expect(high?.markerX).to.equal(100 - MARKER_WIDTH);
    const low = benchmarkGeometry(-5, { min: 3, max: 4 });
    expect(low?.marker).to.equal(0);
    expect(low?.markerX).to.equal(0);
  });

  it('gives a range of one point room around it', () => {
    const bar = benchmarkGeometry(3, { min: 3, max: 3 });
    expect(bar?.bandStart).to.be.closeTo(50, 1e-9);
    expect(bar?.marker).to.be.closeTo(50, 1e-9);
  });

  it('has nothing to draw without bounds', () => {
    expect(benchmarkGeometry(1, {})).to.equal(undefined);
  });
});

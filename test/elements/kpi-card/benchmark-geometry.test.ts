import { expect } from '@open-wc/testing';
import { benchmarkGeometry } from '../../../src/elements/kpi-card/benchmark-geometry.js';

describe('benchmarkGeometry', () => {
  it('places a two-sided range in the middle half of the track, with room on both sides', () => {
    const bar = benchmarkGeometry(0.2, { min: 0.15, max: 0.25 });
    expect(bar?.bandStart).to.be.closeTo(25, 1e-9);
    expect(bar?.bandWidth).to.be.closeTo(50, 1e-9);
    expect(bar?.marker.at).to.be.closeTo(50, 1e-9);
  });

  it('labels both ends of the range and the value, each centred on its point', () => {
    const bar = benchmarkGeometry(0.2, { min: 0.15, max: 0.25 });
    expect(bar?.min).to.deep.include({ anchor: 'middle' });
    expect(bar?.max).to.deep.include({ anchor: 'middle' });
    expect(bar?.min?.at).to.be.closeTo(25, 1e-9);
    expect(bar?.max?.at).to.be.closeTo(75, 1e-9);
    expect(bar?.marker.anchor).to.equal('middle');
  });

  it('hangs a label near an end of the track from that end, so it stays on the track', () => {
    const low = benchmarkGeometry(0, { min: 0.01, max: 0.05 });
    expect(low?.marker).to.deep.equal({ at: 0, anchor: 'start' });
    const high = benchmarkGeometry(99, { min: 3, max: 4 });
    expect(high?.marker).to.deep.equal({ at: 100, anchor: 'end' });
  });

  it('never pads a non-negative range below zero', () => {
    // Half the range's width (2 pp) would start the track at -1 %: it starts at 0 instead.
    const bar = benchmarkGeometry(0, { min: 0.01, max: 0.05 });
    expect(bar?.marker.at).to.equal(0);
    expect(bar?.bandStart).to.be.closeTo((0.01 / 0.07) * 100, 1e-9);
  });

  it('pads a range of negative values on both sides', () => {
    const bar = benchmarkGeometry(-20, { min: -30, max: -10 });
    expect(bar?.bandStart).to.be.closeTo(25, 1e-9);
    expect(bar?.marker.at).to.be.closeTo(50, 1e-9);
  });

  it('runs a one-sided range to the end of the track, with its one bound labelled', () => {
    expect(benchmarkGeometry(0.0075, { min: 0.005 })).to.deep.equal({
      bandStart: 50,
      bandWidth: 50,
      marker: { at: 75, anchor: 'middle' },
      min: { at: 50, anchor: 'middle' },
    });
    const atMost = benchmarkGeometry(1, { max: 2 });
    expect(atMost).to.deep.include({ bandStart: 0, bandWidth: 50, marker: { at: 25, anchor: 'middle' } });
    expect(atMost?.min).to.equal(undefined);
    expect(atMost?.max).to.deep.equal({ at: 50, anchor: 'middle' });
  });

  it('holds values far outside the range at the ends of the track', () => {
    expect(benchmarkGeometry(99, { min: 3, max: 4 })?.marker.at).to.equal(100);
    expect(benchmarkGeometry(-5, { min: 3, max: 4 })?.marker.at).to.equal(0);
    expect(benchmarkGeometry(-1e308, { min: 3 })?.marker.at).to.equal(0);
  });

  it('gives a range of one point room around it, and one label', () => {
    const bar = benchmarkGeometry(3, { min: 3, max: 3 });
    expect(bar?.bandStart).to.be.closeTo(50, 1e-9);
    expect(bar?.marker.at).to.be.closeTo(50, 1e-9);
    expect(bar?.min?.at).to.be.closeTo(50, 1e-9);
    expect(bar?.max).to.equal(undefined);
  });

  it('has nothing to draw without bounds', () => {
    expect(benchmarkGeometry(1, {})).to.equal(undefined);
  });
});

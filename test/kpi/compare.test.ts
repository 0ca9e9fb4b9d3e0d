import { expect } from '@open-wc/testing';
import { checkTarget, compareValues, placeInRange, progressToGoal } from '../../src/kpi/index.js';

describe('compareValues', () => {
  it('gives absolute and relative change and good news for a rise where higher is better', () => {
    const comparison = compareValues(0.03, 0.02, 'higher');
    expect(comparison.change).to.be.closeTo(0.01, 1e-12);
    expect(comparison.relative).to.be.closeTo(0.5, 1e-12);
    expect(comparison).to.include({ direction: 'up', news: 'good' });
  });

  it('calls a fall good news where lower is better (CAC going down)', () => {
    expect(compareValues(180, 200, 'lower')).to.include({ direction: 'down', news: 'good' });
    expect(compareValues(220, 200, 'lower')).to.include({ direction: 'up', news: 'bad' });
  });

  it('treats no change, and floating-point noise, as flat and neutral', () => {
    expect(compareValues(4, 4, 'higher')).to.include({ direction: 'flat', news: 'neutral', change: 0, relative: 0 });
    expect(compareValues(0.1 + 0.2, 0.3, 'higher')).to.include({ direction: 'flat' });
  });

  it('has no relative change from zero, rather than Infinity', () => {
    expect(compareValues(5, 0, 'higher')).to.include({ relative: null, direction: 'up' });
  });

  it('measures relative change against the size of a negative previous value', () => {
    expect(compareValues(-5, -10, 'higher')).to.include({ relative: 0.5, direction: 'up' });
  });
});

describe('checkTarget', () => {
  it('is met at or beyond the target in the better direction', () => {
    expect(checkTarget(0.035, 0.03, 'higher').met).to.equal(true);
    expect(checkTarget(0.03, 0.03, 'higher').met).to.equal(true);
    expect(checkTarget(0.025, 0.03, 'higher')).to.deep.include({ met: false });
    expect(checkTarget(45, 50, 'lower')).to.deep.equal({ met: true, gap: 5 });
    expect(checkTarget(55, 50, 'lower')).to.deep.equal({ met: false, gap: 5 });
  });
});

describe('progressToGoal', () => {
  it('counts a lower-is-better goal as goal ÷ value, and the way from a baseline in either direction', () => {
    expect(progressToGoal(60, 50, 'lower').ofGoal).to.be.closeTo(50 / 60, 1e-12);
    expect(progressToGoal(60, 50, 'lower', 80).ofWay).to.be.closeTo(20 / 30, 1e-12);
  });

  it('returns null instead of dividing by zero', () => {
    expect(progressToGoal(10, 0, 'higher')).to.deep.equal({ ofGoal: null, ofWay: null });
    expect(progressToGoal(10, 8000, 'higher', 8000).ofWay).to.equal(null);
  });
});

describe('placeInRange', () => {
  it('places a value below, within or above a range, bounds included', () => {
    expect(placeInRange(0.01, { min: 0.02, max: 0.05 })).to.equal('below');
    expect(placeInRange(0.02, { min: 0.02, max: 0.05 })).to.equal('within');
    expect(placeInRange(0.06, { min: 0.02, max: 0.05 })).to.equal('above');
    expect(placeInRange(0.9, { min: 0.005 })).to.equal('within');
  });
});

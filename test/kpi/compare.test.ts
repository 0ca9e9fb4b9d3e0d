import { expect } from '@open-wc/testing';
import { compareValues } from '../../src/kpi/index.js';

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

  it('has no relative change across a change of sign: a loss turning into a profit is no percent of it', () => {
    expect(compareValues(200, -100, 'higher', 'currency')).to.include({ relative: null, direction: 'up' });
    expect(compareValues(-50, 100, 'higher')).to.include({ relative: null, direction: 'down' });
    // Down to zero is a whole fall, -100 %.
    expect(compareValues(0, 100, 'higher')).to.include({ relative: -1 });
  });

  it('has no relative change for a score: an NPS from +30 to +45 is +15, not +50 %', () => {
    const nps = compareValues(45, 30, 'higher', 'score');
    expect(nps).to.include({ change: 15, relative: null, news: 'good' });
    expect(compareValues(45, 45, 'higher', 'score').relative).to.equal(null);
    expect(compareValues(45, 30, 'higher', 'count').relative).to.equal(0.5);
  });
});

import { expect } from '@open-wc/testing';
import { barLength, gaugeGeometry } from '../../../src/elements/goal-gauge/gauge-geometry.js';

const marks = {
  fill: 0.5,
  zones: [{ from: 0, to: 0.4, level: 'bad' }],
  goalMark: 0.8,
  headline: '50%',
  caption: 'of goal',
};

describe('gauge geometry', () => {
  it('turns a share into a length along the bar, clamped: over-achievement fills it', () => {
    expect(barLength(1.12)).to.equal('100%');
    expect(barLength(0.973)).to.equal('97.3%');
    expect(barLength(-1)).to.equal('0%');
  });

  it('lays the bar out in lengths along it, with no fill at zero and no tick without a goal mark', () => {
    expect(gaugeGeometry('bar', marks)).to.deep.equal({
      shape: 'bar',
      fill: '50%',
      zones: [{ x: '0%', width: '40%', level: 'bad' }],
      goalMark: '80%',
    });
    expect(gaugeGeometry('bar', { ...marks, fill: 0, goalMark: null })).to.include({ fill: '', goalMark: '' });
  });

  it('writes the percent inside a round dial, smaller for a long headline', () => {
    const arc = gaugeGeometry('arc', marks);
    const ring = gaugeGeometry('ring', marks);
    if (arc.shape === 'bar' || ring.shape === 'bar') throw new Error('expected round dials');
    expect(arc.viewBox).to.equal('-100 -100 200 156');
    expect(arc.headline.y).to.be.lessThan(ring.headline.y);
    expect(arc.headline.size).to.equal(30);
    const long = gaugeGeometry('arc', { ...marks, headline: '€1,234,567.89', caption: '' });
    if (long.shape === 'bar') throw new Error('expected a round dial');
    expect(long.headline.size).to.be.lessThan(30);
    expect(long.headline.y).to.be.greaterThan(arc.headline.y);
  });
});

import { expect } from '@open-wc/testing';
import { angleAt, gaugeArc } from '../../../src/elements/goal-gauge/arc-geometry.js';

describe('arc geometry', () => {
  it('sweeps 240° for the arc, open at the bottom, and a full turn for the ring', () => {
    expect(angleAt('arc', 0)).to.be.closeTo((-2 * Math.PI) / 3, 1e-12);
    expect(angleAt('arc', 0.5)).to.be.closeTo(0, 1e-12);
    expect(angleAt('arc', 1)).to.be.closeTo((2 * Math.PI) / 3, 1e-12);
    expect(angleAt('ring', 1)).to.be.closeTo(2 * Math.PI, 1e-12);
  });

  it('clamps shares outside 0–1: over-achievement draws a full gauge', () => {
    expect(angleAt('arc', 1.12)).to.equal(angleAt('arc', 1));
    expect(gaugeArc('arc', 1.12).fill).to.equal(gaugeArc('arc', 1).fill);
    expect(gaugeArc('arc', -0.2).fill).to.equal('');
  });

  it('draws a track, a fill, band zones and a goal tick as SVG paths', () => {
    const geometry = gaugeArc('ring', 0.5, [{ from: 0, to: 0.5, level: 'bad' }], 0.75);
    expect(geometry.viewBox).to.equal('-100 -100 200 200');
    for (const d of [geometry.track, geometry.fill, geometry.goalMark, geometry.zones[0]?.d ?? '']) {
      expect(d).to.match(/^M/);
      expect(d).not.to.match(/NaN|Infinity/);
    }
    expect(geometry.zones).to.have.length(1);
    expect(gaugeArc('arc', 0.5).goalMark).to.equal('');
  });
});

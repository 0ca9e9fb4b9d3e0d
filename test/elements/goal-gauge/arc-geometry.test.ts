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

  it('keeps the goal tick within the track: a mark on it, not a needle sticking out', () => {
    for (const shape of ['arc', 'ring'] as const) {
      for (const goalAt of [0, 0.3, 0.8, 1]) {
        const { goalMark } = gaugeArc(shape, 0.5, [], goalAt);
        const numbers = (goalMark.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map(Number);
        expect(numbers, goalMark).to.have.length(4);
        const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = numbers;
        for (const radius of [Math.hypot(x1, y1), Math.hypot(x2, y2)]) {
          expect(radius, `${shape} ${goalAt}`).to.be.within(71.99, 88.01);
        }
        // Radial: both ends at the goal's angle.
        expect(Math.atan2(x1, -y1)).to.be.closeTo(Math.atan2(x2, -y2), 1e-3);
      }
    }
  });

  it('draws with d3: a full ring as a closed band, a sliver as a short rounded stretch', () => {
    const full = gaugeArc('ring', 1);
    expect(full.fill).to.equal(full.track);
    const sliver = gaugeArc('arc', 0.002).fill;
    expect(sliver).to.match(/^M/);
    expect(sliver).not.to.match(/NaN|Infinity/);
  });
});

import { expect } from '@open-wc/testing';
import { angleAt, barLength, gaugeArc } from '../../src/elements/goal-gauge/gauge-arc.js';
import { readGoalSetup, type GoalAttributes } from '../../src/elements/goal-gauge/goal-setup.js';
import { goalView } from '../../src/elements/goal-gauge/goal-view.js';
import type { Figure } from '../../src/kpi/index.js';

const NONE: GoalAttributes = {
  goal: null,
  baseline: null,
  min: null,
  max: null,
  shape: null,
  bands: null,
  periodStart: null,
  periodEnd: null,
  asOf: null,
  today: 0,
};
const visitors: Figure = { value: 19400, unit: 'count', better: 'higher' };
const cpa: Figure = { value: 62.5, unit: 'currency', better: 'lower' };
const viewOf = (figure: Figure, attributes: Partial<GoalAttributes>) => {
  const setup = readGoalSetup({ ...NONE, ...attributes }, figure);
  if (!setup.ok) throw new Error(setup.error.code);
  return goalView(figure, setup.value);
};

describe('gauge-arc', () => {
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
    expect(barLength(1.12)).to.equal('100%');
    expect(barLength(0.973)).to.equal('97.3%');
    expect(barLength(-1)).to.equal('0%');
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

describe('goal view', () => {
  it('shows progress of the goal, or of the way from a baseline', () => {
    expect(viewOf(visitors, { goal: '20000' })).to.include({ progress: 0.97, fill: 0.97, met: false, gap: 600 });
    expect(viewOf(visitors, { goal: '20000', baseline: '8000' })).to.include({ progress: 0.95, fill: 0.95 });
  });

  it('measures a lower-is-better value as goal ÷ value', () => {
    expect(viewOf(cpa, { goal: '50' })).to.include({ progress: 0.8, met: false, status: 'neutral' });
    expect(viewOf({ ...cpa, value: 0 }, { goal: '50' })).to.include({ progress: null, fill: 1, met: true });
  });

  it('places band edges on a min–max scale, for either direction', () => {
    const higher = viewOf(visitors, { goal: '20000', min: '0', max: '25000', bands: '50%,80%' });
    expect(higher.zones.map(({ from, to }) => [from, to])).to.deep.equal([
      [0, 0.4],
      [0.4, 0.64],
      [0.64, 1],
    ]);
    expect(higher).to.include({ fill: 0.776, goalMark: 0.8, band: 'good' });
    const lower = viewOf(cpa, { goal: '50', min: '0', max: '100', bands: '0.5' });
    // Progress 50 % is a CPA of €100: worse (bad) above it, good below.
    expect(lower.zones).to.deep.equal([
      { from: 1, to: 1, level: 'bad' },
      { from: 0, to: 1, level: 'good' },
    ]);
    expect(lower.band).to.equal('good');
  });

  it('colors the fill by status without bands', () => {
    expect(viewOf(visitors, { goal: '19000' }).level).to.equal('good');
    expect(viewOf(visitors, { goal: '20000' }).level).to.equal('neutral');
  });
});

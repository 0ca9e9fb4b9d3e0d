import { expect } from '@open-wc/testing';
import { meterModel } from '../../../src/elements/goal-gauge/meter-model.js';
import { measureGoal, readGoalSetup, type Figure, type GoalAttributes } from '../../../src/kpi/index.js';

const visitors: Figure = { value: 19400, unit: 'count', better: 'higher' };
const cpa: Figure = { value: 62.5, unit: 'currency', better: 'lower' };
const meterOf = (figure: Figure, attributes: GoalAttributes) => {
  const setup = readGoalSetup(attributes, figure);
  if (!setup.ok) throw new Error(setup.error.code);
  return meterModel(figure.value, figure.better, setup.value, measureGoal(figure.value, figure.better, setup.value));
};

describe('meter model', () => {
  it('fills the gauge to the progress, and gives the meter percent of the way', () => {
    expect(meterOf(visitors, { goal: '20000' })).to.include({ fill: 0.97, min: 0, max: 100, now: 97 });
    expect(meterOf(visitors, { goal: '20000', baseline: '8000' })).to.include({ fill: 0.95, now: 95 });
    expect(meterOf({ ...visitors, value: 22400 }, { goal: '20000' })).to.include({ fill: 1, now: 100 });
  });

  it('measures a lower-is-better value as goal ÷ value, full at a value of zero', () => {
    expect(meterOf(cpa, { goal: '50' })).to.include({ fill: 0.8, now: 80, level: 'neutral' });
    expect(meterOf({ ...cpa, value: 0 }, { goal: '50' })).to.include({ fill: 1, level: 'good' });
  });

  it('shows the value on a min–max scale, with the goal marked', () => {
    expect(meterOf({ ...visitors, value: 7300 }, { goal: '10000', min: '0', max: '12000' })).to.deep.include({
      min: 0,
      max: 12000,
      now: 7300,
      goalMark: 10000 / 12000,
    });
    expect(meterOf({ ...visitors, value: 13000 }, { goal: '10000', min: '0', max: '12000' })).to.include({
      now: 12000,
    });
    expect(meterOf(visitors, { goal: '30000', min: '0', max: '25000' }).goalMark).to.equal(null);
  });

  it('places band edges on a min–max scale, for either direction', () => {
    const higher = meterOf(visitors, { goal: '20000', min: '0', max: '25000', bands: '50%,80%' });
    expect(higher.zones.map(({ from, to }) => [from, to])).to.deep.equal([
      [0, 0.4],
      [0.4, 0.64],
      [0.64, 1],
    ]);
    expect(higher).to.include({ fill: 0.776, goalMark: 0.8, band: 'good' });
    const lower = meterOf(cpa, { goal: '50', min: '0', max: '100', bands: '0.5' });
    // Progress 50 % is a CPA of €100: worse (bad) above it, good below.
    expect(lower.zones).to.deep.equal([
      { from: 1, to: 1, level: 'bad' },
      { from: 0, to: 1, level: 'good' },
    ]);
    expect(lower.band).to.equal('good');
  });

  it('says which band the progress is in, and colors the fill by it', () => {
    const cases: [value: number, band: string][] = [
      [14, 'bad'],
      [26, 'warning'],
      [36, 'good'],
    ];
    for (const [value, band] of cases) {
      const meter = meterOf({ ...visitors, value }, { goal: '40', bands: '50%,80%' });
      expect(meter, String(value)).to.include({ band, level: band });
      expect(meter.zones.map(({ level }) => level)).to.deep.equal(['bad', 'warning', 'good']);
    }
  });

  it('colors the fill by status without bands', () => {
    expect(meterOf(visitors, { goal: '19000' }).level).to.equal('good');
    expect(meterOf(visitors, { goal: '20000' }).level).to.equal('neutral');
    expect(meterOf(visitors, { goal: '20000' })).not.to.have.property('band');
  });
});

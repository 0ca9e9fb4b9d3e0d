import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
import {
  describeError,
  parseIsoDate,
  readGoalSetup,
  type Figure,
  type GoalAttributes,
  type KpiError,
  type Result,
} from '../../src/kpi/index.js';

const visitors: Figure = { value: 19400, unit: 'count', better: 'higher' };
const cpa: Figure = { value: 62.5, unit: 'currency', better: 'lower' };
const rate: Figure = { value: 0.025, unit: 'percent', better: 'higher' };
const day = (text: string) => {
  const parsed = parseIsoDate(text, 'test');
  if (!parsed.ok) throw new Error(`bad test date ${text}`);
  return parsed.value.day;
};

const setupOf = (figure: Figure, attributes: GoalAttributes) => readGoalSetup(attributes, figure);
/** The error of a result that must fail, with its English message. */
const errorOf = <T>(result: Result<T>): KpiError & { message: string } => {
  if (result.ok) throw new Error('expected an error');
  return { ...result.error, message: describeError(result.error, 'en') };
};

describe('readGoalSetup', () => {
  it('reads the goal and baseline in the figure’s unit, percent as 3% or 0.03', () => {
    expect(setupOf(visitors, { goal: '20000', baseline: '8000' })).to.deep.equal({
      ok: true,
      value: { goal: 20000, baseline: 8000, bands: [] },
    });
    for (const goal of ['3%', '0.03', 0.03]) {
      const setup = setupOf(rate, { goal });
      expect(setup.ok && setup.value.goal, String(goal)).to.equal(0.03);
    }
  });

  it('asks for a goal, with an example in the figure’s unit', () => {
    expect(errorOf(setupOf(visitors, {}))).to.include({ code: 'missing', example: '20000' });
    expect(errorOf(setupOf(rate, {}))).to.include({ code: 'missing', example: '3%' });
    expect(errorOf(setupOf(visitors, { goal: 'lots' })).message).to.contain('Write it like goal="20000"');
    expect(errorOf(setupOf(visitors, { goal: '10', baseline: 'x' })).message).to.contain('baseline="20000"');
  });

  it('wants a goal above zero, or beyond the baseline in the better direction', () => {
    expect(errorOf(setupOf(visitors, { goal: '0' }))).to.deep.include({ code: 'invalid-option', fields: ['goal'] });
    expect(errorOf(setupOf(visitors, { goal: '8000', baseline: '8000' })).message).to.contain('> baseline (8000)');
    expect(errorOf(setupOf(cpa, { goal: '90', baseline: '80' })).message).to.contain('< baseline (80)');
    expect(setupOf(cpa, { goal: '50', baseline: '80' }).ok).to.equal(true);
  });

  it('takes a scale with both ends, max above min', () => {
    const scaled = setupOf(visitors, { goal: '20000', min: '0', max: '25000' });
    expect(scaled.ok && scaled.value.scale).to.deep.equal({ min: 0, max: 25000 });
    expect(errorOf(setupOf(visitors, { goal: '10', min: '0' }))).to.deep.include({ code: 'missing', fields: ['max'] });
    expect(errorOf(setupOf(visitors, { goal: '10', max: '20' }))).to.deep.include({ code: 'missing', fields: ['min'] });
    expect(errorOf(setupOf(rate, { goal: '3%', min: '0' }))).to.include({ example: '100%' });
    expect(errorOf(setupOf(visitors, { goal: '10', min: '10', max: '10' })).message).to.contain('> min (10)');
  });

  it('reads one or two ascending bands as shares of the goal', () => {
    for (const bands of ['50%,80%', '0.5,0.8']) {
      const setup = setupOf(visitors, { goal: '20000', bands });
      expect(setup.ok && setup.value.bands, bands).to.deep.equal([0.5, 0.8]);
    }
    for (const bands of ['80%,50%', '0.2,0.5,0.8', '0,0.5', '50%,50%', 'x']) {
      expect(errorOf(setupOf(visitors, { goal: '20000', bands })).fields, bands).to.deep.equal(['bands']);
    }
  });

  it('dates a goal when it has a period', () => {
    const setup = setupOf(visitors, {
      goal: '20000',
      periodStart: '2026-02',
      periodEnd: '2026-02',
      asOf: '2026-02-14',
    });
    expect(setup.ok && setup.value.dating).to.deep.include({
      period: { start: day('2026-02-01'), end: day('2026-02-28') },
      asOf: day('2026-02-14'),
      origin: 0,
    });
  });
});

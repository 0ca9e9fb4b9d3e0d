import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
import {
  checkTarget,
  placeInRange,
  goalStatus,
  measureGoal,
  parseIsoDate,
  pace,
  periodOf,
  progressToGoal,
  valueAtProgress,
  type Dating,
  type IsoDate,
  type Pace,
} from '../../src/kpi/index.js';

const date = (text: string): IsoDate => {
  const parsed = parseIsoDate(text, 'test');
  if (!parsed.ok) throw new Error(`bad test date ${text}`);
  return parsed.value;
};
/** February 2026, 1,000 leads from zero, measured on `asOf`. */
const february = (asOf: string): Dating => {
  const period = periodOf(date('2026-02'), date('2026-02'));
  if (!period.ok) throw new Error('bad test period');
  return { period: period.value, asOf: date(asOf).day, start: date('2026-02'), end: date('2026-02'), origin: 0 };
};
const paceOf = (value: number, asOf: string): Pace => {
  const { period, asOf: day, origin } = february(asOf);
  return pace({ value, goal: 1000, better: 'higher', origin, period, asOf: day });
};

describe('checkTarget and progressToGoal', () => {
  it('meets a goal at or beyond it in the better direction, with the gap either way', () => {
    expect(checkTarget(19400, 20000, 'higher')).to.deep.equal({ met: false, gap: 600 });
    expect(checkTarget(20000, 20000, 'higher').met).to.equal(true);
    expect(checkTarget(45, 50, 'lower')).to.deep.equal({ met: true, gap: 5 });
  });

  it('counts the share of the goal, and of the way from a baseline, never dividing by zero', () => {
    expect(progressToGoal(19400, 20000, 'higher', 8000)).to.deep.equal({ ofGoal: 0.97, ofWay: 0.95 });
    expect(progressToGoal(62.5, 50, 'lower').ofGoal).to.equal(0.8);
    expect(progressToGoal(0, 50, 'lower').ofGoal).to.equal(null);
  });
});

describe('valueAtProgress', () => {
  it('is the inverse of the headline progress, for either direction', () => {
    expect(valueAtProgress(0.5, 20000, 'higher')).to.equal(10000);
    expect(valueAtProgress(0.5, 20000, 'higher', 8000)).to.equal(14000);
    expect(valueAtProgress(0.8, 50, 'lower')).to.equal(62.5);
    expect(valueAtProgress(0.5, 50, 'lower', 80)).to.equal(65);
    for (const share of [0.3, 0.5, 0.97]) {
      const value = valueAtProgress(share, 20000, 'higher', 8000) ?? Number.NaN;
      expect(progressToGoal(value, 20000, 'higher', 8000).ofWay).to.be.closeTo(share, 1e-12);
    }
  });

  it('has no value where a lower-is-better goal without baseline would need an infinite one', () => {
    expect(valueAtProgress(0, 50, 'lower')).to.equal(null);
    expect(valueAtProgress(-0.5, 50, 'lower')).to.equal(null);
  });
});

describe('goalStatus', () => {
  it('is good when met, neutral when undated or not started, else follows the pace', () => {
    expect(goalStatus(true)).to.equal('good');
    expect(goalStatus(false)).to.equal('neutral');
    expect(goalStatus(false, paceOf(0, '2026-01-20'))).to.equal('neutral');
    expect(goalStatus(false, paceOf(500, '2026-02-14'))).to.equal('good');
    expect(goalStatus(false, paceOf(700, '2026-02-14'))).to.equal('good');
    expect(goalStatus(false, paceOf(300, '2026-02-14'))).to.equal('bad');
  });

  it('after the period: good when met, bad when missed, however close', () => {
    expect(goalStatus(true, paceOf(1000, '2026-03-03'))).to.equal('good');
    expect(goalStatus(false, paceOf(990, '2026-03-03'))).to.equal('bad');
  });
});

describe('measureGoal', () => {
  it('measures against the goal, or the way from a baseline when there is one', () => {
    expect(measureGoal(19400, 'higher', { goal: 20000 })).to.deep.equal({
      ofGoal: 0.97,
      ofWay: null,
      met: false,
      gap: 600,
      progress: 0.97,
      status: 'neutral',
    });
    expect(measureGoal(19400, 'higher', { goal: 20000, baseline: 8000 })).to.include({ progress: 0.95 });
    expect(measureGoal(45, 'lower', { goal: 50 })).to.include({ met: true, gap: 5, status: 'good' });
  });

  it('paces a dated goal and judges it by the pace', () => {
    const behind = measureGoal(300, 'higher', { goal: 1000, dating: february('2026-02-14') });
    expect(behind.pace).to.include({ phase: 'during', elapsed: 14, expected: 500 });
    expect(behind.status).to.equal('bad');
    expect(measureGoal(500, 'higher', { goal: 1000, dating: february('2026-02-14') }).status).to.equal('good');
    expect(measureGoal(500, 'higher', { goal: 1000 })).not.to.have.property('pace');
  });

  it('gives a null progress, never NaN or Infinity, for a lower-is-better value of zero', () => {
    const measure = measureGoal(0, 'lower', { goal: 50 });
    expect(measure).to.include({ progress: null, met: true, gap: 50 });
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

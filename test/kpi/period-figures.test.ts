import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
import {
  assessPeriod,
  compareValues,
  figureStatus,
  readPeriodFigures,
  type Figure,
  type RawValue,
} from '../../src/kpi/index.js';

/** An attribute reader over plain data. */
const reading =
  (attributes: Record<string, string>) =>
  (name: string): RawValue =>
    attributes[name] ?? null;

describe('readPeriodFigures', () => {
  it('computes the current figure and the previous one from the previous- inputs', () => {
    const result = readPeriodFigures({
      kpi: 'roas',
      read: reading({ revenue: '12000', spend: '3000', 'previous-revenue': '9000', 'previous-spend': '3000' }),
    });
    expect(result.ok && result.value.current).to.include({ value: 4, unit: 'ratio', better: 'higher' });
    expect(result.ok && result.value.previous).to.equal(3);
  });

  it('falls back to previous-value when no previous- input is given', () => {
    const result = readPeriodFigures({
      kpi: 'roas',
      previousValue: '3.5',
      read: reading({ revenue: '8', spend: '2' }),
    });
    expect(result.ok && result.value.previous).to.equal(3.5);
  });

  it('reads a KPI input called previous as an input, and previous-previous as its twin', () => {
    const result = readPeriodFigures({
      kpi: 'traffic-growth',
      read: reading({ current: '110', previous: '100', 'previous-current': '100', 'previous-previous': '80' }),
    });
    expect(result.ok && result.value.current.value).to.be.closeTo(0.1, 1e-12);
    expect(result.ok && result.value.previous).to.be.closeTo(0.25, 1e-12);
  });

  it('reads the target and previous-value in the figure’s unit: 3% and 0.03 alike for a percent KPI', () => {
    const read = reading({ conversions: '30', visitors: '1000' });
    for (const target of ['3%', '0.03']) {
      const result = readPeriodFigures({ kpi: 'conversion-rate', target, previousValue: '2%', read });
      expect(result.ok && result.value.target).to.be.closeTo(0.03, 1e-12);
      expect(result.ok && result.value.previous).to.be.closeTo(0.02, 1e-12);
    }
  });

  it('reads a ready value in its unit, with the better direction given', () => {
    const result = readPeriodFigures({ value: '-5', unit: 'score', better: 'lower', read: reading({}) });
    expect(result.ok && result.value.current).to.deep.equal({ value: -5, unit: 'score', better: 'lower' });
    expect(result.ok && 'previous' in result.value).to.equal(false);
    expect(result.ok && 'target' in result.value).to.equal(false);
  });

  it('names the attribute to fix, never giving NaN', () => {
    const error = (source: Parameters<typeof readPeriodFigures>[0]) => {
      const result = readPeriodFigures(source);
      return result.ok ? undefined : result.error;
    };
    const read = reading({ revenue: '1', spend: '1' });
    expect(error({ kpi: 'roas', target: 'lots', read })).to.include({ code: 'not-a-number' });
    expect(error({ kpi: 'roas', target: 'lots', read })?.fields).to.deep.equal(['target']);
    expect(error({ kpi: 'roas', previousValue: 'abc', read })?.fields).to.deep.equal(['previous-value']);
    const previousInput = error({ kpi: 'roas', read: reading({ revenue: '1', spend: '1', 'previous-revenue': 'x' }) });
    expect(previousInput?.fields[0]).to.equal('previous-revenue');
    expect(error({ kpi: 'roas', read: reading({ revenue: '1', spend: '0' }) })).to.include({ code: 'zero-divisor' });
    expect(error({ read: reading({}) })).to.include({ code: 'no-figure' });
    expect(error({ value: '1', unit: 'euros', read: reading({}) })?.fields).to.deep.equal(['unit']);
  });
});

describe('figureStatus', () => {
  it('takes the news of the change when there is one, whatever the target says', () => {
    const worse = compareValues(5, 6, 'higher');
    expect(figureStatus(worse, { met: true, gap: 1 })).to.equal('bad');
    expect(figureStatus(compareValues(5, 5, 'higher'), { met: false, gap: 1 })).to.equal('neutral');
  });

  it('calls a met target good and a missed one bad without a previous value, else neutral', () => {
    expect(figureStatus(undefined, { met: true, gap: 0 })).to.equal('good');
    expect(figureStatus(undefined, { met: false, gap: 1 })).to.equal('bad');
    expect(figureStatus()).to.equal('neutral');
  });
});

describe('assessPeriod', () => {
  const figure = (value: number, unit: Figure['unit'], better: Figure['better'] = 'higher'): Figure => ({
    value,
    unit,
    better,
  });

  it('has no relative change for a score: NPS +30 to +45 is +15, not +50% (defect 3)', () => {
    const assessment = assessPeriod({ current: figure(45, 'score'), previous: 30 });
    expect(assessment.comparison).to.include({ change: 15, direction: 'up', news: 'good' });
    expect(assessment.relative).to.equal(null);
  });

  it('has no relative change from zero, across a change of sign, or when flat', () => {
    expect(assessPeriod({ current: figure(5, 'number'), previous: 0 }).relative).to.equal(null);
    expect(assessPeriod({ current: figure(5, 'number'), previous: -5 }).relative).to.equal(null);
    expect(assessPeriod({ current: figure(5, 'number'), previous: 5 }).relative).to.equal(null);
  });

  it('tells a percent KPI’s change in points only, with no relative change', () => {
    const assessment = assessPeriod({ current: figure(0.03, 'percent'), previous: 0.02 });
    expect(assessment.comparison?.change).to.be.closeTo(0.01, 1e-12);
    expect(assessment.relative).to.equal(null);
  });

  it('gives the relative change of money, counts and ratios', () => {
    expect(assessPeriod({ current: figure(180, 'currency', 'lower'), previous: 200 })).to.deep.include({
      relative: -0.1,
      status: 'good',
    });
  });

  it('checks the target in the figure’s direction and rates the figure by it without a previous value', () => {
    expect(assessPeriod({ current: figure(200, 'currency', 'lower'), target: 180 })).to.deep.equal({
      relative: null,
      target: { met: false, gap: 20 },
      status: 'bad',
    });
    expect(assessPeriod({ current: figure(4, 'ratio') })).to.deep.equal({ relative: null, status: 'neutral' });
  });
});

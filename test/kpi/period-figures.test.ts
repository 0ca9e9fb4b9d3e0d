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
  it('takes the news of a change, and calls a met target good and a missed one bad', () => {
    expect(figureStatus(compareValues(5, 6, 'higher'))).to.equal('bad');
    expect(figureStatus(compareValues(5, 5, 'higher'))).to.equal('neutral');
    expect(figureStatus({ met: true, gap: 0 })).to.equal('good');
    expect(figureStatus({ met: false, gap: 1 })).to.equal('bad');
    expect(figureStatus()).to.equal('neutral');
  });
});

describe('assessPeriod', () => {
  const figure = (value: number, unit: Figure['unit'], better: Figure['better'] = 'higher'): Figure => ({
    value,
    unit,
    better,
  });
  /** The assessment these figures always give. */
  const assess = (...args: Parameters<typeof assessPeriod>) => {
    const result = assessPeriod(...args);
    if (!result.ok) throw new Error(result.error.code);
    return result.value;
  };

  it('has no relative change for a score: NPS +30 to +45 is +15, not +50% (defect 3)', () => {
    const { changes } = assess({ current: figure(45, 'score'), previous: 30 });
    expect(changes.previous?.comparison).to.include({ change: 15, direction: 'up', news: 'good' });
    expect(changes.previous).to.include({ absolute: true, relative: null });
    expect(assess({ current: figure(45, 'score'), previous: 30 }, { change: 'relative' }).changes.previous).to.include({
      absolute: true,
      relative: null,
    });
  });

  it('has no relative change from zero, across a change of sign, or when flat: the change itself is told', () => {
    for (const previous of [0, -5, 5]) {
      const told = assess({ current: figure(5, 'number'), previous }, { change: 'relative' }).changes.previous;
      expect(told, String(previous)).to.include({ absolute: true, relative: null });
    }
  });

  it('tells a percent KPI’s change in points by default, and relatively when asked', () => {
    const { changes } = assess({ current: figure(0.03, 'percent'), previous: 0.02 });
    expect(changes.previous?.comparison.change).to.be.closeTo(0.01, 1e-12);
    expect(changes.previous).to.include({ absolute: true, relative: null });
    const both = assess({ current: figure(0.03, 'percent'), previous: 0.02 }, { change: 'both' }).changes.previous;
    expect(both?.absolute).to.equal(true);
    expect(both?.relative).to.be.closeTo(0.5, 1e-12);
  });

  it('gives both changes of money, counts and ratios by default, and either alone when asked', () => {
    expect(assess({ current: figure(180, 'currency', 'lower'), previous: 200 })).to.deep.include({ status: 'good' });
    expect(assess({ current: figure(180, 'currency', 'lower'), previous: 200 }).changes.previous).to.include({
      absolute: true,
      relative: -0.1,
    });
    expect(
      assess({ current: figure(180, 'currency'), previous: 200 }, { change: 'relative' }).changes.previous,
    ).to.include({ absolute: false, relative: -0.1 });
    expect(
      assess({ current: figure(180, 'currency'), previous: 200 }, { change: 'absolute' }).changes.previous,
    ).to.include({ absolute: true, relative: null });
  });

  it('checks the target in the figure’s direction and rates the figure by it without a previous value', () => {
    expect(assess({ current: figure(200, 'currency', 'lower'), target: 180 })).to.deep.equal({
      baselines: ['target'],
      changes: {},
      target: { met: false, gap: 20 },
      status: 'bad',
    });
    expect(assess({ current: figure(4, 'ratio') })).to.deep.equal({ baselines: [], changes: {}, status: 'neutral' });
  });

  it('compares with every baseline it has by default, and with those `compare` lists, in its order', () => {
    const figures = { current: figure(120, 'count'), previous: 100, yearAgo: 150, target: 110 };
    expect(assess(figures).baselines).to.deep.equal(['previous', 'year', 'target']);
    const listed = assess(figures, { compare: 'year, target' });
    expect(listed.baselines).to.deep.equal(['year', 'target']);
    expect(listed.changes.year?.comparison).to.include({ change: -30, direction: 'down', news: 'bad' });
    expect(listed.changes.year?.relative).to.equal(-0.2);
    // The first listed baseline rates the figure: down on a year ago, though up on last period.
    expect(listed.status).to.equal('bad');
    expect(assess(figures, { compare: 'target previous' }).status).to.equal('good');
    expect(assess({ current: figure(120, 'count') }, { compare: 'year' }).baselines).to.deep.equal(['year']);
  });

  it('names compare or change when they hold anything else', () => {
    const figures = { current: figure(120, 'count'), previous: 100 };
    const compare = assessPeriod(figures, { compare: 'previous last-year' });
    expect(!compare.ok && compare.error).to.deep.include({ code: 'invalid-option', fields: ['compare'] });
    const change = assessPeriod(figures, { change: 'percent' });
    expect(!change.ok && change.error).to.deep.include({
      code: 'invalid-option',
      fields: ['change'],
      given: 'percent',
    });
  });
});

describe('readPeriodFigures: a year earlier', () => {
  it('computes the value a year earlier from the year-ago- inputs, else year-ago-value', () => {
    const inputs = { revenue: '12000', spend: '3000', 'year-ago-revenue': '10000', 'year-ago-spend': '4000' };
    const computed = readPeriodFigures({ kpi: 'roas', read: reading(inputs) });
    expect(computed.ok && computed.value.yearAgo).to.equal(2.5);
    const ready = readPeriodFigures({ kpi: 'roas', yearAgoValue: '3', read: reading({ revenue: '8', spend: '2' }) });
    expect(ready.ok && ready.value.yearAgo).to.equal(3);
  });

  it('names the year-ago- input or year-ago-value that cannot be read', () => {
    const input = readPeriodFigures({
      kpi: 'roas',
      read: reading({ revenue: '8', spend: '2', 'year-ago-revenue': '9' }),
    });
    expect(!input.ok && input.error).to.deep.include({ code: 'missing', fields: ['year-ago-spend'] });
    const value = readPeriodFigures({ value: '4', yearAgoValue: 'four', read: reading({}) });
    expect(!value.ok && value.error).to.deep.include({ code: 'not-a-number', fields: ['year-ago-value'] });
  });
});

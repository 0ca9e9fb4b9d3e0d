import { expect } from '@open-wc/testing';
import { computeFunnel } from '../../src/kpi/funnel.js';

const close = (actual: number | null, expected: number) => expect(actual).to.be.closeTo(expected, 1e-12);

describe('computeFunnel', () => {
  const b2b = [10000, 500, 200, 80, 20];

  it('gives each step its conversion from the previous stage and from the first (the issue example)', () => {
    const { steps, overall } = computeFunnel(b2b);
    expect(steps[0]).to.include({ fromPrevious: null, fromFirst: 1, lost: null, lostShare: null, grew: false });
    [0.05, 0.4, 0.4, 0.25].forEach((rate, i) => close(steps[i + 1].fromPrevious, rate));
    [0.05, 0.02, 0.008, 0.002].forEach((rate, i) => close(steps[i + 1].fromFirst, rate));
    close(overall, 0.002);
  });

  it('counts what each step loses, in people and as a share of the stage before', () => {
    const { steps } = computeFunnel(b2b);
    expect(steps.map((step) => step.lost)).to.deep.equal([null, 9500, 300, 120, 60]);
    [0.95, 0.6, 0.6, 0.75].forEach((rate, i) => close(steps[i + 1].lostShare, rate));
  });

  it('finds the step with the biggest loss by share, the first one on a tie', () => {
    expect(computeFunnel(b2b).biggestLoss).to.equal(1);
    expect(computeFunnel([100, 50, 40, 20]).biggestLoss).to.equal(1);
    expect(computeFunnel([100, 90, 30]).biggestLoss).to.equal(2);
  });

  it('has no biggest loss when no step loses anything', () => {
    expect(computeFunnel([100, 100, 100]).biggestLoss).to.equal(null);
    expect(computeFunnel([0, 0]).biggestLoss).to.equal(null);
  });

  it('flags a stage larger than the one before and keeps its numbers as they are', () => {
    const funnel = computeFunnel([1000, 100, 120, 30]);
    expect(funnel.grown).to.deep.equal([2]);
    expect(funnel.steps[2]).to.include({ grew: true, lost: -20 });
    close(funnel.steps[2].fromPrevious, 1.2);
    close(funnel.steps[2].lostShare, -0.2);
    expect(funnel.biggestLoss).to.equal(1);
  });

  it('leaves the step after a stage of zero undefined instead of dividing by zero', () => {
    const funnel = computeFunnel([1000, 0, 0, 5]);
    expect(funnel.steps[1]).to.include({ fromPrevious: 0, lost: 1000, afterZero: false });
    expect(funnel.steps[2]).to.include({ fromPrevious: null, lostShare: null, lost: 0, afterZero: true });
    expect(funnel.steps[3]).to.include({ fromPrevious: null, afterZero: true, grew: true });
    close(funnel.steps[3].fromFirst, 0.005);
    close(funnel.overall, 0.005);
  });

  it('has no conversion from the first stage, nor overall, when the first stage is zero', () => {
    const funnel = computeFunnel([0, 0, 0]);
    expect(funnel.overall).to.equal(null);
    expect(funnel.steps.map((step) => step.fromFirst)).to.deep.equal([null, null, null]);
    expect(funnel.steps.map((step) => step.fromPrevious)).to.deep.equal([null, null, null]);
  });

  it('never gives NaN or Infinity', () => {
    for (const counts of [
      [0, 0],
      [0, 5],
      [5, 0, 0],
      [3, 9, 0, 2],
    ]) {
      const text = JSON.stringify(computeFunnel(counts, counts));
      expect(text).not.to.match(/NaN|Infinity/);
      for (const step of computeFunnel(counts, counts).steps) {
        for (const value of [step.fromPrevious, step.fromFirst, step.lostShare]) {
          if (value !== null) expect(Number.isFinite(value)).to.equal(true);
        }
      }
    }
  });

  it('compares each step with the previous period in percentage points, higher being better', () => {
    const funnel = computeFunnel(b2b, [10000, 400, 200, 60, 20]);
    const changes = funnel.steps.map((step) => step.comparison?.change ?? null);
    expect(changes[0]).to.equal(null);
    close(changes[1], 0.01);
    close(changes[2], -0.1);
    close(changes[3], 0.1);
    close(changes[4], 0.25 - 1 / 3);
    expect(funnel.steps.map((step) => step.comparison?.news ?? null)).to.deep.equal([
      null,
      'good',
      'bad',
      'good',
      'bad',
    ]);
    close(funnel.steps[1].previousFromPrevious, 0.04);
  });

  it('compares conversions as percents: a relative change only from a previous conversion that is not zero', () => {
    const funnel = computeFunnel([100, 5, 0], [100, 4, 0]);
    close(funnel.steps[1].comparison?.relative ?? null, 0.25);
    expect(computeFunnel([100, 5], [100, 0]).steps[1].comparison).to.include({ relative: null, direction: 'up' });
  });

  it('compares the whole funnel with the previous period', () => {
    const funnel = computeFunnel(b2b, [10000, 400, 200, 60, 15]);
    close(funnel.previousOverall, 0.0015);
    close(funnel.overallComparison?.change ?? null, 0.0005);
    expect(funnel.overallComparison).to.include({ direction: 'up', news: 'good' });
    expect(computeFunnel(b2b, b2b).overallComparison).to.include({ direction: 'flat', news: 'neutral' });
  });

  it('leaves out comparisons the previous period cannot give: gaps, zeros, another length', () => {
    const gaps = computeFunnel(b2b, [10000, null, 200, 80, null]);
    expect(gaps.steps.map((step) => step.comparison)).to.deep.equal([null, null, null, gaps.steps[3].comparison, null]);
    expect(gaps.steps[3].comparison).to.include({ news: 'neutral' });
    expect(gaps.previousOverall).to.equal(null);
    expect(computeFunnel(b2b, [0, 0, 0, 0, 0]).overallComparison).to.equal(null);
    const other = computeFunnel(b2b, [1, 2]);
    expect(other.previousOverall).to.equal(null);
    expect(other.steps.every((step) => step.comparison === null)).to.equal(true);
  });

  it('handles a funnel of two stages, and the degenerate ones without stages', () => {
    const two = computeFunnel([200, 50]);
    close(two.overall, 0.25);
    expect(two.biggestLoss).to.equal(1);
    expect(computeFunnel([]).overall).to.equal(null);
    expect(computeFunnel([7]).overall).to.equal(null);
  });
});

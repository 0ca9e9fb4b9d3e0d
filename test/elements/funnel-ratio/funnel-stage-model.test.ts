import { expect } from '@open-wc/testing';
import '../../helpers/packs.js';
import { en } from '../../../src/kpi/locales/en/index.js';
import { nl } from '../../../src/kpi/locales/nl/index.js';
import {
  buildStageModel,
  changeOf,
  columnFormats,
  DASH,
} from '../../../src/elements/funnel-ratio/funnel-stage-model.js';
import { compareValues } from '../../../src/kpi/compare.js';
import type { FormatOptions } from '../../../src/kpi/format.js';
import { computeFunnel } from '../../../src/kpi/funnel.js';

const EN: FormatOptions = { locale: 'en-US' };
const percent = (value: number, digits = 1) =>
  new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: digits }).format(value);
const signed = (value: number, digits = 1) =>
  new Intl.NumberFormat('en-US', { signDisplay: 'exceptZero', maximumFractionDigits: digits }).format(value);

/** The cells of every stage of a funnel of these counts. */
const cells = (counts: number[], stages: string[], previous?: (number | null)[], format = EN) => {
  const funnel = computeFunnel(counts, previous);
  return funnel.steps.map((step) => buildStageModel(step, funnel, stages, columnFormats(funnel, format), en.funnel));
};

describe('changeOf', () => {
  it('gives a change in points an arrow and a word, so colour is not the only sign', () => {
    expect(changeOf(compareValues(0.05, 0.04, 'higher', 'percent'), EN, en.funnel)).to.deep.equal({
      text: `${signed(1)} pp`,
      news: 'good',
      arrow: '▲',
      word: 'better',
    });
    expect(changeOf(compareValues(0.3, 0.4, 'higher', 'percent'), EN, en.funnel)).to.deep.include({
      text: `${signed(-10)} pp`,
      arrow: '▼',
      word: 'worse',
    });
    expect(changeOf(compareValues(0.3, 0.3, 'higher', 'percent'), EN, nl.funnel)).to.deep.include({
      arrow: '',
      word: 'gelijk',
    });
  });

  it('shows a small change with the decimals it needs, never as 0 pp', () => {
    expect(changeOf(compareValues(0.0401, 0.04, 'higher', 'percent'), EN, en.funnel).text).to.equal(
      `${signed(0.01, 2)} pp`,
    );
  });
});

describe('buildStageModel', () => {
  it('gives a stage its count, conversions and loss as text', () => {
    const [, leads] = cells([10000, 500], ['Visitors', 'Leads']);
    expect(leads).to.deep.include({ label: 'Leads', biggest: true, grew: false });
    expect(leads.count.text).to.equal(new Intl.NumberFormat('en-US').format(500));
    expect(leads.step.text).to.equal(percent(0.05));
    expect(leads.fromFirst.text).to.equal(percent(0.05));
    expect(leads.lost.text).to.equal(`${new Intl.NumberFormat('en-US').format(9500)} (${percent(0.95)})`);
  });

  it('puts a quiet reason behind the dashes of the first stage', () => {
    const [first] = cells([100, 50], ['A', 'B'], [100, 40]);
    const quiet = { text: DASH, reason: 'not applicable, first stage', quiet: true };
    expect([first.step, first.lost, first.change]).to.deep.equal([quiet, quiet, quiet]);
    expect(first.fromFirst.text).to.equal(percent(1));
  });

  it('says aloud why a step after a stage of zero has no conversion, and counts what it gained', () => {
    const [, , after] = cells([100, 0, 5], ['A', 'B', 'C']);
    expect(after.step).to.deep.equal({ text: DASH, reason: 'none, B is 0', quiet: false });
    expect(after.lost.text).to.equal('5 more');
    expect(after.grew).to.equal(true);
  });

  it('loses nothing from nothing: a count, no share', () => {
    const [, , none] = cells([100, 0, 0], ['A', 'B', 'C']);
    expect(none.lost.text).to.equal('0');
  });

  it('says when a step has no previous period to compare with', () => {
    const [, b] = cells([100, 50], ['A', 'B'], [100, null]);
    expect(b.change).to.deep.equal({ text: DASH, reason: 'no comparison', quiet: true });
  });

  it('never shows a share that is not zero as 0%, even with a fixed number of decimals', () => {
    const [, b] = cells([1000, 4], ['A', 'B'], undefined, { ...EN, decimals: 0 });
    expect(b.step.text).to.equal(percent(0.004));
  });
});

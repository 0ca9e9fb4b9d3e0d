import { expect } from '@open-wc/testing';
import '../../helpers/packs.js';
import { buildFunnelModel } from '../../../src/elements/funnel-ratio/funnel-model.js';
import { DASH } from '../../../src/elements/funnel-ratio/funnel-stage-model.js';
import { en } from '../../../src/kpi/locales/en/index.js';
import { nl } from '../../../src/kpi/locales/nl/index.js';

const PACKS = { en, nl };
import type { FormatOptions } from '../../../src/kpi/format.js';
import { fixedPercent as fixed } from '../../helpers/intl.js';

const EN: FormatOptions = { locale: 'en-US' };
const NL: FormatOptions = { locale: 'nl-NL' };
const percent = (value: number, locale = 'en-US', digits = 1) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(value);
const count = (value: number, locale = 'en-US') => new Intl.NumberFormat(locale).format(value);
const signed = (value: number, locale = 'en-US', digits = 1) =>
  new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: digits }).format(value);
/** A change in percentage points as the funnel shows it: signed, `pp` after it. */
const points = (fraction: number, locale = 'en-US', digits = 1) => `${signed(fraction * 100, locale, digits)} pp`;

const B2B = ['Visitors', 'Leads', 'MQL', 'SQL', 'Customers'];
const model = (counts: number[], previous?: (number | null)[], format = EN, stages = B2B.slice(0, counts.length)) =>
  buildFunnelModel(
    { stages, counts, ...(previous ? { previous } : {}) },
    { format, strings: PACKS[format.locale === 'nl-NL' ? 'nl' : 'en'].funnel },
  );

describe('buildFunnelModel', () => {
  it('gives each stage its count, step conversion, conversion from the first stage and loss', () => {
    const { stages, overall, figure, status } = model([10000, 500, 200, 80, 20]);
    expect(stages.map((stage) => stage.label)).to.deep.equal(B2B);
    expect(stages.map((stage) => stage.count.text)).to.deep.equal([10000, 500, 200, 80, 20].map((v) => count(v)));
    expect(stages.slice(1).map((stage) => stage.step.text)).to.deep.equal(
      [0.05, 0.4, 0.4, 0.25].map((v) => percent(v)),
    );
    expect(stages.map((stage) => stage.fromFirst.text)).to.deep.equal(
      // One number of decimals in a column: "5.0%" above "0.8%", never "5%".
      [1, 0.05, 0.02, 0.008, 0.002].map((v) => fixed(v, 1)),
    );
    expect(stages[1].lost.text).to.equal(`${count(9500)} (${percent(0.95)})`);
    expect(overall.text).to.equal(percent(0.002));
    expect(figure).to.be.closeTo(0.002, 1e-12);
    expect(status).to.equal('neutral');
  });

  it('explains the dashes: first stage (to screen readers only), and after a stage of zero (to everyone)', () => {
    const { stages } = model([1800, 96, 0, 0]);
    expect(stages[0].step).to.deep.equal({ text: DASH, reason: 'not applicable, first stage', quiet: true });
    expect(stages[0].lost).to.deep.include({ text: DASH, quiet: true });
    expect(stages[3].step).to.deep.equal({ text: DASH, reason: 'none, MQL is 0', quiet: false });
    expect(stages[2].step.text).to.equal(fixed(0, 1));
  });

  it('has no overall conversion when the first stage is zero, and says why', () => {
    const { overall, figure, stages } = model([0, 0]);
    expect(overall).to.deep.include({ text: DASH, reason: 'none, Visitors is 0' });
    expect(figure).to.equal(null);
    expect(stages[1].fromFirst.reason).to.equal('none, Visitors is 0');
  });

  it('marks the biggest drop-off, and a stage larger than the one before with what it gained', () => {
    const { stages } = model([100, 120, 30]);
    expect(stages.map((stage) => stage.biggest)).to.deep.equal([false, false, true]);
    expect(stages.map((stage) => stage.grew)).to.deep.equal([false, true, false]);
    expect(stages[1].lost.text).to.equal(`${count(20)} more`);
    expect(stages[1].step.text).to.equal(percent(1.2));
  });

  it('compares each step and the whole funnel with the previous period, in points and in words', () => {
    const { stages, columns, overallChange, status } = model([10000, 500, 200, 80, 20], [10000, 400, 200, 60, 15]);
    expect(columns).to.deep.equal(['count', 'step', 'fromFirst', 'lost', 'change']);
    expect(stages.slice(1).map(({ change }) => [change.text, change.word, change.arrow])).to.deep.equal([
      [points(0.01), 'better', '▲'],
      [points(-0.1), 'worse', '▼'],
      [points(0.1), 'better', '▲'],
      [points(0), 'no change', ''],
    ]);
    expect(stages[0].change).to.deep.include({ text: DASH, reason: 'not applicable, first stage' });
    expect(overallChange).to.deep.include({ news: 'good', word: 'better' });
    expect(status).to.equal('good');
  });

  it('shows the change column only with a previous period, and says which steps it cannot compare', () => {
    expect(model([100, 50]).columns).to.deep.equal(['count', 'step', 'fromFirst', 'lost']);
    const { stages } = model([100, 50, 10], [100, null, 5]);
    expect(stages[1].change).to.deep.include({ text: DASH, reason: 'no comparison', quiet: true });
  });

  it('never shows a share that is not zero as 0%, nor a change that is not zero as 0 pp', () => {
    // Four in a million: the funnel's own rounding stopped at three decimals, "0.000%".
    const { stages } = model([1_000_000, 4], [1_000_000, 3]);
    expect(stages[1].step.text).to.equal(percent(0.000004, 'en-US', 4));
    expect(stages[1].change.text).to.equal(points(0.000001, 'en-US', 4));
    // A fixed number of decimals is kept where it shows every share of a column, and widened for
    // the whole column where it would show one as zero.
    const whole = buildFunnelModel(
      { stages: ['A', 'B'], counts: [1000, 4] },
      { format: { ...EN, decimals: 0 }, strings: en.funnel },
    );
    expect(whole.stages[1].step.text).to.equal(percent(0.004, 'en-US', 1));
    expect(whole.stages[0].fromFirst.text).to.equal(fixed(1, 1));
    expect(whole.stages[1].lost.text).to.contain(`(${fixed(0.996, 1)})`);
  });

  it('uses the label as the title, else the default one', () => {
    const input = { stages: ['A', 'B'], counts: [10, 5] };
    expect(buildFunnelModel(input, { format: EN, strings: en.funnel, label: ' Lead funnel ' }).title).to.equal(
      'Lead funnel',
    );
    expect(buildFunnelModel(input, { format: EN, strings: en.funnel, label: '   ' }).title).to.equal(
      'Conversion funnel',
    );
    expect(buildFunnelModel(input, { format: NL, strings: nl.funnel }).title).to.equal('Conversiefunnel');
  });

  it('formats numbers and words in the locale', () => {
    const { stages, words } = model([12000, 600, 30], undefined, NL, ['Bezoekers', 'Leads', 'Klanten']);
    expect(stages[0].count.text).to.equal(count(12000, 'nl-NL'));
    expect(stages[1].step.text).to.equal(percent(0.05, 'nl-NL'));
    expect(words.stage).to.equal('Fase');
  });
});

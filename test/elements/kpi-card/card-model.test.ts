import { expect } from '@open-wc/testing';
import '../../helpers/packs.js';
import { benchmarkGeometry } from '../../../src/elements/kpi-card/benchmark-geometry.js';
import {
  buildCardModel as buildModel,
  type CardFigures,
  type CardModel,
} from '../../../src/elements/kpi-card/card-model.js';
import type { Benchmark, Figure, KpiDefinition } from '../../../src/kpi/index.js';
import type { Settings } from '../../../src/shared/settings.js';

const english: Settings = { lang: 'en', format: { locale: 'en-US' } };
const dutch: Settings = { lang: 'nl', format: { locale: 'nl-NL' } };
/** A two-sided percent range, judged in any currency. */
const range: Benchmark = { min: 0.15, max: 0.25, note: { en: 'e-mail campaigns', nl: 'e-mailcampagnes' } };
const en = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat('en-US', options);

/** A KPI definition as plain data, with the benchmark under test. */
const kpi = (unit: Figure['unit'], benchmark?: Benchmark): KpiDefinition => ({
  id: 'test-kpi',
  name: { en: 'Test KPI', nl: 'Test-KPI' },
  definition: { en: 'A KPI for tests.', nl: 'Een KPI voor tests.' },
  inputs: [],
  unit,
  better: unit === 'currency' ? 'lower' : 'higher',
  formula: () => 0,
  ...(benchmark ? { benchmark } : {}),
});

const figures = (current: Figure, more: Partial<CardFigures> = {}): CardFigures => ({
  current,
  benchmark: false,
  layoutBar: benchmarkGeometry,
  ...more,
});

/** The card's model, which these figures and settings always build. */
const buildCardModel = (...args: Parameters<typeof buildModel>): CardModel => {
  const model = buildModel(...args);
  if (!model.ok) throw new Error(`no model: ${model.error.code}`);
  return model.value;
};

/** A comparison line as the card shows it, without the baseline it is of. */
const lineOf = (model: CardModel, baseline: 'previous' | 'year' | 'target') => {
  const found = model.comparisons.find((line) => line.baseline === baseline);
  if (!found) return undefined;
  return Object.fromEntries(Object.entries(found).filter(([key]) => key !== 'baseline'));
};

describe('buildCardModel', () => {
  it('shows a ready value with its label, and no definition without a KPI', () => {
    const model = buildCardModel(
      figures({ value: 12, unit: 'number', better: 'higher' }, { label: ' Leads ' }),
      english,
    );
    expect(model).to.deep.include({
      label: 'Leads',
      figure: 12,
      value: '12',
      sentence: 'Leads: 12.',
      status: 'neutral',
    });
    expect(model.definition).to.equal(undefined);
    expect(lineOf(model, 'previous')).to.equal(undefined);
  });

  it('tells a change with its relative change, and its news', () => {
    const current: Figure = { value: 180, unit: 'currency', better: 'lower', kpi: kpi('currency') };
    const model = buildCardModel(figures(current, { previous: 200 }), english);
    const dollars = en({ style: 'currency', currency: 'USD' });
    const relative = en({ style: 'percent', signDisplay: 'exceptZero' }).format(-0.1);
    expect(lineOf(model, 'previous')).to.deep.equal({
      direction: 'down',
      news: 'good',
      text: `-${dollars.format(20)}`,
      relative: `(${relative})`,
      note: 'better vs previous period',
    });
    expect(model.sentence).to.equal(
      `Test KPI: ${dollars.format(180)}. Down ${dollars.format(20)} (10%) vs previous period, better.`,
    );
    expect(model.status).to.equal('good');
  });

  it('gives a score no relative change: +30 to +45 is +15 (defect 3)', () => {
    const model = buildCardModel(figures({ value: 45, unit: 'score', better: 'higher' }, { previous: 30 }), english);
    expect(lineOf(model, 'previous')).to.deep.equal({
      direction: 'up',
      news: 'good',
      text: '+15',
      note: 'better vs previous period',
    });
    expect(model.sentence).to.equal('+45. Up 15 vs previous period, better.');
  });

  it('capitalises the spoken change and leaves news out when nothing changed', () => {
    const model = buildCardModel(
      figures({ value: 5, unit: 'number', better: 'higher' }, { previous: 5, compareLabel: 'vs last month' }),
      dutch,
    );
    expect(model.sentence).to.equal('5. Onveranderd vs last month.');
    expect(model.status).to.equal('neutral');
  });

  it('says whether the target is met, with a dash after a ratio', () => {
    const model = buildCardModel(figures({ value: 4, unit: 'ratio', better: 'higher' }, { target: 3.5 }), english);
    expect(lineOf(model, 'target')).to.deep.equal({ met: true, text: 'Target 3.5 : 1 – met, 0.5 above' });
    expect(model.status).to.equal('good');
    const missed = buildCardModel(
      figures({ value: 0.02, unit: 'percent', better: 'higher' }, { target: 0.03 }),
      english,
    );
    expect(lineOf(missed, 'target')).to.deep.equal({ met: false, text: 'Target 3%: missed, 1 pp short' });
    expect(missed.status).to.equal('bad');
  });

  it('judges the value without a bar until its layout has loaded', () => {
    const current: Figure = { value: 0.3, unit: 'percent', better: 'higher', kpi: kpi('percent', range) };
    const model = buildCardModel(figures(current, { benchmark: true, layoutBar: undefined }), english);
    expect(model.benchmark?.text).to.equal('Above the typical range (15%–25%)');
    expect(model.benchmark?.bar).to.equal(undefined);
  });

  it('judges the value against its benchmark, with a bar', () => {
    const current: Figure = { value: 0.3, unit: 'percent', better: 'higher', kpi: kpi('percent', range) };
    const model = buildCardModel(figures(current, { benchmark: true }), english);
    expect(model.benchmark?.text).to.equal('Above the typical range (15%–25%)');
    expect(model.benchmark?.bar).not.to.equal(undefined);
    expect(model.sentence).to.contain('Above the typical range (15%–25%).');
  });

  it('quotes a range in euros for a dollar value without judging it or drawing a bar (defect 1)', () => {
    const euros: Benchmark = {
      min: 10,
      max: 500,
      currency: 'EUR',
      note: { en: 'lead generation', nl: 'leadgeneratie' },
    };
    const current: Figure = { value: 1000 / 15, unit: 'currency', better: 'lower', kpi: kpi('currency', euros) };
    const model = buildCardModel(figures(current, { benchmark: true }), english);
    const eur = en({ style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    expect(model.benchmark).to.deep.equal({ text: `Typical: ${eur.format(10)}–${eur.format(500)}` });
    const inEuros = buildCardModel(figures(current, { benchmark: true }), {
      ...english,
      format: { locale: 'en-US', currency: 'EUR' },
    });
    // Judged, the range is in the value's unit and shares its decimals: cents, as the value has.
    const cents = en({ style: 'currency', currency: 'EUR' });
    expect(inEuros.benchmark?.text).to.equal(`Within the typical range (${cents.format(10)}–${cents.format(500)})`);
    expect(inEuros.benchmark?.bar).not.to.equal(undefined);
  });

  it('shows a benchmark that is a note only as a reference, never a verdict or a bar', () => {
    const note: Benchmark = { note: { en: 'position 1 about 31.7%', nl: 'positie 1 ongeveer 31,7%' } };
    const current: Figure = { value: 0.05, unit: 'percent', better: 'higher', kpi: kpi('percent', note) };
    expect(buildCardModel(figures(current, { benchmark: true }), english).benchmark).to.deep.equal({
      text: 'For reference: position 1 about 31.7%',
    });
    const model = buildCardModel(figures(current, { benchmark: true }), dutch);
    expect(model.benchmark).to.deep.equal({ text: 'Ter vergelijking: positie 1 ongeveer 31,7%' });
    expect(model.sentence).not.to.match(/binnen|onder|boven/);
    expect(model.definition?.text).to.equal('Een KPI voor tests. Ter vergelijking: positie 1 ongeveer 31,7%.');
  });

  it('shows no benchmark unless asked, and none for a KPI without one', () => {
    const withRange: Figure = { value: 0.2, unit: 'percent', better: 'higher', kpi: kpi('percent', range) };
    expect(buildCardModel(figures(withRange), english).benchmark).to.equal(undefined);
    const without: Figure = { value: 0.2, unit: 'percent', better: 'higher', kpi: kpi('percent') };
    expect(buildCardModel(figures(without, { benchmark: true }), english).benchmark).to.equal(undefined);
  });

  it('offers the definition, with the benchmark’s range and note', () => {
    const current: Figure = { value: 0.2, unit: 'percent', better: 'higher', kpi: kpi('percent', range) };
    // A site's own name stays as written inside the sentence: it may be a brand.
    expect(buildCardModel(figures(current), english).definition).to.deep.equal({
      button: 'About Test KPI',
      text: 'A KPI for tests. Typical range: 15%–25% (e-mail campaigns).',
    });
    expect(buildCardModel(figures(current), dutch).definition).to.deep.equal({
      button: 'Uitleg over Test-KPI',
      text: 'Een KPI voor tests. Benchmark: 15%–25% (e-mailcampagnes).',
    });
  });

  it('shows the value, its target and its range with one rule for decimals (Target 22.0% beside 21.4%)', () => {
    const current: Figure = { value: 0.214, unit: 'percent', better: 'higher', kpi: kpi('percent', range) };
    const model = buildCardModel(figures(current, { target: 0.22, benchmark: true }), english);
    const one = en({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(model.value).to.equal(one.format(0.214));
    expect((lineOf(model, 'target') as { text: string } | undefined)?.text).to.match(
      new RegExp(`^Target ${one.format(0.22)}: missed`),
    );
    expect(model.benchmark?.text).to.equal(`Within the typical range (${one.format(0.15)}–${one.format(0.25)})`);
    expect(model.definition?.text).to.contain(`${one.format(0.15)}–${one.format(0.25)}`);
    // A target that needs no decimal beside a value that needs none: no decimals anywhere.
    const whole = buildCardModel(figures({ ...current, value: 0.2 }, { target: 0.22, benchmark: true }), english);
    expect([whole.value, whole.benchmark?.text]).to.deep.equal(['20%', 'Within the typical range (15%–25%)']);
  });

  it('gives every figure the page’s decimals: no "Target 3.00%" beside a range of "2%–5%"', () => {
    const current: Figure = {
      value: 0.0286,
      unit: 'percent',
      better: 'higher',
      kpi: kpi('percent', { ...range, min: 0.02, max: 0.05 }),
    };
    const model = buildCardModel(figures(current, { target: 0.03, benchmark: true }), {
      ...english,
      format: { locale: 'en-US', decimals: 2 },
    });
    const two = en({ style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(model.value).to.equal(two.format(0.0286));
    expect((lineOf(model, 'target') as { text: string } | undefined)?.text).to.contain(`Target ${two.format(0.03)}`);
    expect(model.benchmark?.range).to.equal(`${two.format(0.02)}–${two.format(0.05)}`);
    expect(model.benchmark?.bar).to.deep.include({
      value: two.format(0.0286),
      min: two.format(0.02),
      max: two.format(0.05),
    });
  });

  it('labels the bar: the value at its marker, the range at its ends (one end for a one-sided range)', () => {
    const current: Figure = { value: 0.3, unit: 'percent', better: 'higher', kpi: kpi('percent', range) };
    const bar = buildCardModel(figures(current, { benchmark: true }), english).benchmark?.bar;
    expect(bar).to.deep.include({ value: '30%', min: '15%', max: '25%' });
    const atLeast: Figure = {
      value: 4,
      unit: 'ratio',
      better: 'higher',
      kpi: kpi('ratio', { min: 3, note: range.note }),
    };
    const model = buildCardModel(figures(atLeast, { benchmark: true }), english);
    expect(model.benchmark).to.deep.include({ verdict: 'Within the typical range', range: '≥ 3 : 1' });
    expect(model.benchmark?.bar).to.deep.include({ value: '4 : 1', min: '3 : 1' });
    expect(model.benchmark?.bar?.max).to.equal(undefined);
  });
});

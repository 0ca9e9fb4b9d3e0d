import { expect } from '@open-wc/testing';
import '../../helpers/packs.js';
import { gaugeModel, type Shape } from '../../../src/elements/goal-gauge/gauge-model.js';
import { getKpi, readGoalSetup, type Figure, type GoalAttributes, type Lang } from '../../../src/kpi/index.js';

const LOCALES: Record<Lang, string> = { en: 'en-US', nl: 'nl-NL' };
const number = (value: number, locale = 'en-US', digits = 1) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
const percent = (share: number, locale = 'en-US') =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
/** A share as the gauge shows it: a whole percent. */
const whole = (share: number, locale = 'en-US') =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
const euro = (value: number, locale = 'en-US') =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value);

const modelOf = (
  figure: Figure,
  attributes: GoalAttributes,
  { lang = 'en', label, shape = 'arc' }: { lang?: Lang; label?: string; shape?: Shape } = {},
) => {
  const setup = readGoalSetup(attributes, figure);
  if (!setup.ok) throw new Error(setup.error.code);
  const format = { locale: LOCALES[lang], currency: 'EUR' };
  return gaugeModel({ figure, setup: setup.value, shape, lang, format, ...(label ? { label } : {}) });
};
const visitors: Figure = { value: 19400, unit: 'count', better: 'higher' };
const cpa: Figure = { value: 62.5, unit: 'currency', better: 'lower' };
const conversion: Figure = { value: 0.025, unit: 'percent', better: 'higher', kpi: getKpi('conversion-rate') };

describe('gauge model', () => {
  it('says the value against the goal, the percent of goal and what is left', () => {
    const model = modelOf(visitors, { goal: '20000' }, { label: 'Visitors' });
    expect(model).to.include({
      label: 'Visitors',
      headline: whole(0.97),
      caption: 'of goal',
      valueLine: `${number(19400)} of ${number(20000)}`,
      remaining: `${number(600)} to go`,
      valueText: `Visitors: ${number(19400)} of ${number(20000)}, ${whole(0.97)} of goal`,
      value: 19400,
      text: number(19400),
      status: 'neutral',
    });
    expect(model).not.to.have.property('pace');
  });

  it('counts from a baseline: one headline, the way, and the share of the goal explained under it', () => {
    const model = modelOf(visitors, { goal: '20000', baseline: '8000' }, { label: 'Visitors' });
    expect(model).to.include({ headline: whole(0.95), caption: 'of the way' });
    // The 95 % is not repeated under it; the 97 % says what it is a share of.
    expect(model.secondary).to.deep.equal([`From a start of ${number(8000)}`, `${whole(0.97)} of goal overall`]);
    expect(model.valueText).to.equal(
      `Visitors: ${number(19400)} of ${number(20000)}, ${whole(0.95)} of the way from ${number(8000)}, ${whole(0.97)} of goal overall`,
    );
    expect(modelOf(visitors, { goal: '20000' })).not.to.have.property('secondary');
  });

  it('shows shares as whole percents, with a decimal only where a whole would read 100 % short of the goal', () => {
    expect(modelOf(cpa, { goal: '50', baseline: '80' }).headline).to.equal(whole(17.5 / 30));
    expect(modelOf({ ...visitors, value: 19920 }, { goal: '20000' }).headline).to.equal(percent(0.996));
  });

  it('colors a ceiling exceeded as bad, as its words say, undated too; not before a dated period starts', () => {
    const over = modelOf(cpa, { goal: '50' });
    expect(over).to.include({ status: 'bad', remaining: `${euro(12.5)} above the goal` });
    expect(over.meter.level).to.equal('bad');
    const early = modelOf(cpa, {
      goal: '50',
      baseline: '80',
      periodStart: '2026-03',
      periodEnd: '2026-03',
      asOf: '2026-02-10',
    });
    expect(early.status).to.equal('neutral');
    // A higher-is-better goal on its way is no bad news until a pace says so.
    expect(modelOf(visitors, { goal: '20000' }).meter.level).to.equal('neutral');
  });

  it('follows one rule for money across the gauge: no cents from a goal of 100 up', () => {
    const revenue: Figure = { value: 182500, unit: 'currency', better: 'higher' };
    const model = modelOf(revenue, {
      goal: '250000',
      periodStart: '2026-04',
      periodEnd: '2026-06',
      asOf: '2026-05-20',
    });
    const wholeEuro = (value: number) =>
      new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
    expect(model.valueLine).to.equal(`${wholeEuro(182500)} of ${wholeEuro(250000)}`);
    expect(model.remaining).to.equal(`${wholeEuro(67500)} to go`);
    expect(model.pace?.lines[0]).to.equal(`Expected ${wholeEuro((250000 * 50) / 91)} by now`);
    expect(modelOf(cpa, { goal: '50' })).to.include({ headline: euro(62.5), valueLine: `Goal at most ${euro(50)}` });
  });

  it('gives a percent KPI’s levels in percent and only its differences in points', () => {
    const model = modelOf(conversion, { goal: '3%', baseline: '2%' });
    expect(model.label).to.equal('Conversion rate');
    expect(model.valueLine).to.equal(`${percent(0.025)} of ${percent(0.03)}`);
    expect(model.remaining).to.equal(`${number(0.5)} pp to go`);
    expect(model.secondary?.[0]).to.equal(`From a start of ${percent(0.02)}`);
    const met = modelOf({ ...conversion, value: 0.0304 }, { goal: '3%' });
    expect(met.remaining).to.equal(`Goal met, ${number(0.04, 'en-US', 2)} pp over`);
  });

  it('follows a lower-is-better KPI, and a score’s difference has no sign', () => {
    // A ceiling's headline is its value, not "80% of goal", which would read as progress.
    expect(modelOf(cpa, { goal: '50' }, { label: 'CPA' })).to.include({
      headline: euro(62.5),
      caption: '',
      valueLine: `Goal at most ${euro(50)}`,
      remaining: `${euro(12.5)} above the goal`,
      valueText: `CPA: ${euro(62.5)}, goal at most ${euro(50)}`,
      status: 'bad',
    });
    // From a baseline, the way made down to the ceiling is the headline again.
    expect(modelOf(cpa, { goal: '50', baseline: '75' })).to.include({ headline: whole(0.5), caption: 'of the way' });
    expect(modelOf({ ...cpa, value: 45 }, { goal: '50' })).to.include({
      remaining: `Goal met, ${euro(5)} under`,
      status: 'good',
    });
    const nps: Figure = { value: 30, unit: 'score', better: 'higher' };
    expect(modelOf(nps, { goal: '40' }).remaining).to.equal(`${number(10)} to go`);
  });

  it('says the band in words, and the pace in the value text', () => {
    const banded = modelOf({ ...visitors, value: 26 }, { goal: '40', bands: '50%,80%' }, { label: 'Mentions' });
    expect(banded.zone).to.equal('Zone: warning');
    expect(banded.valueText).to.equal(`Mentions: 26 of 40, ${whole(0.65)} of goal, zone: warning`);
    const paced = modelOf(
      { ...visitors, value: 500 },
      {
        goal: '1000',
        periodStart: '2026-02',
        periodEnd: '2026-02',
        asOf: '2026-02-14',
      },
    );
    expect(paced.pace?.badge.text).to.equal('On track');
    expect(paced.valueText).to.match(/, on track$/);
    expect(paced.status).to.equal('good');
  });

  it('shows the value itself when there is no percent to show', () => {
    const model = modelOf({ ...cpa, value: 0 }, { goal: '50' });
    expect(model).to.include({ headline: euro(0), caption: '', remaining: `Goal met, ${euro(50)} under` });
  });

  it('speaks Dutch, with the KPI’s Dutch name and Dutch numbers', () => {
    const model = modelOf(conversion, { goal: '3%', baseline: '2%' }, { lang: 'nl' });
    expect(model).to.include({
      label: 'Conversieratio',
      caption: 'van het traject',
      valueLine: `${percent(0.025, 'nl-NL')} van ${percent(0.03, 'nl-NL')}`,
      remaining: `Nog ${number(0.5, 'nl-NL')} pp te gaan`,
    });
    expect(model.valueText).to.contain(`${whole(0.5, 'nl-NL')} van het traject vanaf ${percent(0.02, 'nl-NL')}`);
    expect(model.secondary).to.deep.equal([
      `Vanaf de beginstand van ${percent(0.02, 'nl-NL')}`,
      `${whole(0.025 / 0.03, 'nl-NL')} van het doel in totaal`,
    ]);
  });
});

import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
import { formatRange, isBounded, judgeBenchmark, type Benchmark } from '../../src/kpi/index.js';

const note = { en: 'a note', nl: 'een notitie' };
const eur = (locale: string) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
/** How a quoted range writes round amounts of money: without cents. */
const round = (locale: string, currency: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
const percent = (locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });

describe('judgeBenchmark', () => {
  const euros: Benchmark = { min: 10, max: 500, currency: 'EUR', note };

  it('does not judge a dollar figure against a range in euros, and quotes the range in euros (defect 1)', () => {
    const judged = judgeBenchmark(1000 / 15, euros, 'currency', { locale: 'en-US' });
    expect(judged).to.deep.equal({ range: `${round('en-US', 'EUR').format(10)}–${round('en-US', 'EUR').format(500)}` });
    expect(judgeBenchmark(66.67, euros, 'currency', { locale: 'en-US', currency: 'GBP' })).not.to.have.property(
      'placement',
    );
  });

  it('judges a figure in the range’s own currency, given or the locale’s', () => {
    expect(judgeBenchmark(66.67, euros, 'currency', { locale: 'en-US', currency: 'EUR' })).to.include({
      placement: 'within',
    });
    expect(judgeBenchmark(600, euros, 'currency', { locale: 'nl-NL' })).to.deep.equal({
      range: `${round('nl-NL', 'EUR').format(10)}–${round('nl-NL', 'EUR').format(500)}`,
      placement: 'above',
    });
    const dollars: Benchmark = { min: 10, max: 500, currency: 'usd', note };
    expect(judgeBenchmark(5, dollars, 'currency', { locale: 'en-US' })).to.deep.equal({
      range: `${round('en-US', 'USD').format(10)}–${round('en-US', 'USD').format(500)}`,
      placement: 'below',
    });
  });

  it('judges a range with no currency in any currency', () => {
    const judged = judgeBenchmark(0.3, { min: 0.15, max: 0.25, note }, 'percent', { locale: 'en-US' });
    expect(judged).to.deep.equal({
      range: `${percent('en-US').format(0.15)}–${percent('en-US').format(0.25)}`,
      placement: 'above',
    });
  });

  it('counts the bounds as inside the range', () => {
    const range: Benchmark = { min: 3, max: 4, note };
    expect(judgeBenchmark(3, range, 'ratio', { locale: 'en-US' }).placement).to.equal('within');
    expect(judgeBenchmark(4, range, 'ratio', { locale: 'en-US' }).placement).to.equal('within');
    expect(judgeBenchmark(4.01, range, 'ratio', { locale: 'en-US' }).placement).to.equal('above');
  });

  it('judges nothing and quotes no range for a benchmark that is a note only', () => {
    expect(judgeBenchmark(0.2, { note }, 'percent', { locale: 'en-US' })).to.deep.equal({});
    expect(judgeBenchmark(12, { note, currency: 'EUR' }, 'currency', { locale: 'nl-NL' })).to.deep.equal({});
  });
});

describe('formatRange', () => {
  it('writes a ratio range with ": 1" once', () => {
    expect(formatRange({ min: 3, max: 4 }, 'ratio', { locale: 'en-US' })).to.equal('3–4 : 1');
    expect(formatRange({ min: 3 }, 'ratio', { locale: 'en-US' })).to.equal('≥ 3 : 1');
  });

  it('writes one-sided ranges as at least or at most', () => {
    expect(formatRange({ min: 0.005 }, 'percent', { locale: 'en-US' })).to.equal(`≥ ${percent('en-US').format(0.005)}`);
    expect(formatRange({ max: 0.02 }, 'percent', { locale: 'nl-NL' })).to.equal(`≤ ${percent('nl-NL').format(0.02)}`);
  });

  it('keeps the bounds’ own decimals whatever decimals the value is shown with', () => {
    // With decimals="0" a bound of 0.5 % would read "≥ 1%".
    expect(formatRange({ min: 0.005 }, 'percent', { locale: 'en-US', decimals: 0 })).to.equal(
      `≥ ${percent('en-US').format(0.005)}`,
    );
  });

  it('writes money in the currency it is given, without cents on round amounts', () => {
    const whole = (locale: string) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    expect(formatRange({ min: 10, max: 500 }, 'currency', { locale: 'en-US', currency: 'EUR' })).to.equal(
      `${whole('en-US').format(10)}–${whole('en-US').format(500)}`,
    );
    expect(formatRange({ min: 10, max: 500 }, 'currency', { locale: 'nl-NL', currency: 'EUR' })).to.equal(
      `${whole('nl-NL').format(10)}–${whole('nl-NL').format(500)}`,
    );
    expect(formatRange({ min: 12.5 }, 'currency', { locale: 'en-US', currency: 'EUR' })).to.equal(
      `≥ ${eur('en-US').format(12.5)}`,
    );
  });
});

describe('isBounded', () => {
  it('needs a bound', () => {
    expect(isBounded({})).to.equal(false);
    expect(isBounded({ min: 0 })).to.equal(true);
    expect(isBounded({ max: 0 })).to.equal(true);
  });
});

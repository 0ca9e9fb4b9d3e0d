import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
import {
  defaultCurrency,
  formatBounds,
  formatChange,
  formatEstimate,
  formatMagnitude,
  formatNeed,
  formatPoints,
  formatRelative,
  formatShare,
  formatValue,
  isCurrencyCode,
  langOf,
  columnDecimals,
  sharedDecimals,
  smallestShown,
  type FormatOptions,
} from '../../src/kpi/index.js';
import type { Unit } from '../../src/kpi/types.js';
import { fixedPercent as percent } from '../helpers/intl.js';
// Not yet through the engine's index (the lead's file): straight from the module.

const en = { locale: 'en-US' } as const;
const nl = { locale: 'nl-NL' } as const;

describe('formatValue', () => {
  it('shows percent KPIs from fractions, with one decimal at most', () => {
    expect(formatValue(0.0294, 'percent', en)).to.equal('2.9%');
    expect(formatValue(0.0294, 'percent', nl)).to.equal('2,9%');
    expect(formatValue(0.03, 'percent', en)).to.equal('3%');
  });

  it('never shows a minus on a value that rounds to zero', () => {
    expect(formatValue(-9e-323, 'percent', en)).to.equal(
      new Intl.NumberFormat('en-US', { style: 'percent' }).format(0),
    );
    expect(formatValue(-0.0001, 'currency', { ...en, currency: 'EUR' })).to.equal('€0.00');
    expect(formatValue(-0.4, 'count', nl)).to.equal('0');
    expect(formatValue(-2, 'count', nl)).to.equal('-2');
  });

  it('shows money in the given currency, else the locale region’s', () => {
    expect(formatValue(1250.5, 'currency', { ...en, currency: 'EUR' })).to.equal(
      new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(1250.5),
    );
    expect(formatValue(1250.5, 'currency', nl)).to.equal(
      new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(1250.5),
    );
    expect(formatValue(200, 'currency', en)).to.equal('$200.00');
  });

  it('shows ratios as "x : 1" in the locale’s decimals', () => {
    expect(formatValue(4, 'ratio', en)).to.equal('4 : 1');
    expect(formatValue(2.5, 'ratio', nl)).to.equal('2,5 : 1');
  });

  it('shows scores signed, counts whole and grouped', () => {
    expect(formatValue(45, 'score', en)).to.equal('+45');
    expect(formatValue(-12, 'score', nl)).to.equal('-12');
    expect(formatValue(0, 'score', en)).to.equal('0');
    expect(formatValue(645286, 'count', en)).to.equal('645,286');
    expect(formatValue(645286, 'count', nl)).to.equal('645.286');
  });

  it('honours decimals and compact notation', () => {
    expect(formatValue(0.0294, 'percent', { ...en, decimals: 2 })).to.equal('2.94%');
    expect(formatValue(4, 'ratio', { ...en, decimals: 1 })).to.equal('4.0 : 1');
    expect(formatValue(1_234_567, 'count', { ...en, notation: 'compact' })).to.equal(
      new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(1_234_567),
    );
    expect(formatValue(1_234_567, 'currency', { ...nl, notation: 'compact' })).to.equal(
      new Intl.NumberFormat('nl-NL', {
        style: 'currency',
        currency: 'EUR',
        notation: 'compact',
        maximumFractionDigits: 1,
      }).format(1_234_567),
    );
  });
});

describe('formatting changes', () => {
  it('reports percent KPI changes in percentage points', () => {
    expect(formatPoints(0.01, en)).to.equal('+1 pp');
    expect(formatPoints(-0.005, nl)).to.equal('-0,5 pp');
    expect(formatPoints(0.01, en, true)).to.equal('+1 percentage point');
    expect(formatPoints(0.015, en, true)).to.equal('+1.5 percentage points');
    expect(formatPoints(0.01, nl, true)).to.equal('+1 procentpunt');
    expect(formatPoints(0.02, nl, true)).to.equal('+2 procentpunt');
    expect(formatChange(0.01, 'percent', en)).to.equal('+1 pp');
  });

  it('reports 2 % → 3 % as +1 pp and +50 %', () => {
    expect(formatChange(0.03 - 0.02, 'percent', en)).to.equal('+1 pp');
    expect(formatRelative(0.5, en)).to.equal('+50%');
  });

  it('signs changes in the KPI’s unit', () => {
    expect(formatChange(-20, 'currency', { ...en, currency: 'USD' })).to.equal('-$20.00');
    expect(formatChange(0.5, 'ratio', en)).to.equal('+0.5');
    expect(formatChange(3, 'count', nl)).to.equal('+3');
    expect(formatChange(0, 'count', en)).to.equal('0');
  });

  it('shows a small change with the decimals it needs, never as a zero beside an arrow', () => {
    expect(formatPoints(0.0004, en)).to.equal('+0.04 pp');
    expect(formatPoints(-0.00048, nl, true)).to.equal('-0,05 procentpunt');
    expect(formatRelative(0.0002, en)).to.equal('+0.02%');
    expect(formatChange(0.03, 'ratio', en)).to.equal('+0.03');
    expect(formatMagnitude(0.0004, 'percent', en, true)).to.equal('0.04 percentage points');
    // Three decimals more at most: a change below that is shown as the unit rounds it.
    expect(formatPoints(0.0000001, en)).to.equal('0 pp');
    // A precision the page chose is where the extra decimals start; the change itself is never zero.
    expect(formatPoints(0.0004, { ...en, decimals: 1 })).to.equal('+0.04 pp');
    expect(formatPoints(0.0004, { ...en, decimals: 0 })).to.equal('+0.04 pp');
    expect(formatPoints(0.004, { ...en, decimals: 0 })).to.equal('+0.4 pp');
    expect(formatPoints(0.02, { ...en, decimals: 2 })).to.equal('+2.00 pp');
    expect(formatChange(0.004, 'count', { ...en, notation: 'compact' })).to.equal('+0.004');
    expect(formatChange(1234, 'count', { ...en, notation: 'compact' })).to.equal('+1.2K');
    // Money keeps its cents: less than a cent is no change to show.
    expect(formatChange(0.004, 'currency', { ...en, currency: 'EUR' })).to.equal('€0.00');
  });
});

describe('numbers that cannot be shown', () => {
  it('show nothing, never NaN or ∞, in every formatter', () => {
    for (const value of [Number.NaN, Infinity, -Infinity]) {
      expect(formatValue(value, 'percent', en)).to.equal('');
      expect(formatValue(value, 'ratio', en)).to.equal('');
      expect(formatChange(value, 'currency', en)).to.equal('');
      expect(formatChange(value, 'percent', en, true)).to.equal('');
      expect(formatPoints(value, nl)).to.equal('');
      expect(formatRelative(value, en)).to.equal('');
      expect(formatMagnitude(value, 'percent', en, true)).to.equal('');
    }
  });
});

describe('locale helpers', () => {
  it('speaks the language of a locale the kit has a pack for, and English otherwise', () => {
    expect(langOf('nl-BE')).to.equal('nl');
    expect(langOf('nl')).to.equal('nl');
    expect(langOf('en-GB')).to.equal('en');
    expect(langOf('de-AT')).to.equal('de');
    expect(langOf('fr-BE')).to.equal('fr');
    expect(langOf('sv-SE')).to.equal('en');
  });

  it('picks the currency of the locale’s region', () => {
    expect(defaultCurrency('nl-NL')).to.equal('EUR');
    expect(defaultCurrency('nl')).to.equal('EUR');
    expect(defaultCurrency('en-US')).to.equal('USD');
    expect(defaultCurrency('en-GB')).to.equal('GBP');
    expect(defaultCurrency('en')).to.equal('USD');
  });

  it('knows currencies by the codes Intl supports, not any three letters', () => {
    expect(isCurrencyCode('EUR')).to.equal(true);
    expect(isCurrencyCode('usd')).to.equal(true);
    for (const code of ['XYZ', 'NaN', 'EU', 'EURO', '€']) expect(isCurrencyCode(code), code).to.equal(false);
  });
});

describe('formatMagnitude', () => {
  it('gives the size of a change without its sign, for sentences', () => {
    expect(formatMagnitude(-20, 'currency', { locale: 'en-US', currency: 'USD' })).to.equal('$20.00');
    expect(formatMagnitude(-0.01, 'percent', { locale: 'en-US' }, true)).to.equal('1 percentage point');
    expect(formatMagnitude(0.005, 'percent', { locale: 'nl-NL' })).to.equal('0,5 pp');
    expect(formatMagnitude(-0.8, 'ratio', { locale: 'en-US' })).to.equal('0.8');
  });
});

describe('formatEstimate, formatNeed and smallestShown', () => {
  const percent = (share: number, locale: string, digits = 1) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(share);
  const plain = (value: number, locale: string, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  const euro = (value: number, locale: string, digits?: number) =>
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      ...(digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    }).format(value);

  it('shows an estimated level of a percent KPI as a percent, never in points', () => {
    expect(formatEstimate(0.025, 'percent', en)).to.equal(percent(0.025, 'en-US'));
    expect(formatEstimate(0.025, 'percent', nl)).to.equal(percent(0.025, 'nl-NL'));
    expect(formatEstimate(0.025, 'percent', en)).not.to.contain('pp');
  });

  it('rounds an estimated amount of money from 100 up to whole units, and keeps other units', () => {
    const eur = { currency: 'EUR' };
    expect(formatEstimate(137363.2, 'currency', { ...en, ...eur })).to.equal(euro(137363.2, 'en-US', 0));
    expect(formatEstimate(137363.2, 'currency', { ...nl, ...eur })).to.equal(euro(137363.2, 'nl-NL', 0));
    expect(formatEstimate(62.5, 'currency', { ...en, ...eur })).to.equal(euro(62.5, 'en-US'));
    expect(formatEstimate(137363.2, 'currency', { ...en, ...eur, decimals: 2 })).to.equal(euro(137363.2, 'en-US', 2));
    expect(formatEstimate(3.5, 'ratio', en)).to.equal(`${plain(3.5, 'en-US', 1)} : 1`);
    expect(formatEstimate(400, 'count', en)).to.equal(plain(400, 'en-US', 0));
  });

  it('shows a need as a difference: points for a percent, no sign, the decimals it needs', () => {
    expect(formatNeed(0.004, 'percent', en)).to.equal(`${plain(0.4, 'en-US', 1)} pp`);
    expect(formatNeed(0.004, 'percent', nl)).to.equal(`${plain(0.4, 'nl-NL', 1)} pp`);
    expect(formatNeed(0.0003, 'percent', en)).to.equal(`${plain(0.03, 'en-US', 2)} pp`);
    expect(formatNeed(-0.004, 'percent', en)).to.equal(`${plain(0.4, 'en-US', 1)} pp`);
  });

  it('shows a count’s need as an average, with a decimal, and money’s from 100 up without cents', () => {
    expect(formatNeed(500 / 14, 'count', en)).to.equal(plain(500 / 14, 'en-US', 1));
    expect(formatNeed(500 / 14, 'count', nl)).to.equal(plain(500 / 14, 'nl-NL', 1));
    expect(formatNeed(1646.3, 'currency', { ...en, currency: 'EUR' })).to.equal(euro(1646.3, 'en-US', 0));
    expect(formatNeed(12.5, 'currency', { ...en, currency: 'EUR' })).to.equal(euro(12.5, 'en-US'));
    expect(formatNeed(2.5, 'score', en)).to.equal(plain(2.5, 'en-US', 1));
  });

  it('knows the smallest amount each unit shows', () => {
    expect(smallestShown('count', en)).to.equal(1);
    expect(smallestShown('score', { ...en, decimals: 2 })).to.equal(1);
    expect(smallestShown('percent', en)).to.be.closeTo(0.001, 1e-15);
    expect(smallestShown('percent', { ...en, decimals: 2 })).to.be.closeTo(0.0001, 1e-15);
    expect(smallestShown('currency', { ...en, currency: 'EUR' })).to.be.closeTo(0.01, 1e-15);
    expect(smallestShown('currency', { ...en, currency: 'JPY' })).to.equal(1);
    expect(smallestShown('ratio', en)).to.be.closeTo(0.1, 1e-15);
  });
});

describe('formatShare', () => {
  it('shows a share at the usual decimal, no more', () => {
    expect(formatShare(0.05, { locale: 'en-US' })).to.equal(
      new Intl.NumberFormat('en-US', { style: 'percent' }).format(0.05),
    );
    expect(formatShare(0.256, { locale: 'en-US' })).to.equal(percent(0.256, 1));
  });

  it('never shows a share that is not zero as 0%', () => {
    expect(formatShare(0.000004, { locale: 'en-US' })).to.equal(percent(0.000004, 4));
    expect(formatShare(0.004, { locale: 'en-US', decimals: 0 })).to.equal(percent(0.004, 1));
    expect(formatShare(0, { locale: 'en-US' })).to.equal(percent(0, 0));
  });

  it('never shows a share short of the whole as 100%: 996 of 1,000 lost is 99.6%', () => {
    expect(formatShare(0.996, { locale: 'en-US', decimals: 0 })).to.equal(percent(0.996, 1));
    expect(formatShare(0.99996, { locale: 'en-US' })).to.equal(percent(0.99996, 3));
    expect(formatShare(1, { locale: 'nl-NL' })).to.equal(
      new Intl.NumberFormat('nl-NL', { style: 'percent' }).format(1),
    );
  });
});

describe('sharedDecimals', () => {
  const shown = (value: number, quoted: (number | undefined)[], unit: Unit, options: FormatOptions = en) => {
    const shared = sharedDecimals(value, quoted, unit, options);
    return [value, ...quoted].map((figure) => (figure === undefined ? '' : formatValue(figure, unit, shared)));
  };

  it('gives a value, its target and its range one number of decimals: 21.4% beside 22.0%, never 22%', () => {
    expect(shown(0.214, [0.22, 0.15, 0.25], 'percent')).to.deep.equal(
      [0.214, 0.22, 0.15, 0.25].map((figure) => percent(figure, 1)),
    );
  });

  it('keeps whole figures whole, and gives them the decimal a quoted figure needs', () => {
    expect(shown(0.03, [0.03, 0.02, 0.05], 'percent')).to.deep.equal(['3%', '3%', '2%', '5%']);
    expect(shown(0.03, [0.035], 'percent')).to.deep.equal([percent(0.03, 1), percent(0.035, 1)]);
    expect(shown(4, [3.5], 'ratio')).to.deep.equal(['4.0 : 1', '3.5 : 1']);
  });

  it('gives every figure the page’s decimals: never "Target 3.00%" beside a range of "2%–5%"', () => {
    const options = { ...en, decimals: 2 };
    expect(shown(0.0286, [0.03, 0.02, 0.05], 'percent', options)).to.deep.equal(
      [0.0286, 0.03, 0.02, 0.05].map((figure) => percent(figure, 2)),
    );
    expect(formatBounds(0.02, 0.05, 'percent', sharedDecimals(0.0286, [0.02, 0.05], 'percent', options))).to.equal(
      `${percent(0.02, 2)}–${percent(0.05, 2)}`,
    );
  });

  it('never rounds a quoted figure to another: a target of 0.5% under decimals="0" keeps its decimal', () => {
    expect(shown(0.0346, [0.005], 'percent', { ...en, decimals: 0 })).to.deep.equal([
      percent(0.0346, 1),
      percent(0.005, 1),
    ]);
    // The value alone is rounded as the page asked.
    expect(shown(0.0346, [], 'percent', { ...en, decimals: 0 })).to.deep.equal([percent(0.0346, 0)]);
  });

  it('keeps money in its minor units, and leaves compact notation and figures that are not finite alone', () => {
    const euros = { ...en, currency: 'EUR' };
    const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' });
    expect(shown(180, [200, 10, 500], 'currency', euros)).to.deep.equal([180, 200, 10, 500].map(money.format));
    expect(sharedDecimals(1234567, [1000], 'count', { ...en, notation: 'compact' })).to.deep.equal({
      ...en,
      notation: 'compact',
    });
    expect(sharedDecimals(Number.NaN, [Number.POSITIVE_INFINITY, undefined], 'percent', en)).to.deep.equal({
      ...en,
      decimals: 0,
    });
  });
});

describe('formatBounds', () => {
  it('writes a range, a one-sided range and a ratio range with its ": 1" once', () => {
    expect(formatBounds(0.15, 0.25, 'percent', en)).to.equal('15%–25%');
    expect(formatBounds(0.005, undefined, 'percent', en)).to.equal('≥ 0.5%');
    expect(formatBounds(undefined, 40, 'currency', { ...en, currency: 'EUR' })).to.equal('≤ €40.00');
    expect(formatBounds(3, 4, 'ratio', en)).to.equal('3–4 : 1');
    expect(formatBounds(undefined, undefined, 'ratio', en)).to.equal('');
  });
});

describe('columnDecimals', () => {
  const column = (shares: (number | null)[], options: FormatOptions = en) => {
    const shared = columnDecimals(shares, 'shares', options);
    return shares.map((share) => (share === null ? '' : formatShare(share, shared)));
  };

  it('gives a column of shares one number of decimals: 5.0% above 0.8%, never 5%', () => {
    expect(column([1, 0.05, 0.02, 0.008, 0.002])).to.deep.equal(
      [1, 0.05, 0.02, 0.008, 0.002].map((v) => percent(v, 1)),
    );
    expect(column([null, 0.05, 0.4, 0.25])).to.deep.equal(['', '5%', '40%', '25%']);
  });

  it('widens the whole column where one share would read as zero or the whole', () => {
    expect(column([0.5, 0.00004])).to.deep.equal([percent(0.5, 3), percent(0.00004, 3)]);
    expect(column([0.9996, 0.5])).to.deep.equal([percent(0.9996, 2), percent(0.5, 2)]);
    // The page's decimals hold where they show every share, and widen only where they would not.
    expect(column([0.5, 0.25], { ...en, decimals: 0 })).to.deep.equal(['50%', '25%']);
    expect(column([1, 0.004], { ...en, decimals: 0 })).to.deep.equal([percent(1, 1), percent(0.004, 1)]);
  });

  it('gives a column of changes in points one number of decimals, never "0 pp" for a change', () => {
    const changes = [0.01, -0.001, 0.00001];
    const shared = columnDecimals(changes, 'points', en);
    const points = (value: number, digits: number) =>
      `${new Intl.NumberFormat('en-US', { signDisplay: 'exceptZero', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value * 100)} pp`;
    expect(changes.map((change) => formatPoints(change, shared))).to.deep.equal(changes.map((v) => points(v, 3)));
  });

  it('leaves a column without figures as the page set it', () => {
    expect(columnDecimals([null, undefined, Number.NaN], 'shares', en)).to.deep.equal({ ...en, decimals: 0 });
  });
});

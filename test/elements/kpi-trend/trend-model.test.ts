import { expect } from '@open-wc/testing';
import '../../helpers/packs.js';
import { describeError } from '../../../src/kpi/index.js';
import {
  describePeriod,
  readTrendModel,
  type TrendInputs,
  type TrendModel,
} from '../../../src/elements/kpi-trend/trend-model.js';
import { fixedPercent } from '../../helpers/intl.js';

const percent = (value: number, locale = 'en-US') =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
const money = (value: number, locale = 'en-US', currency = 'USD') =>
  new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
/** A change in percentage points as a sentence reads it aloud: "+0.5 percentage points". */
const spokenPoints = (change: number, locale = 'en-US') => {
  const points = Math.round(change * 1000) / 10;
  const words: Record<string, [string, string]> = {
    en: ['percentage point', 'percentage points'],
    // Dutch counts points in the singular after a number: "0,8 procentpunt".
    nl: ['procentpunt', 'procentpunt'],
    de: ['Prozentpunkt', 'Prozentpunkte'],
    fr: ['point de pourcentage', 'points de pourcentage'],
  };
  const [one, other] = words[locale.slice(0, 2)] ?? ['', ''];
  const rule = new Intl.PluralRules(locale, { maximumFractionDigits: 1 }).select(Math.abs(points));
  const number = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(points);
  return `${number} ${rule === 'one' ? one : other}`;
};
const utc = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1));
const month = (locale: string, date: Date, style: 'long' | 'short' = 'long') =>
  new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    month: style,
    ...(style === 'short' ? { year: 'numeric' } : {}),
  }).format(date);

const model = (inputs: Partial<TrendInputs> & Record<string, unknown>, locale = 'en-US'): TrendModel => {
  const { attributes = {}, ...rest } = inputs as { attributes?: Record<string, string> };
  const lang = locale.startsWith('nl') ? 'nl' : 'en';
  const read = (name: string) => attributes[name];
  const result = readTrendModel({ read, ...rest }, { lang, format: { locale } });
  if (!result.ok) throw new Error(describeError(result.error));
  return result.value;
};

const CONVERSIONS = {
  kpi: 'conversion-rate',
  labels: '2026-01,2026-02,2026-03,2026-04',
  attributes: { conversions: '12,15,18,20', visitors: '1000,1100,1050,1200' },
};

describe('trend model', () => {
  it('says what the trend did in one sentence: the span, the change, the high and the low', () => {
    const [jan, mar, apr] = [12 / 1000, 18 / 1050, 20 / 1200];
    const span = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'short' }).formatRange(
      utc(2026, 1),
      utc(2026, 4),
    );
    expect(model(CONVERSIONS).sentence).to.equal(
      `Conversion rate, ${span}: rose from ${percent(jan)} to ${percent(apr)} (${spokenPoints(apr - jan)}); ` +
        `high ${percent(mar)} in ${month('en-US', utc(2026, 3))}, low ${percent(jan)} in ${month('en-US', utc(2026, 1))}`,
    );
  });

  it('speaks Dutch for nl-NL', () => {
    const dutch = model({ ...CONVERSIONS, labels: '2026-01,2026-02,2026-03,2026-04' }, 'nl-NL');
    expect(dutch.label).to.equal('Conversieratio');
    expect(dutch.sentence).to.contain(`steeg van ${percent(0.012, 'nl-NL')} naar ${percent(20 / 1200, 'nl-NL')}`);
    expect(dutch.sentence).to.contain(`hoogste ${percent(18 / 1050, 'nl-NL')} in maart`);
    expect(dutch.panel?.delta).to.deep.include({ direction: 'down', news: 'bad', word: 'slechter' });
    expect(dutch.panel?.table).to.equal('Gegevenstabel (4 perioden)');
  });

  it('counts the gaps, names the target, and says "stayed at" or "one value" when that is what happened', () => {
    const gaps = model({ values: '1,,1,', target: '2', label: ' Orders ' });
    expect(gaps.sentence).to.equal(
      'Orders, periods 1–4: stayed at 1; high 1 in period 1, low 1 in period 1; 2 periods without data; target 2',
    );
    const one = model({ values: ',5' });
    expect(one.sentence).to.equal('Trend, periods 1–2: one value, 5; 1 period without data');
    expect(one.panel?.extremes).to.equal(undefined);
    expect(one.panel?.delta).to.equal(undefined);
  });

  it('gives a score its change in points, never a percent of it', () => {
    const nps = model({ values: '10,15', unit: 'score', labels: 'Q1,Q2' });
    expect(nps.sentence).to.equal('Trend, Q1–Q2: rose from +10 to +15 (+5); high +15 in Q2, low +10 in Q1');
    expect(nps.panel?.delta?.text).to.equal('+5');
    expect(nps.sentence).not.to.contain('%');
  });

  it('shows the latest value, its change on the period before, and whether that is good news', () => {
    const cac = model({ kpi: 'cac', attributes: { spend: '1000,900', customers: '10,10' }, labels: 'May,June' });
    expect(cac.value).to.equal(money(90));
    expect(cac.status).to.equal('good');
    expect(cac.panel).to.deep.include({ period: 'June', vsPrevious: 'vs May', span: 'May–June' });
    expect(cac.panel?.delta).to.deep.equal({ direction: 'down', news: 'good', text: `-${money(10)}`, word: 'better' });
    expect(cac.panel?.headers).to.deep.equal(['Period', 'Customer acquisition cost']);
  });

  it('names the high and the low, and the target line in the unit of the trend', () => {
    const open = model({ values: '12%,0.15,9%', unit: 'percent', target: '20%', label: 'Open rate', labels: 'a,b,c' });
    expect(open.panel?.target).to.equal(`Target ${percent(0.2)}`);
    expect(open.sentence).to.contain(`; target ${percent(0.2)}`);
    expect(open.panel?.extremes).to.deep.equal({
      high: { word: 'High', value: percent(0.15), when: 'b' },
      low: { word: 'Low', value: percent(0.09), when: 'c' },
    });
  });

  it('shows every value with one number of decimals: "Target 3.0%" beside 3.3%, the table and the high and low too', () => {
    const one = (value: number) => fixedPercent(value, 1);
    const trend = model({ values: '2%,3.3%,3%', unit: 'percent', target: '3%', labels: 'a,b,c' });
    expect(trend.value).to.equal(one(0.03));
    expect(trend.panel?.target).to.equal(`Target ${one(0.03)}`);
    expect(trend.panel?.extremes?.high.value).to.equal(one(0.033));
    expect(trend.rows().map(([, value]) => value)).to.deep.equal([one(0.02), one(0.033), one(0.03)]);
    // Whole values stay whole.
    expect(model({ values: '2%,3%', unit: 'percent', target: '3%', labels: 'a,b' }).panel?.target).to.equal(
      `Target ${percent(0.03)}`,
    );
  });

  it('reports the catalog id of the KPI, whatever its case: kpi="ROAS" is roas', () => {
    expect(model({ kpi: 'ROAS', attributes: { revenue: '300,400', spend: '100,100' } }).kpi).to.equal('roas');
    expect(model({ values: '1,2' }).kpi).to.equal(null);
  });

  it('builds no words around the drawing for a sparkline', () => {
    const spark = model({ values: '120,90,150,180', label: 'Sessions', sparkline: true });
    expect(spark.panel).to.equal(undefined);
    expect(spark.sentence).to.equal(
      'Sessions, periods 1–4: rose from 120 to 180 (+60); high 180 in period 4, low 90 in period 2',
    );
  });

  it('reads a period out, and fills the table with every period, a gap saying why it has no value', () => {
    const rate = model({
      kpi: 'conversion-rate',
      attributes: { conversions: '10,,0,30', visitors: '1000,900,0,1000' },
    });
    expect(describePeriod(rate, 0)).to.equal(`Period 1: ${percent(0.01)}`);
    expect(describePeriod(rate, 1)).to.equal('Period 2: No data');
    expect(describePeriod(rate, 2)).to.equal('Period 3: Not computed');
    const rows = rate.rows();
    expect(rows.slice(0, 2)).to.deep.equal([
      ['Period 1', percent(0.01)],
      ['Period 2', 'No data'],
    ]);
    expect(rows[2]?.[1]).to.match(/^Not computed: .*visitors/);
    expect(rate.rows()).to.equal(rows);
  });

  it('says where the latest value of a series without labels stands, not "Period 10,000, vs period 9,999"', () => {
    const count = (value: number, locale = 'en-US') => new Intl.NumberFormat(locale).format(value);
    const values = Array.from({ length: 10_000 }, (_, index) => 1000 + index);
    expect(model({ values, unit: 'count' }).panel).to.deep.include({
      period: `Latest of ${count(10_000)} values`,
      vsPrevious: 'vs the value before',
    });
    expect(model({ values, unit: 'count' }, 'nl-NL').panel).to.deep.include({
      period: `Laatste van ${count(10_000, 'nl-NL')} waarden`,
      vsPrevious: 'ten opzichte van de waarde ervoor',
    });
    // Gaps are no values; a single value is said as such.
    expect(model({ values: '1,,3' }).panel?.period).to.equal('Latest of 2 values');
    expect(model({ values: ',5' }).panel?.period).to.equal('One value');
    // Labels still name the periods.
    expect(model({ values: '1,2', labels: 'May,June' }).panel).to.deep.include({
      period: 'June',
      vsPrevious: 'vs May',
    });
  });

  it('writes the latest value and its change in one notation: both compact, or neither', () => {
    const compact = (values: string) => {
      const result = readTrendModel(
        { values, unit: 'count', read: () => undefined },
        { lang: 'en', format: { locale: 'en-US', notation: 'compact' } },
      );
      if (!result.ok) throw new Error(describeError(result.error));
      return result.value;
    };
    const full = new Intl.NumberFormat('en-US');
    const short = new Intl.NumberFormat('en-US', { notation: 'compact' });
    // "4.5K" beside "+167" would read as if the change had not moved the value.
    const small = compact('4300,4467');
    expect([small.value, small.panel?.delta?.text]).to.deep.equal([full.format(4467), `+${full.format(167)}`]);
    expect(small.panel?.extremes?.high.value).to.equal(full.format(4467));
    const large = compact('1200000,1250000');
    expect([large.value, large.panel?.delta?.text]).to.deep.equal([
      short.format(1_250_000),
      `+${short.format(50_000)}`,
    ]);
    // The axis stays short either way.
    expect(small.valueTick(4000)).to.equal(short.format(4000));
  });

  it('gives the ticks of an axis the decimals of their step, all alike', () => {
    const rate = model({ values: '1.8%,3.3%', unit: 'percent' });
    const percents = new Intl.NumberFormat('en-US', {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    expect([0.025, 0.03, 0.035].map((tick) => rate.valueTick(tick, 0.005))).to.deep.equal(
      [0.025, 0.03, 0.035].map((tick) => percents.format(tick)),
    );
    const whole = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });
    expect(rate.valueTick(0.03, 0.01)).to.equal(whole.format(0.03));
    const cac = model({ values: '0.5,1.5', unit: 'currency' });
    expect(cac.valueTick(1, 0.5)).to.equal(
      new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(1),
    );
  });

  it('gives axis ticks short: compact numbers', () => {
    const visits = model({ values: '1200,45000', unit: 'count' });
    expect(visits.valueTick(45000)).to.equal(new Intl.NumberFormat('en-US', { notation: 'compact' }).format(45000));
  });

  it('gives money ticks in thousands the decimals of their step, not the cents of the figures', () => {
    // The figures show cents ($67,900.00); an axis of 20K steps reads "$80K", of 500 steps "$1.5K".
    const revenue = model({ values: '33100,67900.5', unit: 'currency' });
    const compact = (digits: number) =>
      new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency: 'USD',
        notation: 'compact',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
    expect(revenue.valueTick(80000, 20000)).to.equal(compact(0).format(80000));
    expect(revenue.valueTick(1500, 500)).to.equal(compact(1).format(1500));
    expect(revenue.valueTick(2000, 500)).to.equal(compact(1).format(2000));
    expect(revenue.valueTick(1_200_000, 200_000)).to.equal(compact(1).format(1_200_000));
  });

  it('is an error naming the attribute, never a model with NaN', () => {
    const lang = 'en';
    const bad = readTrendModel(
      { values: '1,2', labels: 'a', read: () => undefined },
      { lang, format: { locale: 'en-US' } },
    );
    expect(!bad.ok && bad.error).to.deep.include({ code: 'invalid-option', fields: ['labels'] });
    const better = readTrendModel(
      { values: '5,4', read: () => undefined },
      { lang, format: { locale: 'en-US' }, better: 'lower' },
    );
    expect(better.ok && better.value.status).to.equal('good');
  });
});

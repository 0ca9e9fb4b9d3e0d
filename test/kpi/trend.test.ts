import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
import { describeError, latestChange, readTrend, spanChange, type TrendSource } from '../../src/kpi/index.js';

const reader =
  (inputs: Record<string, string> = {}): TrendSource['read'] =>
  (name) =>
    inputs[name];

const read = (source: Partial<TrendSource>) => readTrend({ read: reader(), ...source });

describe('readTrend', () => {
  it('computes a KPI per period from its input series, in the KPI unit and direction', () => {
    const trend = read({ kpi: 'CAC', read: reader({ spend: '1000,900,800', customers: '10,10,10' }) });
    if (!trend.ok) throw new Error(describeError(trend.error));
    expect(trend.value.values).to.deep.equal([100, 90, 80]);
    expect(trend.value).to.include({ unit: 'currency', better: 'lower' });
    // The catalog's own definition, whatever the case of the attribute.
    expect(trend.value.kpi?.id).to.equal('cac');
    expect(trend.value.summary).to.deep.include({ count: 3, first: { index: 0, value: 100 } });
  });

  it('keeps why a period could not be computed apart from the values, and a plain gap without a reason', () => {
    const trend = read({
      kpi: 'conversion-rate',
      read: reader({ conversions: '10,,0,30', visitors: '1000,900,0,1000' }),
    });
    if (!trend.ok) throw new Error('expected a trend');
    expect(trend.value.values).to.deep.equal([0.01, null, null, 0.03]);
    expect([...trend.value.errors.keys()]).to.deep.equal([2]);
    expect(trend.value.errors.get(2)).to.include({ code: 'zero-divisor' });
  });

  it('reads a ready series in its unit: percent as 12% or 0.12, a score signed, number by default', () => {
    const percent = read({ values: '12%,0.15', unit: 'percent' });
    expect(percent.ok && percent.value.values).to.deep.equal([0.12, 0.15]);
    expect(percent.ok && percent.value).to.include({ unit: 'percent', better: 'higher' });
    const score = read({ values: '-10,15', unit: ' score ' });
    expect(score.ok && score.value.values).to.deep.equal([-10, 15]);
    const plain = read({ values: [1, null, 3] });
    expect(plain.ok && plain.value).to.deep.include({ unit: 'number', values: [1, null, 3] });
    expect(plain.ok && plain.value.kpi).to.equal(undefined);
    const days = read({ values: '30,24', unit: 'duration', better: 'lower' });
    expect(days.ok && days.value).to.include({ unit: 'duration', better: 'lower' });
  });

  it('reads the target in the trend unit, as every element reads a target', () => {
    const written = read({ values: '0.02,0.03', unit: 'percent', target: '3%' });
    const fraction = read({ values: '0.02,0.03', unit: 'percent', target: '0.03' });
    expect(written.ok && written.value.target).to.equal(0.03);
    expect(fraction.ok && fraction.value.target).to.equal(0.03);
    const kpi = read({ kpi: 'roas', read: reader({ revenue: '400', spend: '100' }), target: '-1.5' });
    expect(kpi.ok && kpi.value.target).to.equal(-1.5);
    const none = read({ values: '1,2', target: '  ' });
    expect(none.ok && 'target' in none.value).to.equal(false);
  });

  it('names the attribute to fix: unit, values, target, kpi', () => {
    const unit = read({ values: '1,2', unit: 'euro' });
    expect(!unit.ok && unit.error).to.deep.include({ code: 'invalid-option', fields: ['unit'], given: 'euro' });
    const missing = read({});
    expect(!missing.ok && missing.error).to.deep.include({ code: 'missing', fields: ['values'] });
    const entry = read({ values: '1,x,3' });
    expect(!entry.ok && entry.error).to.deep.include({ code: 'not-a-number', fields: ['values'], position: 2 });
    const target = read({ values: '1,2', target: 'lots' });
    expect(!target.ok && target.error).to.deep.include({ code: 'not-a-number', fields: ['target'] });
    const kpi = read({ kpi: 'nope' });
    expect(!kpi.ok && kpi.error.code).to.equal('unknown-kpi');
  });

  it('refuses a trend of gaps only, naming the series that hold them, or the reason of a period', () => {
    const ready = read({ values: ' , ,' });
    expect(!ready.ok && ready.error).to.deep.include({ code: 'no-figure', fields: ['values'] });
    const inputs = read({ kpi: 'roas', read: reader({ revenue: '1,,3', spend: ',2,' }) });
    expect(!inputs.ok && inputs.error).to.deep.include({ code: 'no-figure', fields: ['revenue', 'spend'] });
    const divisors = read({ kpi: 'cac', read: reader({ spend: '10,20', customers: '0,0' }) });
    expect(!divisors.ok && divisors.error).to.deep.include({ code: 'zero-divisor', fields: ['customers'] });
  });

  it('never gives NaN or Infinity: a number too large is an error on its entry', () => {
    const result = read({ values: [1, Number.POSITIVE_INFINITY] });
    expect(!result.ok && result.error).to.deep.include({ code: 'too-large', position: 2 });
  });
});

describe('latestChange and spanChange', () => {
  it('compare the latest value with the one before it, and the last with the first, skipping gaps', () => {
    const trend = read({ values: '5,,8,,6', better: 'lower' });
    if (!trend.ok) throw new Error('expected a trend');
    expect(latestChange(trend.value)).to.deep.include({ current: 6, previous: 8, change: -2, news: 'good' });
    expect(spanChange(trend.value)).to.deep.include({ current: 6, previous: 5, change: 1, news: 'bad' });
  });

  it('have no latest change for a single value', () => {
    const trend = read({ values: ',7,' });
    expect(trend.ok && latestChange(trend.value)).to.equal(undefined);
    expect(trend.ok && spanChange(trend.value)).to.deep.include({ change: 0, direction: 'flat' });
  });

  it('give no relative change for a score, from zero or across a change of sign', () => {
    const score = read({ values: '10,15', unit: 'score' });
    expect(score.ok && latestChange(score.value)?.relative).to.equal(null);
    const count = read({ values: '10,15', unit: 'count' });
    expect(count.ok && latestChange(count.value)?.relative).to.equal(0.5);
    const fromZero = read({ values: '0,15' });
    expect(fromZero.ok && spanChange(fromZero.value).relative).to.equal(null);
    const acrossZero = read({ values: '-5,5' });
    expect(acrossZero.ok && spanChange(acrossZero.value).relative).to.equal(null);
  });
});

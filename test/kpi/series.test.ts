import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
import { computeSeries, summarizeSeries } from '../../src/kpi/series.js';

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name];

describe('computeSeries', () => {
  it('computes the KPI of every period from comma-separated inputs', () => {
    const result = computeSeries(
      'conversion-rate',
      reader({ conversions: '12,15,18,20', visitors: '1000,1100,1050,1200' }),
    );
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value.map((period) => period.value)).to.deep.equal([12 / 1000, 15 / 1100, 18 / 1050, 20 / 1200]);
  });

  it('makes an empty entry in any input a gap without a reason, never a zero', () => {
    const result = computeSeries('roas', reader({ revenue: '100,,300', spend: '50,60,' }));
    expect(result.ok && result.value).to.deep.equal([{ value: 2 }, { value: null }, { value: null }]);
  });

  it('makes a period with a zero divisor a gap that keeps its reason', () => {
    const result = computeSeries('conversion-rate', reader({ conversions: '5,0', visitors: '100,0' }));
    if (!result.ok) throw new Error('expected a series');
    expect(result.value[0]).to.deep.equal({ value: 0.05 });
    expect(result.value[1]?.value).to.equal(null);
    expect(result.value[1]?.error).to.include({ code: 'zero-divisor', kpi: 'conversion-rate' });
    expect(result.value[1]?.error?.fields).to.deep.equal(['visitors']);
  });

  it('names the entry of a series that is not a number', () => {
    const result = computeSeries('roas', reader({ revenue: '100,abc', spend: '50,60' }));
    expect(!result.ok && result.error).to.include({ code: 'not-a-number', position: 2 });
    expect(!result.ok && result.error.fields).to.deep.equal(['revenue']);
  });

  it('rejects inputs of different lengths, naming the one that differs', () => {
    const result = computeSeries('roas', reader({ revenue: '100,200,300', spend: '50,60' }));
    expect(!result.ok && result.error).to.deep.include({ code: 'length-mismatch', lengths: { given: 2, expected: 3 } });
    expect(!result.ok && result.error.fields).to.deep.equal(['spend', 'revenue']);
  });

  it('reports a missing input and an unknown KPI as a whole-series error', () => {
    const missing = computeSeries('roas', reader({ revenue: '100,200' }));
    expect(!missing.ok && missing.error).to.include({ code: 'missing' });
    expect(!missing.ok && missing.error.fields).to.deep.equal(['spend']);
    const unknown = computeSeries('nope', reader({}));
    expect(!unknown.ok && unknown.error.code).to.equal('unknown-kpi');
  });

  it('refuses KPIs whose inputs are lists themselves, with an invalid-option error on kpi', () => {
    const result = computeSeries('followers', reader({ counts: '100,200' }));
    expect(!result.ok && result.error).to.include({ code: 'invalid-option', given: 'followers' });
    expect(!result.ok && result.error.fields).to.deep.equal(['kpi']);
  });

  it('uses an optional input default in every period', () => {
    const result = computeSeries('roi', reader({ 'revenue-growth': '300,400', spend: '100,100' }));
    expect(result.ok && result.value.map((period) => period.value)).to.deep.equal([2, 3]);
  });
});

describe('summarizeSeries', () => {
  it('finds first, last, high, low and the value before the last, ignoring gaps', () => {
    expect(summarizeSeries([null, 3, 9, null, 1, 9, 4, null])).to.deep.equal({
      first: { index: 1, value: 3 },
      last: { index: 6, value: 4 },
      previous: { index: 5, value: 9 },
      high: { index: 2, value: 9 },
      low: { index: 4, value: 1 },
      count: 5,
    });
  });

  it('has no previous value for a single value, and nothing for an empty or all-gap series', () => {
    expect(summarizeSeries([null, 5])).to.deep.equal({
      first: { index: 1, value: 5 },
      last: { index: 1, value: 5 },
      high: { index: 1, value: 5 },
      low: { index: 1, value: 5 },
      count: 1,
    });
    expect(summarizeSeries([])).to.equal(undefined);
    expect(summarizeSeries([null, null])).to.equal(undefined);
  });

  it('stays exact on 10,000 values', () => {
    const values = Array.from({ length: 10_000 }, (_, index) => (index === 7777 ? 99_999 : index % 100));
    const summary = summarizeSeries(values);
    expect(summary?.high).to.deep.equal({ index: 7777, value: 99_999 });
    expect(summary?.low).to.deep.equal({ index: 0, value: 0 });
    expect(summary?.count).to.equal(10_000);
  });
});

import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
import { parseNumber, parseSeries } from '../../src/kpi/index.js';

describe('parseNumber', () => {
  const accepted: [string, number][] = [
    ['1234.5', 1234.5],
    ['-3', -3],
    ['2e3', 2000],
    ['  42 ', 42],
    ['.5', 0.5],
    ['+7', 7],
    ['0', 0],
    ['-0', 0],
  ];
  for (const [text, value] of accepted) {
    it(`reads "${text}" as ${value}`, () => expect(parseNumber(text, 'x')).to.deep.equal({ ok: true, value }));
  }

  it('reads rates written as 5% or 0.05 as the same fraction', () => {
    expect(parseNumber('5%', 'churn', 'rate')).to.deep.equal({ ok: true, value: 0.05 });
    expect(parseNumber('5 %', 'churn', 'rate')).to.deep.equal({ ok: true, value: 0.05 });
    expect(parseNumber('0.05', 'churn', 'rate')).to.deep.equal({ ok: true, value: 0.05 });
  });

  it('accepts numbers set from script', () => {
    expect(parseNumber(12.5, 'spend', 'amount')).to.deep.equal({ ok: true, value: 12.5 });
  });

  const rejected: [raw: string | number | null, kind: Parameters<typeof parseNumber>[2], code: string][] = [
    ['1.234,5', 'amount', 'ambiguous-number'],
    ['1,234.5', 'amount', 'ambiguous-number'],
    ['€100', 'amount', 'ambiguous-number'],
    ['100 EUR', 'amount', 'ambiguous-number'],
    ['1 000', 'count', 'ambiguous-number'],
    ['12k', 'count', 'ambiguous-number'],
    ['abc', 'amount', 'not-a-number'],
    ['NaN', 'amount', 'not-a-number'],
    ['Infinity', 'amount', 'not-a-number'],
    [Number.NaN, 'amount', 'not-a-number'],
    ['1e309', 'amount', 'too-large'],
    ['1e16', 'amount', 'too-large'],
    [Number.POSITIVE_INFINITY, 'amount', 'too-large'],
    ['-5', 'count', 'negative'],
    ['-5', 'amount', 'negative'],
    ['12.5', 'count', 'not-whole'],
    ['5', 'rate', 'not-a-rate'],
    ['150%', 'rate', 'not-a-rate'],
    ['-1%', 'rate', 'not-a-rate'],
    ['5%', 'count', 'not-a-number'],
    ['11', 'answer', 'out-of-range'],
    ['', 'amount', 'missing'],
    ['   ', 'amount', 'missing'],
    [null, 'amount', 'missing'],
  ];
  for (const [raw, kind, code] of rejected) {
    it(`rejects ${JSON.stringify(raw)} as ${kind} with ${code}, naming the field`, () => {
      const result = parseNumber(raw, 'spend', kind);
      expect(result.ok).to.equal(false);
      if (!result.ok) {
        expect(result.error.code).to.equal(code);
        expect(result.error.fields).to.deep.equal(['spend']);
        expect(result.error.example).to.be.a('string').and.not.equal('');
      }
    });
  }

  it('allows negative amounts only where the input is signed', () => {
    expect(parseNumber('-1250.5', 'revenue-growth', 'signed')).to.deep.equal({ ok: true, value: -1250.5 });
  });
});

describe('parseSeries', () => {
  it('reads comma-separated entries, with empty entries as gaps, never zero', () => {
    expect(parseSeries('12, 15,,20, ', 'conversions', 'count')).to.deep.equal({
      ok: true,
      value: [12, 15, null, 20, null],
    });
  });

  it('reads arrays set from script, checking their numbers as it checks text', () => {
    expect(parseSeries([1, null, undefined, -0, 3], 'values')).to.deep.equal({
      ok: true,
      value: [1, null, null, 0, 3],
    });
    expect(parseSeries([4, 2.5], 'orders', 'count')).to.deep.include({ ok: false });
    const negative = parseSeries([4, -1], 'orders', 'count');
    expect(negative.ok ? undefined : negative.error).to.deep.include({ code: 'negative', position: 2 });
  });

  it('names the entry that is wrong', () => {
    const result = parseSeries('12,abc,15', 'visitors', 'count');
    expect(result).to.deep.equal({
      ok: false,
      error: { code: 'not-a-number', fields: ['visitors'], given: 'abc', example: '1250', position: 2 },
    });
  });

  it('reports a missing series', () => {
    expect(parseSeries('', 'values')).to.deep.include({ ok: false });
  });

  it('reports an empty list as missing, the same as empty text', () => {
    const result = parseSeries([], 'counts', 'count');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error).to.deep.include({ code: 'missing', fields: ['counts'] });
  });

  it('says which range a survey answer must be in', () => {
    const result = parseSeries('9,11', 'scores', 'answer');
    expect(result).to.deep.equal({
      ok: false,
      error: {
        code: 'out-of-range',
        fields: ['scores'],
        given: '11',
        example: '9',
        range: { min: 0, max: 10 },
        position: 2,
      },
    });
  });
});

describe('parsing what scripts hand over', () => {
  it('rejects values that are neither text nor numbers instead of throwing', () => {
    for (const value of [{}, [1, 2], true, Symbol.for('x')]) {
      const result = parseNumber(value as unknown as string, 'spend', 'amount');
      expect(result.ok).to.equal(false);
    }
  });

  it('reads a series that is neither text nor a list as one entry instead of throwing', () => {
    for (const value of [{}, true]) {
      const result = parseSeries(value as unknown as string, 'counts', 'count');
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error).to.deep.include({ code: 'not-a-number', fields: ['counts'], position: 1 });
    }
  });
});

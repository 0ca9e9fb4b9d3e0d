import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
import { parseNumber, parseSeries, type DataValue, type RawValue } from '../../src/kpi/index.js';

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
  it("hands on a script's array of valid numbers without copying it, and reads any other array entry by entry", () => {
    const clean = [12, null, 15.5, 0];
    const read = parseSeries(clean, 'values', 'signed');
    expect(read.ok && read.value).to.equal(clean);
    // -0 is written as 0, text is parsed, and a count takes no fractions: each needs the entry-by-entry reading.
    expect(parseSeries([1, -0], 'values', 'signed')).to.deep.equal({ ok: true, value: [1, 0] });
    expect(parseSeries([1, '2'], 'values', 'signed')).to.deep.equal({ ok: true, value: [1, 2] });
    const fraction = parseSeries([1, 2.5], 'values', 'count');
    expect(fraction.ok).to.equal(false);
  });

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

  it('rejects a series that is neither text nor a list as a whole instead of throwing', () => {
    for (const value of [{}, true]) {
      const result = parseSeries(value as unknown as string, 'counts', 'count');
      expect(result.ok).to.equal(false);
      if (!result.ok) {
        expect(result.error).to.deep.include({ code: 'not-a-number', fields: ['counts'] });
        expect(result.error).not.to.have.property('position');
      }
    }
  });

  it("describes a value that is no text by its kind, and never quotes JavaScript's text for it", () => {
    const cases: [value: unknown, code: string, givenValue: DataValue][] = [
      [{ a: 1 }, 'not-a-number', { kind: 'object' }],
      [new Date(0), 'not-a-number', { kind: 'object' }],
      [[1, 2, 3], 'not-a-number', { kind: 'list', length: 3 }],
      [[1, [2]], 'not-a-number', { kind: 'nested-list', length: 2 }],
      [[{ kind: 'list', length: 2 }], 'not-a-number', { kind: 'nested-list', length: 1 }],
      [true, 'not-a-number', { kind: 'true' }],
      [false, 'not-a-number', { kind: 'false' }],
      [() => 1, 'not-a-number', { kind: 'function' }],
      [Symbol('x'), 'not-a-number', { kind: 'symbol' }],
      [Number.NaN, 'not-a-number', { kind: 'invalid-number' }],
      [Number.POSITIVE_INFINITY, 'too-large', { kind: 'infinite' }],
      [Number.NEGATIVE_INFINITY, 'too-large', { kind: 'infinite' }],
      [{ kind: 'object' }, 'not-a-number', { kind: 'object' }],
    ];
    for (const [value, code, givenValue] of cases) {
      const result = parseNumber(value as RawValue, 'spend', 'amount');
      expect(result, String(code)).to.deep.equal({
        ok: false,
        error: { code, fields: ['spend'], givenValue, example: '1250.50' },
      });
    }
  });

  it('reads a whole number handed over as a BigInt like its digits', () => {
    expect(parseNumber(12n as unknown as RawValue, 'clicks', 'count')).to.deep.equal({ ok: true, value: 12 });
    expect(parseNumber((10n ** 20n) as unknown as RawValue, 'clicks', 'count')).to.deep.include({ ok: false });
  });

  it('names the entry of a list that is no number, described by its kind', () => {
    const nested = parseSeries([1, { kind: 'list', length: 3 }, 2], 'values', 'count');
    expect(nested).to.deep.equal({
      ok: false,
      error: {
        code: 'not-a-number',
        fields: ['values'],
        givenValue: { kind: 'list', length: 3 },
        example: '1250',
        position: 2,
      },
    });
    const infinite = parseSeries([1, 2, Number.POSITIVE_INFINITY], 'values');
    expect(infinite.ok ? undefined : infinite.error).to.deep.include({
      code: 'too-large',
      givenValue: { kind: 'infinite' },
      position: 3,
    });
  });

  it('reads a list as its entries, never joined into text and split again', () => {
    // "1,5" is one entry that could mean 1.5 or 15: ambiguous, not two entries.
    const comma = parseSeries(['1,5', '2'], 'spend', 'amount');
    expect(comma.ok ? undefined : comma.error).to.deep.include({ code: 'ambiguous-number', given: '1,5', position: 1 });
  });
});

describe('parsing long text', () => {
  it('rejects 100,000 digits followed by a letter as ambiguous', () => {
    const result = parseNumber(`${'1'.repeat(100_000)}x`, 'count', 'count');
    expect(result.ok ? undefined : result.error.code).to.equal('ambiguous-number');
  });

  // Not a timing test (speed is measured by `npm run bench`): a parser that is quadratic in the
  // length took 4 s for 100 KB, so a megabyte would take minutes and never finish inside the
  // test's 5 s; a linear one reads it in milliseconds.
  it('reads a megabyte of text that is no number, whatever its shape', () => {
    for (const text of [`${'1'.repeat(1_000_000)}x`, `1.${'1'.repeat(1_000_000)}x`, `${'1,'.repeat(500_000)}x`]) {
      const result = parseNumber(text, 'count', 'count');
      expect(result.ok, text.slice(0, 12)).to.equal(false);
    }
  });
});

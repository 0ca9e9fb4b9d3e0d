import { expect } from '@open-wc/testing';
import { asRawEntry, asRawValue, parseJson, parseJsonInputs } from '../../src/shared/data-inputs.js';

/** A list nested `depth` deep around `1`, built without recursion: `[[[1]]]` for 3. */
const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = [value];
  return value;
};

/** The same list as JSON text. */
const nestedJson = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

describe('asRawValue', () => {
  it('hands numbers and text on as they are, and nothing as null', () => {
    expect(asRawValue(12.5)).to.equal(12.5);
    expect(asRawValue('5%')).to.equal('5%');
    expect(asRawValue(null)).to.equal(null);
    expect(asRawValue(undefined)).to.equal(null);
    expect(Number.isNaN(asRawValue(Number.NaN))).to.equal(true);
  });

  it('writes a BigInt in digits, as an attribute would hold it', () => {
    expect(asRawValue(12000n)).to.equal('12000');
  });

  it('describes a value that is no text by its kind, never as JavaScript writes it', () => {
    expect(asRawValue({ revenue: 1 })).to.deep.equal({ kind: 'object' });
    expect(asRawValue(new Map())).to.deep.equal({ kind: 'object' });
    expect(asRawValue(true)).to.deep.equal({ kind: 'true' });
    expect(asRawValue(false)).to.deep.equal({ kind: 'false' });
    expect(asRawValue(() => 1)).to.deep.equal({ kind: 'function' });
    expect(asRawValue(Symbol('x'))).to.deep.equal({ kind: 'symbol' });
  });

  it('keeps a list a list of entries: a label or a value with a comma is never split', () => {
    expect(asRawValue([1, null, undefined, '2,5'])).to.deep.equal([1, null, null, '2,5']);
    expect(asRawValue(['Week 1, 2026', 'Week 2, 2026'])).to.deep.equal(['Week 1, 2026', 'Week 2, 2026']);
    expect(asRawValue([])).to.equal('');
  });

  it('describes a list or an object inside a list as one entry, without reading into it', () => {
    expect(asRawValue([1, [2, 3], { a: 1 }, true])).to.deep.equal([
      1,
      { kind: 'list', length: 2 },
      { kind: 'object' },
      { kind: 'true' },
    ]);
    // A sparse list's holes are gaps.
    const sparse: unknown[] = [1];
    sparse[2] = 3;
    expect(asRawValue(sparse)).to.deep.equal([1, null, 3]);
  });

  it('reads a list nested 100,000 deep at once, where turning it into text overflows the stack', () => {
    expect(asRawValue(nested(100_000))).to.deep.equal([{ kind: 'list', length: 1 }]);
    expect(asRawEntry(nested(100_000))).to.deep.equal({ kind: 'list', length: 1 });
  });
});

describe('parseJson', () => {
  it('parses a list nested 100,000 deep instead of overflowing the stack', () => {
    const parsed = parseJson(`{"revenue": ${nestedJson(100_000)}}`) as { revenue: unknown };
    expect(asRawValue(parsed.revenue)).to.deep.equal([{ kind: 'list', length: 1 }]);
  });

  it('keeps a number too large for JavaScript as written, also next to deep nesting', () => {
    expect(parseJson('{"spend": 1e309, "clicks": 12}')).to.deep.equal({ spend: '1e309', clicks: 12 });
    expect(parseJson(`{"spend": ${'9'.repeat(400)}}`)).to.deep.equal({ spend: '9'.repeat(400) });
    const deep = parseJson(`{"spend": 1e309, "revenue": ${nestedJson(100_000)}}`) as { spend: unknown };
    // Too deep for the reviver: the number stays a number, which messages describe as infinite.
    expect(deep.spend === '1e309' || deep.spend === Number.POSITIVE_INFINITY).to.equal(true);
  });

  it('still rejects text that is no JSON', () => {
    expect(() => parseJson('{"spend": }')).to.throw(SyntaxError);
    expect(() => parseJson('{"spend": 1e309')).to.throw(SyntaxError);
  });
});

describe('parseJsonInputs', () => {
  it('reads a JSON child that holds a list nested 100,000 deep', () => {
    const result = parseJsonInputs(`{"revenue": ${nestedJson(100_000)}, "spend": 100}`);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.value.spend).to.equal(100);
  });
});

import { describeValue } from './data-value.js';
import { fail } from './errors.js';
import type { DataValue, InputKind, KpiError, Range, Result, Series, Unit } from './types.js';

/** One entry of a list from data: text, a number, a gap, or a value described by its kind. */
export type RawEntry = string | number | null | DataValue;

/**
 * What a caller may hand the engine: an attribute's text, a number set from script, or from
 * data: a list of entries as it is (never joined into text and split again), or a value that is
 * no text described by its kind (see `DataValue`).
 */
export type RawValue = string | number | null | undefined | DataValue | readonly RawEntry[];

/**
 * Plain decimal numbers: `1234.5`, `-3`, `.5`, `2e3`. Nothing else is a number here. A text
 * matches it in one way only (a dot or an exponent starts a new part, never splits a run of
 * digits), so a long text that is no number fails in one pass: 100,000 digits and a letter take
 * linear time, not the quadratic time of trying every split of the digits.
 */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
/** The common case of DECIMAL: digits, a minus sign and decimals, nothing around them. */
const PLAIN = /^-?\d+(?:\.\d+)?$/;

/** Larger than any real marketing figure: such a value is a typo or a unit mix-up. */
export const LARGEST_FIGURE = 1e15;

export const isBlank = (raw: RawValue): raw is null | undefined | '' =>
  raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');

/** An example of the accepted form, for messages: `churn="5%"`, `clicks="1250"`. */
export const exampleFor = (kind: InputKind): string =>
  ({ count: '1250', amount: '1250.50', signed: '-1250.50', rate: '5%', number: '12.5', answer: '9', percent: '12.5%' })[
    kind
  ];

/**
 * How a value of a KPI unit is written in `value`, `target` or `goal`: percent KPIs take `3%` or
 * `0.03`; a duration is a number of days, never negative; other units any signed decimal.
 */
export const kindForUnit = (unit: Unit): InputKind =>
  unit === 'percent' ? 'percent' : unit === 'duration' ? 'number' : 'signed';

/** Reads trimmed text as a number. */
const readText = (trimmed: string, field: string, kind: InputKind): Result<number> => {
  const isPercent = trimmed.endsWith('%');
  const digits = isPercent ? trimmed.slice(0, -1).trim() : trimmed;
  if (!DECIMAL.test(digits)) {
    // Digits around other marks ("1.234,5", "€100", "1 000") could mean more than one number.
    const code = /\d/.test(digits) ? 'ambiguous-number' : 'not-a-number';
    return fail({ code, fields: [field], given: trimmed, example: exampleFor(kind) });
  }
  if (isPercent && kind !== 'rate' && kind !== 'percent') {
    return fail({ code: 'not-a-number', fields: [field], given: trimmed, example: exampleFor(kind) });
  }
  return { ok: true, value: Number(digits) / (isPercent ? 100 : 1) };
};

/** What is wrong with a number for its kind, if anything. */
const problemOf = (value: number, kind: InputKind): { code: KpiError['code']; range?: Range } | undefined => {
  if (Number.isNaN(value)) return { code: 'not-a-number' };
  if (!Number.isFinite(value) || Math.abs(value) > LARGEST_FIGURE) return { code: 'too-large' };
  if (kind === 'rate' && (value < 0 || value > 1)) return { code: 'not-a-rate' };
  if (kind !== 'signed' && kind !== 'percent' && value < 0) return { code: 'negative' };
  if ((kind === 'count' || kind === 'answer') && !Number.isInteger(value)) return { code: 'not-whole' };
  if (kind === 'answer' && value > 10) return { code: 'out-of-range', range: { min: 0, max: 10 } };
  return undefined;
};

/** -0 would print as "-0" in some formats. */
const withoutNegativeZero = (value: number) => (value === 0 ? 0 : value);

/** Checks a number against what its kind allows. */
const validate = (value: number, field: string, kind: InputKind, given: string): Result<number> => {
  const problem = problemOf(value, kind);
  if (problem) return fail({ ...problem, fields: [field], given, example: exampleFor(kind) });
  return { ok: true, value: withoutNegativeZero(value) };
};

/**
 * A value that is no text and no real number: an error that describes it (`an object`, `a list
 * of 3`, an infinite number) rather than quoting JavaScript's text for it (`[object Object]`).
 */
const notText = (raw: unknown, field: string, kind: InputKind): Result<never> => {
  const givenValue = describeValue(raw);
  const code = givenValue.kind === 'infinite' ? 'too-large' : 'not-a-number';
  return fail({ code, fields: [field], givenValue, example: exampleFor(kind) });
};

/**
 * Reads one number. Rates (`kind: 'rate'`) may be written `5%` or `0.05`; everything else is a
 * plain decimal with a dot. Blank input is reported as `missing`.
 */
export const parseNumber = (raw: RawValue, field: string, kind: InputKind = 'signed'): Result<number> => {
  if (isBlank(raw)) return fail({ code: 'missing', fields: [field], example: exampleFor(kind) });
  if (typeof raw === 'number' && Number.isFinite(raw)) return validate(raw, field, kind, String(raw));
  // A whole number a script hands over as a BigInt is written in digits, like an attribute.
  if (typeof (raw as unknown) === 'bigint') return parseNumber(String(raw), field, kind);
  // Anything else a script or data hands over, whatever the types say: described, never quoted.
  if (typeof raw !== 'string') return notText(raw, field, kind);
  const text = raw.trim();
  const read = readText(text, field, kind);
  return read.ok ? validate(read.value, field, kind, text) : read;
};

const isList = (raw: RawValue | readonly RawValue[]): raw is readonly RawValue[] => Array.isArray(raw);

/** A series with no entries at all: blank text, or an empty list. */
export const isMissingSeries = (raw: RawValue | readonly RawValue[]): boolean =>
  isList(raw) ? raw.length === 0 : isBlank(raw);

/**
 * The entries of a series: text split at its commas, a list's entries as they are, or a number
 * as the only entry; none for a value that is no list (an object, `true`).
 */
const entriesOf = (raw: RawValue | readonly RawValue[]): readonly RawValue[] | undefined => {
  if (typeof raw === 'string') return raw.split(',');
  if (isList(raw)) return raw;
  return typeof raw === 'number' ? [raw] : undefined;
};

/** Every entry a number the kind accepts, none of them -0 (which the series writes as 0), or a gap. */
const isValidSeries = (entries: readonly unknown[], kind: InputKind): boolean => {
  for (const entry of entries) {
    if (entry === null) continue;
    if (typeof entry !== 'number' || Object.is(entry, -0) || problemOf(entry, kind)) return false;
  }
  return true;
};

/**
 * Reads a comma-separated series, or a list from data, one entry per period. An empty entry is a
 * gap (`null`), never zero. An error names the entry's position.
 */
export const parseSeries = (
  raw: RawValue | readonly RawValue[],
  field: string,
  kind: InputKind = 'signed',
): Result<Series> => {
  if (isMissingSeries(raw))
    return fail({ code: 'missing', fields: [field], example: `${exampleFor(kind)},,${exampleFor(kind)}` });
  const entries = entriesOf(raw);
  if (!entries) {
    // A value that is no list (an object, `true`) is wrong as a whole, not in one entry.
    const whole = parseNumber(raw as RawValue, field, kind);
    return whole.ok ? { ok: true, value: [whole.value] } : whole;
  }
  // A script's array of valid numbers is the series as it is: 10,000 numbers are not copied.
  if (Array.isArray(raw) && isValidSeries(entries, kind)) return { ok: true, value: entries as Series };
  const values: (number | null)[] = [];
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index];
    // Most entries are plain digits, or numbers from a script: those that pass need no trimming,
    // messages or result objects.
    const plain =
      typeof entry === 'number' ? entry : typeof entry === 'string' && PLAIN.test(entry) ? Number(entry) : NaN;
    if (!problemOf(plain, kind)) {
      values.push(withoutNegativeZero(plain));
      continue;
    }
    if (isBlank(entry)) {
      values.push(null);
      continue;
    }
    const parsed = parseNumber(entry, field, kind);
    if (!parsed.ok) return fail({ ...parsed.error, position: index + 1 });
    values.push(parsed.value);
  }
  return { ok: true, value: values };
};

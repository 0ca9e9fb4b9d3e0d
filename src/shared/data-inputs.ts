import { describeValue, type DataValue, type KpiError, type RawValue, type Result } from '../kpi/index.js';
import type { ComparedPeriods, ReportPeriod } from '../kpi/report-period.js';

/** Inputs given as data rather than attributes: from a script property, a JSON child, a fetched file. */
export type DataInputs = Readonly<Record<string, unknown>>;

/**
 * Which ends of a grouped series the data covers only in part (`['last']`: the latest month so
 * far), as `group-by` hands it to the trend beside its series and `labels`.
 */
export const PARTIAL_PERIODS = 'partial-periods';

/**
 * The period a card's or a gauge's figures from a daily table cover, and the periods they are
 * compared with (a `ComparedPeriods`), as `period` hands them over beside the inputs.
 */
export const REPORTING_PERIOD = 'reporting-period';

const isPeriod = (value: unknown): value is ReportPeriod =>
  isRecord(value) && Number.isInteger(value.start) && Number.isInteger(value.end) && typeof value.kind === 'string';

/** The `REPORTING_PERIOD` a data source holds, when it holds one: `period` wrote it, not a script's `inputs`. */
export const asComparedPeriods = (value: unknown): ComparedPeriods | undefined =>
  isRecord(value) &&
  isPeriod(value.current) &&
  isPeriod(value.previous) &&
  isPeriod(value.yearAgo) &&
  Number.isInteger(value.through) &&
  typeof value.partial === 'boolean'
    ? (value as unknown as ComparedPeriods)
    : undefined;

/**
 * One value from data as the engine takes it, looked at but never read into: text and numbers as
 * they are, `null` and `undefined` as nothing (JSON writes an `undefined` entry as `null`), a
 * BigInt in digits, and anything else described by its kind (`an object`, `a list of 3`), so no
 * message shows "[object Object]" and a list nested 100,000 deep is never turned into text.
 */
export const asRawEntry = (value: unknown): string | number | null | DataValue => {
  switch (typeof value) {
    case 'string':
    case 'number':
      return value;
    case 'bigint':
      return String(value);
    case 'undefined':
      return null;
    case 'object':
      if (value === null) return null;
      // A list inside a list is an entry, described by its own length: never looked into. Any other
      // object from data is an object, whatever keys it holds.
      return Array.isArray(value) ? { kind: 'list', length: value.length } : { kind: 'object' };
    default:
      return describeValue(value);
  }
};

/**
 * A value from data as the engine takes it, to be parsed and validated as an attribute is: a list
 * stays a list of entries (a series, one entry per period; `null` is a gap), each as `asRawEntry`
 * makes it, so a label or a value that holds a comma is never split; an empty list is blank.
 * Nothing here recurses: a list inside a list is one entry, described by its length.
 */
export const asRawValue = (value: unknown): RawValue => {
  if (!Array.isArray(value)) return asRawEntry(value);
  return value.length === 0 ? '' : Array.from(value, asRawEntry);
};

/**
 * A series from data as it is, when it holds only numbers and gaps (`null`): thousands of numbers
 * are handed on without a copy. Anything else is `undefined`, for `asRawValue`.
 */
export const asSeries = (value: unknown): readonly RawValue[] | undefined =>
  Array.isArray(value) && value.every((entry) => entry === null || typeof entry === 'number')
    ? (value as readonly (number | null)[])
    : undefined;

/**
 * Where a number too large for JavaScript may be written: 309 digits in a row, or an exponent of
 * three digits. (A run of digits is only tried from its start, so the search stays linear.)
 */
const MAY_OVERFLOW = /(?<!\d)\d{309}|e\+?\d{3}/i;

/** A reviver that keeps a number too large for JavaScript as the text it was written as. */
const keepTooLarge = (_key: string, value: unknown, context?: { readonly source?: string }): unknown =>
  typeof value === 'number' && !Number.isFinite(value) ? (context?.source ?? value) : value;

/**
 * `JSON.parse`, except that a number too large for JavaScript (`1e309`) stays the text it was
 * written as, so the message about it quotes what the editor wrote rather than "Infinity".
 * (Browsers that do not hand the reviver its source text keep the number, described as infinite.)
 * A reviver visits the document recursively, so it runs only when such a number may be there; a
 * document nested deeper than the stack allows then keeps the number. Parsing itself is not
 * recursive: a list nested 100,000 deep parses, and is described by its kind where it is read.
 */
export const parseJson = (text: string): unknown => {
  if (!MAY_OVERFLOW.test(text)) return JSON.parse(text);
  try {
    return JSON.parse(text, keepTooLarge);
  } catch (error) {
    // Text that is no JSON fails before the reviver runs. Anything else is the reviver running out
    // of stack: a RangeError in Chromium and Safari, an InternalError ("too much recursion") in
    // Firefox.
    if (error instanceof SyntaxError) throw error;
    return JSON.parse(text);
  }
};

/** An object of inputs by name, as data sources hold them; arrays and null are not. */
export const isRecord = (value: unknown): value is DataInputs =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What the first data source that has `name` holds for it, in precedence order; `undefined` when
 * none has it (then the attribute is read). A source may hold `null` on purpose: a gap, or "none".
 */
/** Finds an input by attribute name in an element's data sources; `undefined` when none has it. */
export type DataLookup = (name: string) => { readonly value: unknown } | undefined;

export const findInput = (sources: readonly DataInputs[], name: string): { readonly value: unknown } | undefined => {
  const source = sources.find((data) => Object.hasOwn(data, name));
  return source && { value: source[name] };
};

/**
 * Reads `<script type="application/json">` inside an element: an object of inputs by attribute
 * name, the way CMS editors can paste long series without one very long attribute.
 */
export const parseJsonInputs = (text: string): Result<DataInputs> => {
  const fail: Result<never> = {
    ok: false,
    error: { code: 'invalid-json', fields: ['script'], given: text.trim().slice(0, 40) } satisfies KpiError,
  };
  try {
    const parsed = parseJson(text);
    return isRecord(parsed) ? { ok: true, value: parsed } : fail;
  } catch {
    return fail;
  }
};

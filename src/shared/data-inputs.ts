import type { KpiError, RawValue, Result } from '../kpi/index.js';

/** Inputs given as data rather than attributes: from a script property, a JSON child, a fetched file. */
export type DataInputs = Readonly<Record<string, unknown>>;

/**
 * Turns a value from data into the text an attribute would hold, so data and attributes go through
 * the same parsing and validation: arrays become comma-separated series (null is a gap).
 * Anything else that is not a number or text is passed on as text and rejected by the parser.
 */
export const asRawValue = (value: unknown): RawValue => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (Array.isArray(value)) {
    return value.map((entry: unknown) => (entry === null || entry === undefined ? '' : String(entry))).join(',');
  }
  return String(value);
};

/**
 * A series from data as it is, when it holds only numbers and gaps (`null`): parsing it checks
 * each number without turning thousands of them into text and back. Anything else is `undefined`,
 * for `asRawValue`.
 */
export const asSeries = (value: unknown): readonly RawValue[] | undefined =>
  Array.isArray(value) && value.every((entry) => entry === null || typeof entry === 'number')
    ? (value as readonly (number | null)[])
    : undefined;

/**
 * `JSON.parse`, except that a number too large for JavaScript (`1e309`) stays the text it was
 * written as, so the message about it quotes what the editor wrote rather than "Infinity".
 * (Browsers that do not hand the reviver its source text keep the number.)
 */
export const parseJson = (text: string): unknown =>
  JSON.parse(text, (_key, value: unknown, context?: { readonly source?: string }) =>
    typeof value === 'number' && !Number.isFinite(value) ? (context?.source ?? value) : value,
  );

/** An object of inputs by name, as data sources hold them; arrays and null are not. */
export const isRecord = (value: unknown): value is DataInputs =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What the first data source that has `name` holds for it, in precedence order; `undefined` when
 * none has it (then the attribute is read). A source may hold `null` on purpose: a gap, or "none".
 */
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

import fc from 'fast-check';
import { labelText, numberText } from './hostile.js';

/**
 * Hostile data: what a script sets as `inputs` and what a CMS editor pastes into a JSON child,
 * beyond text. Values that reading must never recurse on, stringify or echo: objects, nested and
 * deeply nested lists, `NaN`, `Infinity`, `undefined`, booleans, and the odd values libraries hand
 * over (objects without a prototype, `BigInt`s, dates).
 */

/** How deep the deepest list goes: far past any call stack, as in the issue (100,000 levels). */
export const DEPTH = 100_000;

/** A list nested `DEPTH` levels deep, around one number: built without recursion, shared by cases. */
export const DEEP_LIST: unknown = (() => {
  let value: unknown = 1;
  for (let level = 0; level < DEPTH; level++) value = [value];
  return value;
})();

/** An object nested `DEPTH` levels deep. */
export const DEEP_OBJECT: unknown = (() => {
  let value: unknown = 1;
  for (let level = 0; level < DEPTH; level++) value = { revenue: value };
  return value;
})();

/** The same depths as JSON text, for a JSON child. */
export const DEEP_JSON_LIST = `${'['.repeat(DEPTH)}1${']'.repeat(DEPTH)}`;
export const DEEP_JSON_OBJECT = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;

/** An object without a prototype, as `Object.create(null)` and some parsers make it: `String()` throws on it. */
const bare = (): Record<string, unknown> => Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });

/** Numbers a script computes by mistake. */
const badNumber = () => fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE);

/** A flat list of data entries: numbers (good and bad), gaps, numeric text, and values that are no entry. */
const flatList = () =>
  fc.array(
    fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 0, max: 5000 }) },
      { weight: 1, arbitrary: fc.double() },
      { weight: 1, arbitrary: badNumber() },
      { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, '', '12', 'x') },
      { weight: 1, arbitrary: fc.constantFrom<unknown>({}, [], [1, 2], { value: 3 }) },
    ),
    { maxLength: 8 },
  );

/** A value that is not text or a number: what no input takes, and no message may print as JavaScript does. */
export const oddValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom<unknown>(undefined, true, false, {}, [], [[]], [[1, 2], [3]], { value: 5 }, { 0: 1, length: 1 }),
    badNumber(),
    fc.constant(DEEP_LIST),
    fc.constant(DEEP_OBJECT),
    fc.constant(null).map(bare),
    fc.constantFrom<unknown>(BigInt(12), new Date(0)),
    fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
    fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 3 }), { minLength: 1, maxLength: 3 }),
  );

/** Any value a script may hold for an input: mostly plausible, often not. */
export const scriptValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: numberText() },
    { weight: 2, arbitrary: fc.double() },
    { weight: 2, arbitrary: flatList() },
    { weight: 3, arbitrary: oddValue() },
    { weight: 1, arbitrary: fc.constant(null) },
  );

/** Labels or stages from data: a list of text, or anything else a script or an editor gives for them. */
export const labelsValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.array(labelText(), { maxLength: 5 }),
    fc.array(fc.constantFrom<unknown>({}, { name: 'Week 1' }, [1], null, undefined, 5, true), {
      minLength: 1,
      maxLength: 4,
    }),
    oddValue(),
  );

/** A value as JSON writes it, with the numbers JSON text can hold and JavaScript cannot (`1e309`). */
const jsonText = (value: fc.Arbitrary<unknown>) =>
  value.map((entry) =>
    // `JSON.stringify` recurses: the deepest values are written a few levels deep here, and their
    // full depth comes now and then on its own (see `jsonChildText`), as reading it takes a while.
    entry === DEEP_LIST
      ? '[[[[1]]]]'
      : entry === DEEP_OBJECT
        ? '{"revenue": {"revenue": {"revenue": 1}}}'
        : (JSON.stringify(entry, (_key, inner: unknown) => (typeof inner === 'bigint' ? 12 : inner)) ?? 'null'),
  );

/**
 * A JSON child holding hostile values under the names it is read by: each entry is `"name": value`
 * as JSON text, so the deepest lists are written out without recursing, and `1e309` stays as written.
 */
export const jsonChildText = (names: readonly string[]): fc.Arbitrary<string> =>
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...names),
        fc.oneof(
          { weight: 250, arbitrary: jsonText(fc.oneof(scriptValue(), labelsValue())) },
          { weight: 40, arbitrary: fc.constantFrom('1e309', '-1e309', '[1e309, 5]', '[[1e309]]') },
          // Rare: reading 200 KB of brackets takes a tenth of a second. Some cases per element and run.
          { weight: 2, arbitrary: fc.constantFrom(DEEP_JSON_LIST, DEEP_JSON_OBJECT) },
        ),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((entries) => `{${entries.map(([name, value]) => `${JSON.stringify(name)}: ${value}`).join(', ')}}`);

/** Entries no series takes: no number, no numeric text, no gap. */
const badEntry = () =>
  fc.constantFrom<unknown>({}, { value: 5 }, [1], [[1]], [[[[1]]]], true, false, Number.NaN, Infinity, -Infinity, 'x');

/** Good entries around a bad one, anywhere in the list. */
const spoiled = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown>) =>
  fc
    .tuple(fc.array(good, { maxLength: 4 }), bad, fc.array(good, { maxLength: 4 }))
    .map(([before, entry, after]): unknown[] => [...before, entry, ...after]);

/**
 * A value that is no figure: no text and no finite number. A figure is one number, so a list is
 * none either (an empty one is no figure at all, which an optional input may rightly be).
 */
export const notAFigure = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    {
      weight: 20,
      arbitrary: fc.constantFrom<unknown>(
        true,
        false,
        {},
        { value: 5 },
        [5],
        [1, 2],
        [[1]],
        Number.NaN,
        Infinity,
        -Infinity,
      ),
    },
    { weight: 5, arbitrary: fc.constant(null).map(bare) },
    { weight: 5, arbitrary: fc.constant(new Date(0)) },
    {
      weight: 10,
      arbitrary: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 3 }),
    },
    {
      weight: 10,
      arbitrary: fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    },
    // The deepest values take a tenth of a second to read from JSON: a few in a thousand.
    { weight: 1, arbitrary: fc.constantFrom<unknown>(DEEP_LIST, DEEP_OBJECT) },
  );

/** A value that is no series: not a flat list of numbers and gaps, nor text or a number. */
export const notASeries = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    {
      weight: 20,
      arbitrary: fc.constantFrom<unknown>(true, false, {}, { 0: 1, length: 1 }, Number.NaN, Infinity, -Infinity),
    },
    { weight: 5, arbitrary: fc.constant(null).map(bare) },
    { weight: 25, arbitrary: spoiled(fc.integer({ min: 0, max: 1000 }), badEntry()) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(DEEP_LIST, DEEP_OBJECT) },
  );

/** Labels that are no labels: an object, or a list with an entry that is no text. */
export const notALabelList = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom<unknown>({}, { first: 'Week 1' }, Number.NaN, Infinity) },
    {
      weight: 20,
      arbitrary: spoiled(
        fc.constantFrom('Week 1, 2026', 'Q2', '2026-03', 'Omzet'),
        fc.constantFrom<unknown>({}, { name: 'Week 1' }, [1], [[1]], Number.NaN, Infinity),
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(DEEP_LIST, DEEP_OBJECT) },
  );

/** Stand-ins for the numbers JSON text can hold and JavaScript cannot, swapped in after `JSON.stringify`. */
const [TOO_LARGE, TOO_SMALL] = ['"__kpi_kit_1e309__"', '"__kpi_kit_-1e309__"'];

/**
 * A value as a JSON child writes it, when JSON can say the same: `Infinity` written `1e309`, the
 * deepest values with their text ready; `undefined` when JSON cannot (`NaN`, `undefined`, a date,
 * which JSON writes as text, a deep list inside another value), or when `1e309` would be another
 * thing than `Infinity` (a label: the text it was written as, which is a fine label).
 */
export const jsonOf = (value: unknown, { numbers = true } = {}): string | undefined => {
  if (value === DEEP_LIST) return DEEP_JSON_LIST;
  if (value === DEEP_OBJECT) return DEEP_JSON_OBJECT;
  let faithful = true;
  const text = JSON.stringify(value, function (this: unknown, key: string, inner: unknown) {
    // `this[key]` is the value before `toJSON`: a date arrives here as text.
    const original = (this as Record<string, unknown>)[key];
    if (original instanceof Date || inner === DEEP_LIST || inner === DEEP_OBJECT) faithful = false;
    if (Number.isNaN(inner) || inner === undefined || typeof inner === 'bigint') faithful = false;
    if (!numbers && (inner === Infinity || inner === -Infinity)) faithful = false;
    if (!faithful) return null;
    return inner === Infinity ? JSON.parse(TOO_LARGE) : inner === -Infinity ? JSON.parse(TOO_SMALL) : inner;
  });
  return faithful && text !== undefined
    ? text.replaceAll(TOO_LARGE, '1e309').replaceAll(TOO_SMALL, '-1e309')
    : undefined;
};

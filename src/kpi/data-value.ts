import type { DataValue, ValueKind } from './types.js';

/** Every kind a value that is no text and no number can have, as messages describe it. */
export const VALUE_KINDS: readonly ValueKind[] = [
  'object',
  'list',
  'nested-list',
  'true',
  'false',
  'function',
  'symbol',
  'infinite',
  'invalid-number',
];
const KNOWN_KINDS: ReadonlySet<unknown> = new Set(VALUE_KINDS);

/** A value that is no text, already described by its kind (by the data layer, or `describeValue`). */
export const isDataValue = (value: unknown): value is DataValue =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  KNOWN_KINDS.has((value as { readonly kind?: unknown }).kind);

/** A list, or a list already described as one. */
const isListLike = (value: unknown): boolean =>
  Array.isArray(value) || (isDataValue(value) && (value.kind === 'list' || value.kind === 'nested-list'));

/**
 * What a value that is no text and no finite number is, by its kind. It never reads deeper than
 * a list's own entries (whether one is a list), so a list nested 100,000 deep is described at
 * once, where turning it into text would overflow the stack.
 */
export const describeValue = (value: unknown): DataValue => {
  if (isDataValue(value)) return value;
  if (Array.isArray(value)) return { kind: value.some(isListLike) ? 'nested-list' : 'list', length: value.length };
  switch (typeof value) {
    case 'number':
      return { kind: Number.isNaN(value) ? 'invalid-number' : 'infinite' };
    case 'boolean':
      return { kind: value ? 'true' : 'false' };
    case 'function':
      return { kind: 'function' };
    case 'symbol':
      return { kind: 'symbol' };
    default:
      return { kind: 'object' };
  }
};

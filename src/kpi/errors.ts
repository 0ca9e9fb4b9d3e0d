import { describeValue } from './data-value.js';
import type { RawValue } from './parse.js';
import type { KpiError, Phrase, Result } from './types.js';

/** A failed result: the one shape every engine function returns an error in. */
export const fail = (error: KpiError): Result<never> => ({ ok: false, error });

/**
 * A setting a script set to something that is no text (`el.label = {}`), where its attribute
 * would hold text: described by its kind, never by JavaScript's "[object Object]".
 */
export const notText = (field: string, given: unknown): Result<never> =>
  fail({ code: 'not-text', fields: [field], givenValue: describeValue(given) });

/**
 * An attribute whose value is not one the element takes (`shape="circle"`, `refresh="2"`):
 * `accepted` lists the values as written, or forms in words from the locale packs. A value from
 * data that is no text (an object) is described by its kind, never written out.
 */
export const invalidOption = (field: string, given: RawValue, accepted: readonly (string | Phrase)[]): Result<never> =>
  fail({
    code: 'invalid-option',
    fields: [field],
    ...(typeof given === 'object' && given !== null
      ? { givenValue: describeValue(given) }
      : { given: String(given ?? '').trim() }),
    accepted,
  });

/**
 * One of a closed set of options (`orientation`, `mode`, `type`, `shape`): the first is the
 * default when the attribute is blank; anything else is an `invalid-option` error naming it.
 */
export const readOption = <T extends string>(
  given: string | null | undefined,
  accepted: readonly [T, ...T[]],
  field: string,
): Result<T> => {
  const text = given?.trim() ?? '';
  if (text === '') return { ok: true, value: accepted[0] };
  return (accepted as readonly string[]).includes(text)
    ? { ok: true, value: text as T }
    : invalidOption(field, text, accepted);
};

import { formatNumber, formatValue } from './format.js';
import { langOf } from './locale.js';
import { packFor, type LocalePack } from './locales/index.js';
import { getKpi } from './registry.js';
import type { DataValue, KpiError, Range } from './types.js';
import { kpiWords, listText, phraseText } from './words.js';

/** A range in words, in the KPI's unit (euros for money), its numbers in the widget's locale. */
const rangeText = (range: Range, kpiId: string | undefined, pack: LocalePack, locale: string) => {
  const unit = (kpiId && getKpi(kpiId)?.unit) || 'number';
  const show = (value: number) => formatValue(value, unit, { locale, currency: 'EUR' });
  const { min, max } = range;
  const words = pack.messages;
  if (min !== undefined && max !== undefined) return words.between(show(min), show(max));
  if (min !== undefined) return words.atLeast(show(min));
  return max === undefined ? '' : words.atMost(show(max));
};

/** How much of what was given a message quotes: enough to recognise it, never a whole long text. */
const EXCERPT_LENGTH = 40;

/**
 * What was given, as a message quotes it: at most its first 40 characters, and "…" when it goes
 * on, so a 100,000-character attribute makes a message of one line. A character made of two
 * UTF-16 units (an emoji) is kept whole or left out, never cut in half.
 */
const excerpt = (text: string): string => {
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  const last = cut.charCodeAt(EXCERPT_LENGTH - 1);
  return `${last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut}…`;
};

/** A value that is no text, in words (`an object`, `a list of 3`), its count in the widget's locale. */
const valueText = ({ kind, length = 0 }: DataValue, pack: LocalePack, locale: string): string => {
  const words = pack.messages.values;
  return kind === 'list' ? words.list(length, formatNumber(length, { locale, decimals: 0 })) : words[kind];
};

/**
 * The attribute or entry a message is about, and what it holds (`given`, as `describeError`
 * words it): quoted when it is text, else in words.
 */
const subjectOf = (error: KpiError, given: string, words: LocalePack['messages']): string => {
  const field = error.fields[0] ?? '';
  if (error.givenValue) return words.holding(error.position ? words.entryOf(error.position, field) : field, given);
  return error.position ? words.entry(error.position, field, given) : `${field}="${given}"`;
};

/** A message a CMS editor can act on: what is wrong, in which attribute, and the accepted form. */
export const describeError = (error: KpiError, locale = 'en'): string => {
  const pack = packFor(langOf(locale));
  // A bare language (`en`, for the console) has no region to format numbers for: the pack's own.
  const numbers = locale.includes('-') ? locale : pack.exampleLocale;
  const field = error.fields[0] ?? '';
  const given = error.givenValue ? valueText(error.givenValue, pack, numbers) : excerpt(error.given ?? '');
  const accepted = (error.accepted ?? []).map((text) => phraseText(text, pack));
  const kpi = error.kpi ? getKpi(error.kpi) : undefined;
  return pack.messages.codes[error.code]({
    given,
    field,
    fields: error.fields,
    fieldList: listText(error.fields, pack),
    subject: subjectOf(error, given, pack.messages),
    example: error.example ?? '',
    reason: error.reason === undefined ? '' : phraseText(error.reason, pack),
    accepted,
    acceptedList: listText(accepted, pack, 'or'),
    kpiName: kpi ? kpiWords(kpi, pack.lang).name : pack.messages.someKpi,
    range: error.range ? rangeText(error.range, error.kpi, pack, numbers) : '',
    ...(error.position === undefined ? {} : { position: error.position }),
    ...(error.lengths ? { lengths: error.lengths } : {}),
  });
};

import { formatValue } from './format.js';
import { langOf } from './locale.js';
import { packFor, type LocalePack } from './locales/index.js';
import { getKpi } from './registry.js';
import type { KpiError, Range } from './types.js';
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

/** A message a CMS editor can act on: what is wrong, in which attribute, and the accepted form. */
export const describeError = (error: KpiError, locale = 'en'): string => {
  const pack = packFor(langOf(locale));
  // A bare language (`en`, for the console) has no region to format numbers for: the pack's own.
  const numbers = locale.includes('-') ? locale : pack.exampleLocale;
  const field = error.fields[0] ?? '';
  const given = error.given ?? '';
  const accepted = (error.accepted ?? []).map((text) => phraseText(text, pack));
  const kpi = error.kpi ? getKpi(error.kpi) : undefined;
  return pack.messages.codes[error.code]({
    given,
    field,
    fields: error.fields,
    fieldList: listText(error.fields, pack),
    subject: error.position ? pack.messages.entry(error.position, field, given) : `${field}="${given}"`,
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

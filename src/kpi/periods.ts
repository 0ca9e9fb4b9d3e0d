import { dateFormat, dateOfDay, formatIsoDate, parseIsoDate, type IsoDate } from './dates.js';
import { fail, invalidOption } from './errors.js';
import { formatNumber } from './format.js';
import { langOf } from './locale.js';
import { describeValue, isDataValue } from './data-value.js';
import { isMissingSeries, type RawEntry, type RawValue } from './parse.js';
import { packFor, type PeriodWords } from './locales/index.js';
import type { Result } from './types.js';
import { unitOfLabel } from './period-labels.js';
import { unitNames } from './unit-names.js';

/** How the periods of a trend are named: in the table, on the axis, in sentences. */
export interface PeriodNames {
  /** "Feb 2026", "Q3", "Period 3": the table, the focus readout. */
  readonly label: (index: number) => string;
  /** A short axis tick: "Feb 2026" (a month), "Feb 15" (a day), "Q3", "3". */
  readonly tick: (index: number) => string;
  /** Within a sentence: "in March", "on March 15", "in Q3", "in period 3". */
  readonly at: (index: number) => string;
  /** Within a phrase, with no preposition: "Feb 2026", "Q3", "period 3" (not "vs Period 3"). */
  readonly named: (index: number) => string;
  /** The whole span: "Jan – Apr 2026", "Q1–Q4", "periods 1–4". */
  readonly span: string;
}

/** Labels that are all ISO months or dates are dates; `2026-02-30` is then an error, not free text. */
const ISO_SHAPE = /^\d{4}-\d{2}(-\d{2})?$/;
const isDay = (date: IsoDate) => date.precision === 'day';

const dateNames = (dates: readonly IsoDate[], locale: string, words: PeriodWords): PeriodNames => {
  const years = new Set(dates.map((date) => dateOfDay(date.day).getUTCFullYear()));
  const first = dates[0];
  const last = dates[dates.length - 1];
  const span = () => {
    if (!first || !last) return '';
    if (first === last) return formatIsoDate(first, locale);
    const days = isDay(first) && isDay(last) ? ({ day: 'numeric' } as const) : {};
    return dateFormat(locale, { year: 'numeric', month: 'short', ...days }).formatRange(
      dateOfDay(first.day),
      dateOfDay(last.day),
    );
  };
  const label = (index: number) => (dates[index] ? formatIsoDate(dates[index], locale) : '');
  return {
    label,
    named: label,
    tick: (index) => {
      const date = dates[index];
      if (!date) return '';
      const options: Intl.DateTimeFormatOptions = isDay(date)
        ? { month: 'short', day: 'numeric' }
        : // A month with its full year: "Jan 26" would read as the 26th of January.
          { month: 'short', year: 'numeric' };
      return dateFormat(locale, options).format(dateOfDay(date.day));
    },
    at: (index) => {
      const date = dates[index];
      if (!date) return '';
      const options: Intl.DateTimeFormatOptions = {
        month: 'long',
        ...(isDay(date) ? { day: 'numeric' } : {}),
        ...(years.size > 1 ? { year: 'numeric' } : {}),
      };
      return words.at(dateFormat(locale, options).format(dateOfDay(date.day)), isDay(date) ? 'day' : 'month');
    },
    span: span(),
  };
};

const textNames = (texts: readonly string[], words: PeriodWords): PeriodNames => ({
  label: (index) => texts[index] ?? '',
  named: (index) => texts[index] ?? '',
  tick: (index) => texts[index] ?? '',
  at: (index) => words.at(texts[index] ?? '', 'text'),
  span: texts.length > 1 ? `${texts[0]}–${texts[texts.length - 1]}` : (texts[0] ?? ''),
});

const numberedNames = (count: number, locale: string, words: PeriodWords): PeriodNames => {
  const number = (index: number) => formatNumber(index + 1, { locale, decimals: 0 });
  const inSentence = (index: number) => words.inSentence(number(index));
  return {
    label: (index) => words.period(number(index)),
    named: inSentence,
    tick: number,
    at: (index) => words.at(inSentence(index), 'text'),
    span: count > 1 ? words.periods(number(0), number(count - 1)) : inSentence(0),
  };
};

/** A number in a list of labels, in digits; `NaN`, `Infinity` or an object is no label. */
const finiteText = (entry: RawEntry) =>
  typeof entry === 'number' && Number.isFinite(entry) ? String(entry) : undefined;

/**
 * The labels given: text split at its commas, or a list's entries as they are (text as written, a
 * number in digits), so a label from a file may hold a comma ("Week 1, 2026"). An entry that is no
 * label (an object, `NaN` from a script) is handed back, for the message to describe.
 */
const labelTexts = (raw: string | number | readonly RawEntry[]): string[] | { readonly strange: RawEntry } => {
  if (typeof raw === 'string' || typeof raw === 'number')
    return String(raw)
      .split(',')
      .map((text) => text.trim());
  const texts: string[] = [];
  for (const entry of raw) {
    const text = typeof entry === 'string' ? entry.trim() : entry === null ? '' : finiteText(entry);
    if (text === undefined) return { strange: entry };
    texts.push(text);
  }
  return texts;
};

/**
 * Reads `labels`: one per period, comma-separated text (an attribute), or a list (from data). When
 * every label is an ISO month or date (`2026-01`, `2026-02-15`), an ISO week (`2026-W19`) or a
 * quarter (`2026-Q2`) they are formatted for the locale;
 * otherwise they are shown as written. Without labels, periods are numbered. Too few or too many
 * labels, a blank one, or one that is no text (an object, described by its kind) is an error on
 * `labels`; a date that does not exist is an error naming its entry.
 */
export const readPeriodNames = (raw: RawValue, count: number, locale: string): Result<PeriodNames> => {
  const words = packFor(langOf(locale)).periods;
  if (raw === null || raw === undefined || isMissingSeries(raw)) {
    return { ok: true, value: numberedNames(count, locale, words) };
  }
  const accepted = [{ phrase: 'labels-per-period', args: [formatNumber(count, { locale, decimals: 0 })] }] as const;
  const texts =
    isDataValue(raw) || (typeof raw === 'number' && !Number.isFinite(raw)) ? { strange: raw } : labelTexts(raw);
  if (!Array.isArray(texts)) return invalidOption('labels', describeValue(texts.strange), accepted);
  // A blank label would leave a period without a name in the table, the axis and the sentences.
  if (texts.length !== count || texts.includes('')) return invalidOption('labels', raw, accepted);
  // ISO weeks (`2026-W19`) and quarters (`2026-Q2`), as `group-by` labels its periods.
  const unit = unitOfLabel(texts[0] ?? '');
  if (unit && texts.every((text) => unitOfLabel(text) === unit)) return unitNames(texts, unit, locale);
  if (!texts.every((text) => ISO_SHAPE.test(text))) return { ok: true, value: textNames(texts, words) };
  const dates: IsoDate[] = [];
  for (const [index, text] of texts.entries()) {
    const date = parseIsoDate(text, 'labels');
    if (!date.ok) return fail({ ...date.error, position: index + 1 });
    dates.push(date.value);
  }
  return { ok: true, value: dateNames(dates, locale, words) };
};

import {
  formatIsoDate,
  formatNumber,
  isBlank,
  parseIsoDate,
  type IsoDate,
  type Lang,
  type Result,
} from '../../kpi/index.js';
import { memo } from '../../kpi/memo.js';
import { TREND_STRINGS, type Mention } from './kpi-trend.strings.js';

/** How the periods of a trend are named: in the table, on the axis, in sentences. */
export interface PeriodNames {
  /** "Feb 2026", "Q3", "Period 3": the table, the focus readout. */
  readonly label: (index: number) => string;
  /** A short axis tick: "Feb 26", "Feb 15", "Q3", "3". */
  readonly tick: (index: number) => string;
  /** Within a sentence: "in March", "on March 15", "in Q3", "in period 3". */
  readonly at: (index: number) => string;
  /** The whole span: "Jan – Apr 2026", "Q1–Q4", "periods 1–4". */
  readonly span: string;
}

const MS_PER_DAY = 86_400_000;
const ISO = /^\d{4}-\d{2}(-\d{2})?$/;
const formats = memo<Intl.DateTimeFormat>();

const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  formats(
    `${locale}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }),
  );

const time = (date: IsoDate) => new Date(date.day * MS_PER_DAY);

const dateNames = (dates: readonly IsoDate[], locale: string, lang: Lang): PeriodNames => {
  const years = new Set(dates.map((date) => time(date).getUTCFullYear()));
  const first = dates[0];
  const last = dates[dates.length - 1];
  const day = (date: IsoDate) => date.precision === 'day';
  const spanFormat = dateFormat(locale, {
    year: 'numeric',
    month: 'short',
    ...(first && last && day(first) && day(last) ? { day: 'numeric' } : {}),
  });
  return {
    label: (index) => (dates[index] ? formatIsoDate(dates[index], locale) : ''),
    tick: (index) => {
      const date = dates[index];
      if (!date) return '';
      const options: Intl.DateTimeFormatOptions = day(date)
        ? { month: 'short', day: 'numeric' }
        : { month: 'short', year: '2-digit' };
      return dateFormat(locale, options).format(time(date));
    },
    at: (index) => {
      const date = dates[index];
      if (!date) return '';
      const options: Intl.DateTimeFormatOptions = {
        month: 'long',
        ...(day(date) ? { day: 'numeric' } : {}),
        ...(years.size > 1 ? { year: 'numeric' } : {}),
      };
      const mention: Mention = day(date) ? 'day' : 'month';
      return TREND_STRINGS[lang].at(dateFormat(locale, options).format(time(date)), mention);
    },
    span:
      first && last
        ? first === last
          ? formatIsoDate(first, locale)
          : spanFormat.formatRange(time(first), time(last))
        : '',
  };
};

const textNames = (texts: readonly string[], lang: Lang): PeriodNames => ({
  label: (index) => texts[index] ?? '',
  tick: (index) => texts[index] ?? '',
  at: (index) => TREND_STRINGS[lang].at(texts[index] ?? '', 'text'),
  span: texts.length > 1 ? `${texts[0]}–${texts[texts.length - 1]}` : (texts[0] ?? ''),
});

const numberedNames = (count: number, locale: string, lang: Lang): PeriodNames => {
  const words = TREND_STRINGS[lang];
  const number = (index: number) => formatNumber(index + 1, { locale, decimals: 0 });
  return {
    label: (index) => words.period(number(index)),
    tick: number,
    at: (index) => words.at(words.period(number(index)).toLocaleLowerCase(locale), 'text'),
    span: count > 1 ? words.periods(number(0), number(count - 1)) : words.period(number(0)).toLocaleLowerCase(locale),
  };
};

/**
 * Reads `labels`: one per period, comma-separated. When every label is an ISO month or date
 * (`2026-01`, `2026-02-15`) they are formatted for the locale; otherwise they are shown as written.
 * Without labels, periods are numbered.
 */
export const readPeriodNames = (
  raw: string | null | undefined,
  count: number,
  locale: string,
  lang: Lang,
): Result<PeriodNames> => {
  if (isBlank(raw)) return { ok: true, value: numberedNames(count, locale, lang) };
  const texts = raw.split(',').map((text) => text.trim());
  // A blank label would leave a period without a name in the table, the axis and the sentences.
  if (texts.length !== count || texts.includes('')) {
    const shown = formatNumber(count, { locale, decimals: 0 });
    const accepted = [{ en: `${shown} labels, one per period`, nl: `${shown} labels, één per periode` }];
    return { ok: false, error: { code: 'invalid-option', fields: ['labels'], given: raw.trim(), accepted } };
  }
  if (!texts.every((text) => ISO.test(text))) return { ok: true, value: textNames(texts, lang) };
  const dates: IsoDate[] = [];
  for (const [index, text] of texts.entries()) {
    const date = parseIsoDate(text, 'labels');
    if (!date.ok) return { ok: false, error: { ...date.error, position: index + 1 } };
    dates.push(date.value);
  }
  return { ok: true, value: dateNames(dates, locale, lang) };
};

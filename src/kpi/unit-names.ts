import { dateFormat, dateOfDay } from './dates.js';
import { fail } from './errors.js';
import { langOf } from './locale.js';
import { packFor } from './locales/index.js';
import { dayOfLabel, type LabelUnit } from './period-labels.js';
import { nameQuarter } from './period-name.js';
import type { PeriodNames } from './periods.js';
import { capitalize } from './text.js';
import type { Result } from './types.js';

const formatDay = (locale: string, day: number, options: Intl.DateTimeFormatOptions) =>
  dateFormat(locale, options).format(dateOfDay(day));

/**
 * ISO weeks named by their Monday: "Week of May 4, 2026" in the table, "May 4" on the axis, "in
 * the week of May 4" in sentences, "May 4 – Jul 5, 2026" for the span (Monday to the last Sunday).
 */
const weekNames = (mondays: readonly number[], locale: string): PeriodNames => {
  const words = packFor(langOf(locale)).periods;
  const years = new Set(mondays.map((day) => dateOfDay(day).getUTCFullYear()));
  const named = (index: number) =>
    words.week(formatDay(locale, mondays[index] ?? 0, { year: 'numeric', month: 'short', day: 'numeric' }));
  const [first = 0, last = 0] = [mondays[0], mondays.at(-1)];
  return {
    label: (index) => capitalize(named(index), locale),
    named,
    tick: (index) => formatDay(locale, mondays[index] ?? 0, { month: 'short', day: 'numeric' }),
    at: (index) => {
      const options: Intl.DateTimeFormatOptions = {
        month: 'long',
        day: 'numeric',
        ...(years.size > 1 && { year: 'numeric' }),
      };
      return words.at(formatDay(locale, mondays[index] ?? 0, options), 'week');
    },
    span: dateFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }).formatRange(
      dateOfDay(first),
      dateOfDay(last + 6),
    ),
  };
};

/** Quarters named as the locale writes them: "Q2 2026", "K2 2026" (Dutch), "T2 2026" (French). */
const quarterNames = (starts: readonly number[], locale: string): PeriodNames => {
  const lang = langOf(locale);
  const name = (index: number) => nameQuarter(starts[index] ?? 0, locale);
  const last = starts.length - 1;
  return {
    label: name,
    named: name,
    tick: name,
    at: (index) => packFor(lang).periods.at(name(index), 'text'),
    span: last > 0 ? `${name(0)} – ${name(last)}` : name(0),
  };
};

/**
 * Labels that are all ISO weeks (`2026-W19`) or all quarters (`2026-Q2`), as `group-by` writes
 * them, named for the reader; a week the year does not have is an error naming its entry.
 */
export const unitNames = (texts: readonly string[], unit: LabelUnit, locale: string): Result<PeriodNames> => {
  const days: number[] = [];
  for (const [index, text] of texts.entries()) {
    const day = dayOfLabel(text);
    if (day === undefined) {
      const example = unit === 'week' ? '2026-W19' : '2026-Q2';
      return fail({ code: 'not-a-date', fields: ['labels'], given: text, example, position: index + 1 });
    }
    days.push(day);
  }
  return { ok: true, value: unit === 'week' ? weekNames(days, locale) : quarterNames(days, locale) };
};

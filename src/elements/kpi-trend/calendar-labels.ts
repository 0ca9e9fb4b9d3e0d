import { dateOfDay, packFor, type Lang } from '../../kpi/index.js';
// The engine's memoised Intl date formats; to be imported from its index once it exports them.
import { dateFormat } from '../../kpi/index.js';

/** The calendar steps a period axis is labelled in, finest first. */
export const CALENDAR_UNITS = ['day', 'month', 'quarter', 'year'] as const;
export type CalendarUnit = (typeof CALENDAR_UNITS)[number];

/** How a calendar tick reads: a day number (since 1970) in a step of the calendar. */
export type CalendarLabel = (day: number, unit: CalendarUnit) => string;

const OPTIONS = {
  day: { month: 'short', day: 'numeric' },
  // A month with its full year: "Jan 25" would read as the 25th of January.
  month: { month: 'short', year: 'numeric' },
  quarter: { year: 'numeric' },
  year: { year: 'numeric' },
} as const satisfies Record<CalendarUnit, Intl.DateTimeFormatOptions>;

/**
 * Calendar ticks that say what they are, in the reader's locale: "Jan 2025" for a month, "Q1 2025"
 * for a quarter ("K1 2025" in Dutch, "T1 2025" in French), "2025" for a year, "Mar 15" for a day
 * (the span under the chart gives its year).
 */
export const calendarLabel =
  (locale: string, lang: Lang): CalendarLabel =>
  (day, unit) => {
    const date = dateOfDay(day);
    const text = dateFormat(locale, OPTIONS[unit]).format(date);
    return unit === 'quarter' ? packFor(lang).trend.quarter(Math.floor(date.getUTCMonth() / 3) + 1, text) : text;
  };

import { invalidOption } from './errors.js';
import { MS_PER_DAY, parseIsoDate } from './dates.js';
import type { Result } from './types.js';

/** What `period` names: a calendar unit around the data's last day, a moving window, or a span. */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'last-30-days' | 'span';

/** A reporting period: whole UTC days, both ends included. */
export interface ReportPeriod {
  readonly kind: PeriodKind;
  /** Days since 1970-01-01, as `dates.ts` counts them. */
  readonly start: number;
  readonly end: number;
}

/** The words `period` takes besides ISO forms, in the order the docs list them. */
export const PERIOD_WORDS = ['month', 'quarter', 'year', 'last-30-days'] as const;

const dayOf = (year: number, month: number, day: number): number => {
  // setUTCFullYear takes years 0–99 as written; Date.UTC would read them as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime() / MS_PER_DAY;
};
const calendar = (day: number) => {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() };
};

/** The calendar month, quarter or year that `day` falls in. */
const unitAround = (kind: 'month' | 'quarter' | 'year', day: number): ReportPeriod => {
  const { year, month } = calendar(day);
  const first = kind === 'month' ? month : kind === 'quarter' ? month - (month % 3) : 0;
  const months = kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12;
  return { kind, start: dayOf(year, first, 1), end: dayOf(year, first + months, 0) };
};

/**
 * Reads `period`: `month`, `quarter` or `year` (the calendar one the data's last day falls in),
 * `last-30-days` (ending on that day), a month `2026-06`, or a span of days
 * `2026-06-01/2026-06-30`. Anything else is an error naming `period`, with the forms it takes.
 */
export const readReportPeriod = (raw: string, lastDay: number): Result<ReportPeriod> => {
  const text = raw.trim();
  const refused = () => invalidOption('period', text, [...PERIOD_WORDS, '2026-06', '2026-06-01/2026-06-30']);
  if (text === 'month' || text === 'quarter' || text === 'year') return { ok: true, value: unitAround(text, lastDay) };
  if (text === 'last-30-days') return { ok: true, value: { kind: 'last-30-days', start: lastDay - 29, end: lastDay } };
  const [from, to, ...rest] = text.split('/');
  if (rest.length > 0 || from === undefined) return refused();
  const start = parseIsoDate(from, 'period');
  if (to === undefined) {
    return start.ok && start.value.precision === 'month'
      ? { ok: true, value: { ...unitAround('month', start.value.day), kind: 'month' } }
      : refused();
  }
  const end = parseIsoDate(to, 'period');
  if (!start.ok || !end.ok || start.value.precision !== 'day' || end.value.precision !== 'day') return refused();
  if (end.value.day < start.value.day) return refused();
  return { ok: true, value: { kind: 'span', start: start.value.day, end: end.value.day } };
};

/** How many days a period has. */
export const periodDays = ({ start, end }: ReportPeriod): number => end - start + 1;

/**
 * The period before, of the same kind: the month, quarter or year before; for a moving window or
 * a span, as many days, ending the day before it starts.
 */
export const previousPeriod = (period: ReportPeriod): ReportPeriod => {
  if (period.kind === 'month' || period.kind === 'quarter' || period.kind === 'year') {
    return { ...unitAround(period.kind, period.start - 1), kind: period.kind };
  }
  return { kind: period.kind, start: period.start - periodDays(period), end: period.start - 1 };
};

/** A day one calendar year earlier; the 29th of February becomes the 28th. */
const yearEarlier = (day: number): number => {
  const date = new Date(day * MS_PER_DAY);
  const [year, month, dayOfMonth] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  return Math.min(dayOf(year - 1, month, dayOfMonth), dayOf(year - 1, month + 1, 0));
};

/** The same period a year earlier: June 2025 for June 2026, the same dates for a span. */
export const yearAgoPeriod = (period: ReportPeriod): ReportPeriod =>
  period.kind === 'month' || period.kind === 'quarter' || period.kind === 'year'
    ? { ...unitAround(period.kind, yearEarlier(period.start)), kind: period.kind }
    : { kind: period.kind, start: yearEarlier(period.start), end: yearEarlier(period.end) };

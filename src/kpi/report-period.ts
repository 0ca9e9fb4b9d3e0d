import { invalidOption } from './errors.js';
import { MS_PER_DAY, parseIsoDate } from './dates.js';
import { dayOf, weekStart } from './period-labels.js';
import type { Result } from './types.js';

/**
 * What `period` names: a calendar unit around the data's last day, a moving window, or a span;
 * `week` is an ISO week (Monday to Sunday), a unit `group-by` takes.
 */
export type PeriodKind = 'week' | 'month' | 'quarter' | 'year' | 'last-30-days' | 'span';

/** A reporting period: whole UTC days, both ends included. */
export interface ReportPeriod {
  readonly kind: PeriodKind;
  /** Days since 1970-01-01, as `dates.ts` counts them. */
  readonly start: number;
  readonly end: number;
}

/** The words `period` takes besides ISO forms, in the order the docs list them. */
export const PERIOD_WORDS = ['month', 'quarter', 'year', 'last-30-days'] as const;

const calendar = (day: number) => {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() };
};

/** The ISO week (from its Monday), calendar month, quarter or year that `day` falls in. */
export const unitAround = (kind: 'week' | 'month' | 'quarter' | 'year', day: number): ReportPeriod => {
  if (kind === 'week') return { kind, start: weekStart(day), end: weekStart(day) + 6 };
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

/** Whether a period is a whole calendar month, quarter or year, not cut short. */
export const isWholeUnit = (period: ReportPeriod): boolean => {
  if (period.kind !== 'month' && period.kind !== 'quarter' && period.kind !== 'year') return false;
  const unit = unitAround(period.kind, period.start);
  return unit.start === period.start && unit.end === period.end;
};

/** A reporting period, how far the data covers it, and the periods it is compared with. */
export interface ComparedPeriods {
  readonly current: ReportPeriod;
  /** The last day of `current` the data covers: its end, unless the period is still under way. */
  readonly through: number;
  /** The data ends before the period does: its figures are so far. */
  readonly partial: boolean;
  /** The period before, and the same period a year earlier: as many days as `current` has so far. */
  readonly previous: ReportPeriod;
  readonly yearAgo: ReportPeriod;
}

/**
 * The periods a figure over `current` is compared with. A period still under way (June up to the
 * 15th) is compared like for like: with the same days of the periods before (May 1–15, June 1–15
 * a year earlier), never with whole ones, which would call every month so far a fall.
 */
export const comparedPeriods = (current: ReportPeriod, lastDay: number): ComparedPeriods => {
  const partial = lastDay >= current.start && lastDay < current.end;
  const through = partial ? lastDay : current.end;
  const cut = (period: ReportPeriod): ReportPeriod =>
    partial ? { ...period, end: Math.min(period.end, period.start + (through - current.start)) } : period;
  return { current, through, partial, previous: cut(previousPeriod(current)), yearAgo: cut(yearAgoPeriod(current)) };
};

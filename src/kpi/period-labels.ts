import { dateOfDay, MS_PER_DAY } from './dates.js';

/**
 * Labels of periods longer than a month that a trend names for its reader: an ISO week
 * (`2026-W19`, Monday to Sunday) or a calendar quarter (`2026-Q2`). Grouped data is labelled so.
 */
export type LabelUnit = 'week' | 'quarter';

const WEEK = /^(\d{4})-W(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/** The day number of a calendar date; years 0–99 as written (Date.UTC would read them as 1900s). */
export const dayOf = (year: number, month: number, day: number): number => {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime() / MS_PER_DAY;
};

/** The Monday of the ISO week a day falls in (1970-01-01 was a Thursday). */
export const weekStart = (day: number): number => day - ((((day + 3) % 7) + 7) % 7);

/** `2026-W19`: the ISO week of a day, numbered in the year its Thursday falls in. */
export const weekLabel = (day: number): string => {
  const thursday = weekStart(day) + 3;
  const year = dateOfDay(thursday).getUTCFullYear();
  const week = Math.floor((thursday - dayOf(year, 0, 1)) / 7) + 1;
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
};

/** `2026-Q2`: the calendar quarter of a day. */
export const quarterLabel = (day: number): string => {
  const date = dateOfDay(day);
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
};

/** The shape of a week or quarter label, without checking that the week exists. */
export const unitOfLabel = (text: string): LabelUnit | undefined =>
  WEEK.test(text) ? 'week' : QUARTER.test(text) ? 'quarter' : undefined;

/**
 * The first day of a week (its Monday) or quarter label; `undefined` for any other text or a
 * week the year does not have (`2025-W53`: 2025 has 52).
 */
export const dayOfLabel = (text: string): number | undefined => {
  const quarter = QUARTER.exec(text);
  if (quarter) return dayOf(Number(quarter[1]), (Number(quarter[2]) - 1) * 3, 1);
  const week = WEEK.exec(text);
  if (!week) return undefined;
  // Week 1 is the week with the year's 4 January in it.
  const monday = weekStart(dayOf(Number(week[1]), 0, 4)) + (Number(week[2]) - 1) * 7;
  return weekLabel(monday) === text ? monday : undefined;
};

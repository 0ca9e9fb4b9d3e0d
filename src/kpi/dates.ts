import { memo } from './memo.js';
import type { KpiError, Result } from './types.js';

/** A calendar date or month from an ISO string, counted in whole UTC days so months compare fairly. */
export interface IsoDate {
  /** Days since 1970-01-01 (UTC); for a month, its first day. */
  readonly day: number;
  readonly precision: 'day' | 'month';
  /** The text as given, trimmed. */
  readonly text: string;
}

const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
/** Milliseconds in a UTC day: dates are counted in whole days, never in local hours. */
export const MS_PER_DAY = 86_400_000;

/** The UTC midnight a day number stands for, for `Intl.DateTimeFormat` with `timeZone: 'UTC'`. */
export const dateOfDay = (day: number): Date => new Date(day * MS_PER_DAY);

/** A calendar day in the reader's own time zone (today, by default), as a day number. */
export const localDay = (now: Date = new Date()): number =>
  Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / MS_PER_DAY);

/**
 * Reads `2026-02` or `2026-02-15`. Dates that do not exist (`2026-02-30`) and other forms are
 * errors naming the field; nothing is guessed from a local time zone.
 */
export const parseIsoDate = (raw: string | null | undefined, field: string): Result<IsoDate> => {
  const text = raw?.trim() ?? '';
  const fail = (code: KpiError['code']): Result<never> => ({
    ok: false,
    error: { code, fields: [field], given: text, example: '2026-02-15' },
  });
  if (text === '') return fail('missing');
  const match = ISO.exec(text);
  if (!match) return fail('not-a-date');
  const [year, month, dayOfMonth = 1] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes the year as written.
  const date = new Date(0);
  date.setUTCFullYear(year ?? 0, (month ?? 1) - 1, dayOfMonth);
  const time = date.getTime();
  if (date.getUTCMonth() !== (month ?? 1) - 1 || date.getUTCDate() !== dayOfMonth) return fail('not-a-date');
  return { ok: true, value: { day: time / MS_PER_DAY, precision: match[3] ? 'day' : 'month', text } };
};

/** The ISO date (`YYYY-MM-DD`) of a day number, for messages and attributes. */
export const isoOfDay = (day: number): string => dateOfDay(day).toISOString().slice(0, 10);

/** The number of days in the month a day falls in. */
export const daysInMonth = (day: number): number => {
  const date = dateOfDay(day);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
};

const dateFormats = memo<Intl.DateTimeFormat>();

/** A date format for day numbers (read in UTC), made once per locale and options. */
export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  dateFormats(
    `${locale}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }),
  );

/** A date or month for readers: `Feb 15, 2026` / `15 feb 2026`, or `Feb 2026` / `feb 2026`. */
export const formatIsoDate = (date: IsoDate, locale: string, style: 'short' | 'long' = 'short'): string =>
  dateFormat(locale, {
    year: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    ...(date.precision === 'day' ? { day: 'numeric' } : {}),
  }).format(dateOfDay(date.day));

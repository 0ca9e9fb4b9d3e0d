import { dateFormat, dateOfDay } from './dates.js';
import { langOf } from './locale.js';
import { packFor } from './locales/index.js';
import { isWholeUnit, type ComparedPeriods, type ReportPeriod } from './report-period.js';

/** How a period is named, for the words around it: a calendar unit, or a run of days. */
export type PeriodNameKind = 'month' | 'quarter' | 'year' | 'days';

/** A period's name for a reader, and what kind of name it is. */
export interface PeriodName {
  readonly text: string;
  readonly kind: PeriodNameKind;
}

/** The quarter a day starts, as the locale writes it: "Q2 2026", "K2 2026" (Dutch), "T2 2026" (French). */
export const nameQuarter = (start: number, locale: string): string => {
  const date = dateOfDay(start);
  const year = dateFormat(locale, { year: 'numeric' }).format(date);
  return packFor(langOf(locale)).trend.quarter(Math.floor(date.getUTCMonth() / 3) + 1, year);
};

/**
 * Names a reporting period for the locale: a whole month ("June 2026"), quarter ("Q2 2026",
 * "K2 2026") or year ("2026"); any other run of days by its dates ("Jun 1 – 15, 2026").
 */
export const namePeriod = (period: ReportPeriod, locale: string): PeriodName => {
  const start = dateOfDay(period.start);
  if (isWholeUnit(period)) {
    if (period.kind === 'month') {
      return { kind: 'month', text: dateFormat(locale, { year: 'numeric', month: 'long' }).format(start) };
    }
    if (period.kind === 'quarter') return { kind: 'quarter', text: nameQuarter(period.start, locale) };
    return { kind: 'year', text: dateFormat(locale, { year: 'numeric' }).format(start) };
  }
  const days = dateFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' });
  const text = period.start === period.end ? days.format(start) : days.formatRange(start, dateOfDay(period.end));
  return { kind: 'days', text };
};

/** How a widget words a period of daily data: the period it covers, and the periods it is compared with. */
export interface PeriodWording {
  /** Under the widget's name: "June 2026", or "June 2026 (so far)" while the period is under way. */
  readonly covered: string;
  /** What a change is compared with: "vs May 2026", "vs May 1 – 15, 2026". */
  readonly previous: string;
  readonly yearAgo: string;
}

/** Words a reporting period and the periods it is compared with for the locale (see `comparedPeriods`). */
export const wordPeriods = (periods: ComparedPeriods, locale: string): PeriodWording => {
  const words = packFor(langOf(locale));
  const versus = (period: ReportPeriod) => {
    const { text, kind } = namePeriod(period, locale);
    return words.periods.versus(text, kind);
  };
  const { text } = namePeriod(periods.current, locale);
  return {
    covered: periods.partial ? words.trend.partial(text, 'last') : text,
    previous: versus(periods.previous),
    yearAgo: versus(periods.yearAgo),
  };
};

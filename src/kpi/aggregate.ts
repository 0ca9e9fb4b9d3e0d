import { isoOfDay } from './dates.js';
import { fail } from './errors.js';
import { periodDays, type ReportPeriod } from './report-period.js';
import type { KpiInput, Measure, Result } from './types.js';

/** One row of a daily (or weekly) export: its day, and its inputs by name. */
export interface DatedRow {
  /** Days since 1970-01-01, as `dates.ts` counts them. */
  readonly day: number;
  readonly values: Readonly<Record<string, number | null | undefined>>;
}

/** A period's inputs, added up, and how much of the period the data covers. */
export interface PeriodTotals {
  readonly inputs: Readonly<Record<string, number>>;
  /** Days of the period that have a row. */
  readonly daysWithData: number;
  readonly days: number;
  /** The data ends before the period does (a month still under way): its figures are so far. */
  readonly partial: boolean;
}

/** How an input adds up over days: as the catalog says, else counts and amounts are summed. */
export const measureOf = (input: KpiInput): Measure =>
  input.measure ??
  (input.kind === 'count' || input.kind === 'amount' || input.kind === 'signed' ? 'flow' : 'stock-end');

/**
 * A period's inputs from dated rows: each flow summed over its days, each stock read on the last
 * day it has a figure (or the first, for a `stock-start`). Rows of one day are added together
 * first (a row per channel). A KPI is then computed on these totals, never as a mean of daily
 * ratios: a month's conversion rate is its conversions over its visitors. An input with no
 * figure in the period is left out, for the KPI to report as missing. A period without rows is
 * an error naming `period` (and `date-field`), with the span the data covers.
 */
export const totalsOf = (
  rows: readonly DatedRow[],
  period: ReportPeriod,
  measures: Readonly<Record<string, Measure>>,
  given: string,
): Result<PeriodTotals> => {
  const byDay = new Map<number, Map<string, number>>();
  let [first, last] = [Infinity, -Infinity];
  for (const { day, values } of rows) {
    [first, last] = [Math.min(first, day), Math.max(last, day)];
    if (day < period.start || day > period.end) continue;
    const sums = byDay.get(day) ?? new Map<string, number>();
    for (const [name, value] of Object.entries(values)) {
      if (typeof value === 'number' && Number.isFinite(value)) sums.set(name, (sums.get(name) ?? 0) + value);
    }
    byDay.set(day, sums);
  }
  if (byDay.size === 0) {
    return fail({
      code: 'empty-period',
      // `date-field` too: a wrong column of dates leaves every period empty.
      fields: ['period', 'date-field'],
      given,
      ...(rows.length > 0 && { reason: `${isoOfDay(first)} – ${isoOfDay(last)}` }),
    });
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const inputs: Record<string, number> = {};
  for (const [name, measure] of Object.entries(measures)) {
    const dated = days.filter((day) => byDay.get(day)?.has(name));
    if (dated.length === 0) continue;
    if (measure === 'flow') inputs[name] = dated.reduce((sum, day) => sum + (byDay.get(day)?.get(name) ?? 0), 0);
    else inputs[name] = byDay.get(measure === 'stock-start' ? (dated[0] ?? 0) : (dated.at(-1) ?? 0))?.get(name) ?? 0;
  }
  return {
    ok: true,
    value: { inputs, daysWithData: byDay.size, days: periodDays(period), partial: last < period.end },
  };
};

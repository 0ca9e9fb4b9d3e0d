import { measureOf, totalsOf } from '../kpi/aggregate.js';
import { invalidOption } from '../kpi/errors.js';
import type { KpiInput, Result } from '../kpi/index.js';
import { comparedPeriods, readReportPeriod, type ReportPeriod } from '../kpi/report-period.js';
import { BASELINE_PREFIX } from '../kpi/index.js';
import { REPORTING_PERIOD, type DataInputs } from './data-inputs.js';
import { readDatedRows, type Table } from './dated-rows.js';

/** What `period` and `date-field` ask of a table with a row per day. */
export interface PeriodRequest {
  readonly period: string;
  /** The column of dates; `date` by default. */
  readonly dateField: string;
  /** The KPI's inputs, which say how each adds up over days (stocks and flows); others are flows. */
  readonly inputs: readonly KpiInput[];
}

/**
 * A table with a row per day (or week) as a card's or a gauge's inputs for one period: each
 * input's total over the period (`period="month"`, `2026-05`, …, see `readReportPeriod`), its
 * total over the period before as the `previous-` input and over the same period a year earlier
 * as the `year-ago-` input, summed or read as the engine says; a period still under way is
 * compared like for like (see `comparedPeriods`), and the periods go with the inputs as
 * `REPORTING_PERIOD`, for the widget to name them.
 * The dates are ISO (`2026-05-31`) in the `date-field` column; a row without a date is left out;
 * a figure that is not a number is an error naming its input and row. `columns` are the inputs
 * the table feeds and their columns; `dateColumn` is the `date-field` column, or -1 without one.
 */
export const periodInputs = (
  table: Table,
  columns: ReadonlyMap<string, number>,
  dateColumn: number,
  request: PeriodRequest,
): Result<DataInputs> => {
  if (dateColumn < 0) return invalidOption('date-field', request.dateField, [...table.columns.filter(Boolean)]);
  const dated = readDatedRows(table, columns, dateColumn);
  if (!dated.ok) return dated;
  const { rows, lastDay } = dated.value;
  const period = readReportPeriod(request.period, Number.isFinite(lastDay) ? lastDay : 0);
  if (!period.ok) return period;
  const prefixes = Object.values(BASELINE_PREFIX);
  const measures = Object.fromEntries(
    [...columns.keys()]
      .filter((name) => !prefixes.some((prefix) => name.startsWith(prefix)))
      .map((name) => {
        const input = request.inputs.find((candidate) => candidate.name === name);
        return [name, input ? measureOf(input) : 'flow'] as const;
      }),
  );
  const given = request.period.trim();
  const current = totalsOf(rows, period.value, measures, given);
  if (!current.ok) return current;
  const periods = comparedPeriods(period.value, lastDay);
  // An earlier period may have no rows (the file starts this year): then there is no such comparison.
  const earlier = (span: ReportPeriod, prefix: string) => {
    const totals = totalsOf(rows, span, measures, given);
    return totals.ok
      ? Object.fromEntries(Object.entries(totals.value.inputs).map(([input, total]) => [`${prefix}${input}`, total]))
      : {};
  };
  return {
    ok: true,
    value: {
      ...current.value.inputs,
      ...earlier(periods.previous, BASELINE_PREFIX.previous),
      ...earlier(periods.yearAgo, BASELINE_PREFIX.year),
      [REPORTING_PERIOD]: periods,
    },
  };
};

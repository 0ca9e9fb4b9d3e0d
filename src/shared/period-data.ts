import { measureOf, totalsOf } from '../kpi/aggregate.js';
import { invalidOption } from '../kpi/errors.js';
import { BASELINE_PREFIX, type KpiInput, type Measure, type Result } from '../kpi/index.js';
import { comparedPeriods, readReportPeriod, type ComparedPeriods, type ReportPeriod } from '../kpi/report-period.js';
import { REPORTING_PERIOD, type DataInputs } from './data-inputs.js';
import { readDatedRows, type Table } from './dated-rows.js';

/** What `period` and `date-field` ask of a table with a row per day. */
export interface PeriodRequest {
  readonly period: string;
  /** The column of dates; `date` by default. */
  readonly dateField: string;
  /** The KPI's inputs, which say how each adds up over days (stocks and flows); others are flows. */
  readonly inputs: readonly KpiInput[];
  /** A funnel's `stages`: the columns that are its stages, in order (by default every other column). */
  readonly stages?: string;
}

/** A table's inputs added up over a period, and over the periods it is compared with. */
interface PeriodReading {
  readonly current: Readonly<Record<string, number>>;
  /** The totals over an earlier period, or none when it has no rows (the file starts later). */
  readonly over: (span: ReportPeriod) => Readonly<Record<string, number>> | undefined;
  readonly periods: ComparedPeriods;
}

/**
 * Adds a table's rows up over the `period` of `request`, the way the engine says each input adds
 * up (`measures`): the period's totals, and the totals of any earlier period. The dates are ISO
 * (`2026-05-31`) in the `date-field` column (`dateColumn`, -1 when the table lacks it); a row
 * without a date is left out; a figure that is not a number is an error naming its input and row;
 * a period without rows is an error naming `period`.
 */
const readPeriod = (
  table: Table,
  columns: ReadonlyMap<string, number>,
  dateColumn: number,
  request: PeriodRequest,
  measures: Readonly<Record<string, Measure>>,
): Result<PeriodReading> => {
  const dated = readDatedRows(table, columns, dateColumn, request.dateField);
  if (!dated.ok) return dated;
  const { rows, lastDay } = dated.value;
  const period = readReportPeriod(request.period, Number.isFinite(lastDay) ? lastDay : 0);
  if (!period.ok) return period;
  const given = request.period.trim();
  const current = totalsOf(rows, period.value, measures, given);
  if (!current.ok) return current;
  const over = (span: ReportPeriod) => {
    const totals = totalsOf(rows, span, measures, given);
    return totals.ok ? totals.value.inputs : undefined;
  };
  return { ok: true, value: { current: current.value.inputs, over, periods: comparedPeriods(period.value, lastDay) } };
};

/**
 * A table with a row per day (or week) as a card's or a gauge's inputs for one period: each
 * input's total over the period (`period="month"`, `2026-05`, …, see `readReportPeriod`), its
 * total over the period before as the `previous-` input and over the same period a year earlier
 * as the `year-ago-` input, summed or read as the engine says; a period still under way is
 * compared like for like (see `comparedPeriods`), and the periods go with the inputs as
 * `REPORTING_PERIOD`, for the widget to name them. `columns` are the inputs the table feeds and
 * their columns.
 */
export const periodInputs = (
  table: Table,
  columns: ReadonlyMap<string, number>,
  dateColumn: number,
  request: PeriodRequest,
): Result<DataInputs> => {
  const prefixes = Object.values(BASELINE_PREFIX);
  const measures = Object.fromEntries(
    [...columns.keys()]
      .filter((name) => !prefixes.some((prefix) => name.startsWith(prefix)))
      .map((name) => {
        const input = request.inputs.find((candidate) => candidate.name === name);
        return [name, input ? measureOf(input) : 'flow'] as const;
      }),
  );
  const reading = readPeriod(table, columns, dateColumn, request, measures);
  if (!reading.ok) return reading;
  const { current, over, periods } = reading.value;
  const earlier = (span: ReportPeriod, prefix: string) =>
    Object.fromEntries(Object.entries(over(span) ?? {}).map(([input, total]) => [`${prefix}${input}`, total]));
  return {
    ok: true,
    value: {
      ...current,
      ...earlier(periods.previous, BASELINE_PREFIX.previous),
      ...earlier(periods.yearAgo, BASELINE_PREFIX.year),
      [REPORTING_PERIOD]: periods,
    },
  };
};

/** Whether a column can be a funnel's stage by default: named, not the dates, and only numbers (no channel names). */
const isCountColumn = (table: Table, index: number, dateColumn: number): boolean =>
  Boolean(table.columns[index]) &&
  index !== dateColumn &&
  table.rows.every((row) => {
    const cell = String(row[index] ?? '').trim();
    return cell === '' || Number.isFinite(Number(cell));
  });

/**
 * A table with a row per day as a funnel over one period: each stage a column (those `stages`
 * names, in its order, else every column but the date), summed over the period as the stage's
 * count, and over the period before as its previous count; a period under way is compared like
 * for like. By default the stages are the columns of numbers, so a channel's name does no harm. `columnOf` finds a column by name, as `fields` and inputs find theirs; a stage
 * without a column is an error naming `stages`.
 */
export const funnelPeriodInputs = (
  table: Table,
  columnOf: (name: string) => number,
  dateColumn: number,
  request: PeriodRequest,
): Result<DataInputs> => {
  const named =
    request.stages
      ?.split(',')
      .map((stage) => stage.trim())
      .filter(Boolean) ?? [];
  const wanted = named.length > 0 ? named : table.columns.filter((_, index) => isCountColumn(table, index, dateColumn));
  const missing = wanted.find((stage) => columnOf(stage) < 0);
  if (missing !== undefined) return invalidOption('stages', missing, [...table.columns.filter(Boolean)]);
  // Each stage labelled as `stages` writes it, else as the file names its column.
  const stages = wanted;
  const columns = new Map(stages.map((stage) => [stage, columnOf(stage)]));
  const measures = Object.fromEntries(stages.map((stage) => [stage, 'flow' as const]));
  const reading = readPeriod(table, columns, dateColumn, request, measures);
  if (!reading.ok) return reading;
  const { current, over, periods } = reading.value;
  const before = over(periods.previous);
  return {
    ok: true,
    value: {
      stages,
      values: stages.map((stage) => current[stage] ?? null),
      ...(before ? { 'previous-values': stages.map((stage) => before[stage] ?? null) } : {}),
      [REPORTING_PERIOD]: periods,
    },
  };
};

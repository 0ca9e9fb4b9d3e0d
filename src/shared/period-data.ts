import { measureOf, totalsOf, type DatedRow } from '../kpi/aggregate.js';
import { fail, invalidOption } from '../kpi/errors.js';
import { parseIsoDate, parseNumber, type KpiInput, type Result } from '../kpi/index.js';
import { previousPeriod, readReportPeriod } from '../kpi/report-period.js';
import { PREVIOUS, type DataInputs } from './data-inputs.js';

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
 * input's total over the period (`period="month"`, `2026-05`, …, see `readReportPeriod`), and
 * its total over the period before as the `previous-` input, summed or read as the engine says.
 * The dates are ISO (`2026-05-31`) in the `date-field` column; a row without a date is left out;
 * a figure that is not a number is an error naming its input and row. `columns` are the inputs
 * the table feeds and their columns; `dateColumn` is the `date-field` column, or -1 without one.
 */
export const periodInputs = (
  table: { readonly columns: readonly string[]; readonly rows: readonly (readonly unknown[])[] },
  columns: ReadonlyMap<string, number>,
  dateColumn: number,
  request: PeriodRequest,
): Result<DataInputs> => {
  if (dateColumn < 0) return invalidOption('date-field', request.dateField, [...table.columns.filter(Boolean)]);
  const rows: DatedRow[] = [];
  // Kept as the rows are read: a spread of a year of daily rows into Math.max is a call with
  // thousands of arguments.
  let lastDay = -Infinity;
  for (const [index, row] of table.rows.entries()) {
    const cell = row[dateColumn];
    if (cell === null || cell === undefined || String(cell).trim() === '') continue;
    const date = parseIsoDate(String(cell), 'date-field');
    if (!date.ok || date.value.precision !== 'day') {
      return fail({
        code: 'not-a-date',
        fields: ['date-field'],
        given: String(cell),
        example: '2026-05-31',
        position: index + 1,
      });
    }
    const values: Record<string, number | null> = {};
    for (const [input, column] of columns) {
      if (column === dateColumn) continue;
      const raw = row[column];
      if (raw === null || raw === undefined || String(raw).trim() === '') continue;
      const figure = parseNumber(String(raw), input);
      if (!figure.ok) return fail({ ...figure.error, position: index + 1 });
      values[input] = figure.value;
    }
    rows.push({ day: date.value.day, values });
    lastDay = Math.max(lastDay, date.value.day);
  }
  const period = readReportPeriod(request.period, Number.isFinite(lastDay) ? lastDay : 0);
  if (!period.ok) return period;
  const measures = Object.fromEntries(
    [...columns.keys()]
      .filter((name) => !name.startsWith(PREVIOUS))
      .map((name) => {
        const input = request.inputs.find((candidate) => candidate.name === name);
        return [name, input ? measureOf(input) : 'flow'] as const;
      }),
  );
  const current = totalsOf(rows, period.value, measures, request.period.trim());
  if (!current.ok) return current;
  // The period before may have no rows (the file starts this month): then there is no comparison.
  const before = totalsOf(rows, previousPeriod(period.value), measures, request.period.trim());
  const previous = before.ok
    ? Object.fromEntries(Object.entries(before.value.inputs).map(([input, total]) => [`${PREVIOUS}${input}`, total]))
    : {};
  return { ok: true, value: { ...current.value.inputs, ...previous } };
};

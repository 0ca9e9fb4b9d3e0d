import type { DatedRow } from '../kpi/aggregate.js';
import { fail, invalidOption } from '../kpi/errors.js';
import { parseIsoDate, parseNumber, type Result } from '../kpi/index.js';

/** A table as `src` gives it: column names, and rows of cells. */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

/** A table's rows by day, and the last day any row has. */
export interface DatedRows {
  readonly rows: readonly DatedRow[];
  /** Days since 1970-01-01; `-Infinity` when no row has a date. */
  readonly lastDay: number;
}

const isEmptyCell = (cell: unknown) => cell === null || cell === undefined || String(cell).trim() === '';

/** A table without dates to read: `date-field` names no column of it (or none with a date), and these are its columns. */
export const noDateColumn = (table: Table, dateField: string): Result<never> =>
  invalidOption('date-field', dateField, [...table.columns.filter(Boolean)]);

/**
 * A table with a row per day (or week) read as dated rows: the date is ISO (`2026-05-31`) in
 * `dateColumn`, the `date-field` column (-1 when the table has none, an error naming it), the
 * figures are the `columns` the table feeds, by input. A row without a date is left out; a date
 * or figure that cannot be read is an error naming `date-field` or its input, and the row
 * (counted from 1, after the header).
 */
export const readDatedRows = (
  table: Table,
  columns: ReadonlyMap<string, number>,
  dateColumn: number,
  dateField: string,
): Result<DatedRows> => {
  if (dateColumn < 0) return noDateColumn(table, dateField);
  const rows: DatedRow[] = [];
  // Kept as the rows are read: a spread of a year of daily rows into Math.max is a call with
  // thousands of arguments.
  let lastDay = -Infinity;
  for (const [index, row] of table.rows.entries()) {
    const cell = row[dateColumn];
    if (isEmptyCell(cell)) continue;
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
      if (column === dateColumn || isEmptyCell(row[column])) continue;
      const figure = parseNumber(String(row[column]), input);
      if (!figure.ok) return fail({ ...figure.error, position: index + 1 });
      values[input] = figure.value;
    }
    rows.push({ day: date.value.day, values });
    lastDay = Math.max(lastDay, date.value.day);
  }
  return { ok: true, value: { rows, lastDay } };
};

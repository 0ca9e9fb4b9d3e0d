import { measureOf } from '../kpi/aggregate.js';
import { groupPeriods, readGroupUnit } from '../kpi/group-periods.js';
import type { KpiInput, Measure, Result } from '../kpi/index.js';
import { PARTIAL_PERIODS, type DataInputs } from './data-inputs.js';
import { noDateColumn, readDatedRows, type Table } from './dated-rows.js';

/** What `group-by` and `date-field` ask of a table with a row per day. */
export interface GroupRequest {
  /** `week`, `month` or `quarter`, as written. */
  readonly groupBy: string;
  /** The column of dates; `date` by default. */
  readonly dateField: string;
  /** The KPI's inputs: the columns added up, and which are stocks and which flows. */
  readonly inputs: readonly KpiInput[];
}

/**
 * A table with a row per day (or week) as a trend's series: each of the KPI's inputs (or a ready
 * `values` column) added up per week, month or quarter, a list with `null` for a period without
 * rows; `labels` naming the periods (`2026-W19`, `2026-05`, `2026-Q2`); and which ends are partial
 * (see `PARTIAL_PERIODS`). Other columns (a channel's name) are not read. `columns` are the table's
 * inputs and their columns; `dateColumn` is the `date-field` column, or -1 without one.
 */
export const groupedSeries = (
  table: Table,
  columns: ReadonlyMap<string, number>,
  dateColumn: number,
  request: GroupRequest,
): Result<DataInputs> => {
  const unit = readGroupUnit(request.groupBy);
  if (!unit.ok) return unit;
  const measures = new Map<string, Measure>([['values', 'flow']]);
  for (const input of request.inputs) measures.set(input.name, measureOf(input));
  const added = new Map([...columns].filter(([name]) => measures.has(name)));
  const dated = readDatedRows(table, added, dateColumn, request.dateField);
  if (!dated.ok) return dated;
  const { groups, partialFirst, partialLast } = groupPeriods(
    dated.value.rows,
    unit.value,
    Object.fromEntries([...added.keys()].map((name) => [name, measures.get(name) ?? 'flow'])),
  );
  if (groups.length === 0) return noDateColumn(table, request.dateField);
  const series: Record<string, unknown> = Object.fromEntries(
    [...added.keys()].map((name) => [name, groups.map(({ inputs }) => inputs?.[name] ?? null)]),
  );
  const partial = [...(partialFirst ? ['first'] : []), ...(partialLast ? ['last'] : [])];
  return { ok: true, value: { ...series, labels: groups.map(({ label }) => label), [PARTIAL_PERIODS]: partial } };
};

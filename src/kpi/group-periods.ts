import { totalsOf, type DatedRow } from './aggregate.js';
import { isoOfDay } from './dates.js';
import { invalidOption } from './errors.js';
import { quarterLabel, weekLabel } from './period-labels.js';
import { unitAround, type ReportPeriod } from './report-period.js';
import type { Measure, Result } from './types.js';

/** What `group-by` takes: ISO weeks (Monday to Sunday), calendar months or calendar quarters. */
export const GROUP_UNITS = ['week', 'month', 'quarter'] as const;
export type GroupUnit = (typeof GROUP_UNITS)[number];

/** One period of grouped rows: its label, its days, and its inputs added up. */
export interface PeriodGroup {
  /** `2026-W19`, `2026-05` or `2026-Q2`: labels a trend names in the reader's language. */
  readonly label: string;
  readonly period: ReportPeriod;
  /** Each input's total, as `totalsOf` adds it up; `null` for a period without rows (a gap). */
  readonly inputs: Readonly<Record<string, number>> | null;
}

/** The periods from the first row's to the last row's, and which ends the data covers only in part. */
export interface GroupedRows {
  readonly groups: readonly PeriodGroup[];
  /** The data starts after the first period begins (it counts only some of its days). */
  readonly partialFirst: boolean;
  /** The data ends before the last period does: its figures are so far. */
  readonly partialLast: boolean;
}

/** Reads `group-by`: `week`, `month` or `quarter`; anything else is an error naming it, with those. */
export const readGroupUnit = (raw: string): Result<GroupUnit> => {
  const text = raw.trim();
  return (GROUP_UNITS as readonly string[]).includes(text)
    ? { ok: true, value: text as GroupUnit }
    : invalidOption('group-by', text, GROUP_UNITS);
};

const labelOf = (unit: GroupUnit, start: number) =>
  unit === 'week' ? weekLabel(start) : unit === 'month' ? isoOfDay(start).slice(0, 7) : quarterLabel(start);

/**
 * Dated rows grouped into weeks, months or quarters, in order from the first row's to the last
 * row's, a period without rows included as a gap. Each period's inputs are added up as `totalsOf`
 * does: flows summed, stocks read on the period's last (or first) day with a figure; a KPI is then
 * computed on these totals, never as a mean of daily ratios.
 */
export const groupPeriods = (
  rows: readonly DatedRow[],
  unit: GroupUnit,
  measures: Readonly<Record<string, Measure>>,
): GroupedRows => {
  const byStart = new Map<number, DatedRow[]>();
  let [first, last] = [Infinity, -Infinity];
  for (const row of rows) {
    [first, last] = [Math.min(first, row.day), Math.max(last, row.day)];
    const { start } = unitAround(unit, row.day);
    const group = byStart.get(start);
    if (group) group.push(row);
    else byStart.set(start, [row]);
  }
  if (byStart.size === 0) return { groups: [], partialFirst: false, partialLast: false };
  const groups: PeriodGroup[] = [];
  for (let period = unitAround(unit, first); period.start <= last; period = unitAround(unit, period.end + 1)) {
    const label = labelOf(unit, period.start);
    const totals = totalsOf(byStart.get(period.start) ?? [], period, measures, label);
    groups.push({ label, period, inputs: totals.ok ? totals.value.inputs : null });
  }
  return {
    groups,
    partialFirst: first > (groups[0]?.period.start ?? first),
    partialLast: last < (groups.at(-1)?.period.end ?? last),
  };
};

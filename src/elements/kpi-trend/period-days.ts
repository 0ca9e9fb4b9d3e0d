import { dayOfLabel, isMissingSeries, parseIsoDate, type RawValue } from '../../kpi/index.js';

/** The labels one by one: text split at its commas, or a list's entries. */
const entriesOf = (labels: RawValue): readonly unknown[] =>
  typeof labels === 'string' ? labels.split(',') : Array.isArray(labels) ? (labels as readonly unknown[]) : [];

/**
 * The day (since 1970) of each period, when every label is an ISO month or date (`2026-01`,
 * `2026-02-15`), week (`2026-W19`, its Monday) or quarter (`2026-Q2`, its first day): the chart
 * then places its periods in time and labels its axis by the calendar.
 * `undefined` for free-text labels, numbered periods, or a label that is no date. Read after the
 * engine has accepted the labels, so a date that does not exist has been refused already.
 */
export const periodDays = (labels: RawValue, count: number): number[] | undefined => {
  const entries = entriesOf(labels);
  if (entries.length !== count || count === 0) return undefined;
  const days: number[] = [];
  for (const entry of entries) {
    const text = typeof entry === 'string' ? entry.trim() : '';
    const date = parseIsoDate(text, 'labels');
    const day = date.ok ? date.value.day : dayOfLabel(text);
    if (day === undefined) return undefined;
    days.push(day);
  }
  return days;
};

/**
 * How a trend's periods are placed, the same for a trend and a card's sparkline: by number when
 * there are no labels, else in time when every label is a date (`days`, see `periodDays`).
 */
export const periodPlacement = (
  labels: RawValue | undefined,
  count: number,
): { readonly numbered: boolean; readonly days: number[] | undefined } => {
  const numbered = labels === null || labels === undefined || isMissingSeries(labels);
  return { numbered, days: numbered ? undefined : periodDays(labels, count) };
};

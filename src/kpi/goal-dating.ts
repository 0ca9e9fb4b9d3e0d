import { localDay, parseIsoDate, type IsoDate } from './dates.js';
import type { Figure } from './figure.js';
import { isBlank, type RawValue } from './parse.js';
import { lastDayOf, paceOrigin, periodOf, type Period } from './pacing.js';
import type { Result } from './types.js';

/** The dating attributes as given. `today` is the as-of default, as a day number: `localDay()` unless given. */
export interface DatingAttributes {
  readonly periodStart?: RawValue;
  readonly periodEnd?: RawValue;
  readonly asOf?: RawValue;
  readonly today?: number;
}

/** A goal's period, validated: what pacing needs. */
export interface Dating {
  readonly period: Period;
  /** The day the value is measured on, as a day number; it counts as done. */
  readonly asOf: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** The value at period start: the baseline, or 0 for a higher-is-better count or amount. */
  readonly origin: number;
}

const readDate = (raw: RawValue, field: string) => parseIsoDate(isBlank(raw) ? '' : String(raw), field);

/**
 * Reads `period-start`, `period-end` and `as-of` for pacing; none without a period. A month as
 * start is its first day, as end or as-of its last day; `as-of` defaults to today. A goal that
 * has no natural zero to pace from (see `paceOrigin`) needs `baseline`. Errors name the attribute.
 */
export const readDating = (
  attributes: DatingAttributes,
  figure: Figure,
  baseline?: number,
): Result<Dating | undefined> => {
  const { periodStart, periodEnd, asOf, today } = attributes;
  if (isBlank(periodStart) && isBlank(periodEnd)) return { ok: true, value: undefined };
  const start = readDate(periodStart, 'period-start');
  if (!start.ok) return start;
  const end = readDate(periodEnd, 'period-end');
  if (!end.ok) return end;
  const period = periodOf(start.value, end.value);
  if (!period.ok) return period;
  const measured = isBlank(asOf) ? undefined : readDate(asOf, 'as-of');
  if (measured && !measured.ok) return measured;
  const origin = paceOrigin(baseline, figure.better, figure.unit);
  if (!origin.ok) return origin;
  return {
    ok: true,
    value: {
      period: period.value,
      asOf: measured ? lastDayOf(measured.value) : (today ?? localDay()),
      start: start.value,
      end: end.value,
      origin: origin.value,
    },
  };
};

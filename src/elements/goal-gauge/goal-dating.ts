import { isBlank, parseIsoDate, type IsoDate, type RawValue, type Result } from '../../kpi/index.js';
import { lastDayOf, paceOrigin, periodOf, type Period } from '../../kpi/pacing.js';
import type { Figure } from '../../kpi/index.js';

/** The dating attributes as given. `today` is the as-of default, as a day number. */
export interface DatingAttributes {
  readonly periodStart: RawValue;
  readonly periodEnd: RawValue;
  readonly asOf: RawValue;
  readonly today: number;
}

export interface Dating {
  readonly period: Period;
  readonly asOf: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** The value at period start: the baseline, or 0 for a count or amount. */
  readonly origin: number;
}

/**
 * Reads `period-start`, `period-end` and `as-of` for pacing; none without a period. A month as
 * start is its first day, as end or as-of its last day. Errors name the attribute to fix.
 */
export const readDating = (
  attributes: DatingAttributes,
  figure: Figure,
  baseline?: number,
): Result<Dating | undefined> => {
  const { periodStart, periodEnd, asOf, today } = attributes;
  if (isBlank(periodStart) && isBlank(periodEnd)) return { ok: true, value: undefined };
  const start = parseIsoDate(String(periodStart ?? ''), 'period-start');
  if (!start.ok) return start;
  const end = parseIsoDate(String(periodEnd ?? ''), 'period-end');
  if (!end.ok) return end;
  const period = periodOf(start.value, end.value);
  if (!period.ok) return period;
  const measured = isBlank(asOf) ? undefined : parseIsoDate(String(asOf), 'as-of');
  if (measured && !measured.ok) return measured;
  const origin = paceOrigin(baseline, figure.better, figure.unit);
  if (!origin.ok) return origin;
  return {
    ok: true,
    value: {
      period: period.value,
      asOf: measured ? lastDayOf(measured.value) : today,
      start: start.value,
      end: end.value,
      origin: origin.value,
    },
  };
};

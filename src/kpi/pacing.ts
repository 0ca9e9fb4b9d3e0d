import { invalidOption } from './errors.js';
import { daysInMonth, type IsoDate } from './dates.js';
import type { Better, Result, Unit } from './types.js';

/**
 * Pacing: is a dated goal on schedule? Time is counted in whole days, so a February and a March
 * goal are judged fairly: on 14 February half of February has gone, on 14 March less than half.
 *
 * Conventions (documented for users of `<goal-gauge>`):
 * - A period runs from its first day to its last day, both included. A month (`2026-02`) as the
 *   start means its first day, as the end its last day.
 * - The as-of day counts as done: the value is the figure up to and including that day. So on the
 *   period's first day one day of it has gone, and on its last day the whole period.
 * - The pace is a straight line from the value at period start (`origin`) to the goal at period end.
 * - Within ±`PACE_TOLERANCE` (5 %) of the progress expected by now is on track; further in the
 *   better direction is ahead, further in the other behind.
 */

/** How far from the expected progress still counts as on track: 5 % of the progress expected by now. */
export const PACE_TOLERANCE = 0.05;

export type PaceStatus = 'ahead' | 'on-track' | 'behind';
export type PacePhase = 'before' | 'during' | 'after';

/** A period as day numbers (days since 1970-01-01), both ends included. */
export interface Period {
  readonly start: number;
  readonly end: number;
}

/** The last day a date covers: the day itself, or the last day of a month. */
export const lastDayOf = (date: IsoDate): number =>
  date.precision === 'month' ? date.day + daysInMonth(date.day) - 1 : date.day;

/** The period between two dates; an end before the start is an error naming `field`. */
export const periodOf = (start: IsoDate, end: IsoDate, field = 'period-end'): Result<Period> => {
  const period = { start: start.day, end: lastDayOf(end) };
  return period.end >= period.start ? { ok: true, value: period } : invalidOption(field, end.text, [`≥ ${start.text}`]);
};

/** Units whose values add up over a period (visitors, revenue), so a period can start from zero. */
const CUMULATIVE: readonly Unit[] = ['count', 'currency', 'number'];

/**
 * The value at the start of the period: the baseline when given. Without one, a higher-is-better
 * count or amount starts from 0. A rate, ratio, score or lower-is-better goal (CPA, churn) has no
 * natural zero, so it needs a baseline: a straight line from 0 % to a 3 % goal means nothing.
 */
export const paceOrigin = (
  baseline: number | undefined,
  better: Better,
  unit: Unit,
  field = 'baseline',
): Result<number> => {
  if (baseline !== undefined) return { ok: true, value: baseline };
  if (better === 'higher' && CUMULATIVE.includes(unit)) return { ok: true, value: 0 };
  return { ok: false, error: { code: 'missing', fields: [field], example: unit === 'percent' ? '2.5%' : '80' } };
};

export interface PaceInput {
  readonly value: number;
  readonly goal: number;
  readonly better: Better;
  /** The value at period start (see `paceOrigin`). */
  readonly origin: number;
  readonly period: Period;
  /** The day the value is measured on, as a day number; it counts as done. */
  readonly asOf: number;
  readonly tolerance?: number;
}

export interface Pace {
  readonly phase: PacePhase;
  /** Days in the period. */
  readonly days: number;
  /** Days gone by the as-of day, 0 to `days`. */
  readonly elapsed: number;
  /** Days still to come. */
  readonly remaining: number;
  /** The value expected by now on the straight line from `origin` to the goal. */
  readonly expected: number;
  /** The value at period end if the pace so far holds; `null` before the period starts. */
  readonly projected: number | null;
  /** `null` before the period starts: nothing to judge yet. After it ends, judged against the goal. */
  readonly status: PaceStatus | null;
  /** What is still needed per remaining day to reach the goal; `null` when met or no days remain. */
  readonly perDay: number | null;
}

/** Where a value stands against the straight-line pace from `origin` to `goal` on the as-of day. */
export const pace = ({ value, goal, better, origin, period, asOf, tolerance = PACE_TOLERANCE }: PaceInput): Pace => {
  const days = period.end - period.start + 1;
  const elapsed = Math.min(Math.max(asOf - period.start + 1, 0), days);
  const remaining = days - elapsed;
  const phase: PacePhase = asOf < period.start ? 'before' : asOf > period.end ? 'after' : 'during';
  const share = elapsed / days;
  const expected = origin + (goal - origin) * share;
  const shortfall = better === 'higher' ? goal - value : value - goal;
  const perDay = shortfall > 0 && remaining > 0 ? shortfall / remaining : null;
  if (elapsed === 0) return { phase, days, elapsed, remaining, expected, projected: null, status: null, perDay };
  const beyondPace = better === 'higher' ? value - expected : expected - value;
  const margin = tolerance * Math.abs(expected - origin);
  // Once the period is over there is no pace left to keep: short of the goal is behind, however close.
  const status: PaceStatus =
    remaining === 0
      ? shortfall > 0
        ? 'behind'
        : -shortfall > margin
          ? 'ahead'
          : 'on-track'
      : beyondPace > margin
        ? 'ahead'
        : beyondPace < -margin
          ? 'behind'
          : 'on-track';
  return { phase, days, elapsed, remaining, expected, projected: origin + (value - origin) / share, status, perDay };
};

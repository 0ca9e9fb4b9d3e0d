import { smallestShown, type FormatOptions } from './format.js';
import type { Unit } from './types.js';

/** The spans a need is said per: a day, a week, a month. */
export type NeedSpan = 'day' | 'week' | 'month';

/** Days in each span: a month is counted as 30 days, an average month. */
export const NEED_SPAN_DAYS: Readonly<Record<NeedSpan, number>> = { day: 1, week: 7, month: 30 };

/** What a goal still needs in one span: `amount` per `per` (0.0023 a week is 0.23 pp a week). */
export interface PaceNeed {
  readonly amount: number;
  readonly per: NeedSpan;
}

/**
 * The rate a goal still needs (`Pace.perDay`), said per day, per week or per month, so that it
 * never reads as zero ("needs 0 pp a day"). The rule:
 * - per day when a day's need comes to at least the smallest amount the unit shows
 *   (`smallestShown`: 1 for a count or score, 0.1 pp for a percent, a cent for money);
 * - else per week, if at least a week of the period remains, when a week's need comes to that;
 * - else per month (30 days), if at least a month remains;
 * - else per the longest of these that fits in what remains; its text then gets the decimals it
 *   needs (`formatNeed`).
 *
 * 0.033 pp a day reads "0.2 pp a week"; 0.5 leads a day "3.5 a week"; 0.02 leads a day over a
 * quarter "0.6 a month"; 41.1 leads a day stays per day.
 */
export const paceNeed = (perDay: number, remaining: number, unit: Unit, options: FormatOptions): PaceNeed => {
  // Less a hair, so that a need of exactly one step (0.1 pp) is not lost to floating point.
  const step = smallestShown(unit, options) * (1 - 1e-9);
  let need: PaceNeed = { amount: perDay, per: 'day' };
  for (const per of ['week', 'month'] as const) {
    if (Math.abs(need.amount) >= step || remaining < NEED_SPAN_DAYS[per]) break;
    need = { amount: perDay * NEED_SPAN_DAYS[per], per };
  }
  return need;
};

import type { Better } from './types.js';

export type Direction = 'up' | 'down' | 'flat';
export type News = 'good' | 'bad' | 'neutral';

export interface Comparison {
  readonly current: number;
  readonly previous: number;
  /** `current − previous`, in the KPI's unit (a fraction for percent KPIs: 0.01 is 1 pp). */
  readonly change: number;
  /** The change relative to the previous value (0.5 is +50 %); `null` when that was zero. */
  readonly relative: number | null;
  readonly direction: Direction;
  /** Whether the direction is good news, given which direction is better. */
  readonly news: News;
}

/** Differences this small are rounding noise in the inputs, not a change. */
const NOISE = 1e-9;

export const newsOf = (direction: Direction, better: Better): News =>
  direction === 'flat' ? 'neutral' : (direction === 'up') === (better === 'higher') ? 'good' : 'bad';

/** Compares two values of one KPI. */
export const compareValues = (current: number, previous: number, better: Better): Comparison => {
  const change = current - previous;
  const scale = Math.max(Math.abs(current), Math.abs(previous), 1);
  const direction: Direction = Math.abs(change) <= NOISE * scale ? 'flat' : change > 0 ? 'up' : 'down';
  return {
    current,
    previous,
    change: direction === 'flat' ? 0 : change,
    relative: previous === 0 ? null : direction === 'flat' ? 0 : change / Math.abs(previous),
    direction,
    news: newsOf(direction, better),
  };
};

import type { Better, Unit } from './types.js';

export type Direction = 'up' | 'down' | 'flat';
export type News = 'good' | 'bad' | 'neutral';

export interface Comparison {
  readonly current: number;
  readonly previous: number;
  /** `current − previous`, in the KPI's unit (a fraction for percent KPIs: 0.01 is 1 pp). */
  readonly change: number;
  /**
   * The change relative to the previous value (0.5 is +50 %); `null` where a percent of the
   * previous value means nothing: a score (an NPS of +10 to +15 is no "+50 %"), a previous value
   * of zero, or one of the other sign.
   */
  readonly relative: number | null;
  readonly direction: Direction;
  /** Whether the direction is good news, given which direction is better. */
  readonly news: News;
}

/** Differences this small are rounding noise in the inputs, not a change. */
const NOISE = 1e-9;

export const newsOf = (direction: Direction, better: Better): News =>
  direction === 'flat' ? 'neutral' : (direction === 'up') === (better === 'higher') ? 'good' : 'bad';

/** Units whose values have no zero to measure a relative change from: a score runs from −100 to +100. */
const NO_RELATIVE: readonly Unit[] = ['score'];

const relativeChange = (change: number, current: number, previous: number, unit?: Unit): number | null => {
  if (previous === 0 || (unit && NO_RELATIVE.includes(unit))) return null;
  if (current !== 0 && Math.sign(current) !== Math.sign(previous)) return null;
  return change / Math.abs(previous);
};

/** Compares two values of one KPI; `unit` decides whether a relative change means anything. */
export const compareValues = (current: number, previous: number, better: Better, unit?: Unit): Comparison => {
  const change = current - previous;
  const scale = Math.max(Math.abs(current), Math.abs(previous), 1);
  const direction: Direction = Math.abs(change) <= NOISE * scale ? 'flat' : change > 0 ? 'up' : 'down';
  return {
    current,
    previous,
    change: direction === 'flat' ? 0 : change,
    relative: relativeChange(direction === 'flat' ? 0 : change, current, previous, unit),
    direction,
    news: newsOf(direction, better),
  };
};

import { checkTarget, progressToGoal } from '../../kpi/index.js';
import { pace, type Pace } from '../../kpi/pacing.js';
import type { Figure } from '../../kpi/index.js';
import type { KpiStatus } from '../../shared/events.js';
import type { GoalSetup } from './goal-setup.js';

/** How a mark is colored: good, bad, a warning band, or neutral (the accent). */
export type Level = 'good' | 'warning' | 'bad' | 'neutral';

/** A stretch of the gauge, as positions from 0 (start) to 1 (end). */
export interface Zone {
  readonly from: number;
  readonly to: number;
  readonly level: Level;
}

/** What the gauge shows, as numbers; words are built in goal-text.ts. */
export interface GoalView {
  /** The headline share: of the way from the baseline when there is one, else of the goal. */
  readonly progress: number | null;
  readonly ofGoal: number | null;
  readonly ofWay: number | null;
  readonly met: boolean;
  /** How far beyond (met) or short of the goal the value is, ≥ 0. */
  readonly gap: number;
  /** How far the gauge is filled, 0 to 1: the progress, or the value on the min–max scale. */
  readonly fill: number;
  /** Where the goal sits on a min–max scale; `null` without one (the goal is the gauge's end). */
  readonly goalMark: number | null;
  readonly zones: readonly Zone[];
  /** The color of the fill. */
  readonly level: Level;
  /** The band the progress falls in, when there are bands. */
  readonly band?: Level;
  readonly pace?: Pace;
  /** For kpi-change: good when met, ahead or on track; bad when behind or missed; else neutral. */
  readonly status: KpiStatus;
  /** The meter's range and value: percent of the way (0–100), or the value on the min–max scale. */
  readonly meter: { readonly min: number; readonly max: number; readonly now: number };
}

const clamp = (share: number) => Math.min(Math.max(share, 0), 1);
const BAND_LEVELS: Record<number, readonly Level[]> = { 1: ['bad', 'good'], 2: ['bad', 'warning', 'good'] };

/** The value at which progress reaches `share` (the inverse of the progress the gauge shows). */
const valueAt = (share: number, figure: Figure, { goal, baseline }: GoalSetup): number => {
  if (baseline !== undefined) return baseline + share * (goal - baseline);
  if (figure.better === 'higher') return share * goal;
  return share <= 0 ? Infinity : goal / share;
};

const statusOf = (met: boolean, paced: Pace | undefined): KpiStatus => {
  if (!paced || paced.phase === 'before') return met ? 'good' : 'neutral';
  if (paced.phase === 'after') return met ? 'good' : 'bad';
  return met || paced.status !== 'behind' ? 'good' : 'bad';
};

/** Progress, fill, bands, pace and status of a figure against its goal. Pure: no DOM. */
export const goalView = (figure: Figure, setup: GoalSetup): GoalView => {
  const { value, better } = figure;
  const { goal, baseline, scale, bands, dating } = setup;
  const { ofGoal, ofWay } = progressToGoal(value, goal, better, baseline);
  const { met, gap } = checkTarget(value, goal, better);
  const progress = baseline === undefined ? ofGoal : ofWay;
  const shownProgress = progress ?? (met ? 1 : 0);
  const position = (at: number) => (scale ? clamp((at - scale.min) / (scale.max - scale.min)) : clamp(at));
  const fill = scale ? position(value) : clamp(shownProgress);
  const levels = BAND_LEVELS[bands.length] ?? [];
  const edges = [-Infinity, ...bands, Infinity].map((share) =>
    scale ? position(valueAt(share, figure, setup)) : clamp(share),
  );
  const zones = levels.map((level, i) => {
    const [a = 0, b = 0] = [edges[i], edges[i + 1]];
    return { from: Math.min(a, b), to: Math.max(a, b), level };
  });
  const band = bands.length ? levels[bands.filter((share) => shownProgress >= share).length] : undefined;
  const paced =
    dating && pace({ value, goal, better, origin: dating.origin, period: dating.period, asOf: dating.asOf });
  const status = statusOf(met, paced);
  const level: Level = band ?? (status === 'error' ? 'neutral' : status);
  const meter = scale
    ? { min: scale.min, max: scale.max, now: Math.min(Math.max(value, scale.min), scale.max) }
    : { min: 0, max: 100, now: Math.round(fill * 1000) / 10 };
  const goalMark = scale && goal >= scale.min && goal <= scale.max ? position(goal) : null;
  return {
    progress,
    ofGoal,
    ofWay,
    met,
    gap,
    fill,
    goalMark,
    zones,
    level,
    status,
    meter,
    ...(band ? { band } : {}),
    ...(paced ? { pace: paced } : {}),
  };
};

import { clamp, valueAtProgress, type Better, type GoalMeasure, type GoalSetup } from '../../kpi/index.js';
import type { Stretch } from './arc-geometry.js';

/** How a mark is colored: good, bad, a warning band, or neutral (the accent). */
export type Level = 'good' | 'warning' | 'bad' | 'neutral';

/** A band's stretch of the gauge, as positions from 0 (start) to 1 (end). */
export type Zone = Stretch<Level>;

/** The meter's numbers: how far the gauge is filled, its zones and colors, and its ARIA value. */
export interface MeterModel {
  /** How far the gauge is filled, 0 to 1: the progress, or the value on the min–max scale. */
  readonly fill: number;
  /** Where the goal sits on a min–max scale; `null` without one (the goal is the gauge's end). */
  readonly goalMark: number | null;
  readonly zones: readonly Zone[];
  /** The color of the fill: the band the progress is in, else the goal's status. */
  readonly level: Level;
  /** The band the progress falls in, when there are bands. */
  readonly band?: Exclude<Level, 'neutral'>;
  /** `aria-valuemin`, `-max` and `-now`: percent of the way (0–100), or the value on the min–max scale. */
  readonly min: number;
  readonly max: number;
  readonly now: number;
}

const BAND_LEVELS: Record<number, readonly Exclude<Level, 'neutral'>[]> = {
  1: ['bad', 'good'],
  2: ['bad', 'warning', 'good'],
};

/**
 * Where a value and its goal sit on the gauge. Without a scale of its own the gauge runs from 0
 * to 100 % progress; with `min` and `max` it shows the value on that scale, with the goal marked,
 * and band edges at the values where progress crosses them (either direction).
 */
export const meterModel = (value: number, better: Better, setup: GoalSetup, measure: GoalMeasure): MeterModel => {
  const { goal, baseline, scale, bands } = setup;
  const shownProgress = measure.progress ?? (measure.met ? 1 : 0);
  const position = (at: number) => (scale ? clamp((at - scale.min) / (scale.max - scale.min)) : clamp(at));
  // On a scale of its own the worse end of a lower-is-better gauge is its top.
  const [worst, best] = scale && better === 'lower' ? [1, 0] : [0, 1];
  const edgeAt = (share: number) => {
    if (!scale) return clamp(share);
    const at = valueAtProgress(share, goal, better, baseline);
    return at === null ? worst : position(at);
  };
  const edges = [worst, ...bands.map(edgeAt), best];
  const levels = BAND_LEVELS[bands.length] ?? [];
  const zones = levels.map((level, i) => {
    const [a = 0, b = 0] = [edges[i], edges[i + 1]];
    return { from: Math.min(a, b), to: Math.max(a, b), level };
  });
  const band = bands.length ? levels[bands.filter((share) => shownProgress >= share).length] : undefined;
  const fill = scale ? position(value) : clamp(shownProgress);
  return {
    fill,
    goalMark: scale && goal >= scale.min && goal <= scale.max ? position(goal) : null,
    zones,
    level: band ?? measure.status,
    ...(band ? { band } : {}),
    ...(scale
      ? { min: scale.min, max: scale.max, now: clamp(value, scale.min, scale.max) }
      : { min: 0, max: 100, now: Math.round(fill * 1000) / 10 }),
  };
};

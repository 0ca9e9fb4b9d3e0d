import type { Better, Range } from './types.js';

export interface TargetCheck {
  readonly met: boolean;
  /** How far the value is beyond the target (when met) or short of it, always ≥ 0. */
  readonly gap: number;
}

/** Whether a value meets a target, given which direction is better. Reaching it exactly counts. */
export const checkTarget = (value: number, target: number, better: Better): TargetCheck => ({
  met: better === 'higher' ? value >= target : value <= target,
  gap: Math.abs(value - target),
});

export interface GoalProgress {
  /** The value as a share of the goal (0.97 is 97 % of goal); for lower-is-better, goal ÷ value. */
  readonly ofGoal: number | null;
  /** The share of the way from the baseline to the goal; `null` without a baseline. */
  readonly ofWay: number | null;
}

/**
 * Progress towards a goal. With a baseline, progress is the share of the way travelled from the
 * baseline to the goal, which works for either direction. Shares are `null` where they would
 * divide by zero.
 */
export const progressToGoal = (value: number, goal: number, better: Better, baseline?: number): GoalProgress => {
  const share = (numerator: number, denominator: number) => (denominator === 0 ? null : numerator / denominator);
  return {
    ofGoal: better === 'higher' ? share(value, goal) : share(goal, value),
    ofWay: baseline === undefined ? null : share(value - baseline, goal - baseline),
  };
};

/** Where a value stands against a range such as a benchmark; bounds belong to the range. */
export const placeInRange = (value: number, { min, max }: Range): 'below' | 'within' | 'above' =>
  min !== undefined && value < min ? 'below' : max !== undefined && value > max ? 'above' : 'within';

import type { News } from './compare.js';
import type { Dating } from './goal-dating.js';
import { pace, type Pace } from './pacing.js';
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

/**
 * The value at which the headline progress (of the way from the baseline, else of the goal)
 * reaches `share`: the inverse of `progressToGoal`. `null` where no value does: a lower-is-better
 * goal without a baseline is goal ÷ value, which no value brings to 0 % or below.
 */
export const valueAtProgress = (share: number, goal: number, better: Better, baseline?: number): number | null => {
  if (baseline !== undefined) return baseline + share * (goal - baseline);
  if (better === 'higher') return share * goal;
  return share > 0 ? goal / share : null;
};

/**
 * Good or bad news about a goal: good when it is met; during its period good when ahead or on
 * track, bad when behind; bad when its period ended short of it; otherwise (undated, or not
 * started yet) neutral.
 */
export const goalStatus = (met: boolean, paced?: Pace): News => {
  if (met) return 'good';
  if (!paced || paced.phase === 'before') return 'neutral';
  return paced.phase === 'during' && paced.status !== 'behind' ? 'good' : 'bad';
};

/** A goal as the engine measures a value against it; `GoalSetup` (goal-setup.ts) is one. */
export interface GoalTerms {
  readonly goal: number;
  readonly baseline?: number;
  readonly dating?: Dating;
}

export interface GoalMeasure extends GoalProgress, TargetCheck {
  /** The headline share: of the way from the baseline when there is one, else of the goal. */
  readonly progress: number | null;
  /** Where a dated goal stands against its straight-line pace; absent without a period. */
  readonly pace?: Pace;
  readonly status: News;
}

/** Progress, met, gap, pace and status of a value against its goal. */
export const measureGoal = (value: number, better: Better, { goal, baseline, dating }: GoalTerms): GoalMeasure => {
  const progress = progressToGoal(value, goal, better, baseline);
  const target = checkTarget(value, goal, better);
  const paced =
    dating && pace({ value, goal, better, origin: dating.origin, period: dating.period, asOf: dating.asOf });
  return {
    ...progress,
    ...target,
    progress: baseline === undefined ? progress.ofGoal : progress.ofWay,
    ...(paced ? { pace: paced } : {}),
    status: goalStatus(target.met, paced),
  };
};

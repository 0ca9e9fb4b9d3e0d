import { compareValues, type Comparison } from './compare.js';

/** One stage of a funnel and the step that leads into it from the stage before. */
export interface FunnelStep {
  /** 0-based position of the stage. */
  readonly index: number;
  readonly count: number;
  /** `count ÷ previous stage`; `null` for the first stage and after a stage of 0. Above 1 when the stage grew. */
  readonly fromPrevious: number | null;
  /** `count ÷ first stage`; `null` when the first stage is 0. */
  readonly fromFirst: number | null;
  /** `previous stage − count`: negative when the stage grew; `null` for the first stage. */
  readonly lost: number | null;
  /** `lost ÷ previous stage`; `null` for the first stage and after a stage of 0. */
  readonly lostShare: number | null;
  /** Larger than the stage before (tracking sources that disagree): shown as it is, never clamped. */
  readonly grew: boolean;
  /** The stage before is 0, so this step's conversion is undefined. */
  readonly afterZero: boolean;
  /** The step conversion of the previous period, when it is known. */
  readonly previousFromPrevious: number | null;
  /** This step's conversion against the previous period's (change in fractions: 0.01 is 1 pp). */
  readonly comparison: Comparison | null;
}

export interface Funnel {
  readonly steps: readonly FunnelStep[];
  /** Last stage ÷ first stage; `null` when the first stage is 0. */
  readonly overall: number | null;
  /** Index of the stage whose step lost the largest share (first on a tie); `null` when no step lost anything. */
  readonly biggestLoss: number | null;
  /** Indices of stages larger than the stage before them. */
  readonly grown: readonly number[];
  /** The previous period's overall conversion, when it is known. */
  readonly previousOverall: number | null;
  readonly overallComparison: Comparison | null;
}

/** A share of a whole, or `null` instead of dividing by zero. */
const share = (part: number, whole: number | null | undefined): number | null =>
  whole === null || whole === undefined || whole === 0 ? null : part / whole;

/** Conversions are percents, and higher is better: a change is in percentage points. */
const compare = (current: number | null, previous: number | null): Comparison | null =>
  current === null || previous === null ? null : compareValues(current, previous, 'higher', 'percent');

/** Step conversions of a series of counts; `null` entries (gaps) make the steps around them unknown. */
const stepRates = (counts: readonly (number | null)[]): (number | null)[] =>
  counts.map((count, index) => (index === 0 || count === null ? null : share(count, counts[index - 1])));

/**
 * The maths of a funnel: conversion per step and from the first stage, what each step loses, the
 * whole funnel's conversion, the biggest loss, stages that grew, and, with the counts of a previous
 * period (same length; `null` for a stage without data), each step's change in percentage points.
 * Counts are whole non-negative numbers, as `parseSeries(raw, 'values', 'count')` gives them.
 * Higher conversion is better.
 */
export const computeFunnel = (counts: readonly number[], previous?: readonly (number | null)[]): Funnel => {
  const first = counts[0] ?? 0;
  const before = previous && previous.length === counts.length ? previous : undefined;
  const earlier = before ? stepRates(before) : [];
  const steps = counts.map((count, index): FunnelStep => {
    const prior = index === 0 ? null : (counts[index - 1] ?? 0);
    const fromPrevious = share(count, prior);
    const previousFromPrevious = earlier[index] ?? null;
    return {
      index,
      count,
      fromPrevious,
      fromFirst: share(count, first),
      lost: prior === null ? null : prior - count,
      lostShare: prior === null ? null : share(prior - count, prior),
      grew: prior !== null && count > prior,
      afterZero: prior === 0,
      previousFromPrevious,
      comparison: compare(fromPrevious, previousFromPrevious),
    };
  });
  const biggest = steps.reduce<FunnelStep | null>(
    (best, step) => ((step.lostShare ?? 0) > (best?.lostShare ?? 0) ? step : best),
    null,
  );
  const overall = counts.length < 2 ? null : share(counts.at(-1) ?? 0, first);
  const lastBefore = before?.at(-1) ?? null;
  const previousOverall = lastBefore === null ? null : share(lastBefore, before?.[0]);
  return {
    steps,
    overall,
    biggestLoss: biggest?.index ?? null,
    grown: steps.filter((step) => step.grew).map((step) => step.index),
    previousOverall,
    overallComparison: compare(overall, previousOverall),
  };
};

import { round } from '../../shared/scale.js';

/** `vertical` (the default): stages stacked top to bottom; `horizontal`: stages left to right. */
export const ORIENTATIONS = ['vertical', 'horizontal'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];
/** `bars` (the default): one bar per stage; `funnel`: trapezoids that narrow from each stage to the next. */
export const MODES = ['bars', 'funnel'] as const;
export type Mode = (typeof MODES)[number];

/** How the stages are laid out and drawn: one polygon per stage, `''` for a stage with nothing to draw. */
export interface FunnelGeometry {
  readonly orientation: Orientation;
  readonly mode: Mode;
  readonly shapes: readonly string[];
}

/** A stage that is not zero stays visible, however small next to the first. */
const SMALLEST = 0.012;

/** Each stage's size as a share of the largest stage (not of the first: a stage may be larger). */
export const relativeSizes = (counts: readonly number[]): number[] => {
  const largest = Math.max(0, ...counts);
  return counts.map((count) => (largest === 0 || count === 0 ? 0 : Math.max(SMALLEST, count / largest)));
};

type Corners = readonly (readonly [number, number])[];

/** Funnel segments reach a little past their cell, so neighbours overlap instead of leaving a seam. */
const OVERLAP = 0.5;

const points = (corners: Corners) => corners.map(([x, y]) => `${round(x)},${round(y)}`).join(' ');

/** A bar across (vertical) or up (horizontal) a cell, with room around it. */
// prettier-ignore
const bar = (size: number, orientation: Orientation): Corners =>
  orientation === 'vertical'
    ? [[0, 18], [size, 18], [size, 82], [0, 82]]
    : [[18, 100 - size], [82, 100 - size], [82, 100], [18, 100]];

/** A centred trapezoid from `size` to `next`, reaching a little past the cell on both ends. */
const segment = (size: number, next: number, orientation: Orientation): Corners => {
  const [start, end] = [-OVERLAP, 100 + OVERLAP];
  // prettier-ignore
  const corners: Corners = [[start, 50 - size / 2], [end, 50 - next / 2], [end, 50 + next / 2], [start, 50 + size / 2]];
  return orientation === 'horizontal' ? corners : corners.map(([along, across]) => [across, along] as const);
};

/**
 * The polygon of one stage in a 100 × 100 box (drawn with `preserveAspectRatio="none"`, so it
 * stretches over its table cell). Bars sit at the start (vertical) or bottom (horizontal); funnel
 * segments are centred and run from the stage's own size to the next stage's, so the segments of
 * adjacent cells join into one funnel.
 */
export const stagePolygon = (sizes: readonly number[], index: number, orientation: Orientation, mode: Mode): string => {
  const size = (sizes[index] ?? 0) * 100;
  const next = mode === 'funnel' ? (sizes[index + 1] ?? sizes[index] ?? 0) * 100 : size;
  if (size === 0 && next === 0) return '';
  return points(mode === 'bars' ? bar(size, orientation) : segment(size, next, orientation));
};

/** The drawing of every stage of a funnel of these counts. */
export const funnelGeometry = (counts: readonly number[], orientation: Orientation, mode: Mode): FunnelGeometry => {
  const sizes = relativeSizes(counts);
  return { orientation, mode, shapes: counts.map((_, index) => stagePolygon(sizes, index, orientation, mode)) };
};

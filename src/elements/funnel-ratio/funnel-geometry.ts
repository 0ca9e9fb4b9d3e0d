import { scaleLinear, scaleLog } from 'd3-scale';
import { area, curveBumpX, curveBumpY } from 'd3-shape';

/** `vertical` (the default): stages stacked top to bottom; `horizontal`: stages left to right. */
export const ORIENTATIONS = ['vertical', 'horizontal'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];
/** `bars` (the default): one bar per stage; `funnel`: a silhouette that narrows from each stage to the next. */
export const MODES = ['bars', 'funnel'] as const;
export type Mode = (typeof MODES)[number];

/** How a stage's count becomes a length: straight, or on a log scale for a steep funnel. */
export type SizeScale = 'linear' | 'log';

/** A rectangle in percent of its cell: where a bar or its track lies. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * One stage's drawing. A bar lies along its cell (across it when vertical, up it when horizontal)
 * in front of a faint track as long as the stage before: the track's uncovered end is what the
 * step lost. A funnel segment is a path in a 100 × 100 box stretched over the cell.
 */
export type StageShape =
  | { readonly kind: 'bar'; readonly bar: Box | null; readonly track: Box | null }
  | { readonly kind: 'segment'; readonly path: string }
  | { readonly kind: 'none' };

/** How the stages are laid out and drawn. */
export interface FunnelGeometry {
  readonly orientation: Orientation;
  readonly mode: Mode;
  readonly scale: SizeScale;
  readonly shapes: readonly StageShape[];
}

/**
 * A funnel is steep when a stage that is not zero is under a tenth of the largest: drawn straight,
 * that stage would be a sliver of a few pixels. A steep funnel is drawn on a log scale instead.
 */
export const STEEP = 0.1;
/** On a log scale, the smallest stage that is not zero takes a fifth of the length; the largest all of it. */
export const LOG_FLOOR = 0.2;

/**
 * Each stage's length as a share of the largest stage's (not of the first: a stage may be larger).
 * Straight (`count ÷ largest`) unless the funnel is steep; then on a log scale from the smallest
 * stage (`LOG_FLOOR`) to the largest (1), so equal step conversions take equal lengths and no
 * stage shrinks to a sliver. A stage of zero is always 0: nothing is drawn for it.
 */
export const stageSizes = (counts: readonly number[]): { readonly scale: SizeScale; readonly sizes: number[] } => {
  const drawn = counts.filter((count) => count > 0);
  const [smallest, largest] = [Math.min(...drawn), Math.max(...drawn)];
  if (drawn.length === 0) return { scale: 'linear', sizes: counts.map(() => 0) };
  const steep = smallest / largest < STEEP;
  const size = steep
    ? scaleLog().domain([smallest, largest]).range([LOG_FLOOR, 1]).clamp(true)
    : scaleLinear().domain([0, largest]).range([0, 1]).clamp(true);
  return { scale: steep ? 'log' : 'linear', sizes: counts.map((count) => (count > 0 ? size(count) : 0)) };
};

/** A drawing coordinate to two decimals: a hundredth of the box is enough, and paths stay short. */
const round = (n: number): number => Math.round(n * 100) / 100;

/** How far along its cell a funnel segment has narrowed from the stage before to its own stage. */
const NECK = 55;
/**
 * Segments reach this far past their cell (a hundredth of it each), so neighbours overlap instead
 * of leaving a seam; both are as wide there, so the overlap never shows.
 */
const OVERLAP = 2;

/** One point of a funnel's outline: how far along the cell, and how wide the funnel is there (0–100). */
type Waist = readonly [along: number, width: number];

const across = (orientation: Orientation) => {
  const shape = area<Waist>()
    .curve(orientation === 'vertical' ? curveBumpY : curveBumpX)
    .digits(2);
  const [low, high] = [(waist: Waist) => 50 - waist[1] / 2, (waist: Waist) => 50 + waist[1] / 2];
  return orientation === 'vertical'
    ? shape
        .y((waist) => waist[0])
        .x0(low)
        .x1(high)
    : shape
        .x((waist) => waist[0])
        .y0(low)
        .y1(high);
};

/**
 * The funnel segment of one stage, centred in a 100 × 100 box (drawn with
 * `preserveAspectRatio="none"`, so it stretches over its table cell): a smooth neck from the stage
 * before's width at the start of the cell to its own width just past the middle, where its name
 * and numbers are, then its own width to the end. So the step into a stage, and what it lost, is
 * drawn in that stage's row, where the table gives its figures. Bump curves meet their neighbours
 * straight, so the segments of adjacent cells join into one silhouette.
 */
export const funnelSegment = (before: number, size: number, orientation: Orientation): string => {
  if (before === 0 && size === 0) return '';
  const [from, to] = [before * 100, size * 100];
  const waists: Waist[] = [
    [-OVERLAP, from],
    [0, from],
    [NECK, to],
    [100 + OVERLAP, to],
  ];
  return across(orientation)(waists) ?? '';
};

/** Horizontal bars stand in the middle of their column, this much of its width. */
const COLUMN = { start: 26, width: 48 } as const;

/** A bar (or track) of `size` (0–1) from the start of a row, or up from the bottom of a column; none for 0. */
export const barBox = (size: number, orientation: Orientation): Box | null => {
  const length = round(size * 100);
  if (length === 0) return null;
  return orientation === 'vertical'
    ? { x: 0, y: 0, width: length, height: 100 }
    : { x: COLUMN.start, y: round(100 - length), width: COLUMN.width, height: length };
};

/** The drawing of every stage of a funnel of these counts. */
export const funnelGeometry = (counts: readonly number[], orientation: Orientation, mode: Mode): FunnelGeometry => {
  const { scale, sizes } = stageSizes(counts);
  const shapes = sizes.map((size, index): StageShape => {
    if (mode === 'bars') {
      const [bar, track] = [barBox(size, orientation), barBox(sizes[index - 1] ?? 0, orientation)];
      return bar || track ? { kind: 'bar', bar, track } : { kind: 'none' };
    }
    const path = funnelSegment(sizes[index - 1] ?? size, size, orientation);
    return path ? { kind: 'segment', path } : { kind: 'none' };
  });
  return { orientation, mode, scale, shapes };
};

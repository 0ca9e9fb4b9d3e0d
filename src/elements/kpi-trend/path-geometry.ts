import { area, curveLinear, curveMonotoneX, curveStepAfter, line, type CurveFactory } from 'd3-shape';
import type { Series } from '../../kpi/index.js';
import { bucketMeans, columnExtents, thinIndices } from './thin-series.js';
import { round, type Plot, type TrendCurve } from './trend-geometry.js';

/**
 * The d3 curve of each option. `step` is `curveStepAfter`: a period's value holds from its start
 * until the next period starts, as a month's figure holds for the month (`curveStep` would change
 * value halfway between two periods, a date that means nothing).
 */
const CURVES: Readonly<Record<TrendCurve, CurveFactory>> = {
  linear: curveLinear,
  monotone: curveMonotoneX,
  step: curveStepAfter,
};

/**
 * More periods than this per pixel, and a line drawn through each of them zigzags into a solid
 * band: the line then follows the mean of every few pixels, over the thinned series drawn faintly.
 */
const DENSE_PER_PIXEL = 0.5;
/** The width over which a dense series is averaged: narrow enough to keep its turns. */
const MEAN_PIXELS = 3;

/** A place on the line: its period, and its value or `null` for a gap that breaks the line. */
type Vertex = { readonly index: number; readonly value: number | null };

/** The series as drawn: the line, the area under it, and the thinned raw series of a dense one. */
export interface SeriesPaths {
  readonly line: string;
  readonly area: string;
  /** Every period (thinned per pixel column) as a faint line under the mean, when the series is dense. */
  readonly texture: string;
}

/**
 * The vertices with lone ones (a gap on both sides) left out: d3 would draw each as an invisible
 * closed point, which `lonePoints` draws as a dot instead.
 */
const withoutLone = (vertices: readonly Vertex[]): Vertex[] =>
  vertices.map((vertex, i) =>
    vertex.value !== null && (vertices[i - 1]?.value ?? null) === null && (vertices[i + 1]?.value ?? null) === null
      ? { index: vertex.index, value: null }
      : vertex,
  );

const isDense = (values: Series, plot: Plot) => values.length > (plot.right - plot.left) * DENSE_PER_PIXEL;

/** The periods worth drawing at this width (M4: first, lowest, highest and last per pixel column). */
const thinned = (values: Series, plot: Plot): Vertex[] =>
  thinIndices(values, Math.ceil(plot.right - plot.left)).map((index) => ({ index, value: values[index] ?? null }));

const lineOf = (vertices: readonly Vertex[], plot: Plot, curve: CurveFactory): string =>
  line<Vertex>()
    .defined(({ value }) => value !== null)
    .x(({ index }) => plot.x(index))
    .y(({ value }) => plot.y(value ?? 0))
    .curve(curve)
    .digits(2)(vertices) ?? '';

/** Down to zero, or to the plot's edge nearest it. */
const baseline = (plot: Plot) => Math.min(plot.bottom, Math.max(plot.top, plot.y(0)));

const areaOf = (vertices: readonly Vertex[], plot: Plot, curve: CurveFactory): string =>
  area<Vertex>()
    .defined(({ value }) => value !== null)
    .x(({ index }) => plot.x(index))
    .y0(baseline(plot))
    .y1(({ value }) => plot.y(value ?? 0))
    .curve(curve)
    .digits(2)(vertices) ?? '';

/**
 * The line through every period (gaps break it) and, when asked, the area under it down to zero,
 * in the chosen curve; one path each however long the series. A lone point between gaps makes no
 * visible line: the charts draw it as a dot (`lonePoints`).
 */
export const seriesPaths = (values: Series, plot: Plot, curve: TrendCurve = 'linear', filled = false): SeriesPaths => {
  const factory = CURVES[curve];
  const dense = isDense(values, plot);
  const vertices = withoutLone(
    dense
      ? bucketMeans(values, Math.max(1, Math.floor((plot.right - plot.left) / MEAN_PIXELS)))
      : thinned(values, plot),
  );
  return {
    line: lineOf(vertices, plot, factory),
    area: filled ? areaOf(vertices, plot, factory) : '',
    texture: dense ? lineOf(withoutLone(thinned(values, plot)), plot, curveLinear) : '',
  };
};

/**
 * Segments of the line between two periods each (`[from, to]`), in its curve, as one path: the
 * partial ends of grouped data, drawn dashed. A segment with a gap at either end draws nothing.
 */
export const segmentsPath = (
  values: Series,
  plot: Plot,
  curve: TrendCurve = 'linear',
  segments: readonly (readonly [number, number])[],
): string =>
  segments
    .map((indices) => {
      const vertices = indices.map((index) => ({ index, value: values[index] ?? null }));
      return vertices.every(({ value }) => value !== null) ? lineOf(vertices, plot, CURVES[curve]) : '';
    })
    .join('');

/**
 * Points with a gap on both sides, which a line cannot show, each drawn by `mark` at its place;
 * one path for them all.
 */
export const lonePoints = (values: Series, plot: Plot, mark: (x: number, y: number) => string): string => {
  let path = '';
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? null;
    const alone = value !== null && (values[index - 1] ?? null) === null && (values[index + 1] ?? null) === null;
    if (alone) path += mark(plot.x(index), plot.y(value));
  }
  return path;
};

/** Lone points as small filled circles. */
export const isolatedPath = (values: Series, plot: Plot): string =>
  lonePoints(values, plot, (x, y) => `M${round(x - 2.5)},${round(y)}a2.5,2.5 0 1,0 5,0a2.5,2.5 0 1,0 -5,0`);

const rect = (x: number, width: number, y0: number, y1: number) =>
  `M${round(x)},${round(Math.min(y0, y1))}h${round(width)}V${round(Math.max(y0, y1))}h${round(-width)}Z`;

/**
 * Every bar as one path, from zero. With more bars than pixels, each pixel column draws the range
 * of the periods in it, so the shape stays true without a node per bar.
 */
export const barPath = (values: Series, plot: Plot): string => {
  const zero = plot.y(0);
  const columns = Math.floor(plot.right - plot.left);
  if (values.length > columns) {
    return columnExtents(values, columns)
      .map((extent, column) =>
        extent ? rect(plot.left + column, 1, plot.y(Math.max(0, extent.high)), plot.y(Math.min(0, extent.low))) : '',
      )
      .join('');
  }
  const step = (plot.right - plot.left) / values.length;
  const width = Math.max(1, step * (step > 6 ? 0.72 : 1) - (step > 6 ? 0 : 0.5));
  return values
    .map((value, index) => (value === null ? '' : rect(plot.x(index) - width / 2, width, zero, plot.y(value))))
    .join('');
};

import { clamp, type Series, type TrendData } from '../../kpi/index.js';
import { linearScale, round, type LinearScale } from '../../shared/scale.js';
import { columnExtents, thinIndices } from './thin-series.js';

/** The kinds of chart a trend draws, the default first. */
export const TREND_TYPES = ['line', 'area', 'bar'] as const;
export type TrendType = (typeof TREND_TYPES)[number];

/** Where periods and values land in the drawing, in pixels. */
export interface Plot {
  readonly type: TrendType;
  readonly count: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly x: (index: number) => number;
  readonly y: LinearScale;
  /** The period nearest a horizontal position. */
  readonly indexAt: (x: number) => number;
}

export interface PlotOptions {
  readonly type: TrendType;
  readonly count: number;
  readonly width: number;
  readonly height: number;
  readonly axis: boolean;
  /** The lowest and highest values the scale must show: the data and the target. */
  readonly extent: readonly [number, number];
  /** How a value tick reads, to leave room for the axis labels. */
  readonly valueTick: (value: number) => string;
}

/** The smallest span of values a scale divides into pixels and ticks without overflowing. */
const MIN_SPAN = 1e-300;
/** The smallest span, as a share of the values' size, that doubles tell apart after rounding. */
const MIN_RELATIVE_SPAN = 1e-9;

/** The value ticks of an axis: a few round numbers. */
export const valueTicks = (plot: Plot): number[] => plot.y.ticks(3);

export const makePlot = ({ type, count, width, height, axis, extent, valueTick }: PlotOptions): Plot => {
  const [top, bottom] = axis ? [12, height - 24] : [10, height - 10];
  let [low, high] = type === 'bar' ? [Math.min(0, extent[0]), Math.max(0, extent[1])] : extent;
  const magnitude = Math.max(Math.abs(low), Math.abs(high));
  if (!(high - low >= Math.max(MIN_SPAN, magnitude * MIN_RELATIVE_SPAN))) {
    // One value, or values too close for a scale to divide (subnormal doubles give it an infinite
    // slope; a billionth of 1e15 is lost in rounding its round ends): a band around their middle
    // that holds them, a tenth of their size either side, or ±1 around values too small to tell
    // from zero.
    const middle = low / 2 + high / 2;
    const pad = magnitude >= MIN_SPAN ? Math.max(magnitude / 10, high - low) : 1;
    [low, high] = [middle - pad, middle + pad];
  }
  const y = linearScale({ domain: [low, high], range: [bottom, top], nice: axis ? 3 : undefined });
  // Axis labels sit left of the plot; an estimate of their width (about 6.5 px a character at 11 px).
  const gutter = axis ? Math.max(...y.ticks(3).map((tick) => valueTick(tick).length)) * 6.5 + 8 : 0;
  const [left, right] = [Math.round(8 + gutter), Math.max(Math.round(9 + gutter), width - 8)];
  if (type === 'bar') {
    const step = (right - left) / count;
    return {
      type,
      count,
      left,
      right,
      top,
      bottom,
      y,
      x: (index) => left + (index + 0.5) * step,
      indexAt: (x) => clamp(Math.floor((x - left) / step), 0, count - 1),
    };
  }
  const span = count > 1 ? (right - left) / (count - 1) : 0;
  return {
    type,
    count,
    left,
    right,
    top,
    bottom,
    y,
    x: (index) => (count > 1 ? left + index * span : (left + right) / 2),
    indexAt: (x) => (count > 1 ? clamp(Math.round((x - left) / span), 0, count - 1) : 0),
  };
};

/** Where a trend lands in a box of this size: its values and its target inside the scale. */
export const plotTrend = (
  { values, summary, target }: TrendData,
  options: Omit<PlotOptions, 'count' | 'extent'>,
): Plot => {
  const extent = [
    Math.min(summary.low.value, target ?? Infinity),
    Math.max(summary.high.value, target ?? -Infinity),
  ] as const;
  return makePlot({ ...options, count: values.length, extent });
};

/**
 * The line through the periods to plot, as path commands: a run per stretch without gaps, each
 * ended by `close` (an area goes down to the bottom and back). A lone point makes no run: a line
 * cannot show it, so the charts draw it as a dot. Written in one pass: sparklines redraw often.
 */
const traced = (values: Series, plot: Plot, close?: (first: number, last: number) => string): string => {
  let path = '';
  let run = '';
  let points = 0;
  let first = 0;
  let last = 0;
  const end = () => {
    if (points > 1) path += close ? run + close(first, last) : run;
    run = '';
    points = 0;
  };
  for (const index of thinIndices(values, Math.ceil(plot.right - plot.left))) {
    const value = values[index] ?? null;
    if (value === null) {
      end();
      continue;
    }
    last = round(plot.x(index));
    if (points === 0) first = last;
    run += `${points++ === 0 ? 'M' : 'L'}${last},${round(plot.y(value))}`;
  }
  end();
  return path;
};

/** The line through every period (gaps break it), as one path however long the series. */
export const linePath = (values: Series, plot: Plot): string => traced(values, plot);

/** The area under the line, down to the bottom of the plot, as one path. */
export const areaPath = (values: Series, plot: Plot): string =>
  traced(values, plot, (first, last) => `L${last},${plot.bottom}L${first},${plot.bottom}Z`);

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
  lonePoints(values, plot, (x, y) => `M${(x - 2.5).toFixed(2)},${y.toFixed(2)}a2.5,2.5 0 1,0 5,0a2.5,2.5 0 1,0 -5,0`);

const rect = (x: number, width: number, y0: number, y1: number) =>
  `M${x.toFixed(2)},${Math.min(y0, y1).toFixed(2)}h${width.toFixed(2)}V${Math.max(y0, y1).toFixed(2)}h${(-width).toFixed(2)}Z`;

/**
 * Every bar as one path. With more bars than pixels, each pixel column draws the range of the
 * periods in it, so the shape stays true without a node per bar.
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

/**
 * The periods that get an axis label, when the axis has room for `room` labels side by side: the
 * first and the last, and between them every `step`-th period counted back from the last, so the
 * labels are evenly spaced and the latest period always has one. With `pinnedEnds`, the first and
 * last labels are aligned to the plot's edges (a line starts and ends there) and reach a whole
 * label inwards, so their neighbours keep at least one and a half labels' distance.
 */
export const tickIndices = (count: number, room: number, pinnedEnds = true): number[] => {
  if (count <= 2) return Array.from({ length: count }, (_, index) => index);
  const perPeriod = Math.max(room, 1) / (count - 1);
  const step = Math.ceil(1 / perPeriod);
  const clearance = (pinnedEnds ? 1.5 : 1) / perPeriod;
  const between: number[] = [];
  for (let index = count - 1 - step; index > 0; index -= step) {
    if (count - 1 - index >= clearance && index >= clearance) between.unshift(index);
  }
  return [0, ...between, count - 1];
};

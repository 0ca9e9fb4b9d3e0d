import type { Series, TrendData } from '../../kpi/index.js';
import { round } from '../../shared/scale.js';
import {
  areaPath,
  barPath,
  isolatedPath,
  linePath,
  plotTrend,
  tickIndices,
  valueTicks,
  type Plot,
  type TrendType,
} from './trend-geometry.js';

/** A label on an axis: where it stands, how it is anchored, and its text. */
export interface AxisLabel {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly text: string;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where everything of the full chart is drawn, in pixels: computed once per trend and size. */
export interface ChartGeometry {
  readonly plot: Plot;
  /** The area under the line, for an area chart. */
  readonly area?: string;
  /** The line (gaps break it) and its lone points as dots, for a line or an area chart. */
  readonly line?: { readonly path: string; readonly dots: string };
  /** Every bar as one path, for a bar chart. */
  readonly bars?: string;
  /** The height of the target line. */
  readonly target?: number;
  /** The value axis: a grid line at each label's height. Empty without `axis`. */
  readonly values: readonly AxisLabel[];
  /** The period axis. Empty without `axis`. */
  readonly periods: readonly AxisLabel[];
  /** Triangles at the high (pointing up) and the low (pointing down), with more than one value. */
  readonly high?: string;
  readonly low?: string;
  readonly latest?: Point;
}

/** The focus marker: a vertical line through a period, and a ring on its value unless it is a gap. */
export interface FocusGeometry {
  readonly x: number;
  readonly top: number;
  readonly bottom: number;
  readonly point?: Point;
}

/** How the axis labels read, when the chart has axes. */
export interface AxisTexts {
  readonly value: (value: number) => string;
  readonly period: (index: number) => string;
}

/** A small triangle pointing up (high) or down (low), so the markers differ by shape, not color. */
const triangle = (x: number, y: number, up: boolean) =>
  up ? `M${round(x)},${round(y - 5)}l5,8h-10Z` : `M${round(x)},${round(y + 5)}l5,-8h-10Z`;

const pointAt = (values: Series, plot: Plot, index: number): Point | undefined => {
  const value = values[index] ?? null;
  return value === null ? undefined : { x: round(plot.x(index)), y: round(plot.y(value)) };
};

const valueAxis = (plot: Plot, text: AxisTexts['value']): AxisLabel[] =>
  valueTicks(plot).map((tick) => ({ x: plot.left - 8, y: round(plot.y(tick)), anchor: 'end', text: text(tick) }));

/** The period labels; a line's first and last are pinned to the plot's edges, where it starts and ends. */
const periodAxis = (plot: Plot, text: AxisTexts['period']): AxisLabel[] => {
  const edge = plot.type !== 'bar' && plot.count > 1;
  const indices = tickIndices(plot.count, (plot.right - plot.left) / 72, edge);
  return indices.map((index, k) => {
    const anchor = edge && k === 0 ? 'start' : edge && k === indices.length - 1 ? 'end' : 'middle';
    const x = anchor === 'start' ? plot.left : anchor === 'end' ? plot.right : round(plot.x(index));
    return { x, y: plot.bottom + 17, anchor, text: text(index) };
  });
};

export interface ChartOptions {
  readonly type: TrendType;
  /** The size of the drawing, in pixels. */
  readonly width: number;
  readonly height: number;
  /** How the axis labels read; no axes without it. */
  readonly axis?: AxisTexts | undefined;
}

/**
 * The full chart at its size: one path for the series whatever its length, the target line, the
 * axes, and markers for the latest point, the high and the low.
 */
export const chartGeometry = (trend: TrendData, { type, width, height, axis }: ChartOptions): ChartGeometry => {
  const { values, summary, target } = trend;
  const plot = plotTrend(trend, { type, width, height, axis: axis !== undefined, valueTick: axis?.value ?? String });
  const high = pointAt(values, plot, summary.high.index);
  const low = pointAt(values, plot, summary.low.index);
  const latest = pointAt(values, plot, summary.last.index);
  const several = summary.count > 1;
  return {
    plot,
    ...(plot.type === 'area' && { area: areaPath(values, plot) }),
    ...(plot.type === 'bar'
      ? { bars: barPath(values, plot) }
      : { line: { path: linePath(values, plot), dots: isolatedPath(values, plot) } }),
    ...(target !== undefined && { target: round(plot.y(target)) }),
    values: axis ? valueAxis(plot, axis.value) : [],
    periods: axis ? periodAxis(plot, axis.period) : [],
    ...(several && high && { high: triangle(high.x, high.y - 4, true) }),
    ...(several && low && { low: triangle(low.x, low.y + 4, false) }),
    ...(latest && { latest }),
  };
};

/** The focus marker at a period. */
export const focusGeometry = (values: Series, plot: Plot, index: number): FocusGeometry => {
  const point = pointAt(values, plot, index);
  return { x: round(plot.x(index)), top: plot.top, bottom: plot.bottom, ...(point && { point }) };
};

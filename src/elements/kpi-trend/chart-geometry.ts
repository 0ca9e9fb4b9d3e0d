import type { Series, TrendData } from '../../kpi/index.js';
import { periodAxis, type AxisLabel, type PeriodTexts } from './period-axis-geometry.js';
import { barPath, isolatedPath, segmentsPath, seriesPaths } from './path-geometry.js';
import { partialIndices, type PartialEnds } from './partial-periods.js';
import {
  plotTrend,
  round,
  tickStep,
  valueTicks,
  type Plot,
  type TrendCurve,
  type TrendType,
} from './trend-geometry.js';

export type { AxisLabel } from './period-axis-geometry.js';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where everything of the full chart is drawn, in pixels: computed once per trend and size. */
export interface ChartGeometry {
  readonly plot: Plot;
  /** The area under the line, down to zero, for an area chart. */
  readonly area?: string;
  /**
   * The line (gaps break it) and its lone points as dots, for a line or an area chart; with more
   * periods than the drawing can show apart, the line follows their mean every few pixels and
   * `texture` draws every period faintly under it.
   */
  readonly line?: { readonly path: string; readonly dots: string; readonly texture: string; readonly partial?: string };
  /** Every bar but the latest as one path, from zero, for a bar chart. */
  readonly bars?: string;
  /** The latest bar, drawn in full colour: a bar chart's latest point, with no dot on it. */
  readonly latestBar?: string;
  /** The bars of periods the data covers only in part (the first, the latest), drawn dashed. */
  readonly partialBars?: string;
  /** The height of the target line. */
  readonly target?: number;
  /** The value axis: a grid line at each label's height. Empty without `axis`. */
  readonly values: readonly AxisLabel[];
  /** The period axis. Empty without `axis`. */
  readonly periods: readonly AxisLabel[];
  /**
   * Triangles at the high (pointing up) and the low (pointing down), with more than one value,
   * unless the latest point's dot stands there already.
   */
  readonly high?: string;
  readonly low?: string;
  /** The latest point's dot, on a line or an area. */
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
export interface AxisTexts extends PeriodTexts {
  readonly value: (value: number, step: number) => string;
}

/** Closer than this to the latest point's dot, a high or low marker would sit on it. */
const NEAR_LATEST = 12;

/** A small triangle pointing up (high) or down (low), so the markers differ by shape, not color. */
const triangle = (x: number, y: number, up: boolean) =>
  up ? `M${round(x)},${round(y - 5)}l5,8h-10Z` : `M${round(x)},${round(y + 5)}l5,-8h-10Z`;

const pointAt = (values: Series, plot: Plot, index: number): Point | undefined => {
  const value = values[index] ?? null;
  return value === null ? undefined : { x: round(plot.x(index)), y: round(plot.y(value)) };
};

/** A high or low marker, unless the latest point's dot is there: the dot and the footer say it. */
const marker = (at: Point | undefined, latest: Point | undefined, up: boolean) =>
  at && !(latest && Math.hypot(at.x - latest.x, at.y - latest.y) < NEAR_LATEST)
    ? triangle(at.x, at.y + (up ? -4 : 4), up)
    : undefined;

const valueAxis = (plot: Plot, text: AxisTexts['value']): AxisLabel[] => {
  const ticks = valueTicks(plot);
  const step = tickStep(ticks);
  return ticks.map((tick) => ({ x: plot.left - 8, y: round(plot.y(tick)), anchor: 'end', text: text(tick, step) }));
};

/** The bars, the latest and the partial ones apart; with more bars than pixels, one path of columns. */
const bars = (values: Series, plot: Plot, last: number, partial: readonly number[]) => {
  if (values.length > plot.right - plot.left) return { bars: barPath(values, plot) };
  const only = (keep: (index: number) => boolean) =>
    barPath(
      values.map((value, index) => (keep(index) ? value : null)),
      plot,
    );
  const whole = (index: number) => !partial.includes(index);
  return {
    bars: only((index) => index !== last && whole(index)),
    latestBar: only((index) => index === last && whole(index)),
    ...(partial.length > 0 && { partialBars: only((index) => !whole(index)) }),
  };
};

/**
 * The line without its partial ends, and those ends' segments apart, to be drawn dashed: a
 * month so far is no fall, only figures still coming in.
 */
const lineWithPartial = (values: Series, plot: Plot, curve: TrendCurve | undefined, partial: readonly number[]) => {
  if (partial.length === 0) return undefined;
  const solid = values.map((value, index) => (partial.includes(index) ? null : value));
  const last = values.length - 1;
  const segments = partial.map((index) => (index === 0 ? ([0, 1] as const) : ([last - 1, last] as const)));
  return { path: seriesPaths(solid, plot, curve).line, partial: segmentsPath(values, plot, curve, segments) };
};

export interface ChartOptions {
  readonly type: TrendType;
  /** How the line passes from period to period: `linear` by default. */
  readonly curve?: TrendCurve | undefined;
  /** The size of the drawing, in pixels. */
  readonly width: number;
  readonly height: number;
  /** How the axis labels read; no axes without it. */
  readonly axis?: AxisTexts | undefined;
  /** The day of each period, when the periods are dates: a line is placed in time. */
  readonly days?: readonly number[] | undefined;
  /** The ends the data covers only in part: their line segments or bars are dashed. */
  readonly partial?: PartialEnds | undefined;
}

/**
 * The full chart at its size: one path for the series whatever its length, the target line, the
 * axes, and markers for the latest point, the high and the low.
 */
export const chartGeometry = (trend: TrendData, options: ChartOptions): ChartGeometry => {
  const { type, curve, width, height, axis, days } = options;
  const partial = partialIndices(options.partial, trend.values.length);
  const { values, summary, target } = trend;
  const plot = plotTrend(trend, {
    type,
    width,
    height,
    axis: axis !== undefined,
    valueTick: axis?.value ?? String,
    days,
  });
  const latest = pointAt(values, plot, summary.last.index);
  const several = summary.count > 1;
  const series = type === 'bar' ? undefined : seriesPaths(values, plot, curve, type === 'area');
  const split = series && lineWithPartial(values, plot, curve, partial);
  const high = several ? marker(pointAt(values, plot, summary.high.index), latest, true) : undefined;
  const low = several ? marker(pointAt(values, plot, summary.low.index), latest, false) : undefined;
  return {
    plot,
    ...(series?.area && { area: series.area }),
    ...(series
      ? { line: { path: series.line, dots: isolatedPath(values, plot), texture: series.texture, ...split } }
      : bars(values, plot, summary.last.index, partial)),
    ...(target !== undefined && { target: round(plot.y(target)) }),
    values: axis ? valueAxis(plot, axis.value) : [],
    periods: axis ? periodAxis(plot, axis) : [],
    ...(high && { high }),
    ...(low && { low }),
    ...(latest && series && { latest }),
  };
};

/** The focus marker at a period. */
export const focusGeometry = (values: Series, plot: Plot, index: number): FocusGeometry => {
  const point = pointAt(values, plot, index);
  return { x: round(plot.x(index)), top: plot.top, bottom: plot.bottom, ...(point && { point }) };
};

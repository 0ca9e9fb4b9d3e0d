import type { TrendData } from '../../kpi/index.js';
import { barPath, lonePoints, seriesPaths } from './path-geometry.js';
import { SPARKLINE_BOX } from './sparkline-box.js';
import { plotTrend, round, type TrendCurve, type TrendType } from './trend-geometry.js';

/** The sparkline's marks as paths; an empty path draws nothing. */
export interface SparklineGeometry {
  readonly bars: boolean;
  /** The line, or every bar. */
  readonly series: string;
  /** The area under the line down to zero, for an area chart. */
  readonly area: string;
  /** Every period drawn faintly under the line, when there are too many to draw apart. */
  readonly texture: string;
  /** Values with a gap on both sides, which a line cannot show, as dots. */
  readonly dots: string;
  readonly target: string;
  /** A dot on the latest value, on a line or an area (the last bar needs none). */
  readonly latest: string;
}

/** A dot as a zero-length stroke with a round cap: it stays round when the drawing stretches. */
const dot = (x: number, y: number) => `M${round(x)},${round(y)}h0`;

/** The sparkline's marks in `SPARKLINE_BOX`: a few paths, whatever the length of the series. */
export const sparklineGeometry = (
  trend: TrendData,
  type: TrendType,
  curve: TrendCurve = 'linear',
  days?: readonly number[],
): SparklineGeometry => {
  const { values, summary, target } = trend;
  const plot = plotTrend(trend, { type, ...SPARKLINE_BOX, axis: false, valueTick: String, days });
  const bars = type === 'bar';
  const series = bars ? undefined : seriesPaths(values, plot, curve, type === 'area');
  return {
    bars,
    series: series ? series.line : barPath(values, plot),
    area: series?.area ?? '',
    texture: series?.texture ?? '',
    dots: bars ? '' : lonePoints(values, plot, dot),
    target: target === undefined ? '' : `M${plot.left},${round(plot.y(target))}H${plot.right}`,
    latest: bars ? '' : dot(plot.x(summary.last.index), plot.y(summary.last.value)),
  };
};

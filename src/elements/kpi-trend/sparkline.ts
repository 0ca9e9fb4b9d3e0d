import { html, nothing } from 'lit';
import type { Series } from '../../kpi/index.js';
import type { SeriesSummary } from '../../kpi/series.js';
import { round } from '../../shared/scale.js';
import { areaPath, barPath, linePath, lonePoints, type Plot } from './trend-geometry.js';

/**
 * The sparkline's own units. It stretches to whatever box the page gives it (no aspect ratio) and
 * its strokes keep their width (`vector-effect`), so it draws once, without measuring its box.
 */
export const SPARKLINE_BOX = { width: 200, height: 50 } as const;

/** A dot as a zero-length stroke with a round cap: it stays round when the drawing stretches. */
const dot = (x: number, y: number) => `M${round(x)},${round(y)}h0`;

export interface SparklineView {
  /** The summary sentence: the drawing's accessible name. */
  readonly label: string;
  readonly plot: Plot;
  readonly values: Series;
  readonly summary: SeriesSummary;
  readonly target?: number;
}

/** A mark's path, or no `d` at all when there is nothing to draw. */
const path = (d: string) => d || nothing;

/**
 * The drawing, named by the summary sentence: the series as one path, lone values as dots, the
 * target line and, on a line or an area, a dot on the latest value (the last bar needs none). The
 * paths are always there, empty when there is nothing to draw: a fixed structure adds no markers
 * or nodes, which counts with hundreds of sparklines on a page.
 */
export const renderSparkline = ({ label, plot, values, summary, target }: SparklineView) => {
  const bars = plot.type === 'bar';
  const series = bars ? barPath(values, plot) : linePath(values, plot);
  const area = plot.type === 'area' ? areaPath(values, plot) : '';
  const dots = bars ? '' : lonePoints(values, plot, dot);
  const targetLine = target === undefined ? '' : `M${plot.left},${round(plot.y(target))}H${plot.right}`;
  const latest = bars ? '' : dot(plot.x(summary.last.index), plot.y(summary.last.value));
  const { width, height } = SPARKLINE_BOX;
  // No whitespace between the marks: in SVG every gap would be a text node.
  // prettier-ignore
  return html`<svg class="sparkline" part="chart" role="img" aria-label=${label} viewBox="0 0 ${width} ${height}" preserveAspectRatio="none"><path class="area" d=${path(area)}></path><path class=${bars ? 'bars' : 'line'} d=${series}></path><path class="points" d=${path(dots)}></path><path class="target" d=${path(targetLine)}></path><path class="latest" d=${path(latest)}></path></svg>`;
};

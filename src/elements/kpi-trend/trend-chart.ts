import { nothing, svg } from 'lit';
import type { Series } from '../../kpi/index.js';
import type { SeriesSummary } from '../../kpi/series.js';
import { round } from '../../shared/scale.js';
import { areaPath, barPath, isolatedPath, linePath, tickIndices, valueTicks, type Plot } from './trend-geometry.js';

export interface ChartView {
  readonly plot: Plot;
  readonly values: Series;
  readonly summary: SeriesSummary;
  readonly axis: boolean;
  readonly target?: number;
  /** The period under the focus marker, if any. */
  readonly focus?: number;
  readonly valueTick: (value: number) => string;
  readonly periodTick: (index: number) => string;
}

/** A small triangle pointing up (high) or down (low), so the markers differ by shape, not color. */
const triangle = (x: number, y: number, up: boolean) =>
  up ? `M${round(x)},${round(y - 5)}l5,8h-10Z` : `M${round(x)},${round(y + 5)}l5,-8h-10Z`;

const yAxis = ({ plot, valueTick }: ChartView) =>
  valueTicks(plot).map((tick) => {
    const y = round(plot.y(tick));
    return svg`<line class="grid" x1=${plot.left} x2=${plot.right} y1=${y} y2=${y}></line>
      <text class="tick" x=${plot.left - 8} y=${y} text-anchor="end" dominant-baseline="middle">${valueTick(tick)}</text>`;
  });

const xAxis = ({ plot, periodTick }: ChartView) => {
  const edge = plot.type !== 'bar' && plot.count > 1;
  const indices = tickIndices(plot.count, (plot.right - plot.left) / 72, edge);
  return indices.map((index, k) => {
    const anchor = edge && k === 0 ? 'start' : edge && k === indices.length - 1 ? 'end' : 'middle';
    const x = anchor === 'start' ? plot.left : anchor === 'end' ? plot.right : round(plot.x(index));
    return svg`<text class="tick" x=${x} y=${plot.bottom + 17} text-anchor=${anchor}>${periodTick(index)}</text>`;
  });
};

const point = (view: ChartView, index: number) => {
  const value = view.values[index] ?? null;
  return value === null ? undefined : { x: round(view.plot.x(index)), y: round(view.plot.y(value)) };
};

const focusMarker = (view: ChartView, index: number) => {
  const x = round(view.plot.x(index));
  const at = point(view, index);
  return svg`<g class="focus">
    <line x1=${x} x2=${x} y1=${view.plot.top} y2=${view.plot.bottom}></line>
    ${at ? svg`<circle cx=${at.x} cy=${at.y} r="5"></circle>` : nothing}
  </g>`;
};

/**
 * The drawing: one path for the series whatever its length, the target line, and markers for the
 * latest point, the high and the low. Hidden from assistive technology; the text says it all.
 */
export const renderChart = (view: ChartView) => {
  const { plot, values, summary, target } = view;
  const high = point(view, summary.high.index);
  const low = point(view, summary.low.index);
  const latest = point(view, summary.last.index);
  const targetY = target === undefined ? undefined : round(plot.y(target));
  return svg`
    ${view.axis ? yAxis(view) : nothing}
    ${plot.type === 'area' ? svg`<path class="area" d=${areaPath(values, plot)}></path>` : nothing}
    ${
      plot.type === 'bar'
        ? svg`<path class="bars" d=${barPath(values, plot)}></path>`
        : svg`<path class="line" d=${linePath(values, plot)}></path>
            <path class="dots" d=${isolatedPath(values, plot)}></path>`
    }
    ${targetY === undefined ? nothing : svg`<line class="target" x1=${plot.left} x2=${plot.right} y1=${targetY} y2=${targetY}></line>`}
    ${view.axis ? xAxis(view) : nothing}
    ${summary.count > 1 && high ? svg`<path class="marker high" d=${triangle(high.x, high.y - 4, true)}></path>` : nothing}
    ${summary.count > 1 && low ? svg`<path class="marker low" d=${triangle(low.x, low.y + 4, false)}></path>` : nothing}
    ${latest ? svg`<circle class="marker latest" cx=${latest.x} cy=${latest.y} r="4"></circle>` : nothing}
    ${view.focus === undefined ? nothing : focusMarker(view, view.focus)}
  `;
};

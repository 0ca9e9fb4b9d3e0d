import { nothing, svg } from 'lit';
import type { ChartGeometry, FocusGeometry } from './chart-geometry.js';

/**
 * The full chart's drawing from its geometry: the series, the target line, the axes and the
 * markers. Hidden from assistive technology; the text says it all.
 */
export const chartTemplate = (chart: ChartGeometry, focus: FocusGeometry | undefined) => {
  const { plot } = chart;
  return svg`
    ${chart.values.map(
      ({ x, y, anchor, text }) => svg`<line class="grid" x1=${plot.left} x2=${plot.right} y1=${y} y2=${y}></line>
        <text class="tick" x=${x} y=${y} text-anchor=${anchor} dominant-baseline="middle">${text}</text>`,
    )}
    ${chart.area === undefined ? nothing : svg`<path class="area" d=${chart.area}></path>`}
    ${chart.bars === undefined ? nothing : svg`<path class="bars" d=${chart.bars}></path>`}
    ${chart.latestBar === undefined ? nothing : svg`<path class="bars latest" d=${chart.latestBar}></path>`}
    ${chart.partialBars === undefined ? nothing : svg`<path class="bars partial" d=${chart.partialBars}></path>`}
    ${
      chart.line === undefined
        ? nothing
        : svg`${chart.line.texture ? svg`<path class="texture" d=${chart.line.texture}></path>` : nothing}
            <path class="line" d=${chart.line.path}></path><path class="dots" d=${chart.line.dots}></path>
            ${chart.line.partial ? svg`<path class="line partial" d=${chart.line.partial}></path>` : nothing}`
    }
    ${
      chart.target === undefined
        ? nothing
        : svg`<line class="target" x1=${plot.left} x2=${plot.right} y1=${chart.target} y2=${chart.target}></line>`
    }
    ${chart.periods.map(({ x, y, anchor, text }) => svg`<text class="tick" x=${x} y=${y} text-anchor=${anchor}>${text}</text>`)}
    ${chart.high === undefined ? nothing : svg`<path class="marker high" d=${chart.high}></path>`}
    ${chart.low === undefined ? nothing : svg`<path class="marker low" d=${chart.low}></path>`}
    ${chart.latest === undefined ? nothing : svg`<circle class="marker latest" cx=${chart.latest.x} cy=${chart.latest.y} r="4"></circle>`}
    ${
      focus === undefined
        ? nothing
        : svg`<g class="focus">
            <line x1=${focus.x} x2=${focus.x} y1=${focus.top} y2=${focus.bottom}></line>
            ${focus.point ? svg`<circle cx=${focus.point.x} cy=${focus.point.y} r="5"></circle>` : nothing}
          </g>`
    }
  `;
};

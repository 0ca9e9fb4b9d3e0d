// The kit's trend templates (sparkline-template.ts, chart-template.ts, trend-template.ts) as they
// are, but for the full trend's listeners and its data table's rows, never drawn here (the table is
// closed); the target key has no target to show.
import { html, nothing, svg } from 'lit';

/** A mark's path, or no `d` at all when there is nothing to draw. */
const path = (d) => d || nothing;

/** The kit's sparkline template: the drawing, named by the summary sentence, every path always there. */
// prettier-ignore
export const sparklineTemplate = (sentence, marks) =>
  html`<svg class="sparkline" part="chart" role="img" aria-label=${sentence} viewBox="0 0 200 50" preserveAspectRatio="none"><path class="area" d=${path(marks.area)}></path><path class="texture" d=${path(marks.texture)}></path><path class=${marks.bars ? 'bars' : 'line'} d=${marks.series}></path><path class="points" d=${path(marks.dots)}></path><path class="target" d=${path(marks.target)}></path><path class="latest" d=${path(marks.latest)}></path></svg>`;

/** The kit's chart template (chart-template.ts), as it is: here only the line and its markers are drawn. */
const chartTemplate = (chart, focus) => {
  const { plot } = chart;
  return svg`
    ${chart.values.map(
      ({ x, y, anchor, text }) => svg`<line class="grid" x1=${plot.left} x2=${plot.right} y1=${y} y2=${y}></line>
        <text class="tick" x=${x} y=${y} text-anchor=${anchor} dominant-baseline="middle">${text}</text>`,
    )}
    ${chart.area === undefined ? nothing : svg`<path class="area" d=${chart.area}></path>`}
    ${chart.bars === undefined ? nothing : svg`<path class="bars" d=${chart.bars}></path>`}
    ${chart.latestBar === undefined ? nothing : svg`<path class="bars latest" d=${chart.latestBar}></path>`}
    ${
      chart.line === undefined
        ? nothing
        : svg`${chart.line.texture ? svg`<path class="texture" d=${chart.line.texture}></path>` : nothing}
            <path class="line" d=${chart.line.path}></path><path class="dots" d=${chart.line.dots}></path>`
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

/** The latest value, its change on the period before and whether that is good or bad news. */
const headline = (model, { delta, period, vsPrevious }) =>
  html`<div class="headline">
      <span class="value" part="value">${model.value}</span>
      ${
        delta
          ? html`<span class="delta ${delta.news}" part="delta"
              ><span class="arrow" aria-hidden="true">${delta.arrow}</span>
              ${delta.text}
              <span class="news">${delta.word}</span></span
            >`
          : nothing
      }
    </div>
    <p class="period" part="period">
      ${period}${vsPrevious ? html`<span class="vs">, ${vsPrevious}</span>` : nothing}
    </p>`;

/** Under the chart: the focused period or the span, and the high and low. */
const footer = ({ span, extremes }, readout) => {
  const extreme = (mark, { word, value, when }) =>
    html`<span class="extreme"
      ><span class="mark" aria-hidden="true">${mark}</span> ${word} ${value} <span class="when">${when}</span></span
    >`;
  return html`<div class="footer">
    <span class="readout" aria-live="polite">${readout}</span>
    ${readout === '' ? html`<span class="span">${span}</span>` : nothing}
    ${
      extremes
        ? html`<span class="extremes">${extreme('▲', extremes.high)}${extreme('▼', extremes.low)}</span>`
        : nothing
    }
  </div>`;
};

/** The data table's disclosure, closed: its rows are made only when it is opened, never here. */
const table = ({ table: name }, { tableOpen }) =>
  html`<details class="data" part="table" ?open=${tableOpen}>
    <summary>${name}</summary>
    ${nothing}
  </details>`;

/** The kit's full trend template (trend-template.ts), without its listeners and with no target key. */
export const trendTemplate = (model, panel, state) => {
  const { width, height } = state;
  return html`<div class="trend frame">
    <div class="top">
      <span class="label" part="label">${model.label}</span>
      ${nothing /* no target, so no target key */}
    </div>
    ${headline(model, panel)}
    <div
      class="chart ${state.axis ? 'with-axis' : ''}"
      part="chart"
      role="group"
      tabindex="0"
      aria-label=${model.sentence}
      aria-describedby="hint"
    >
      <svg aria-hidden="true" width=${width} height=${height} viewBox="0 0 ${width} ${height}">
        ${state.chart ? chartTemplate(state.chart, state.focus) : nothing}
      </svg>
    </div>
    <span id="hint" class="visually-hidden">${panel.hint}</span>
    ${footer(panel, state.readout)} ${table(panel, state)}
  </div>`;
};

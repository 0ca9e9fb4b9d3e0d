import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { ChartGeometry, FocusGeometry } from './chart-geometry.js';
import { chartTemplate } from './chart-template.js';
import type { ExploreHandlers } from './explore-controller.js';
import type { TrendPanel } from './panel-model.js';
import type { TableRow, TrendModel } from './trend-model.js';

const ARROWS = { up: '▲', down: '▼', flat: '■' } as const;

/** What the full trend shows besides its model: the chart at its size, the focus, the table. */
export interface TrendState {
  readonly width: number;
  readonly height: number;
  readonly axis: boolean;
  /** The chart, once its box has a size. */
  readonly chart?: ChartGeometry;
  readonly focus?: FocusGeometry;
  /** What the focused period reads, or nothing. */
  readonly readout: string;
  readonly tableOpen: boolean;
  /** The table's rows, while it is open. */
  readonly rows?: readonly TableRow[];
}

/** The latest value, its change on the period before and whether that is good or bad news. */
const headline = (model: TrendModel, { delta, period, vsPrevious }: TrendPanel) =>
  html`<div class="headline">
      <span class="value" part="value">${model.value}</span>
      ${
        delta
          ? html`<span class="delta ${delta.news}" part="delta"
              ><span class="arrow" aria-hidden="true">${ARROWS[delta.direction]}</span>
              ${delta.text}
              <span class="news">${delta.word}</span></span
            >`
          : nothing
      }
    </div>
    <p class="period" part="period">
      ${period}${vsPrevious ? html`<span class="vs">, ${vsPrevious}</span>` : nothing}
    </p>`;

/** The target's key, so the dashed line is explained in words. */
const targetKey = ({ target }: TrendPanel) =>
  target === undefined
    ? nothing
    : html`<span class="target-key" part="target"><span class="dash" aria-hidden="true"></span>${target}</span>`;

/** Under the chart: the focused period (announced politely) or the span, and the high and low. */
const footer = ({ span, extremes }: TrendPanel, readout: string) => {
  const extreme = (mark: string, { word, value, when }: { word: string; value: string; when: string }) =>
    html`<span class="extreme"
      ><span class="mark" aria-hidden="true">${mark}</span> ${word} ${value} <span class="when">${when}</span></span
    >`;
  return html`<div class="footer">
    <span class="readout" aria-live="polite"
      >${
        // Nothing while no period is in focus, not '': a server-rendered empty text cannot be
        // hydrated (lit-html would write the readout into the closing marker comment).
        readout || nothing
      }</span
    >
    ${readout === '' ? html`<span class="span">${span}</span>` : nothing}
    ${
      extremes
        ? html`<span class="extremes">${extreme('▲', extremes.high)}${extreme('▼', extremes.low)}</span>`
        : nothing
    }
  </div>`;
};

/**
 * The full data as a table behind a disclosure: reachable by keyboard and screen readers, and
 * rows exist only while it is open, so 10,000 periods cost nothing until someone asks for them.
 * The rows are rebuilt only when they change, not when the focus marker moves. The header row is
 * a row of <th scope="col">, not a <thead>, which Chromium holds on to.
 */
const table = ({ table: name, headers }: TrendPanel, { tableOpen, rows }: TrendState, on: ExploreHandlers) =>
  html`<details class="data" part="table" ?open=${tableOpen} @toggle=${on.toggle}>
    <summary>${name}</summary>
    ${
      tableOpen && rows
        ? guard(
            [rows],
            () =>
              html`<div class="table-scroll" tabindex="0" role="region" aria-label=${name}>
                <table>
                  <tbody>
                    <tr>
                      <th scope="col">${headers[0]}</th>
                      <th scope="col">${headers[1]}</th>
                    </tr>
                    ${rows.map(
                      ([period, value]) =>
                        html`<tr>
                          <th scope="row">${period}</th>
                          <td>${value}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`,
          )
        : nothing
    }
  </details>`;

/** The full trend: its name and target, the headline, the chart to explore, the footer and the table. */
export const trendTemplate = (model: TrendModel, panel: TrendPanel, state: TrendState, on: ExploreHandlers) => {
  const { width, height } = state;
  return html`<div class="trend frame">
    <div class="top">
      <span class="label" part="label">${model.label}</span>
      ${targetKey(panel)}
    </div>
    ${headline(model, panel)}
    <div
      class="chart ${state.axis ? 'with-axis' : ''}"
      part="chart"
      role="group"
      tabindex="0"
      aria-label=${model.sentence}
      aria-describedby="hint"
      @keydown=${on.key}
      @blur=${on.blur}
      @pointermove=${on.pointer}
      @pointerleave=${on.leave}
    >
      <svg aria-hidden="true" width=${width} height=${height} viewBox="0 0 ${width} ${height}">
        ${state.chart ? chartTemplate(state.chart, state.focus) : nothing}
      </svg>
    </div>
    <span id="hint" class="visually-hidden">${panel.hint}</span>
    ${footer(panel, state.readout)} ${table(panel, state, on)}
  </div>`;
};

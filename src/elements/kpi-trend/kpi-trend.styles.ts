import { css } from 'lit';

export const styles = css`
  :host {
    /* A chart uses the width it is given; a page may cap it. */
    max-inline-size: var(--kpi-max-width, none);
    --_line: var(--kpi-trend-line-color, var(--_accent));
    --_target: var(--kpi-trend-target-color, var(--_text));
  }
  .trend {
    display: grid;
    /* Stretched to a row's height, the rows keep their own heights, from the top. */
    align-content: start;
    gap: 0.25em;
    /* Figures of one width in every number (headline, change, axes, footer, table), so they align and do not jitter. */
    font-variant-numeric: tabular-nums;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.25em 1em;
  }
  .label {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  .target-key {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-size: max(0.8125em, 11px);
    color: var(--_muted);
  }
  .dash {
    width: 1.25em;
    border-top: 2px dashed var(--_target);
  }
  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
  }
  .value {
    font-size: 1.75em;
    font-weight: 650;
    line-height: 1.15;
  }
  .delta {
    font-size: 0.875em;
    font-weight: 600;
  }
  .arrow {
    /* A glyph the reader must see: 11 px at the default size, smaller than the figure beside it. */
    font-size: max(0.8em, 11px);
  }
  .news {
    font-weight: 400;
  }
  .period,
  .footer {
    margin: 0;
    font-size: max(0.8125em, 11px);
    color: var(--_muted);
  }
  .chart {
    position: relative;
    height: var(--kpi-trend-height, 4em);
    margin-block: 0.5em 0.25em;
    border-radius: 4px;
    outline-offset: 2px;
    touch-action: pan-y;
  }
  .chart.with-axis {
    height: var(--kpi-trend-height, 11em);
  }
  .chart:focus-visible {
    outline: 2px solid var(--_accent);
  }
  svg {
    position: absolute;
    inset: 0;
    display: block;
    overflow: visible;
    /*
     * Time runs left to right in every script, as pointer and arrow-key exploration assume; the
     * drawing's coordinates are physical, so its tick labels anchor left to right too. Without
     * this, right-to-left pages flip text-anchor and push the labels into the plot and off the edge.
     */
    direction: ltr;
  }
  .line {
    fill: none;
    stroke: var(--_line);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .dots {
    fill: var(--_line);
  }
  /* Every period of a dense series, faint under the line through their means: the spread, not a band. */
  .texture {
    fill: none;
    stroke: var(--_line);
    stroke-width: 1;
    stroke-opacity: 0.2;
    stroke-linejoin: round;
  }
  .area {
    fill: var(--_line);
    fill-opacity: 0.14;
  }
  .bars {
    fill: var(--_line);
    fill-opacity: 0.7;
  }
  /* The latest bar in full colour, as a line's latest point has its dot. */
  .bars.latest {
    fill-opacity: 1;
  }
  /* A period the data covers only in part (a month so far): dotted, by its pattern, not its colour. */
  .line.partial {
    stroke-dasharray: 1 5;
  }
  .bars.partial {
    fill-opacity: 0.18;
    stroke: var(--_line);
    stroke-width: 1.5;
    stroke-dasharray: 3 3;
  }
  .target {
    stroke: var(--_target);
    stroke-width: 1.5;
    stroke-dasharray: 5 4;
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .tick {
    fill: var(--_muted);
    font-size: max(0.6875em, 11px);
  }
  .marker {
    fill: var(--_surface);
    stroke: var(--_line);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .marker.latest {
    fill: var(--_line);
    stroke: var(--_surface);
    stroke-width: 2;
  }
  .focus line {
    stroke: var(--_text);
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .focus circle {
    fill: var(--_surface);
    stroke: var(--_text);
    stroke-width: 2;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25em 1em;
    min-height: 1.4em;
  }
  .readout {
    color: var(--_text);
    font-weight: 600;
  }
  .readout:empty {
    display: none;
  }
  .extremes {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .mark {
    /* 11 px at the default size, as every text. */
    font-size: max(0.85em, 11px);
    color: var(--_line);
  }
  .data {
    margin-top: 0.25em;
    font-size: max(0.8125em, 11px);
  }
  .data summary {
    width: fit-content;
    cursor: pointer;
    color: var(--_accent);
    border-radius: 4px;
  }
  .data summary:focus-visible,
  .table-scroll:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .table-scroll {
    max-height: 16em;
    overflow: auto;
    margin-top: 0.5em;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: var(--_start);
    font-weight: 400;
  }
  th[scope='col'] {
    position: sticky;
    top: 0;
    background: var(--_surface);
    font-weight: 600;
  }
  td {
    text-align: var(--_end);
  }
  /* A sparkline stretches to its box; strokes and dots keep their size in any box. */
  .sparkline {
    position: static;
    width: 100%;
    height: var(--kpi-trend-height, 2.5em);
    overflow: visible;
  }
  .sparkline path {
    vector-effect: non-scaling-stroke;
  }
  .sparkline .target {
    fill: none;
  }
  .sparkline .points,
  .sparkline .latest {
    fill: none;
    stroke: var(--_line);
    stroke-linecap: round;
    stroke-width: 5px;
  }
  .sparkline .latest {
    stroke-width: 6px;
  }
  /*
   * On paper the data table prints whole if it was open, without its disclosure; a closed one
   * leaves no "Show data" that nobody can press.
   */
  @media print {
    .data:not([open]),
    .data summary {
      display: none;
    }
    .table-scroll {
      max-height: none;
      overflow: visible;
    }
    /*
     * The chart was drawn for the screen's width, and a browser lays the page out again for paper
     * without asking it to draw again: it shrinks to the paper's column instead of running past it.
     */
    .chart svg {
      width: 100%;
      height: 100%;
    }
  }
  @media (forced-colors: active) {
    .sparkline .points,
    .sparkline .latest,
    .line,
    .texture,
    .target,
    .focus line,
    .focus circle,
    .marker {
      stroke: CanvasText;
    }
    .area,
    .bars,
    .dots,
    .marker.latest {
      fill: CanvasText;
    }
    /* Hollow markers and the latest point's halo take the page's background, not the widget's. */
    .marker,
    .focus circle {
      fill: Canvas;
    }
    .marker.latest {
      stroke: Canvas;
    }
    .bars.partial {
      fill: Canvas;
      stroke: CanvasText;
    }
    /*
     * The usual faint tint of the area would all but vanish: this one stands out 3 : 1 from Canvas
     * in light and dark schemes, and lines over it keep 4.5 : 1.
     */
    .area {
      fill-opacity: 0.45;
    }
    .grid {
      stroke: GrayText;
    }
    .tick {
      fill: CanvasText;
    }
    .dash {
      border-color: CanvasText;
    }
    .chart:focus-visible {
      outline-color: Highlight;
    }
  }
`;

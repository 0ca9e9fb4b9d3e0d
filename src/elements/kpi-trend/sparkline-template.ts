import { html, nothing, svg } from 'lit';
import { SPARKLINE_BOX } from './sparkline-box.js';
import type { SparklineGeometry } from './sparkline-geometry.js';

/** A mark's path, or no `d` at all when there is nothing to draw. */
const path = (d: string) => d || nothing;

/**
 * The sparkline's marks, to go inside an `<svg>` with `SPARKLINE_BOX` as its view box: the
 * trend's own drawing, and the card's under its value. The paths are always there, empty when
 * there is nothing to draw: a fixed structure adds no markers or nodes, which counts with hundreds
 * of sparklines on a page.
 */
// No whitespace between the marks: in SVG every gap would be a text node.
// prettier-ignore
export const sparklineMarks = (marks: SparklineGeometry) =>
  svg`<path class="area" d=${path(marks.area)}></path><path class="texture" d=${path(marks.texture)}></path><path class=${marks.bars ? 'bars' : 'line'} d=${marks.series}></path><path class="points" d=${path(marks.dots)}></path><path class="target" d=${path(marks.target)}></path><path class="latest" d=${path(marks.latest)}></path>`;

/** The drawing, named by the summary sentence. */
export const sparklineTemplate = (sentence: string, marks: SparklineGeometry) => {
  const { width, height } = SPARKLINE_BOX;
  // prettier-ignore
  return html`<svg class="sparkline" part="chart" role="img" aria-label=${sentence} viewBox="0 0 ${width} ${height}" preserveAspectRatio="none">${sparklineMarks(marks)}</svg>`;
};

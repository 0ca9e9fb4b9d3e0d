import { html, nothing, svg } from 'lit';
import type { Direction } from '../../kpi/index.js';
import { SPARKLINE_BOX } from '../kpi-trend/sparkline-box.js';
import type { SparklineGeometry } from '../kpi-trend/sparkline-geometry.js';
import { sparklineMarks } from '../kpi-trend/sparkline-template.js';
import type { TrackPoint } from './benchmark-geometry.js';
import type { BenchmarkBar, CardChange, CardComparison, CardModel } from './card-model.js';

const ARROWS: Record<Direction, string> = { up: 'M6 2 11 9H1Z', down: 'M6 10 1 3h10Z', flat: 'M2 5h6V2l4 4-4 4V7H2Z' };

/** A change, as one phrase: the badge, with its arrow, and after it its news and what it is compared with ("▲ +1 pp better vs last month"). */
const changeTemplate = ({ baseline, direction, news, text, relative, note }: CardChange) =>
  html`<p part="comparison" class="change ${baseline}">
    <span part="delta" class="delta ${news}"
      ><svg class="arrow" viewBox="0 0 12 12">${svg`<path d=${ARROWS[direction]}></path>`}</svg>
      ${text}${relative ? html` <span class="relative">${relative}</span>` : nothing}</span
    >
    <span class="delta-note">${note}</span>
  </p>`;

/**
 * One comparison line: a change, the target marked met or missed by a sign as well as a colour,
 * or a baseline without a figure, marked by a dash.
 */
const comparisonTemplate = (line: CardComparison) => {
  if ('missing' in line) {
    return html`<div part="comparison" class="line missing"><span class="mark">–</span><span>${line.text}</span></div>`;
  }
  if (line.baseline !== 'target') return changeTemplate(line);
  return html`<div part="comparison target" class="line target ${line.met ? 'met' : 'missed'}">
    <span class="mark">${line.met ? '✓' : '✗'}</span><span>${line.text}</span>
  </div>`;
};

/** The trend's sparkline of the card's series, stretched to the card's width; the sentence says what it shows. */
const sparklineTemplate = (marks: SparklineGeometry) => {
  const { width, height } = SPARKLINE_BOX;
  // prettier-ignore
  return html`<svg part="sparkline" class="sparkline" aria-hidden="true" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none">${sparklineMarks(marks)}</svg>`;
};

/** The value, the series' sparkline under it, then what it is compared with, a line each, in the order `compare` lists them. */
const headlineTemplate = (value: string, comparisons: readonly CardComparison[], sparkline?: SparklineGeometry) =>
  html`<div class="headline">
    <div part="value" class="value">${value}</div>
    ${sparkline ? sparklineTemplate(sparkline) : nothing}
    ${comparisons.length > 0 ? html`<div class="comparisons">${comparisons.map(comparisonTemplate)}</div>` : nothing}
  </div>`;

/** A label on the bar, hung from its point: percentages of the track, so it stays put at any width. */
const label = (point: TrackPoint, text: string, y: string, kind: string) =>
  svg`<text class="range-label ${kind}" x="${point.at}%" y=${y} text-anchor=${point.anchor}>${text}</text>`;

/**
 * The bar: a track, the typical range's band with its bounds under its ends, and the value's marker
 * with the value above it. Positions are percentages of the SVG's own width, so nothing stretches.
 */
const barTemplate = ({ geometry: { bandStart, bandWidth, marker, min, max }, ...text }: BenchmarkBar) =>
  html`<svg part="benchmark-bar" class="range" aria-hidden="true">
    ${label(marker, text.value, '0.9em', 'range-value')}
    <rect class="range-track" x="0" y="1.35em" width="100%" height="0.25em" rx="0.125em"></rect>
    <rect class="range-band" x="${bandStart}%" y="1.225em" width="${bandWidth}%" height="0.5em" rx="0.125em"></rect>
    <line class="range-marker" x1="${marker.at}%" x2="${marker.at}%" y1="1.05em" y2="1.9em"></line>
    ${min && text.min ? label(min, text.min, '2.85em', 'range-end') : nothing}
    ${max && text.max ? label(max, text.max, '2.85em', 'range-end') : nothing}
  </svg>`;

/** The benchmark line, its range kept on one line, with a labelled bar where the value is judged against the range. */
export const benchmarkTemplate = (benchmark: CardModel['benchmark']) => {
  if (!benchmark) return nothing;
  const { text, verdict, range, bar } = benchmark;
  return html`<div part="benchmark" class="line benchmark">
      <span>${verdict && range ? html`${verdict} <span class="range-text">(${range})</span>` : text}</span>
    </div>
    ${bar ? barTemplate(bar) : nothing}`;
};

/**
 * The whole card: the sentence that says it all to a screen reader, and beside it the visual card,
 * hidden from one but for its info button. `button(name)` is that button, drawn by the element,
 * which answers to it; a card without a definition has none. The definition shows while
 * `definitionOpen`.
 */
export const cardTemplate = (model: CardModel, definitionOpen: boolean, button: (name: string) => unknown) => {
  const { label, period, value, comparisons, benchmark, definition, sentence, sparkline } = model;
  return html`<article part="card" class="card frame">
    <p class="visually-hidden">${sentence}</p>
    <div class="head">
      <div class="title" aria-hidden="true">
        <div part="label" class="label" title=${label}>${label}</div>
        ${period ? html`<div part="period" class="period">${period}</div>` : nothing}
      </div>
      ${definition ? button(definition.button) : nothing}
    </div>
    <div class="body" aria-hidden="true">
      ${headlineTemplate(value, comparisons, sparkline)}
      ${benchmark ? html`<div class="meta">${benchmarkTemplate(benchmark)}</div>` : nothing}
    </div>
    ${
      definition
        ? html`<p id="definition" part="definition" class="definition" ?hidden=${!definitionOpen}>
            ${
              // Nothing, not '', until the notes are here: a server-rendered empty text cannot be
              // hydrated (lit-html writes the later text into the closing marker comment).
              definition.text || nothing
            }
          </p>`
        : nothing
    }
  </article>`;
};

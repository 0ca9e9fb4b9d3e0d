import { html, nothing, svg } from 'lit';
import type { BarGeometry, GaugeGeometry, RoundGeometry } from './gauge-geometry.js';
import type { GaugeModel } from './gauge-model.js';
import type { Level } from './meter-model.js';
import type { PaceModel } from './pace-model.js';

/** A round dial: the drawing, with the percent and its caption written inside it. */
const round = (geometry: RoundGeometry<Level>, { headline, caption }: GaugeModel) =>
  html`<div class="dial">
    <svg part="gauge" class="drawing" viewBox=${geometry.viewBox} aria-hidden="true" focusable="false">
      ${geometry.zones.map(({ d, level }) => svg`<path part="band" class="zone-mark level-${level}" d=${d}></path>`)}
      <path part="track" class="track" d=${geometry.track}></path>
      ${geometry.fill ? svg`<path part="fill" class="fill" d=${geometry.fill}></path>` : nothing}
      ${geometry.goalMark ? svg`<path class="goal-mark" d=${geometry.goalMark}></path>` : nothing}
      <text class="headline" part="headline" y=${geometry.headline.y} font-size=${geometry.headline.size}>
        ${headline}
      </text>
      ${caption ? svg`<text class="caption" y=${geometry.caption.y}>${caption}</text>` : nothing}
    </svg>
  </div>`;

/** The bar: the percent and its caption on a line, the drawing under them. */
const bar = (geometry: BarGeometry<Level>, { headline, caption }: GaugeModel) =>
  html`<p class="center">
      <span class="headline" part="headline">${headline}</span>
      <span class="caption">${caption}</span>
    </p>
    <svg part="gauge" class="drawing" width="100%" height="20" aria-hidden="true" focusable="false">
      <rect part="track" class="track" width="100%" height="12" rx="6"></rect>
      ${geometry.fill ? svg`<rect part="fill" class="fill" width=${geometry.fill} height="12" rx="6"></rect>` : nothing}
      ${geometry.zones.map(
        ({ x, width, level }) =>
          svg`<rect part="band" class="zone-mark level-${level}" x=${x} y="16" width=${width} height="4"></rect>`,
      )}
      ${
        geometry.goalMark
          ? svg`<rect class="goal-mark-bar" x=${geometry.goalMark} y="0" width="2" height="12" transform="translate(-1 0)"></rect>`
          : nothing
      }
    </svg>`;

/**
 * Phrases on a line, kept whole where they fit: each is a box that wraps only when it alone is
 * wider than the line, and the separator is glued to the phrase before it, so no line starts with
 * it or holds it alone.
 */
const phrases = (parts: readonly string[]) =>
  parts.map(
    (part, i) =>
      html`<span class="phrase"
        >${part}${i < parts.length - 1 ? html`<span aria-hidden="true">&nbsp;·</span>` : nothing}</span
      > `,
  );

/** A dated goal: the badge with the day beside it, then one fact a line. */
const paceTemplate = ({ badge, day, lines }: PaceModel) =>
  html`<p class="status-line">
      <span class="badge tone-${badge.tone}" part="status"
        ><span class="icon" aria-hidden="true">${badge.icon}</span>${badge.text}</span
      >
      ${day ? html`<span class="day">${day}</span>` : nothing}
    </p>
    <p class="pace" part="pace">${lines.map((line) => html`<span>${line}</span> `)}</p>`;

/** The whole gauge: label, a `role="meter"` with its drawing and figures, and the pacing lines. */
export const gaugeTemplate = (model: GaugeModel, geometry: GaugeGeometry<Level>) => {
  const { meter, pace } = model;
  return html`<div class="gauge frame ${model.shape} level-${meter.level}">
    <p class="label" id="label" part="label">${model.label}</p>
    <div
      class="meter"
      part="meter"
      role="meter"
      aria-labelledby="label"
      aria-valuemin=${meter.min}
      aria-valuemax=${meter.max}
      aria-valuenow=${meter.now}
      aria-valuetext=${model.valueText}
    >
      ${geometry.shape === 'bar' ? bar(geometry, model) : round(geometry, model)}
      <p class="value" part="value">${model.valueLine}</p>
      <p class="remaining" part="remaining">${model.remaining}</p>
      ${model.secondary ? html`<p class="secondary">${phrases(model.secondary)}</p>` : nothing}
      ${model.zone ? html`<p class="zone level-${meter.band}">${model.zone}</p>` : nothing}
    </div>
    ${pace ? paceTemplate(pace) : nothing}
  </div>`;
};

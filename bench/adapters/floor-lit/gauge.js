// The gauge with Lit: `<goal-gauge>` as a plain LitElement whose template is the kit's
// (gauge-template.ts, the round dial), bound to the content floor's strings and arcs.
import { html, LitElement, nothing, svg } from 'lit';
import { styles } from '../../../src/elements/goal-gauge/goal-gauge.styles.ts';
import { hostStyles } from '../../../src/shared/styles/host.styles.ts';
import { gaugeText } from '../floor-content/gauge-text.js';
import { lastOf } from '../floor-content/dom.js';
import { litAdapter } from './element.js';

/** A round dial: the drawing, with the percent and its caption written inside it. */
const round = (geometry, { headline, caption }) =>
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

/**
 * The kit's gauge template: label, and a `role="meter"` with its drawing and figures. An undated
 * arc without bands has no secondary line, zone or pacing: their parts hold nothing, as in the kit.
 */
const gaugeTemplate = (model, geometry) => {
  const { meter } = model;
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
      ${round(geometry, model)}
      <p class="value" part="value">${model.valueLine}</p>
      <p class="remaining" part="remaining">${model.remaining}</p>
      ${nothing} ${nothing}
    </div>
    ${nothing}
  </div>`;
};

/** The content floor's strings and arcs in the kit's shapes, worked out once for the input all 200 share. */
const gaugeView = lastOf((input) => {
  const text = gaugeText(input);
  return {
    model: {
      shape: 'arc',
      label: 'Revenue',
      meter: { level: 'neutral', min: 0, max: 100, now: text.now },
      valueText: text.valueText,
      headline: text.headline,
      caption: 'of goal',
      valueLine: text.of,
      remaining: text.remaining,
    },
    geometry: {
      viewBox: '-100 -100 200 156',
      zones: [],
      track: text.track,
      fill: text.fill,
      headline: { y: -2, size: 30 },
      caption: { y: 16 },
    },
  };
});

/** `<goal-gauge>`: the gauge of `input` (its value and goal). */
class LitGauge extends LitElement {
  static styles = [hostStyles, styles];
  static properties = { input: { attribute: false } };

  render() {
    const { model, geometry } = gaugeView(this.input);
    return gaugeTemplate(model, geometry);
  }
}

export const gauge = /* @__PURE__ */ litAdapter('goal-gauge', LitGauge, {
  properties: (input) => ({ input }),
  style: '--kpi-gauge-size: 160px',
  drawn: '[part~="fill"]',
});

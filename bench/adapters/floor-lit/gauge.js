// The gauge with Lit: `<goal-gauge>` as a plain LitElement rendering the kit's own template
// (gauge-template.ts's `gaugeTemplate`, the round dial), with a model and a geometry made of the
// content floor's strings and arcs.
import { LitElement } from 'lit';
import { gaugeTemplate } from '../../../src/elements/goal-gauge/gauge-template.ts';
import { styles } from '../../../src/elements/goal-gauge/goal-gauge.styles.ts';
import { hostStyles } from '../../../src/shared/styles/host.styles.ts';
import { gaugeText } from '../floor-content/gauge-text.js';
import { lastOf } from '../floor-content/dom.js';
import { litAdapter } from './element.js';

/**
 * The kit's `GaugeModel` (gauge-model.ts) and `RoundGeometry` (gauge-geometry.ts) for `input`, an
 * undated value short of its goal on an arc without bands (so no secondary line, zone or pacing),
 * from the content floor's strings and arcs, worked out once for the input all 200 share.
 */
const gaugeView = lastOf((input) => {
  const text = gaugeText(input);
  return {
    model: {
      shape: 'arc',
      label: 'Revenue',
      headline: text.headline,
      caption: 'of goal',
      valueLine: text.of,
      remaining: text.remaining,
      valueText: text.valueText,
      meter: {
        fill: input.value / input.goal,
        goalMark: null,
        zones: [],
        level: 'neutral',
        min: 0,
        max: 100,
        now: Number(text.now),
      },
      value: input.value,
      text: text.shown,
      status: 'neutral',
    },
    geometry: {
      shape: 'arc',
      viewBox: '-100 -100 200 156',
      track: text.track,
      fill: text.fill,
      zones: [],
      goalMark: '',
      // Where the arc's percent and caption sit, and the percent's size (gauge-geometry.ts).
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

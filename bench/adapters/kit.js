// The kit's elements, bundled from src/. Each adapter names its element's class, so a page
// bundles only the element it uses (and the class's module, which defines the tag, is kept).
import { FunnelRatio } from '../../src/elements/funnel-ratio/funnel-ratio.ts';
import { GoalGauge } from '../../src/elements/goal-gauge/goal-gauge.ts';
import { KpiCard } from '../../src/elements/kpi-card/kpi-card.ts';
import { KpiTrend } from '../../src/elements/kpi-trend/kpi-trend.ts';
import { countRenders, rendersSoFar } from './render-count.js';

/**
 * An adapter for one element class: `attributes(input)` (and `properties(input)`, for data a script
 * holds) set it up, `drawn` is what must be in its shadow root, `update` (S4) gives it new input.
 */
const adapter = (element, tag, { attributes, properties, style = '', drawn, update }) => ({
  setup() {
    if (customElements.get(tag) !== element) throw new Error(`<${tag}> is not defined by the bundled class`);
    countRenders(element);
  },
  create(box, input) {
    const widget = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes(input))) widget.setAttribute(name, value);
    if (properties) Object.assign(widget, properties(input));
    if (style) widget.style.cssText = style;
    box.append(widget);
    return widget;
  },
  ready: (widget) => widget.updateComplete,
  renders: rendersSoFar,
  check(widget) {
    const root = widget.shadowRoot;
    const error = root?.querySelector('[part~="error"]');
    if (error) return `<${tag}> shows its error state: ${error.textContent.replace(/\s+/g, ' ').trim()}`;
    if (!root?.querySelector(drawn)) return `<${tag}> drew no ${drawn}`;
    return undefined;
  },
  remove: (widget) => widget.remove(),
  update,
});

// `@__PURE__` lets the bundler drop the adapters a page does not use, and with them their
// elements. (No object spread here: a spread may run getters, so the bundler would keep it.)
export const sparkline = /* @__PURE__ */ adapter(KpiTrend, 'kpi-trend', {
  // The kit's sparkline: the drawing alone, named for screen readers by the summary sentence.
  attributes: (values) => ({ label: 'Sessions', values: values.join(','), sparkline: '' }),
  // The same drawing as every peer's sparkline, 160 × 40 px.
  style: 'width: 160px; --kpi-trend-height: 40px',
  drawn: 'svg[role="img"] path.line[d^="M"]',
  update(widget, values) {
    widget.values = values.join(',');
    return widget.updateComplete;
  },
});

// The full trend: headline, explorable chart, summary sentence and data table.
export const trend = /* @__PURE__ */ adapter(KpiTrend, 'kpi-trend', {
  attributes: () => ({ label: 'Sessions' }),
  // Thousands of numbers come from a script, as the peers get them: an array, not attribute text.
  properties: (values) => ({ inputs: { values } }),
  // A 160 × 40 px chart: no inner padding, 1 px borders.
  style: 'width: 162px; --kpi-space: 0px; --kpi-trend-height: 40px',
  drawn: 'svg[width="160"][height="40"] path.line[d^="M"]',
});

export const gauge = /* @__PURE__ */ adapter(GoalGauge, 'goal-gauge', {
  attributes: ({ value, goal }) => ({ label: 'Revenue', value, goal }),
  style: '--kpi-gauge-size: 160px',
  drawn: '[part~="fill"]',
});

export const funnel = /* @__PURE__ */ adapter(FunnelRatio, 'funnel-ratio', {
  attributes: ({ stages, values }) => ({ label: 'Funnel', stages: stages.join(','), values: values.join(',') }),
  drawn: '[part~="table"]',
});

export const card = /* @__PURE__ */ adapter(KpiCard, 'kpi-card', {
  attributes: ({ value, previous, target }) => ({
    label: 'Conversion rate',
    unit: 'percent',
    value,
    'previous-value': previous,
    target,
  }),
  drawn: '[part~="value"]',
});

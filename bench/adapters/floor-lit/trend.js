// The trend with Lit: `<kpi-trend sparkline>` and the full `<kpi-trend>` as a plain LitElement
// whose templates are the kit's (sparkline-template.ts, trend-template.ts, chart-template.ts),
// bound to the content floor's strings and paths. The chart is drawn at once at the bench's size
// (160 × 40 px), as the content floor draws it; the kit measures its box first and renders again.
import { LitElement } from 'lit';
import { styles } from '../../../src/elements/kpi-trend/kpi-trend.styles.ts';
import { hostStyles } from '../../../src/shared/styles/host.styles.ts';
import { chartMarks, sparklineMarks, summarize } from '../floor-content/trend-geometry.js';
import { LABEL, panelOf, sentenceOf } from '../floor-content/trend-text.js';
import { litAdapter } from './element.js';
import { sparklineTemplate, trendTemplate } from './trend-template.js';

const [WIDTH, HEIGHT] = [160, 40];

/** What the full template reads, in the kit's shapes, from the content floor's strings and paths. */
const fullTrend = (values, summary, sentence) => {
  const { value, delta, count, extreme } = panelOf(values, summary);
  const [high, low] = [summary.high, summary.low].map((index) => extreme(index));
  const { line, texture, ...marks } = chartMarks(values, summary, WIDTH, HEIGHT);
  return {
    model: { label: LABEL, value, sentence },
    panel: {
      delta,
      period: `Latest of ${count} values`,
      vsPrevious: 'vs the value before',
      span: `Periods 1–${count}`,
      extremes: {
        high: { word: 'High', value: high[0], when: high[1] },
        low: { word: 'Low', value: low[0], when: low[1] },
      },
      hint: 'Use the arrow keys, Home and End to explore the periods.',
      table: `Data table (${count} periods)`,
    },
    state: {
      width: WIDTH,
      height: HEIGHT,
      axis: false,
      chart: {
        plot: { left: 8, right: WIDTH - 8 },
        values: [],
        periods: [],
        line: { path: line, texture, dots: '' },
        ...marks,
      },
      readout: '',
      tableOpen: false,
    },
  };
};

/** `<kpi-trend>`: a sparkline or the full trend of `values`, drawn from the content floor's strings and paths. */
class LitTrend extends LitElement {
  static styles = [hostStyles, styles];
  static properties = { values: { attribute: false }, sparkline: { type: Boolean } };

  willUpdate() {
    const summary = summarize(this.values);
    const sentence = sentenceOf(this.values, summary);
    if (this.sparkline) {
      const { line, latest } = sparklineMarks(this.values, summary);
      this.shown = { sentence, marks: { area: '', texture: '', series: line, dots: '', target: '', latest } };
    } else this.shown = fullTrend(this.values, summary, sentence);
  }

  render() {
    const { sentence, marks, model, panel, state } = this.shown;
    return this.sparkline ? sparklineTemplate(sentence, marks) : trendTemplate(model, panel, state);
  }
}

export const sparkline = /* @__PURE__ */ litAdapter('kpi-trend', LitTrend, {
  properties: (values) => ({ sparkline: true, values }),
  style: 'width: 160px; --kpi-trend-height: 40px',
  drawn: 'svg[role="img"] path.line[d^="M"]',
  // S4: a new series, one render.
  update(widget, values) {
    widget.values = values;
    return widget.updateComplete;
  },
});

export const trend = /* @__PURE__ */ litAdapter('kpi-trend', LitTrend, {
  properties: (values) => ({ values }),
  style: 'width: 162px; --kpi-space: 0px; --kpi-trend-height: 40px',
  drawn: 'svg[width="160"][height="40"] path.line[d^="M"]',
});

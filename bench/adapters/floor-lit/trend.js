// The trend with Lit: `<kpi-trend sparkline>` and the full `<kpi-trend>` as a plain LitElement
// rendering the kit's own templates (sparkline-template.ts's `sparklineTemplate`, trend-template.ts's
// `trendTemplate` with chart-template.ts's chart), with models made of the content floor's strings
// and paths. The chart is drawn at once at the bench's size (160 × 40 px), as the content floor
// draws it; the kit measures its box first and renders again.
import { LitElement, nothing } from 'lit';
import { styles } from '../../../src/elements/kpi-trend/kpi-trend.styles.ts';
import { sparklineTemplate } from '../../../src/elements/kpi-trend/sparkline-template.ts';
import { trendTemplate } from '../../../src/elements/kpi-trend/trend-template.ts';
import { hostStyles } from '../../../src/shared/styles/host.styles.ts';
import { chartMarks, sparklineMarks, summarize } from '../floor-content/trend-geometry.js';
import { LABEL, panelOf, sentenceOf } from '../floor-content/trend-text.js';
import { litAdapter } from './element.js';

const [WIDTH, HEIGHT] = [160, 40];

/** The chart's handlers (the kit's `ExploreHandlers`): none, and Lit adds no listener for `nothing`. */
const NO_HANDLERS = { key: nothing, blur: nothing, pointer: nothing, leave: nothing, toggle: nothing };

/** The kit's `SparklineGeometry` (sparkline-geometry.ts) of a line: its path and the latest point's dot. */
const sparklineOf = (values, summary) => {
  const { line, latest } = sparklineMarks(values, summary);
  return { bars: false, series: line, area: '', texture: '', dots: '', target: '', latest };
};

/** The kit's `TrendPanel` (panel-model.ts): the content floor's words around the full chart (numbered periods). */
const panelFor = ({ delta, count, extreme }, summary) => {
  const [high, low] = [summary.high, summary.low].map((index) => extreme(index));
  return {
    delta: { direction: delta.direction, news: delta.news, text: delta.text, word: delta.word },
    period: `Latest of ${count} values`,
    vsPrevious: 'vs the value before',
    span: `Periods 1–${count}`,
    extremes: {
      high: { word: 'High', value: high[0], when: high[1] },
      low: { word: 'Low', value: low[0], when: low[1] },
    },
    hint: 'Use the arrow keys, Home and End to explore the periods.',
    table: `Data table (${count} periods)`,
    headers: ['Period', LABEL],
  };
};

/**
 * The kit's `TrendState` (trend-template.ts) of a full trend drawn at once at the bench's size,
 * nothing in focus and its table closed. Its `ChartGeometry` (chart-geometry.ts) is a line without
 * axes or target; of the plot, the template reads only its edges.
 */
const stateFor = (values, summary) => {
  const { line, texture = '', high, low, latest } = chartMarks(values, summary, WIDTH, HEIGHT);
  return {
    width: WIDTH,
    height: HEIGHT,
    axis: false,
    chart: {
      plot: { left: 8, right: WIDTH - 8 },
      line: { path: line, dots: '', texture },
      values: [],
      periods: [],
      high,
      low,
      latest,
    },
    readout: '',
    tableOpen: false,
  };
};

/** What the full trend's template takes, from the content floor's strings and paths. */
const fullTrend = (values, summary, sentence) => {
  const words = panelOf(values, summary);
  return {
    // Of the kit's `TrendModel` (trend-model.ts), what its templates read: the name, the latest value, the sentence.
    model: { label: LABEL, value: words.value, sentence },
    panel: panelFor(words, summary),
    state: stateFor(values, summary),
  };
};

/** `<kpi-trend>`: a sparkline or the full trend of `values`, drawn from the content floor's strings and paths. */
class LitTrend extends LitElement {
  static styles = [hostStyles, styles];
  static properties = { values: { attribute: false }, sparkline: { type: Boolean } };

  willUpdate() {
    const { values } = this;
    const summary = summarize(values);
    const sentence = sentenceOf(values, summary);
    this.shown = this.sparkline
      ? { sentence, marks: sparklineOf(values, summary) }
      : fullTrend(values, summary, sentence);
  }

  render() {
    const { sentence, marks, model, panel, state } = this.shown;
    return this.sparkline ? sparklineTemplate(sentence, marks) : trendTemplate(model, panel, state, NO_HANDLERS);
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

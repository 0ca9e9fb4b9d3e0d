// The trend as the kit renders it: `<kpi-trend sparkline>` (the drawing, named by the summary
// sentence) and the full `<kpi-trend>` (headline, the chart to explore, footer and closed table).
import { styles as trendStyles } from '../../../src/elements/kpi-trend/kpi-trend.styles.ts';
import { formats, h, host, round, s } from './dom.js';
import { plot, series, summarize } from './trend-geometry.js';

const LABEL = 'Sessions';

/** The kit's sentence for a trend without period labels: a sparkline's name, a full chart's label. */
const sentenceOf = (values, { high, low, last }) => {
  const { number, signed } = formats();
  const [first, latest] = [values[0], values[last]];
  const moved =
    latest === first
      ? `stayed at ${number.format(latest)}`
      : `${latest > first ? 'rose' : 'fell'} from ${number.format(first)} to ${number.format(latest)} (${signed.format(latest - first)})`;
  const at = (index) => `${number.format(values[index])} in period ${number.format(index + 1)}`;
  return `${LABEL}, periods 1–${number.format(values.length)}: ${moved}; high ${at(high)}, low ${at(low)}`;
};

const DIRECTIONS = {
  up: { arrow: '▲', news: 'good', word: 'better' },
  down: { arrow: '▼', news: 'bad', word: 'worse' },
  flat: { arrow: '■', news: 'neutral', word: 'no change' },
};

/** The words around the full chart: the latest value and its change, how many values, the high and low. */
const panelOf = (values, { last }) => {
  const { number, signed } = formats();
  const change = values[last] - values[last - 1];
  return {
    value: number.format(values[last]),
    delta: { ...DIRECTIONS[change > 0 ? 'up' : change < 0 ? 'down' : 'flat'], text: signed.format(change) },
    count: number.format(values.length),
    extreme: (index) => [number.format(values[index]), `Period ${number.format(index + 1)}`],
  };
};

/** The sparkline's marks in its own 200 × 50 units, stretched to the box. */
const sparklineMarks = (values, summary) => {
  const scale = plot(values, summary, 200, 50);
  const { line: d } = series(values, scale);
  return { line: d, latest: `M${round(scale.x(summary.last))},${round(scale.y(values[summary.last]))}h0` };
};

const sparklineHost = host('kpi-trend', trendStyles, 'width: 160px; --kpi-trend-height: 40px');

/** `<kpi-trend sparkline>`: the drawing alone, named by the summary sentence. */
export const sparkline = {
  create(box, values) {
    const summary = summarize(values);
    const marks = sparklineMarks(values, summary);
    const svg = s('svg', {
      class: 'sparkline',
      part: 'chart',
      role: 'img',
      'aria-label': sentenceOf(values, summary),
      viewBox: '0 0 200 50',
      preserveAspectRatio: 'none',
    });
    const [path, latest] = [
      s('path', { class: 'line', d: marks.line }),
      s('path', { class: 'latest', d: marks.latest }),
    ];
    svg.append(
      s('path', { class: 'area' }),
      s('path', { class: 'texture' }),
      path,
      s('path', { class: 'points' }),
      s('path', { class: 'target' }),
      latest,
    );
    sparklineHost(box, svg);
    return { svg, path, latest };
  },
  update({ svg, path, latest }, values) {
    const summary = summarize(values);
    const marks = sparklineMarks(values, summary);
    svg.setAttribute('aria-label', sentenceOf(values, summary));
    path.setAttribute('d', marks.line);
    latest.setAttribute('d', marks.latest);
  },
};

/** A high or low marker 4 px off its point, unless the latest point's dot is within 12 px. */
const marker = (at, latest, up) =>
  Math.hypot(at.x - latest.x, at.y - latest.y) < 12
    ? []
    : [
        s('path', {
          class: `marker ${up ? 'high' : 'low'}`,
          d: up ? `M${at.x},${round(at.y - 4 - 5)}l5,8h-10Z` : `M${at.x},${round(at.y + 4 + 5)}l5,-8h-10Z`,
        }),
      ];

/** The full trend's drawing at the chart's size (160 × 40 px here: the kit measures it, then draws). */
const chart = (values, summary, width, height) => {
  const scale = plot(values, summary, width, height);
  const point = (index) => ({ x: round(scale.x(index)), y: round(scale.y(values[index])) });
  const { line: d, texture } = series(values, scale);
  const latest = point(summary.last);
  return s(
    'svg',
    { 'aria-hidden': 'true', width, height, viewBox: `0 0 ${width} ${height}` },
    ...(texture ? [s('path', { class: 'texture', d: texture })] : []),
    s('path', { class: 'line', d }),
    s('path', { class: 'dots', d: '' }),
    ...marker(point(summary.high), latest, true),
    ...marker(point(summary.low), latest, false),
    s('circle', { class: 'marker latest', r: '4', cx: latest.x, cy: latest.y }),
  );
};

const trendHost = host('kpi-trend', trendStyles, 'width: 162px; --kpi-space: 0px; --kpi-trend-height: 40px');

/**
 * The high or the low under the chart. Its words are five text nodes, as the kit's template writes
 * them: joined in one, the spaces shape a few hundredths of a pixel narrower, and the pixels differ.
 */
const extreme = (mark, word, [value, when]) =>
  h(
    'span',
    { class: 'extreme' },
    h('span', { class: 'mark', 'aria-hidden': 'true' }, mark),
    ' ',
    word,
    ' ',
    value,
    ' ',
    h('span', { class: 'when' }, when),
  );

/** The full `<kpi-trend>`: name, headline, the chart to explore with its sentence, footer and closed table. */
export const trend = {
  create(box, values) {
    const summary = summarize(values);
    const text = panelOf(values, summary);
    const { delta } = text;
    return trendHost(
      box,
      h(
        'div',
        { class: 'trend frame' },
        h('div', { class: 'top' }, h('span', { class: 'label', part: 'label' }, LABEL)),
        h(
          'div',
          { class: 'headline' },
          h('span', { class: 'value', part: 'value' }, text.value),
          h(
            'span',
            { part: 'delta', class: `delta ${delta.news}` },
            h('span', { class: 'arrow', 'aria-hidden': 'true' }, delta.arrow),
            ` ${delta.text} `,
            h('span', { class: 'news' }, delta.word),
          ),
        ),
        h(
          'p',
          { class: 'period', part: 'period' },
          `Latest of ${text.count} values`,
          h('span', { class: 'vs' }, ', vs the value before'),
        ),
        h(
          'div',
          {
            part: 'chart',
            role: 'group',
            tabindex: '0',
            'aria-describedby': 'hint',
            class: 'chart',
            'aria-label': sentenceOf(values, summary),
          },
          chart(values, summary, 160, 40),
        ),
        h('span', { id: 'hint', class: 'visually-hidden' }, 'Use the arrow keys, Home and End to explore the periods.'),
        h(
          'div',
          { class: 'footer' },
          h('span', { class: 'readout', 'aria-live': 'polite' }),
          h('span', { class: 'span' }, `Periods 1–${text.count}`),
          h(
            'span',
            { class: 'extremes' },
            extreme('▲', 'High', text.extreme(summary.high)),
            extreme('▼', 'Low', text.extreme(summary.low)),
          ),
        ),
        h('details', { class: 'data', part: 'table' }, h('summary', {}, `Data table (${text.count} periods)`)),
      ),
    );
  },
};

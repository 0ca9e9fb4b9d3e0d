// The trend as the kit renders it: `<kpi-trend sparkline>` (the drawing, named by the summary
// sentence) and the full `<kpi-trend>` (headline, the chart to explore, footer and closed table).
import { styles as trendStyles } from '../../../src/elements/kpi-trend/kpi-trend.styles.ts';
import { h, host, s } from './dom.js';
import { chartMarks, sparklineMarks, summarize } from './trend-geometry.js';
import { LABEL, panelOf, sentenceOf } from './trend-text.js';

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

/** The full trend's drawing from its marks. */
const chart = (values, summary, width, height) => {
  const { line, texture, high, low, latest } = chartMarks(values, summary, width, height);
  return s(
    'svg',
    { 'aria-hidden': 'true', width, height, viewBox: `0 0 ${width} ${height}` },
    ...(texture ? [s('path', { class: 'texture', d: texture })] : []),
    s('path', { class: 'line', d: line }),
    s('path', { class: 'dots', d: '' }),
    ...(high ? [s('path', { class: 'marker high', d: high })] : []),
    ...(low ? [s('path', { class: 'marker low', d: low })] : []),
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

// The funnel as the kit renders it: `<funnel-ratio>` with its title, overall conversion and
// summary, the table of stages with their bars, and the note on its log scale.
import { styles as funnelStyles } from '../../../src/elements/funnel-ratio/funnel-ratio.styles.ts';
import { formats, h, host, lastOf, round, s } from './dom.js';

const COLUMNS = [
  ['count', 'Count'],
  ['step', 'Step conversion'],
  ['fromFirst', 'From first stage'],
  ['lost', 'Drop-off'],
];

/** The decimals a column of shares needs to show each exactly, at most one (`5.0%` above `0.8%`). */
const decimals = (shares) => (shares.every((share) => Math.abs(share * 100 - Math.round(share * 100)) < 1e-9) ? 0 : 1);

/**
 * What the kit's funnel shows for stages without a previous period: per stage its count, its step
 * conversion, its share of the first stage and its drop-off, the biggest marked; bars on a log
 * scale (a fifth of the length for the smallest stage) when a stage is under a tenth of the first.
 */
const funnelText = lastOf(({ stages, values }) => {
  const { number, percent } = formats();
  const steps = values.map((value, index) => (index ? value / values[index - 1] : 1));
  const shares = values.map((value) => value / values[0]);
  const lost = values.map((value, index) => (index ? values[index - 1] - value : 0));
  const losses = lost.map((count, index) => (index ? count / values[index - 1] : 0));
  const biggest = losses.indexOf(Math.max(...losses));
  const [step, first, loss] = [steps.slice(1), shares, losses.slice(1)].map((column) => percent[decimals(column)]);
  const [smallest, largest] = [Math.min(...values), Math.max(...values)];
  const logScale = smallest / largest < 0.1;
  const size = (value) =>
    logScale
      ? 0.2 + 0.8 * ((Math.log(value) - Math.log(smallest)) / (Math.log(largest) - Math.log(smallest)))
      : value / largest;
  const bars = values.map((value) => `${round(size(value) * 100)}%`);
  const overall = first.format(shares.at(-1));
  return {
    overall,
    summary: `${stages[0]} to ${stages.at(-1)}: ${overall} overall; biggest drop-off from ${stages[biggest - 1]} to ${stages[biggest]}: ${loss.format(losses[biggest])}.`,
    logScale,
    rows: values.map((value, index) => ({
      stage: stages[index],
      biggest: index === biggest,
      bar: bars[index],
      track: index ? bars[index - 1] : undefined,
      count: number.format(value),
      step: index ? step.format(steps[index]) : undefined,
      fromFirst: first.format(shares[index]),
      lost: index ? `${number.format(lost[index])} (${loss.format(losses[index])})` : undefined,
    })),
  };
});

/** No figure: a dash, and why in words for screen readers. */
const notApplicable = () => [
  h('span', { 'aria-hidden': 'true' }, '—'),
  h('span', { class: 'visually-hidden' }, 'not applicable, first stage'),
];

const bar = (kind, width) => s('rect', { rx: '2', class: kind, x: '0%', y: '0%', width, height: '100%' });

const cell = (column, name, ...value) =>
  h(
    'td',
    { role: 'cell', class: `col-${column}` },
    h('span', { class: 'cell-label', 'aria-hidden': 'true' }, name),
    h('span', { class: 'cell-value' }, ...value),
  );

/** A stage's row: its name with its bar (in front of a track as long as the stage before), then its figures. */
const stageRow = (row) =>
  h(
    'tr',
    row.biggest ? { role: 'row', class: 'biggest' } : { role: 'row' },
    h(
      'th',
      { scope: 'row', role: 'rowheader', class: row.biggest ? 'stage biggest' : 'stage' },
      h(
        'span',
        { class: 'stage-body' },
        h('span', { class: 'name' }, row.stage),
        s(
          'svg',
          { class: 'shape', part: 'shape', 'aria-hidden': 'true', focusable: 'false' },
          ...(row.track ? [bar('track', row.track)] : []),
          bar('bar', row.bar),
        ),
      ),
    ),
    cell('count', 'Count', row.count),
    cell('step', 'Step conversion', ...(row.step ? [row.step] : notApplicable())),
    cell('fromFirst', 'From first stage', row.fromFirst),
    cell(
      'lost',
      'Drop-off',
      h('span', { class: 'figure' }, ...(row.lost ? [row.lost] : notApplicable())),
      ...(row.biggest
        ? [h('span', { class: 'badge loss' }, h('span', { 'aria-hidden': 'true' }, '▼'), 'Biggest drop-off')]
        : []),
    ),
  );

const funnelHost = host('funnel-ratio', funnelStyles);

/** `<funnel-ratio>`: title, overall conversion and summary, the table of stages with their bars, the scale note. */
export const funnel = {
  create(box, input) {
    const text = funnelText(input);
    return funnelHost(
      box,
      h('div', { class: 'width-probe' }),
      h(
        'div',
        { part: 'base', class: 'frame vertical bars' },
        h(
          'div',
          { class: 'head' },
          h('p', { class: 'title', id: 'title', part: 'label' }, 'Funnel'),
          h(
            'p',
            { class: 'headline', 'aria-hidden': 'true' },
            h('span', { class: 'overall', part: 'value' }, text.overall),
            h('span', { class: 'overall-label' }, 'overall conversion'),
          ),
          h('p', { class: 'summary', part: 'summary' }, text.summary),
        ),
        h(
          'div',
          { class: 'scroller', tabindex: '0', role: 'group', 'aria-labelledby': 'title' },
          h(
            'table',
            { part: 'table', role: 'table', 'aria-labelledby': 'title' },
            h(
              'tbody',
              {},
              h(
                'tr',
                { role: 'row', class: 'column-heads' },
                h(
                  'th',
                  { scope: 'col', role: 'columnheader', class: 'stage-head' },
                  h('span', { class: 'name' }, h('span', {}, 'Stage')),
                ),
                ...COLUMNS.map(([column, name]) =>
                  h('th', { scope: 'col', role: 'columnheader', class: `col-${column}` }, name),
                ),
              ),
              ...text.rows.map(stageRow),
            ),
          ),
        ),
        ...(text.logScale
          ? [
              h(
                'p',
                { class: 'scale-note', part: 'scale-note' },
                'Drawn on a log scale so that small stages stay visible.',
              ),
            ]
          : []),
      ),
    );
  },
};

// The funnel as the kit renders it: `<funnel-ratio>` with its title, overall conversion and
// summary, the table of stages with their bars, and the note on its log scale.
import { styles as funnelStyles } from '../../../src/elements/funnel-ratio/funnel-ratio.styles.ts';
import { h, host, s } from './dom.js';
import { funnelText } from './funnel-text.js';

const COLUMNS = [
  ['count', 'Count'],
  ['step', 'Step conversion'],
  ['fromFirst', 'From first stage'],
  ['lost', 'Drop-off'],
];

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

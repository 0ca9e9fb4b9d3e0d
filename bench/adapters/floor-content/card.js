// The card as the kit renders it: `<kpi-card>` with the sentence for screen readers, and beside it
// the visual card hidden from them.
import { cardStyles } from '../../../src/elements/kpi-card/kpi-card.styles.ts';
import { h, host, s } from './dom.js';
import { cardText } from './card-text.js';

const cardHost = host('kpi-card', cardStyles);

/** `<kpi-card>`: the sentence for screen readers, and beside it the visual card hidden from them. */
export const card = {
  create(box, input) {
    const text = cardText(input);
    return cardHost(
      box,
      h(
        'article',
        { part: 'card', class: 'card frame' },
        h('p', { class: 'visually-hidden' }, text.sentence),
        h(
          'div',
          { class: 'head' },
          h(
            'div',
            { part: 'label', class: 'label', 'aria-hidden': 'true', title: 'Conversion rate' },
            'Conversion rate',
          ),
        ),
        h(
          'div',
          { class: 'body', 'aria-hidden': 'true' },
          h(
            'div',
            { class: 'headline' },
            h('div', { part: 'value', class: 'value' }, text.value),
            h(
              'p',
              { class: 'change' },
              h(
                'span',
                { part: 'delta', class: 'delta good' },
                s('svg', { class: 'arrow', viewBox: '0 0 12 12' }, s('path', { d: 'M6 2 11 9H1Z' })),
                text.delta,
              ),
              ' ',
              h('span', { class: 'delta-note' }, 'better vs previous period'),
            ),
          ),
          h(
            'div',
            { class: 'meta' },
            h(
              'div',
              { part: 'target', class: 'line target met' },
              h('span', { class: 'mark' }, '✓'),
              h('span', {}, text.target),
            ),
          ),
        ),
      ),
    );
  },
};

// The gauge as the kit renders it: `<goal-gauge>` with its label and a `role="meter"` holding the
// arc, its percent and the figures.
import { styles as gaugeStyles } from '../../../src/elements/goal-gauge/goal-gauge.styles.ts';
import { h, host, s } from './dom.js';
import { gaugeText } from './gauge-text.js';

const gaugeHost = host('goal-gauge', gaugeStyles, '--kpi-gauge-size: 160px');

/** `<goal-gauge>`: its label, and a `role="meter"` holding the arc and the figures. */
export const gauge = {
  create(box, input) {
    const text = gaugeText(input);
    return gaugeHost(
      box,
      h(
        'div',
        { class: 'gauge frame arc level-neutral' },
        h('p', { class: 'label', id: 'label', part: 'label' }, 'Revenue'),
        h(
          'div',
          {
            class: 'meter',
            part: 'meter',
            role: 'meter',
            'aria-labelledby': 'label',
            'aria-valuemin': '0',
            'aria-valuemax': '100',
            'aria-valuenow': text.now,
            'aria-valuetext': text.valueText,
          },
          h(
            'div',
            { class: 'dial' },
            s(
              'svg',
              {
                part: 'gauge',
                class: 'drawing',
                'aria-hidden': 'true',
                focusable: 'false',
                viewBox: '-100 -100 200 156',
              },
              s('path', { part: 'track', class: 'track', d: text.track }),
              s('path', { part: 'fill', class: 'fill', d: text.fill }),
              s('text', { class: 'headline', part: 'headline', y: '-2', 'font-size': '30' }, text.headline),
              s('text', { class: 'caption', y: '16' }, 'of goal'),
            ),
          ),
          h('p', { class: 'value', part: 'value' }, text.of),
          h('p', { class: 'remaining', part: 'remaining' }, text.remaining),
        ),
      ),
    );
  },
};

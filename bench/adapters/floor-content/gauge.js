// The gauge as the kit renders it: `<goal-gauge>` with its label and a `role="meter"` holding the
// arc, its percent and the figures.
import { styles as gaugeStyles } from '../../../src/elements/goal-gauge/goal-gauge.styles.ts';
import { formats, h, host, lastOf, round, s } from './dom.js';

/** Radii of the gauge's track, in its viewBox units, and the round ends' radius. */
const [INNER, OUTER, END] = [72, 88, 8];
/** A point at `radius`, `angle` radians clockwise from 12 o'clock. */
const polar = (radius, angle) => `${round(radius * Math.sin(angle))},${round(-radius * Math.cos(angle))}`;

/**
 * The track from `from` to `to` (radians clockwise from 12 o'clock) with round ends inside those
 * angles: a half circle at each end, centred mid-track and touching the end's radius.
 */
const roundedArc = (from, to) => {
  const inset = Math.asin(END / ((INNER + OUTER) / 2));
  const tip = Math.sqrt(((INNER + OUTER) / 2) ** 2 - END ** 2);
  const [start, end] = [from + inset, to - inset];
  const large = end - start >= Math.PI ? 1 : 0;
  const corner = `A${END},${END},0,0,1,`;
  return (
    `M${polar(tip, from)}${corner}${polar(OUTER, start)}A${OUTER},${OUTER},0,${large},1,${polar(OUTER, end)}` +
    `${corner}${polar(tip, to)}L${polar(tip, to)}${corner}${polar(INNER, end)}` +
    `A${INNER},${INNER},0,${large},0,${polar(INNER, start)}${corner}${polar(tip, from)}Z`
  );
};

/** What the kit's gauge shows for the bench's value short of its goal, undated, higher being better. */
const gaugeText = lastOf(({ value, goal }) => {
  const { number, percent } = formats();
  const share = value / goal;
  const sweep = (2 * Math.PI) / 3;
  const of = `${number.format(value)} of ${number.format(goal)}`;
  return {
    now: String(Math.round(share * 100)),
    headline: percent[0].format(share),
    valueText: `Revenue: ${of}, ${percent[0].format(share)} of goal`,
    of,
    remaining: `${number.format(goal - value)} to go`,
    track: roundedArc(-sweep, sweep),
    fill: roundedArc(-sweep, -sweep + 2 * sweep * share),
  };
});

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

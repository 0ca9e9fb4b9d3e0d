// The gauge's words and arcs, as the kit's round dial shows the bench's value short of its goal.
import { formats, lastOf, round } from './dom.js';

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
export const gaugeText = lastOf(({ value, goal }) => {
  const { number, percent } = formats();
  const share = value / goal;
  const sweep = (2 * Math.PI) / 3;
  const shown = number.format(value);
  const of = `${shown} of ${number.format(goal)}`;
  return {
    shown,
    now: String(Math.round(share * 100)),
    headline: percent[0].format(share),
    valueText: `Revenue: ${of}, ${percent[0].format(share)} of goal`,
    of,
    remaining: `${number.format(goal - value)} to go`,
    track: roundedArc(-sweep, sweep),
    fill: roundedArc(-sweep, -sweep + 2 * sweep * share),
  };
});
